import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserDetailsResponseSchema, UserResponseSchema } from '../wire';
import { startCip, type TestCip } from './test-support';

const GORDITA = '68567181-2cf1-4b2b-bc10-6d6f05afb8e7';
const SUCCESS = { success: true, apiError: false, message: 'Success', errors: {} };

describe('ibm-cip identities', () => {
  let cip: TestCip;
  beforeEach(async () => {
    cip = await startCip();
  });
  afterEach(() => cip.close());

  it('I1 tells whether a user name is free and whether the taken one is an account', async () => {
    expect((await cip.call('GET', '/GmaApi/identities/checkUsername?username=chuck')).body).toEqual({
      status: SUCCESS,
      available: true,
      account: false,
    });
    expect((await cip.call('GET', '/GmaApi/identities/checkUsername?username=ggonzalez')).body).toEqual({
      status: SUCCESS,
      available: false,
      account: true,
    });
    const missing = await cip.call('GET', '/GmaApi/identities/checkUsername');
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({
      status: {
        success: false,
        apiError: true,
        message: 'InvalidParameter',
        errors: { username: 'required' },
      },
    });
  });

  it('I2 returns account, groups, roles, services and attributes, with userStatus beside userDetails', async () => {
    const res = UserDetailsResponseSchema.parse(
      (await cip.call('GET', `/GmaApi/identities/getUserDetails?uuid=${GORDITA}`)).body,
    );
    expect(res.status).toEqual(SUCCESS);
    expect(res.userDetails).toMatchObject({
      account: true,
      groups: ['MyGroup'],
      roles: ['Default'],
      pwdStatus: true,
    });
    expect(res.userDetails.services).toEqual(
      expect.arrayContaining(['GatewayWAMService', 'MyService', 'ExampleSvc']),
    );
    expect(res.userDetails.userAttributes).toMatchObject({
      uid: 'ggonzalez',
      sn: 'Gonzalez',
      gtwayUUID: GORDITA,
    });
    expect(res.userStatus).toBe(true);
    const unknown = await cip.call(
      'GET',
      '/GmaApi/identities/getUserDetails?uuid=55555555-5555-5555-5555-555555555555',
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({
      status: { success: false, apiError: true, message: 'UserNotFound' },
    });
  });

  it('I3 adds a user from JSON (string booleans, comma-separated roles) and requires sn and uid', async () => {
    const res = await cip.call('POST', '/GmaApi/identities/addUser', {
      json: {
        userAttributes: {
          uid: 'jdoe',
          sn: 'Doe',
          cn: 'John Doe',
          mail: ['j@example.com', 'john@example.com'],
        },
        roles: 'Default, Manager',
        account: 'true',
        userStatus: 'false',
        pwdStatus: 'false',
      },
    });
    expect(res.body).toEqual({ status: SUCCESS });
    const entry = UserResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/users/jdoe?gma_allAttrs=true')).body,
    ).entry;
    expect(entry).toMatchObject({
      uid: 'jdoe',
      sn: 'Doe',
      cn: 'John Doe',
      givenName: 'jdoe',
      mail: ['j@example.com', 'john@example.com'],
      gma_isAccount: 'true',
    });
    const details = UserDetailsResponseSchema.parse(
      (await cip.call('GET', `/GmaApi/identities/getUserDetails?uuid=${String(entry.gtwayUUID)}`)).body,
    );
    expect(details.userDetails).toMatchObject({
      roles: ['Default', 'Manager'],
      pwdStatus: false,
      account: true,
    });
    expect(details.userStatus).toBe(false);

    const noSn = await cip.call('POST', '/GmaApi/identities/addUser', {
      json: { userAttributes: { uid: 'x', cn: 'X' }, roles: null, account: 'false' },
    });
    expect(noSn.status).toBe(400);
    expect(noSn.body).toEqual({
      status: {
        success: false,
        apiError: true,
        message: 'InvalidParameter',
        errors: { 'userAttributes.sn': 'required' },
      },
    });
    expect(
      (await cip.call('POST', '/GmaApi/identities/addUser', { json: { userAttributes: { sn: 'Doe' } } }))
        .status,
    ).toBe(400);
    const dup = await cip.call('POST', '/GmaApi/identities/addUser', {
      json: { userAttributes: { uid: 'JDOE', sn: 'Doe' } },
    });
    expect(dup.status).toBe(400);
    expect(dup.body).toMatchObject({ status: { success: false, message: 'AccountCreateError' } });
    expect((await cip.call('POST', '/GmaApi/identities/addUser', { json: { roles: 'x' } })).status).toBe(400);
  });

  it('I4 changes or adds attributes for several users, all or nothing', async () => {
    const ok = await cip.call('POST', '/GmaApi/identities/editUser', {
      json: [{ userDetails: { userAttributes: { sn: 'Doe', title: 'Chief' } }, uuid: GORDITA }],
    });
    expect(ok.body).toEqual({ status: SUCCESS });
    expect(
      UserResponseSchema.parse((await cip.call('GET', '/GmaApi/users/ggonzalez?gma_allAttrs=true')).body)
        .entry,
    ).toMatchObject({ sn: 'Doe', title: 'Chief', cn: 'Gordita Guanabana Doe' });
    const mixed = await cip.call('POST', '/GmaApi/identities/editUser', {
      json: [
        { userDetails: { userAttributes: { title: 'Changed' } }, uuid: GORDITA },
        { userDetails: { userAttributes: { title: 'X' } }, uuid: 'c45f71a8-abe1-4256-9643-000000000000' },
      ],
    });
    expect(mixed.status).toBe(404);
    expect(
      UserResponseSchema.parse((await cip.call('GET', '/GmaApi/users/ggonzalez?gma_allAttrs=true')).body)
        .entry.title,
    ).toBe('Chief');
    expect((await cip.call('POST', '/GmaApi/identities/editUser', { json: { uuid: GORDITA } })).status).toBe(
      400,
    );
  });

  it('I5 removes a user', async () => {
    expect(
      (await cip.call('POST', '/GmaApi/identities/removeUser', { json: { uuid: GORDITA } })).body,
    ).toEqual({ status: SUCCESS });
    expect((await cip.call('GET', '/GmaApi/users/ggonzalez')).status).toBe(404);
    expect(
      (await cip.call('POST', '/GmaApi/identities/removeUser', { json: { uuid: GORDITA } })).status,
    ).toBe(404);
    expect((await cip.call('POST', '/GmaApi/identities/removeUser', { text: 'not json' })).status).toBe(400);
  });
});
