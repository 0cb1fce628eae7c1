import type { ConditionProtocol } from '../wire/common';
import { useRoleText } from '../role-text';

/** `attribute OPERATOR values` in one readable line per condition. */
export function describeCondition(c: ConditionProtocol): string {
  const values = c.attributeValues ?? [];
  return `${c.attributeId} ${c.attributeOperatorTypeCode}${values.length ? ` ${values.join(', ')}` : ''}`;
}

/** Conditions of a relation, AND-ed, or "No conditions". */
export function ConditionList({ conditions }: { conditions: readonly ConditionProtocol[] }) {
  const t = useRoleText();
  if (conditions.length === 0) return <span className="muted">{t.noConditions}</span>;
  return (
    <ul className="role-list">
      {conditions.map((c, i) => (
        <li key={i} className="mono">
          {describeCondition(c)}
        </li>
      ))}
    </ul>
  );
}
