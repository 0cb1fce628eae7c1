import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { describeError } from '@/lib/http/errors';
import { useConfirm } from '@/components/confirm-dialog';
import { EmptyState, QueryBoundary } from '@/components/states';
import { cipCall } from '../client';
import { useCipText } from '../cip-text';
import { activeKbaQuestionsQuery, userKbaQuery } from '../queries/options';
import { useDeleteKba } from '../queries/kba';
import { KbaCheckForm, KbaUpdateForm } from './kba-forms';

/**
 * The user's security questions (U3) in a chosen language. Answers are fetched only when asked for and
 * kept in this component's state, never in the query cache.
 */
export function KbaTab({ uuid }: { uuid: string }) {
  const t = useCipText();
  const { id } = useCurrentConnection();
  const [lang, setLang] = useState('');
  const [answers, setAnswers] = useState<ReadonlyMap<number, string>>();
  const [revealError, setRevealError] = useState<string>();
  const query = useQuery(userKbaQuery(id, uuid, lang));
  const catalogue = useQuery(activeKbaQuestionsQuery(id));
  const languages = [
    ...new Set(catalogue.data?.flatMap((q) => Object.keys(q.questionTextByLanguage)) ?? []),
  ].sort();
  const { confirm, dialog } = useConfirm();
  const remove = useDeleteKba({ onError: () => undefined });
  const langId = useId();

  const reveal = async (on: boolean) => {
    setRevealError(undefined);
    if (!on) {
      setAnswers(undefined);
      return;
    }
    try {
      const r = await cipCall(id, 'userKba', {
        params: { uuid },
        query: { returnAnswers: 'true', languageCode: lang || undefined },
      });
      setAnswers(new Map(r.entries.map((e) => [e.questionNumber, e.answer ?? ''])));
    } catch (err) {
      setRevealError(describeError(err));
    }
  };

  return (
    <div className="stack">
      <div className="row">
        <div className="field">
          <label htmlFor={langId}>{t.language}</label>
          <select id={langId} value={lang} onChange={(e) => setLang(e.target.value)}>
            <option value="">{t.userLanguage}</option>
            {languages.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={answers !== undefined}
            onChange={(e) => void reveal(e.target.checked)}
          />
          {t.showAnswers}
        </label>
      </div>
      {revealError && (
        <p className="field-error" role="alert">
          {revealError}
        </p>
      )}
      <QueryBoundary query={query} isEmpty={(q) => q.length === 0} empty={<EmptyState title={t.noKba} />}>
        {(questions) => (
          <table className="cip-table">
            <caption className="visually-hidden">{t.tabKba}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t.question}</th>
                {answers && <th scope="col">{t.answer}</th>}
                <th scope="col">
                  <span className="visually-hidden">{t.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {questions.map((q) => (
                <tr key={q.questionNumber}>
                  <td>{q.questionNumber}</td>
                  <th scope="row">{q.questionText}</th>
                  {answers && <td>{answers.get(q.questionNumber) ?? ''}</td>}
                  <td>
                    <button
                      type="button"
                      className="btn btn-ghost"
                      onClick={() =>
                        void confirm({
                          title: t.deleteQuestionTitle(q.questionNumber),
                          variant: 'destructive',
                          confirmLabel: t.remove,
                          children: <p>{q.questionText}</p>,
                          action: async () => {
                            await remove.mutateAsync({ uuid, question: q.questionNumber });
                            setAnswers(undefined);
                          },
                        })
                      }
                    >
                      {t.removeQuestion(q.questionNumber)}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryBoundary>
      {query.data && (
        <>
          <KbaUpdateForm
            uuid={uuid}
            answered={query.data}
            catalogue={catalogue.data ?? []}
            lang={lang}
            onSaved={() => setAnswers(undefined)}
          />
          <KbaCheckForm uuid={uuid} answered={query.data} />
        </>
      )}
      {dialog}
    </div>
  );
}
