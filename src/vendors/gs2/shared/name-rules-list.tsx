import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useGs2Text } from '../gs2-text';
import { nameRules } from './name-rules';

/** The name rules as a checklist that follows the input as the user types. */
export function NameRulesList<T extends FieldValues>({
  control,
  name,
}: {
  control: Control<T>;
  name: Path<T>;
}) {
  const t = useGs2Text();
  const watched: unknown = useWatch({ control, name });
  const value = typeof watched === 'string' ? watched : '';
  const r = nameRules(value);
  const items = [
    { ok: r.length, text: t.ruleLength(value.length) },
    { ok: r.chars, text: t.ruleChars },
    { ok: r.dots, text: t.ruleDots },
  ];
  return (
    <ul className="gs2-rules" aria-label={t.nameHelp}>
      {items.map((i) => (
        <li key={i.text} className={i.ok ? 'gs2-rule-ok' : 'gs2-rule-bad'}>
          <span aria-hidden="true">{i.ok ? '✓' : '✗'}</span> {i.text}
        </li>
      ))}
    </ul>
  );
}
