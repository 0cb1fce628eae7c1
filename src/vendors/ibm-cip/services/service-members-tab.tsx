import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { EmptyState, QueryBoundary } from '@/components/states';
import type { ServiceEntry } from '../wire';
import { serviceListQuery } from '../queries/service-options';
import { useChangeServiceMembers } from '../queries/services';
import { MemberNamesForm } from '../groups/member-names-form';
import { MemberTable } from '../groups/member-table';
import { useServicesText } from './services-text';
import { isOn } from './service-attributes';

/** S3 members resolved to users (cached per UUID), and S9 to add (ordinary or manual) or remove. */
export function ServiceMembersTab({ name, entry }: { name: string; entry: ServiceEntry }) {
  const t = useServicesText();
  const { id } = useCurrentConnection();
  const query = useQuery(serviceListQuery(id, name, 'members'));
  const change = useChangeServiceMembers();
  const closed = isOn(entry.gtwayNoMembers);
  return (
    <div className="stack">
      <p className="field-help">{t.membersKindsNote}</p>
      {closed ? <p role="note">{t.noMembersAllowed}</p> : <AddServiceMembers name={name} />}
      <QueryBoundary query={query} isEmpty={(m) => m.length === 0} empty={<EmptyState title={t.noMembers} />}>
        {(members) => (
          <MemberTable
            members={members}
            caption={t.membersOf(name)}
            pending={change.isPending}
            onRemove={(uuids) =>
              change.mutateAsync({ service: name, uuids, action: 'remove', manual: false })
            }
          />
        )}
      </QueryBoundary>
    </div>
  );
}

function AddServiceMembers({ name }: { name: string }) {
  const t = useServicesText();
  const [manual, setManual] = useState(false);
  const change = useChangeServiceMembers();
  const kindName = useId();
  return (
    <MemberNamesForm
      className="stack cip-card"
      ariaLabel={t.addMembers}
      pending={change.isPending}
      onAdd={(uuids) => change.mutateAsync({ service: name, uuids, action: 'add', manual })}
    >
      <fieldset>
        <legend>{t.memberKind}</legend>
        <label className="checkbox">
          <input type="radio" name={kindName} checked={!manual} onChange={() => setManual(false)} />
          {t.ordinary}
        </label>
        <label className="checkbox">
          <input type="radio" name={kindName} checked={manual} onChange={() => setManual(true)} />
          {t.manual}
        </label>
      </fieldset>
    </MemberNamesForm>
  );
}
