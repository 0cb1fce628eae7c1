import { cipCall, formBody } from '../client';
import { useCipText } from '../cip-text';
import { cipKeys } from './keys';
import { useCipMutation, type CipMutationOptions } from './use-cip-mutation';

export type UpdateKbaVars = { uuid: string; answers: Readonly<Record<number, string>> };

/** U11: `question<N>=answer` per changed answer. */
export function useUpdateKba(options?: CipMutationOptions<void, UpdateKbaVars>) {
  const t = useCipText();
  return useCipMutation(
    {
      run: async (c, v) => {
        const body = formBody(
          Object.fromEntries(Object.entries(v.answers).map(([n, answer]) => [`question${n}`, answer])),
        );
        await cipCall(c, 'updateKba', { params: { uuid: v.uuid }, body });
      },
      invalidates: (c, v) => [cipKeys.userKbaAll(c, v.uuid)],
      success: () => t.answersSaved,
    },
    options,
  );
}

export function useDeleteKba(options?: CipMutationOptions<void, { uuid: string; question: number }>) {
  const t = useCipText();
  return useCipMutation(
    {
      run: async (c, v) => {
        await cipCall(c, 'deleteKba', { params: { uuid: v.uuid, question: v.question } });
      },
      invalidates: (c, v) => [cipKeys.userKbaAll(c, v.uuid)],
      success: (v) => t.questionDeleted(v.question),
    },
    options,
  );
}

export type CheckAnswerVars = { uuid: string; questionNumber: number; answer: string };

/** U6: success means the answer matches; a wrong one is the vendor's 400 `KbaAnswerInvalid`. */
export function useCheckKbaAnswer(options?: CipMutationOptions<void, CheckAnswerVars>) {
  return useCipMutation(
    {
      run: async (c, v) => {
        await cipCall(c, 'checkKbaAnswer', {
          params: { uuid: v.uuid },
          body: formBody({ questionNumber: String(v.questionNumber), answer: v.answer }),
        });
      },
      invalidates: () => [],
    },
    options,
  );
}
