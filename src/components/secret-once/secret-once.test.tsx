import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installDialogPolyfill } from '../testing/dialog-polyfill';
import { SecretOnce, useSecretOnce } from '.';

beforeAll(installDialogPolyfill);

const SECRET = 'sk_live_4f9c2b7e1d';

// jsdom's Blob has no text(); FileReader reads it the old way.
const readBlob = (b: Blob | undefined) =>
  new Promise<string>((resolve, reject) => {
    if (!b) {
      reject(new Error('no blob'));
      return;
    }
    const r = new FileReader();
    r.onload = () => resolve(typeof r.result === 'string' ? r.result : '');
    r.onerror = () => reject(new Error('unreadable'));
    r.readAsText(b);
  });

function Harness({ as }: { as?: 'dialog' | 'panel' }) {
  const secret = useSecretOnce<string | readonly string[]>();
  return (
    <>
      <button type="button" onClick={() => secret.show(SECRET)}>
        Create key
      </button>
      <button type="button" onClick={() => secret.show(['aaaa-1111', 'bbbb-2222', 'cccc-3333'])}>
        Create codes
      </button>
      {secret.value && (
        <SecretOnce
          title="Your new key"
          label="Secret key"
          value={secret.value}
          fileName="key.txt"
          onClose={secret.clear}
          {...(as && { as })}
        />
      )}
    </>
  );
}

describe('SecretOnce', () => {
  let created: Blob[];
  const revoke = vi.fn();
  beforeEach(() => {
    revoke.mockClear();
    created = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:test/1';
    });
    URL.revokeObjectURL = revoke;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('masks the value until revealed, and keeps it out of the page while masked', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    const dialog = screen.getByRole('dialog', { name: 'Your new key' });
    expect(dialog).not.toHaveTextContent(SECRET);
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
    expect(within(dialog).getByRole('list', { name: 'Secret key' })).toHaveTextContent(SECRET);
    expect(within(dialog).getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('copies to the clipboard and announces it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    expect(screen.getByRole('status')).toHaveTextContent('Copied to the clipboard');
  });

  it('downloads every value through a Blob URL that is revoked at once', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Create codes' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Download' }));
    expect(created).toHaveLength(1);
    expect(await readBlob(created[0])).toBe('aaaa-1111\nbbbb-2222\ncccc-3333\n');
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('cannot be closed, by button or Esc, before the user acknowledges storing it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const trigger = screen.getByRole('button', { name: 'Create key' });
    await user.click(trigger);
    const done = screen.getByRole('button', { name: 'Done' });
    expect(done).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'I have stored it in a safe place' }));
    await user.click(done);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(SECRET);
    expect(trigger).toHaveFocus();
  });

  it('works as an inline panel', async () => {
    const user = userEvent.setup();
    render(<Harness as="panel" />);
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Secret key' });
    await user.click(within(panel).getByRole('checkbox'));
    await user.click(within(panel).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('region', { name: 'Secret key' })).not.toBeInTheDocument();
  });
});
