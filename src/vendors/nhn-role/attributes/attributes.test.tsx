import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AttributesPage from '../pages/attributes-page';
import { emulatorPage } from '../testing/emulator-page';
import { splitTags } from './attribute-dialog';

let env: Awaited<ReturnType<typeof emulatorPage>> | undefined;
afterEach(() => env?.close());

describe('ROLE condition attributes', () => {
  it('splits tags on commas without blanks or repeats', () => {
    expect(splitTags(' a, b,,a ,c ')).toEqual(['a', 'b', 'c']);
    expect(splitTags('')).toEqual([]);
  });

  it('creates an attribute with a data type, a role and tags, showing the operators the type allows', async () => {
    env = await emulatorPage();
    env.render(<AttributesPage />, 'attributes');
    expect(await screen.findByText('client.ip')).toBeInTheDocument();
    const [create] = screen.getAllByRole('button', { name: 'Create attribute' });
    if (!create) throw new Error('no Create attribute button');
    await userEvent.click(create);
    const dialog = await screen.findByRole('dialog', { name: 'Create attribute' });
    await userEvent.type(within(dialog).getByLabelText(/Attribute ID/), 'user.level');
    await userEvent.selectOptions(within(dialog).getByLabelText('Data type'), 'NUMERIC');
    expect(await within(dialog).findByText(/GREATER_THAN/)).toBeInTheDocument();
    expect(within(dialog).queryByText(/ANY_CONTAINS/)).not.toBeInTheDocument();
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: 'AUDITOR' }));
    await userEvent.type(within(dialog).getByLabelText(/Tags/), 'hr, level');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create attribute' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const saved = await env.call('GET', '/attributes/user.level');
    expect(saved.attribute).toMatchObject({
      attributeDataTypeCode: 'NUMERIC',
      attributeRoleRelations: [{ roleId: 'AUDITOR' }],
      attributeTags: [{ attributeTagId: 'hr' }, { attributeTagId: 'level' }],
    });
  });

  it('warns that an attribute is in use, shows the refusal, then force-deletes it', async () => {
    env = await emulatorPage();
    env.render(<AttributesPage />, 'attributes');
    await userEvent.click(await screen.findByRole('button', { name: 'Delete client.ip' }));
    const dialog = await screen.findByRole('dialog', { name: /Delete attribute client.ip/ });
    expect(within(dialog).getByText(/used by conditions/)).toBeInTheDocument();
    await userEvent.type(within(dialog).getByRole('textbox'), 'client.ip');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete attribute' }));
    await waitFor(() =>
      expect(env?.calls.some((c) => c.method === 'DELETE' && c.path.endsWith('/attributes'))).toBe(true),
    );
    expect(dialog).toBeInTheDocument();
    expect((await env.call('GET', '/attributes/client.ip')).attributeInUse).toBe(true);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /Also remove the conditions/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete attribute' }));
    await waitFor(() => expect(screen.queryByText('client.ip')).not.toBeInTheDocument());
    expect((await env.call('GET', '/attributes/client.ip')).header.isSuccessful).toBe(false);
  });
});
