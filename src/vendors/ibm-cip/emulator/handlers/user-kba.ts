import { UserKbaResponseSchema } from '../../wire';
import { CipError, fail } from '../errors';
import { question, textIn } from '../kba/catalogue';
import { optional, parseBoolean, parseInteger, readInput, required } from '../params';
import { ok, send } from '../respond';
import { userByUuid } from '../users/lookup';
import { param, type Routes } from './route';

const kbaNotFound = (n: number) =>
  new CipError(
    404,
    'KbaQuestionNotFound',
    'KbaQuestionNotFoundException',
    `The user has no answer for question ${n}`,
  );

/** Answers compare trimmed and case-insensitively (CIP-UNDOC). */
const sameAnswer = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export const userKbaRoutes: Routes = (app, ctx) => {
  app.get('/users/:uuid/kba', async (c) => {
    const user = userByUuid(ctx, param(c, 'uuid'));
    const input = await readInput(c);
    // The requested language, else the user's preferredLanguage, else American English.
    const lang = optional(input, 'languageCode') ?? user.attrs.preferredLanguage?.[0] ?? 'en-us';
    const withAnswers = parseBoolean(input.get('returnAnswers'), 'returnAnswers', true);
    const entries = Object.entries(user.kba)
      .map(([n, answer]) => ({ n: Number(n), answer }))
      .sort((a, b) => a.n - b.n)
      .map(({ n, answer }) => {
        const q = question(ctx, n);
        const questionText = q ? textIn(q, lang) : '';
        return withAnswers
          ? { questionNumber: n, questionText, answer }
          : { questionNumber: n, questionText };
      });
    return send(c, UserKbaResponseSchema, { status: 'success', totalCount: entries.length, entries });
  });

  app.post('/users/:uuid/kba/checkAnswer', async (c) => {
    const user = userByUuid(ctx, param(c, 'uuid'));
    const input = await readInput(c);
    const n = parseInteger(required(input, 'questionNumber'), 'questionNumber', 1);
    const answer = required(input, 'answer');
    const stored = user.kba[String(n)];
    if (stored === undefined) throw kbaNotFound(n);
    if (!sameAnswer(stored, answer)) {
      throw new CipError(
        400,
        'KbaAnswerInvalid',
        'KbaAnswerInvalidException',
        `The answer to question ${n} is not correct`,
      );
    }
    return ok(c);
  });

  app.put('/users/:uuid/kba', async (c) => {
    const user = userByUuid(ctx, param(c, 'uuid'));
    const input = await readInput(c);
    const kba = { ...user.kba };
    const names = input.names();
    if (names.length === 0) throw fail.missing('question<N>');
    for (const name of names) {
      const m = /^question(\d+)$/.exec(name);
      if (!m?.[1])
        throw fail.invalid(`Unknown parameter "${name}"; expected question<N>`, {
          [name]: 'expected question<N>',
        });
      const n = Number(m[1]);
      const q = question(ctx, n);
      // A deprecated question keeps existing answers but takes no new ones.
      if (!q || (q.deprecated && kba[String(n)] === undefined)) {
        throw fail.invalid(`Question ${n} is not a currently defined question`, {
          [name]: 'undefined question',
        });
      }
      const answer = input.get(name) ?? '';
      if (answer.trim() === '')
        throw fail.invalid(`The answer to question ${n} is empty`, { [name]: 'required' });
      kba[String(n)] = answer;
    }
    ctx.store.users.put(user.uuid, { ...user, kba });
    return ok(c);
  });

  app.delete('/users/:uuid/kba/:question', (c) => {
    const user = userByUuid(ctx, param(c, 'uuid'));
    const n = parseInteger(param(c, 'question'), 'question', 1);
    if (user.kba[String(n)] === undefined) throw kbaNotFound(n);
    const kba = { ...user.kba };
    Reflect.deleteProperty(kba, String(n));
    ctx.store.users.put(user.uuid, { ...user, kba });
    return ok(c);
  });
};
