import type { Logger } from './log';

export type OperatorRole = 'admin' | 'operator' | 'viewer';

/** The operator behind a request, set by the session guard for every signed-in /api call. */
export type SignedInOperator = {
  id: string;
  username: string;
  role: OperatorRole;
  sessionId: string;
};

/** Per-request values shared by every middleware and route of the console server. */
export type AppVariables = {
  requestId: string;
  log: Logger;
  /** Absent until the session guard has run (and on public routes such as sign-in and health). */
  operator: SignedInOperator | undefined;
  /** The path to write to the request log when the real one holds a secret (a vendor token in a path). */
  logPath?: string;
};

export type AppEnv = { Variables: AppVariables };
