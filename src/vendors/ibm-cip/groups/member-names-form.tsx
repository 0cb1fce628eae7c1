import { useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import { useCurrentConnection } from '@/lib/connection-context';
import { describeError } from '@/lib/http/errors';
import { useCipText } from '../cip-text';
import { parseUids, resolveUids } from './resolve-users';

type Props = {
  className: string;
  ariaLabel?: string;
  /** Sends the members, by gtwayUUID; the names typed stay until it succeeds. */
  onAdd: (uuids: string[]) => Promise<unknown>;
  pending: boolean;
  /** More fields between the names and the button (e.g. the kind of membership). */
  children?: ReactNode;
};

/** User names typed by hand, each resolved to its gtwayUUID before anything is sent; unknown names are named. */
export function MemberNamesForm(props: Props) {
  const t = useCipText();
  const { id } = useCurrentConnection();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setError(undefined);
    const uids = parseUids(text);
    if (uids.length === 0) {
      setError(t.membersRequired);
      return;
    }
    setBusy(true);
    try {
      const { uuids, unknown } = await resolveUids(id, uids);
      if (unknown.length > 0) {
        setError(t.unknownUsers(unknown.join(', ')));
        return;
      }
      const sent = await props.onAdd(uuids).then(
        () => true,
        // The mutation reports its own failure; what was typed stays for another try.
        () => false,
      );
      if (sent) setText('');
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className={props.className}
      noValidate
      {...(props.ariaLabel ? { 'aria-label': props.ariaLabel } : {})}
      onSubmit={(e) => void submit(e)}
    >
      <div className="field">
        <label htmlFor={inputId}>{t.addMembers}</label>
        <input
          id={inputId}
          value={text}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error !== undefined}
          aria-describedby={`${inputId}-help${error ? ` ${inputId}-err` : ''}`}
          onChange={(e) => setText(e.target.value)}
        />
        <span id={`${inputId}-help`} className="field-help">
          {t.membersHelp}
        </span>
        {error && (
          <span id={`${inputId}-err`} className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
      {props.children}
      <div>
        <button type="submit" className="btn btn-primary" disabled={busy || props.pending}>
          {t.add}
        </button>
      </div>
    </form>
  );
}
