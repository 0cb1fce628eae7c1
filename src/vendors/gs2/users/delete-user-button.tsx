import { useNavigate } from 'react-router';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { useConfirm } from '@/components/confirm-dialog';
import { useGs2Text } from '../gs2-text';
import { attachedPoliciesQuery, credentialsInfiniteQuery, passwordQuery } from '../queries/options';
import { useDeleteUser } from '../queries/users';

/** Delete with type-to-confirm; the dialog lists what GS2's cascade removes, counted where it can be. */
export function DeleteUserButton({ userName }: { userName: string }) {
  const t = useGs2Text();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const { confirm, dialog } = useConfirm();
  const remove = useDeleteUser({ onError: () => undefined });
  // Loaded in the background so the dialog can say how much goes; the dialog works without them.
  const credentials = useInfiniteQuery(credentialsInfiniteQuery(id, userName));
  const password = useQuery(passwordQuery(id, userName));
  const attached = useQuery(attachedPoliciesQuery(id, userName));
  const credentialCount = credentials.hasNextPage
    ? undefined
    : credentials.data?.pages.reduce((n, p) => n + p.items.length, 0);

  const ask = async () => {
    const ok = await confirm({
      title: t.deleteUserTitle(userName),
      variant: 'destructive',
      resourceName: userName,
      confirmLabel: t.deleteUser,
      children: (
        <div className="stack">
          <p>{t.deleteUserBody}</p>
          <ul>
            <li>{t.cascadeCredentials(credentialCount)}</li>
            <li>{t.cascadePassword(password.isSuccess ? password.data !== null : undefined)}</li>
            <li>{t.cascadePolicies(attached.data?.length)}</li>
          </ul>
          <p className="muted">{t.cascadeTokens}</p>
        </div>
      ),
      action: () => remove.mutateAsync({ userName }),
    });
    if (ok) void navigate(href('users'));
  };
  return (
    <>
      <button type="button" className="btn btn-danger" onClick={() => void ask()}>
        {t.deleteUser}
      </button>
      {dialog}
    </>
  );
}
