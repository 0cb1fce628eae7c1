import { useState } from 'react';
import { HttpError } from '@/lib/http/errors';
import { toast } from '@/components/toast';
import { ConfirmDialog, useConfirm } from '@/components/confirm-dialog';
import { DemoSection } from './demo-section';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function ConfirmDemo() {
  const [open, setOpen] = useState(false);
  const [failNext, setFailNext] = useState(true);
  const { confirm, dialog } = useConfirm();
  return (
    <DemoSection title="Confirm dialog">
      <p className="muted">The destructive dialog fails once (to show the error inside), then succeeds.</p>
      <div className="row">
        <button type="button" className="btn btn-danger" onClick={() => setOpen(true)}>
          Delete service account…
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            void confirm({
              title: 'Disable user alice?',
              children: 'She will be signed out everywhere.',
              confirmLabel: 'Disable',
              action: () => wait(600),
            }).then((ok) => (ok ? toast.success('Disabled alice') : toast.info('Nothing changed')));
          }}
        >
          Disable user (useConfirm)…
        </button>
      </div>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        variant="destructive"
        resourceName="prod-deployer"
        title="Delete service account prod-deployer?"
        confirmLabel="Delete"
        onConfirm={async () => {
          await wait(700);
          if (failNext) {
            setFailNext(false);
            throw new HttpError(
              409,
              'DELETE',
              '/api/demo',
              {},
              'demo',
              'The account still owns 2 access keys',
              'conflict',
            );
          }
          toast.success('Deleted prod-deployer');
        }}
      >
        <p>Its access keys stop working at once. This cannot be undone.</p>
      </ConfirmDialog>
      {dialog}
    </DemoSection>
  );
}
