import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpError } from '@/lib/http/errors';
import { installDialogPolyfill } from '../testing/dialog-polyfill';
import { ConfirmDialog, useConfirm, type ConfirmDialogProps } from '.';

beforeAll(installDialogPolyfill);

function Harness(props: Partial<ConfirmDialogProps> & { onConfirm: () => unknown }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Delete key
      </button>
      <ConfirmDialog title="Delete access key?" {...props} open={open} onOpenChange={setOpen}>
        Applications using it stop working.
      </ConfirmDialog>
    </>
  );
}

describe('ConfirmDialog', () => {
  it('opens as a labelled modal, cancels with Esc and gives focus back to the trigger', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} />);
    const trigger = screen.getByRole('button', { name: 'Delete key' });
    await user.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Delete access key?' });
    expect(dialog).toHaveAccessibleDescription('Applications using it stop working.');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('requires the resource name before a destructive confirm is enabled', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn(() => Promise.resolve());
    render(
      <Harness
        variant="destructive"
        resourceName="prod-deployer"
        confirmLabel="Delete"
        onConfirm={onConfirm}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Delete key' }));
    const input = screen.getByRole('textbox', { name: 'Type prod-deployer to confirm' });
    expect(input).toHaveFocus();
    const confirm = screen.getByRole('button', { name: 'Delete' });
    expect(confirm).toBeDisabled();
    await user.type(input, 'prod-deploye');
    expect(confirm).toBeDisabled();
    await user.keyboard('{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();
    await user.type(input, 'r');
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('is pending while the action runs and cannot be cancelled meanwhile', async () => {
    const user = userEvent.setup();
    let finish: () => void = () => undefined;
    const onConfirm = () =>
      new Promise<void>((resolve) => {
        finish = resolve;
      });
    render(<Harness onConfirm={onConfirm} confirmLabel="Delete" />);
    await user.click(screen.getByRole('button', { name: 'Delete key' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('button', { name: 'Working…' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    finish();
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('stays open and shows the error when the action fails', async () => {
    const user = userEvent.setup();
    const onConfirm = vi
      .fn()
      .mockRejectedValueOnce(
        new HttpError(409, 'DELETE', '/api/k', {}, 'r', 'The key is still in use', 'conflict'),
      )
      .mockResolvedValueOnce(undefined);
    render(<Harness onConfirm={onConfirm} confirmLabel="Delete" />);
    await user.click(screen.getByRole('button', { name: 'Delete key' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The key is still in use');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});

function ImperativeHarness({
  action,
  onResult,
}: {
  action?: () => unknown;
  onResult: (ok: boolean) => void;
}) {
  const { confirm, dialog } = useConfirm();
  return (
    <>
      <button
        type="button"
        onClick={() => {
          void confirm({ title: 'Disable user?', confirmLabel: 'Disable', ...(action && { action }) }).then(
            onResult,
          );
        }}
      >
        Disable
      </button>
      {dialog}
    </>
  );
}

describe('useConfirm', () => {
  it('resolves true after the action succeeds', async () => {
    const user = userEvent.setup();
    const onResult = vi.fn();
    const action = vi.fn(() => Promise.resolve());
    render(<ImperativeHarness action={action} onResult={onResult} />);
    await user.click(screen.getByRole('button', { name: 'Disable' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Disable' }));
    await vi.waitFor(() => expect(onResult).toHaveBeenCalledWith(true));
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('resolves false when cancelled', async () => {
    const user = userEvent.setup();
    const onResult = vi.fn();
    render(<ImperativeHarness onResult={onResult} />);
    await user.click(screen.getByRole('button', { name: 'Disable' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await vi.waitFor(() => expect(onResult).toHaveBeenCalledWith(false));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
