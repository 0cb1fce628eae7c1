import { z } from 'zod';
import type { InstanceKba, UpdateKbaRequest } from '../wire';
import { toInt } from './settings-form';
import type { SettingsText } from './settings-text';

/**
 * The form holds one row per question with its text in every language, because `deprecated` belongs to
 * the question, not to one translation; the API wants the texts grouped by language.
 */
export type KbaValues = {
  minRequired: string;
  maxRequired: string;
  minCharacterLength: string;
  uniqueAnswers: boolean;
  questions: { questionId: number; deprecated: boolean; texts: string[]; known: boolean[] }[];
};

export const kbaLanguages = (kba: InstanceKba): string[] => {
  const langs = new Set(Object.keys(kba.questions));
  langs.add('en-us');
  return [...langs].sort((a, b) => (a === 'en-us' ? -1 : b === 'en-us' ? 1 : a.localeCompare(b)));
};

export function toKbaValues(kba: InstanceKba, languages: readonly string[]): KbaValues {
  const rows = new Map<number, KbaValues['questions'][number]>();
  languages.forEach((lang, li) => {
    for (const q of kba.questions[lang] ?? []) {
      const row = rows.get(q.id) ?? {
        questionId: q.id,
        deprecated: q.deprecated,
        texts: languages.map(() => ''),
        known: languages.map(() => false),
      };
      row.texts[li] = q.question;
      row.known[li] = true;
      row.deprecated = row.deprecated || q.deprecated;
      rows.set(q.id, row);
    }
  });
  return {
    minRequired: String(kba.minRequired),
    maxRequired: kba.maxRequired === null ? '' : String(kba.maxRequired),
    minCharacterLength: String(kba.minCharacterLength),
    uniqueAnswers: kba.uniqueAnswers,
    questions: [...rows.values()].sort((a, b) => a.questionId - b.questionId),
  };
}

const intText = (t: SettingsText, min: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, t.wholeNumber)
    .refine((s) => toInt(s) >= min, t.atLeast(min));

/**
 * The API refuses an empty question text and a maximum below the minimum (SS25); a translation that never
 * existed may stay empty and is then not sent.
 */
export const kbaSchema = (t: SettingsText) =>
  z
    .object({
      minRequired: intText(t, 0),
      maxRequired: z.union([z.literal(''), intText(t, 0)]),
      minCharacterLength: intText(t, 1),
      uniqueAnswers: z.boolean(),
      questions: z.array(
        z
          .object({
            questionId: z.number().int(),
            deprecated: z.boolean(),
            texts: z.array(z.string()),
            known: z.array(z.boolean()),
          })
          .superRefine((q, ctx) => {
            q.texts.forEach((text, i) => {
              if (q.known[i] && text.trim() === '')
                ctx.addIssue({ code: 'custom', path: ['texts', i], message: t.questionRequired });
            });
            if (q.texts.every((s) => s.trim() === ''))
              ctx.addIssue({ code: 'custom', path: ['texts', 0], message: t.newQuestionNeedsText });
          }),
      ),
    })
    .refine((v) => v.maxRequired === '' || toInt(v.maxRequired) >= toInt(v.minRequired), {
      path: ['maxRequired'],
      message: t.maxBelowMin,
    });

export function fromKbaValues(
  instanceId: number,
  v: KbaValues,
  languages: readonly string[],
): UpdateKbaRequest {
  const questions: Record<string, { id: number; deprecated: boolean; question: string }[]> = {};
  languages.forEach((lang, li) => {
    const list = v.questions
      .filter((q) => (q.texts[li] ?? '').trim() !== '')
      .map((q) => ({ id: q.questionId, deprecated: q.deprecated, question: (q.texts[li] ?? '').trim() }));
    if (list.length > 0) questions[lang] = list;
  });
  return {
    instanceId: String(instanceId),
    data: {
      minRequired: toInt(v.minRequired),
      maxRequired: v.maxRequired === '' ? '' : toInt(v.maxRequired),
      minCharacterLength: toInt(v.minCharacterLength),
      uniqueAnswers: v.uniqueAnswers,
      questions,
    },
  };
}
