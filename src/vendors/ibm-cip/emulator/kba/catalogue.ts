import type { KbaQuestion } from '../../wire';
import type { Ctx } from '../config';
import type { KbaQuestionDoc } from '../model';

/** The KBA question catalogue is global to the tenant; instances only carry their KBA rules. */
export function questions(ctx: Ctx): KbaQuestionDoc[] {
  return ctx.store.kbaQuestions.list().sort((a, b) => a.questionNumber - b.questionNumber);
}

export function question(ctx: Ctx, n: number): KbaQuestionDoc | undefined {
  return ctx.store.kbaQuestions.get(String(n));
}

export function toWire(q: KbaQuestionDoc): KbaQuestion {
  return {
    questionNumber: q.questionNumber,
    questionTextByLanguage: q.textByLanguage,
    roleMappings: q.roleMappings,
    deprecated: q.deprecated,
  };
}

/** Requested language, else en-us, else whatever language the question has. */
export function textIn(q: KbaQuestionDoc, lang: string): string {
  return (
    q.textByLanguage[lang.toLowerCase()] ??
    q.textByLanguage['en-us'] ??
    Object.values(q.textByLanguage)[0] ??
    ''
  );
}
