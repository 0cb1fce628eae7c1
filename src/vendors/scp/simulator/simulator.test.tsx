import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SimulatorPage from '../pages/simulator-page';
import {
  ACCOUNT,
  DATE,
  accessKey,
  fakeScp,
  group,
  member,
  page,
  renderScp,
  user,
} from '../testing/render-scp';

const audit = { created_at: DATE, created_by: 'a', modified_at: DATE, modified_by: 'a' };
const policy = (id: string, name: string, statements: object[]) => ({
  ...audit,
  account_id: ACCOUNT,
  domain_name: 'scp',
  id,
  policy_name: name,
  policy_type: 'USER_DEFINED',
  srn: `srn:emulator::${ACCOUNT}:::iam:policy/${id}`,
  default_version_id: 'v',
  policy_versions: [{ ...audit, id: 'v', policy_document: { Version: '2024-07-01', Statement: statements } }],
});

describe('policy simulator', () => {
  it('decides from the user’s own and group policies and names the deciding statement', async () => {
    fakeScp(({ path }) => {
      if (path === '/v1/access-keys')
        return { body: { access_keys: [accessKey('k1')], count: 1, links: [] } };
      if (path === `/v1/accounts/${ACCOUNT}/users`)
        return { body: { ...page(1), users: [user('u1', 'jiho')] } };
      if (path === '/v1/endpoints')
        return {
          body: {
            endpoints: [
              { region: 'kr-west1', service_name: 'iam', service_type: 'scp-iam', url: 'https://w' },
              { region: 'kr-east1', service_name: 'iam', service_type: 'scp-iam', url: 'https://e' },
            ],
          },
        };
      if (path === '/v1/users/u1/policy-bindings')
        return {
          body: {
            ...page(1),
            user_id: 'u1',
            policies: [
              policy('p1', 'ReadIam', [{ Sid: 'Read', Effect: 'Allow', Action: ['iam:*[List,Read]'] }]),
            ],
          },
        };
      if (path === '/v1/groups')
        return {
          body: {
            ...page(1),
            groups: [
              group('g1', 'Developers', {
                members: [member('u1', 'jiho')],
                policies: [
                  policy('p2', 'Guard', [
                    {
                      Sid: 'OutsideWest',
                      Effect: 'Deny',
                      Action: ['*'],
                      Condition: { StringNotEquals: { 'scp:RequestedRegion': ['kr-west1'] } },
                    },
                  ]),
                ],
              }),
            ],
          },
        };
      return undefined;
    });
    renderScp(<SimulatorPage />, 'simulator?user=u1&action=iam:ListGroups');
    expect(await screen.findByRole('heading', { name: 'Allowed' })).toBeInTheDocument();
    expect(screen.getByTestId('scp-sim-decided-by')).toHaveTextContent(
      'ReadIam · Statement Read (#1) · Allow',
    );
    expect(screen.getByLabelText('Resource SRN')).toHaveValue(`srn:emulator::${ACCOUNT}:::iam:*`);

    await userEvent.selectOptions(screen.getByLabelText('Region'), 'kr-east1');
    expect(await screen.findByRole('heading', { name: 'Denied by an explicit Deny' })).toBeInTheDocument();
    expect(screen.getByTestId('scp-sim-decided-by')).toHaveTextContent(
      'Guard · Statement OutsideWest (#1) · Deny',
    );
    expect(screen.getByTestId('scp-sim-decided-by')).toHaveTextContent('through Developers');

    await userEvent.selectOptions(screen.getByLabelText('Region'), 'kr-west1');
    await userEvent.clear(screen.getByLabelText('Action'));
    await userEvent.type(screen.getByLabelText('Action'), 'iam:DeleteGroup');
    expect(
      await screen.findByRole('heading', { name: 'Denied: no statement allows it' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Resource SRN')).toHaveValue(`srn:emulator::${ACCOUNT}:::iam:group/*`);
  });
});
