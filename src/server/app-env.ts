import type { Logger } from './log';

/** Per-request values shared by every middleware and route of the console server. */
export type AppVariables = {
  requestId: string;
  log: Logger;
};

export type AppEnv = { Variables: AppVariables };
