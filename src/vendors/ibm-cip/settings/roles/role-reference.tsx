import type { Role } from '../../wire';
import { useRolesText } from '../roles-text';

/** The parts of a role the console shows but does not edit; saving the role keeps them unchanged. */
export function RoleReference({ role }: { role: Role }) {
  const t = useRolesText();
  const filters = [...role.filterOptions.userFilter, ...role.filterOptions.serviceFilter];
  return (
    <section className="stack ss-card" aria-label={t.searchOptions}>
      <p className="muted ss-help">{t.notEditedHere}</p>
      <dl className="cip-attrs">
        <div>
          <dt>{t.searchOptions}</dt>
          <dd>
            {role.searchOptions.userSearch.length === 0
              ? t.none
              : [...role.searchOptions.userSearch]
                  .sort((a, b) => a.rank - b.rank)
                  .map((s) => s.name)
                  .join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t.filters}</dt>
          <dd>
            {filters.length === 0
              ? t.none
              : filters.map((f) => `${f.attributeName} = ${f.attributeValue}`).join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t.viewPermissions}</dt>
          <dd>
            {role.viewPermissions.length === 0
              ? t.none
              : role.viewPermissions.map((p) => p.attributeName).join(', ')}
          </dd>
        </div>
      </dl>
    </section>
  );
}
