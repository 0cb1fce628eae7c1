import { useId } from 'react';
import { OPERATORS_BY_TYPE } from '../engine/conditions';
import type { AttributeProtocol, ConditionProtocol } from '../wire/common';
import { useRoleText } from '../role-text';

/** Values are typed comma-separated; an empty box is no values (BOOLEAN's TRUE/FALSE take none). */
export const splitValues = (text: string) =>
  text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');

/**
 * Edits the AND-ed conditions of one relation. Attributes are those the role may use; operators are
 * filtered by the attribute's data type with the same table the emulator enforces. The vendor validates
 * on save (20001, 21001, 21002) and its message is shown by the caller.
 */
export function ConditionEditor(props: {
  attributes: readonly AttributeProtocol[];
  value: readonly ConditionProtocol[];
  onChange: (next: ConditionProtocol[]) => void;
}) {
  const t = useRoleText();
  const id = useId();
  const { attributes, value, onChange } = props;
  const typeOf = (attributeId: string) =>
    attributes.find((a) => a.attributeId === attributeId)?.attributeDataTypeCode ?? 'STRING';
  const set = (i: number, patch: Partial<ConditionProtocol>) =>
    onChange(value.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const first = attributes[0];
  return (
    <fieldset className="stack role-condition-editor">
      <legend>{t.conditions}</legend>
      {value.length === 0 && <p className="muted">{t.noConditions}</p>}
      {value.map((c, i) => {
        const ops = OPERATORS_BY_TYPE[typeOf(c.attributeId)];
        const prefix = `${id}-${i}`;
        return (
          // The values box is uncontrolled; keying rows by the count too remounts them when one is removed,
          // so no box keeps the text of the condition that was before it.
          <div
            key={`${i}/${value.length}`}
            className="row role-condition-row"
            role="group"
            aria-label={t.conditionN(i + 1)}
          >
            <div className="field">
              <label htmlFor={`${prefix}-attr`}>{t.attribute}</label>
              <select
                id={`${prefix}-attr`}
                value={c.attributeId}
                onChange={(e) => {
                  const nextOps = OPERATORS_BY_TYPE[typeOf(e.target.value)];
                  set(i, {
                    attributeId: e.target.value,
                    attributeOperatorTypeCode: nextOps[0]?.operatorTypeCode ?? c.attributeOperatorTypeCode,
                  });
                }}
              >
                {[c.attributeId, ...attributes.map((a) => a.attributeId)]
                  .filter((a, k, all) => all.indexOf(a) === k)
                  .map((a) => (
                    <option key={a} value={a}>
                      {a}
                    </option>
                  ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${prefix}-op`}>{t.operator}</label>
              <select
                id={`${prefix}-op`}
                value={c.attributeOperatorTypeCode}
                onChange={(e) =>
                  set(i, {
                    attributeOperatorTypeCode: e.target
                      .value as ConditionProtocol['attributeOperatorTypeCode'],
                  })
                }
              >
                {ops.map((o) => (
                  <option key={o.operatorTypeCode} value={o.operatorTypeCode}>
                    {o.operatorTypeCode}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${prefix}-values`}>{t.values}</label>
              <input
                id={`${prefix}-values`}
                defaultValue={(c.attributeValues ?? []).join(', ')}
                // Kept as typed (uncontrolled) but committed on every change, so Enter submits what is shown.
                aria-describedby={`${prefix}-help`}
                onChange={(e) => set(i, { attributeValues: splitValues(e.target.value) })}
              />
              <span id={`${prefix}-help`} className="field-help">
                {t.valuesHelp(typeOf(c.attributeId))}
              </span>
            </div>
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              {t.removeCondition(i + 1)}
            </button>
          </div>
        );
      })}
      <div>
        <button
          type="button"
          className="btn"
          disabled={!first}
          onClick={() =>
            first &&
            onChange([
              ...value,
              {
                attributeId: first.attributeId,
                attributeOperatorTypeCode:
                  OPERATORS_BY_TYPE[first.attributeDataTypeCode][0]?.operatorTypeCode ?? 'ANY_MATCH',
                attributeValues: [],
              },
            ])
          }
        >
          {t.addCondition}
        </button>
        {!first && <p className="field-help">{t.noAttributes}</p>}
      </div>
    </fieldset>
  );
}
