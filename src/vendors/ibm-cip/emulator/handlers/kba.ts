import { KbaQuestionsResponseSchema } from '../../wire';
import { questions, toWire } from '../kba/catalogue';
import { send } from '../respond';
import type { Routes } from './route';

export const kbaRoutes: Routes = (app, ctx) => {
  const list = (keep: (deprecated: boolean) => boolean) => {
    const entries = questions(ctx)
      .filter((q) => keep(q.deprecated))
      .map(toWire);
    return { status: 'success' as const, totalCount: entries.length, entries };
  };
  app.get('/kba/questions', (c) =>
    send(
      c,
      KbaQuestionsResponseSchema,
      list(() => true),
    ),
  );
  app.get('/kba/questions/active', (c) =>
    send(
      c,
      KbaQuestionsResponseSchema,
      list((d) => !d),
    ),
  );
  app.get('/kba/questions/inactive', (c) =>
    send(
      c,
      KbaQuestionsResponseSchema,
      list((d) => d),
    ),
  );
};
