import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useCurrentConnection } from '@/lib/connection-context';
import type { FieldError } from '@/lib/http/errors';
import { useModalDialog } from '@/components/confirm-dialog';
import {
  applyServerErrors,
  FormErrorSummary,
  SubmitButton,
  TextAreaField,
  TextField,
} from '@/components/form';
import { useCipText } from '../cip-text';
import { useCreateGroup } from '../queries/groups';
import { parseUids, resolveUids } from './resolve-users';

const schema = z.object({
  // The name is a path segment of every group call.
  group: z
    .string()
    .trim()
    .regex(/^[^/]{1,256}$/, 'Enter a name without "/".'),
  description: z.string().max(1024),
  members: z.string(),
});
type Values = z.infer<typeof schema>;

/** G3 with initial members typed as user names and resolved to gtwayUUIDs before the call. */
export function CreateGroupDialog(props: { onClose: () => void; onCreated: (group: string) => void }) {
  const t = useCipText();
  const { id } = useCurrentConnection();
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, props.onClose, firstFocus);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { group: '', description: '', members: '' },
  });
  const create = useCreateGroup({
    onSuccess: (_r, v) => props.onCreated(v.group),
    onError: (err) => setServerErrors(applyServerErrors(err, form.setError, { fields: [] })),
  });
  const submit = form.handleSubmit(async (v) => {
    setServerErrors([]);
    const { uuids, unknown } = await resolveUids(id, parseUids(v.members));
    if (unknown.length > 0) {
      form.setError('members', { message: t.unknownUsers(unknown.join(', ')) });
      return;
    }
    create.mutate({ group: v.group, description: v.description, members: uuids });
  });
  return (
    <dialog ref={ref} className="confirm-dialog cip-dialog" aria-labelledby="cip-create-group-title">
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        <h2 id="cip-create-group-title" className="confirm-title">
          {t.createGroup}
        </h2>
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <TextField control={form.control} name="group" label={t.groupName} autoComplete="off" required />
        <TextAreaField
          control={form.control}
          name="description"
          label={t.description}
          help={t.descriptionHelp}
          rows={2}
        />
        <TextAreaField
          control={form.control}
          name="members"
          label={t.initialMembers}
          help={t.membersHelp}
          rows={3}
        />
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {t.cancel}
          </button>
          <SubmitButton control={form.control} pending={create.isPending} pendingLabel={t.creating}>
            {t.createGroup}
          </SubmitButton>
        </div>
      </form>
    </dialog>
  );
}
