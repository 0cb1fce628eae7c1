// The engine is shared with the console's policy simulator, so both decide every request alike.
export * from '../policies/engine/evaluate';
