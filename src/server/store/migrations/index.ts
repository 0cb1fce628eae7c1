import type { Migration } from 'kysely';
import * as m001 from './001-meta';
import * as m002 from './002-audit';
import * as m003operators from './003-operators';
import * as m004connections from './004-connections';
import * as m005selfService from './005-self-service';

/**
 * Every migration in order. Names sort lexically and are recorded in the store once applied, so a name
 * must never change after it has shipped. Migrations use Kysely's schema builder only, so that the same
 * list runs on SQLite and PostgreSQL.
 */
export const migrations: Record<string, Migration> = {
  '001-meta': m001,
  '002-audit': m002,
  '003-operators': m003operators,
  '004-connections': m004connections,
  '005-self-service': m005selfService,
};
