/*
 * The console decides "does this user's policy set allow action X?" with the emulator's own evaluator, so
 * the answer in the browser is the one the emulator enforces. policy-eval.ts is pure (it imports only the
 * wire schemas), which makes it safe to bundle; this module is the one place browser code reaches it.
 */
export { evaluate, globMatch, type Decision } from '../emulator/policy-eval';
