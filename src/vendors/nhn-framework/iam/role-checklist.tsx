import type { Role, UserAssignRole } from '../wire/common';

type Props = {
  legend: string;
  catalogue: readonly Role[];
  value: readonly UserAssignRole[];
  onChange: (next: UserAssignRole[]) => void;
};

/** The roles of one member; an unchecked role is dropped, a kept one keeps its conditions. */
export function RoleChecklist({ legend, catalogue, value, onChange }: Props) {
  const held = new Set(value.map((r) => r.roleId));
  return (
    <fieldset className="nhn-role-picker">
      <legend>{legend}</legend>
      <ul className="nhn-plain-list nhn-role-list">
        {catalogue.map((r) => (
          <li key={r.roleId}>
            <label className="row">
              <input
                type="checkbox"
                checked={held.has(r.roleId)}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? [...value, { roleId: r.roleId }]
                      : value.filter((v) => v.roleId !== r.roleId),
                  )
                }
              />
              {r.roleName}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
