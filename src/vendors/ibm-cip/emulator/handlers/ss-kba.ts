import { InstanceKbaResponseSchema, UpdateKbaRequestSchema, type InstanceKba } from '../../wire';
import { fail } from '../errors';
import { jsonBody } from '../json-body';
import { questions } from '../kba/catalogue';
import type { KbaQuestionDoc } from '../model';
import { readInput } from '../params';
import { okWrapped, send, SUCCESS } from '../respond';
import { instanceFromQuery, instanceOf, saveInstance } from '../selfservice/instances';
import type { Routes } from './route';

/** `questions` per language over the whole catalogue; `availableQuestions` leaves out deprecated ones. */
function byLanguage(list: KbaQuestionDoc[]): InstanceKba['questions'] {
  const out: InstanceKba['questions'] = {};
  for (const q of list) {
    for (const [lang, text] of Object.entries(q.textByLanguage)) {
      (out[lang] ??= []).push({ id: q.questionNumber, deprecated: q.deprecated, question: text });
    }
  }
  return out;
}

export const ssKbaRoutes: Routes = (app, ctx) => {
  app.get('/ss/getKba', async (c) => {
    const inst = instanceFromQuery(ctx, await readInput(c));
    const all = questions(ctx);
    return send(c, InstanceKbaResponseSchema, {
      status: SUCCESS,
      kba: {
        ...inst.kba,
        maxQuestionNum: all.reduce((m, q) => Math.max(m, q.questionNumber), 0),
        questions: byLanguage(all),
        availableQuestions: byLanguage(all.filter((q) => !q.deprecated)),
      },
    });
  });

  // The only way to create, edit or deprecate questions: the catalogue is the tenant's, the rules the instance's.
  app.post('/ss/updateKba', async (c) => {
    const body = jsonBody(await readInput(c), UpdateKbaRequestSchema);
    const inst = instanceOf(ctx, body.instanceId);
    const d = body.data;
    const maxRequired = d.maxRequired ?? null;
    if (maxRequired !== null && maxRequired < d.minRequired)
      throw fail.invalid('maxRequired must not be below minRequired', { maxRequired: 'below minRequired' });
    ctx.store.transaction(() => {
      for (const [lang, list] of Object.entries(d.questions)) {
        for (const q of list) {
          const key = String(q.id);
          const current = ctx.store.kbaQuestions.get(key) ?? {
            questionNumber: q.id,
            textByLanguage: {},
            roleMappings: [],
            deprecated: false,
          };
          ctx.store.kbaQuestions.put(key, {
            ...current,
            textByLanguage: { ...current.textByLanguage, [lang.toLowerCase()]: q.question },
            deprecated: q.deprecated,
          });
        }
      }
      saveInstance(ctx, {
        ...inst,
        kba: {
          minRequired: d.minRequired,
          maxRequired,
          minCharacterLength: d.minCharacterLength,
          uniqueAnswers: d.uniqueAnswers,
        },
      });
    });
    return okWrapped(c);
  });
};
