import { useId, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { useConfirm } from '@/components/confirm-dialog';
import { useSecretOnce } from '@/components/secret-once';
import { PageHeader, QueryBoundary } from '@/components/states';
import { useKeysText } from './keys-text';
import { useCreateAccessKey, useDeleteAccessKey, useSetKeyEnabled } from './mutations';
import { NewKeySecret } from './new-key-secret';
import { accessKeyQuery } from './queries';

export const ROTATION_STEPS = ['create', 'show', 'confirm', 'disable', 'delete', 'done'] as const;
export type RotationStep = (typeof ROTATION_STEPS)[number];

/**
 * Rotation as a linkable wizard: the step and the new key's id live in the URL, so a reload resumes where
 * it was. The new secret lives only in memory; after a reload past "create" it is gone for good, and the
 * wizard says so instead of pretending to show it.
 */
export function RotationWizard() {
  const { keyId = '' } = useParams();
  const t = useKeysText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const titleId = useId();
  const [params, setParams] = useSearchParams();
  const raw = params.get('step') ?? 'create';
  const step: RotationStep = (ROTATION_STEPS as readonly string[]).includes(raw)
    ? (raw as RotationStep)
    : 'create';
  const newId = params.get('new') ?? '';
  const go = (next: RotationStep, nextNew = newId) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        p.set('step', next);
        if (nextNew) p.set('new', nextNew);
        return p;
      },
      { replace: true },
    );
  const old = useQuery({ ...accessKeyQuery(id, keyId), enabled: step !== 'done' });
  const fresh = useQuery({ ...accessKeyQuery(id, newId), enabled: newId !== '' });
  const labels: Record<RotationStep, string> = {
    create: t.stepCreate,
    show: t.stepShow,
    confirm: t.stepConfirm,
    disable: t.stepDisable,
    delete: t.stepDelete,
    done: t.stepDone,
  };
  const oldLabel = old.data?.access_key ?? keyId;
  return (
    <section className="page scp-page" aria-labelledby={titleId}>
      <p>
        <Link to={href('access-keys')}>{t.backToKeys}</Link>
      </p>
      <PageHeader title={t.rotateTitle(oldLabel)} titleId={titleId} description={t.rotateIntro} />
      <ol className="scp-steps" aria-label={t.stepsLabel}>
        {ROTATION_STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            {i + 1}. {labels[s]}
          </li>
        ))}
      </ol>
      {fresh.data && <p>{t.newKeyIs(fresh.data.access_key)}</p>}
      {step === 'done' ? (
        <section className="card stack" aria-label={labels.done}>
          <p role="status">{t.rotated}</p>
          <p>
            <Link to={href('access-keys')}>{t.backToKeys}</Link>
          </p>
        </section>
      ) : (
        <QueryBoundary query={old} errorTitle={t.oldKeyMissing}>
          {(k) =>
            k.access_key_type !== 'PERMANENT' ? (
              <p className="scp-warning">{t.notPermanent}</p>
            ) : (
              <StepBody
                step={step}
                oldKey={{ id: k.id, label: k.access_key, description: k.description ?? null }}
                newId={newId}
                go={go}
                heading={labels[step]}
              />
            )
          }
        </QueryBoundary>
      )}
    </section>
  );
}

type OldKey = { id: string; label: string; description: string | null };

function StepBody(props: {
  step: Exclude<RotationStep, 'done'>;
  oldKey: OldKey;
  newId: string;
  heading: string;
  go: (next: RotationStep, newId?: string) => void;
}) {
  const { step, oldKey, go } = props;
  const t = useKeysText();
  const headingId = useId();
  const secret = useSecretOnce();
  const [newLabel, setNewLabel] = useState('');
  const [updated, setUpdated] = useState(false);
  const { confirm, dialog } = useConfirm();
  const create = useCreateAccessKey({
    onSuccess: (k) => {
      create.reset();
      setNewLabel(k.accessKey);
      secret.show(k.secretKey);
      go('show', k.id);
    },
  });
  const disable = useSetKeyEnabled({ onSuccess: () => go('delete') });
  const remove = useDeleteAccessKey({ onError: () => undefined });
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.heading}</h2>
      {step === 'create' && (
        <div>
          <button
            type="button"
            className="btn btn-primary"
            disabled={create.isPending}
            onClick={() => create.mutate({ access_key_type: 'PERMANENT', description: oldKey.description })}
          >
            {create.isPending ? t.creating : t.createNew}
          </button>
        </div>
      )}
      {step === 'show' &&
        (secret.value ? (
          <NewKeySecret
            as="panel"
            keyName={newLabel}
            secretKey={secret.value}
            onClose={() => {
              secret.clear();
              go('confirm');
            }}
          />
        ) : (
          <>
            <p className="scp-warning">{t.secretGone}</p>
            <div>
              <button type="button" className="btn btn-primary" onClick={() => go('confirm')}>
                {t.continueLabel}
              </button>
            </div>
          </>
        ))}
      {step === 'confirm' && (
        <>
          <label className="row">
            <input type="checkbox" checked={updated} onChange={(e) => setUpdated(e.target.checked)} />
            {t.appsUpdated}
          </label>
          <div>
            <button
              type="button"
              className="btn btn-primary"
              disabled={!updated}
              onClick={() => go('disable')}
            >
              {t.continueLabel}
            </button>
          </div>
        </>
      )}
      {step === 'disable' && (
        <>
          <p>{t.disableOldBody}</p>
          <div>
            <button
              type="button"
              className="btn btn-primary"
              disabled={disable.isPending}
              onClick={() => disable.mutate({ keyId: oldKey.id, label: oldKey.label, enabled: false })}
            >
              {t.disableOld}
            </button>
          </div>
        </>
      )}
      {step === 'delete' && (
        <>
          <p>{t.deleteOldBody}</p>
          <div>
            <button
              type="button"
              className="btn btn-danger"
              onClick={() =>
                void confirm({
                  title: t.deleteTitle(oldKey.label),
                  variant: 'destructive',
                  confirmLabel: t.deleteKey,
                  children: <p>{t.deleteBody}</p>,
                  action: () => remove.mutateAsync({ keyId: oldKey.id, label: oldKey.label }),
                }).then((ok) => ok && go('done'))
              }
            >
              {t.deleteOld}
            </button>
          </div>
        </>
      )}
      {dialog}
    </section>
  );
}
