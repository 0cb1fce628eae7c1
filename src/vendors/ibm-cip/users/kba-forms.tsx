import { useId, useState, type SyntheticEvent } from 'react';
import { describeError, HttpError } from '@/lib/http/errors';
import type { KbaQuestion } from '../wire';
import { useCipText } from '../cip-text';
import { useCheckKbaAnswer, useUpdateKba } from '../queries/kba';

type Answered = readonly { questionNumber: number; questionText: string }[];

const questionText = (q: KbaQuestion, lang: string) =>
  q.questionTextByLanguage[lang] ??
  q.questionTextByLanguage['en-us'] ??
  Object.values(q.questionTextByLanguage)[0] ??
  '';

/** U11: new answers for answered questions, or an answer to another active question. */
export function KbaUpdateForm(props: {
  uuid: string;
  answered: Answered;
  catalogue: readonly KbaQuestion[];
  lang: string;
  onSaved: () => void;
}) {
  const t = useCipText();
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string>();
  const qId = useId();
  const aId = useId();
  const update = useUpdateKba({
    onSuccess: () => {
      setAnswer('');
      props.onSaved();
    },
    onError: (err) => setError(describeError(err)),
  });
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    setError(undefined);
    if (question === '' || answer.trim() === '') {
      setError(t.kbaIncomplete);
      return;
    }
    update.mutate({ uuid: props.uuid, answers: { [Number(question)]: answer.trim() } });
  };
  const answeredNumbers = new Set(props.answered.map((a) => a.questionNumber));
  return (
    <form className="stack cip-card" aria-labelledby={`${qId}-title`} noValidate onSubmit={submit}>
      <h2 id={`${qId}-title`} className="cip-h2">
        {t.updateAnswer}
      </h2>
      <div className="field">
        <label htmlFor={qId}>{t.question}</label>
        <select id={qId} value={question} onChange={(e) => setQuestion(e.target.value)}>
          <option value="">{t.chooseQuestion}</option>
          {props.answered.map((a) => (
            <option key={a.questionNumber} value={a.questionNumber}>
              {`${String(a.questionNumber)}. ${a.questionText}`}
            </option>
          ))}
          {props.catalogue
            .filter((q) => !q.deprecated && !answeredNumbers.has(q.questionNumber))
            .map((q) => (
              <option key={q.questionNumber} value={q.questionNumber}>
                {`${String(q.questionNumber)}. ${questionText(q, props.lang)} (${t.newAnswer})`}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={aId}>{t.answer}</label>
        <input id={aId} value={answer} autoComplete="off" onChange={(e) => setAnswer(e.target.value)} />
      </div>
      <div role="alert">{error && <p className="field-error">{error}</p>}</div>
      <div>
        <button type="submit" className="btn btn-primary" disabled={update.isPending}>
          {t.saveAnswer}
        </button>
      </div>
    </form>
  );
}

/** U6: whether an answer matches (trimmed, case-insensitive on the server). */
export function KbaCheckForm({ uuid, answered }: { uuid: string; answered: Answered }) {
  const t = useCipText();
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>();
  const qId = useId();
  const aId = useId();
  const check = useCheckKbaAnswer({
    onSuccess: () => setOutcome({ ok: true, text: t.answerCorrect }),
    onError: (err) =>
      setOutcome({
        ok: false,
        text:
          err instanceof HttpError && err.code === 'KbaAnswerInvalid' ? t.answerWrong : describeError(err),
      }),
  });
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    setOutcome(undefined);
    if (question === '' || answer === '') {
      setOutcome({ ok: false, text: t.kbaIncomplete });
      return;
    }
    check.mutate({ uuid, questionNumber: Number(question), answer }, { onSettled: () => setAnswer('') });
  };
  return (
    <form className="stack cip-card" aria-labelledby={`${qId}-title`} noValidate onSubmit={submit}>
      <h2 id={`${qId}-title`} className="cip-h2">
        {t.testAnswer}
      </h2>
      <div className="field">
        <label htmlFor={qId}>{t.question}</label>
        <select id={qId} value={question} onChange={(e) => setQuestion(e.target.value)}>
          <option value="">{t.chooseQuestion}</option>
          {answered.map((a) => (
            <option key={a.questionNumber} value={a.questionNumber}>
              {`${String(a.questionNumber)}. ${a.questionText}`}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={aId}>{t.answer}</label>
        <input id={aId} value={answer} autoComplete="off" onChange={(e) => setAnswer(e.target.value)} />
      </div>
      <div role="status">
        {outcome && <p className={outcome.ok ? 'cip-ok' : 'field-error'}>{outcome.text}</p>}
      </div>
      <div>
        <button type="submit" className="btn" disabled={check.isPending}>
          {t.testAnswer}
        </button>
      </div>
    </form>
  );
}
