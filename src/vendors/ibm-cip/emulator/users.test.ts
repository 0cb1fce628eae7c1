import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CipErrorSchema,
  PasswordLastChangedResponseSchema,
  UserCreatedResponseSchema,
  UserResponseSchema,
  UserSearchResponseSchema,
  UserServicesResponseSchema,
} from '../wire';
import { startCip, type TestCip } from './test-support';

const GORDITA = '68567181-2cf1-4b2b-bc10-6d6f05afb8e7';
const USER_NOT_FOUND = {
  status: 404,
  code: 404,
  message: 'UserNotFound',
  developerMessage:
    'com.lsg.gma.api.exception.UserNotFoundException: The user was not found in the directory',
};

describe('ibm-cip users', () => {
  let cip: TestCip;
  beforeEach(async () => {
    cip = await startCip();
  });
  afterEach(() => cip.close());

  it('U1 returns the lightweight set by default and everything but the password with gma_allAttrs=true', async () => {
    const light = UserResponseSchema.parse((await cip.call('GET', '/GmaApi/users/ggonzalez')).body);
    expect(Object.keys(light.entry).sort()).toEqual(
      [
        'uid',
        'gtwayUUID',
        'cn',
        'givenName',
        'middleName',
        'sn',
        'mail',
        'gtwayUserType',
        'gtwayIsManager',
        'gma_isAccount',
      ].sort(),
    );
    const full = await cip.call('GET', '/GmaApi/users/ggonzalez?gma_allAttrs=true');
    expect(full.status).toBe(200);
    expect(full.body).toMatchObject({
      status: 'success',
      entry: {
        uid: 'ggonzalez',
        gtwayIsManager: 'FALSE',
        gtwayUserType: 'usertype_default',
        mail: 'gordita@gmail.com',
        givenName: 'Gordita',
        cn: 'Gordita Guanabana Gonzalez',
        sn: 'Gonzalez',
        DEM01_Last4_SSN: '1234',
        gtwayUUID: GORDITA,
        gma_isAccount: 'true',
      },
    });
    expect(JSON.stringify(full.body)).not.toContain('userPassword');
    expect((await cip.call('GET', '/GmaApi/users/GGONZALEZ')).status).toBe(200);
  });

  it('U1 and U9 answer 404 UserNotFound for an unknown user name, and do not take a gtwayUUID', async () => {
    for (const path of [
      '/GmaApi/users/fred',
      '/GmaApi/users/fred/passwordLastChanged',
      `/GmaApi/users/${GORDITA}`,
    ]) {
      const res = await cip.call('GET', path);
      expect(res.status).toBe(404);
      expect(CipErrorSchema.parse(res.body)).toEqual(USER_NOT_FOUND);
    }
  });

  it('U2 lists the services of a user by gtwayUUID', async () => {
    const res = UserServicesResponseSchema.parse(
      (await cip.call('GET', `/GmaApi/users/${GORDITA}/services`)).body,
    );
    expect(res.entries).toEqual(expect.arrayContaining(['GatewayWAMService', 'MyService', 'ExampleSvc']));
    expect(res.total_count).toBe(res.entries.length);
    expect((await cip.call('GET', '/GmaApi/users/ggonzalez/services')).status).toBe(404);
  });

  it('U4 searches with * wildcards and AND, case-insensitively', async () => {
    const res = UserSearchResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/users?gma_allAttrs=true&givenName=G*&st=FL')).body,
    );
    expect(res.status).toBe('success');
    expect(res.entries.map((e) => e.uid).sort()).toEqual(['ggonzalez', 'gsanders']);
    expect(res.total_count).toBe(2);
    expect(res.entries[0]).toHaveProperty('st', 'FL');
    const infix = UserSearchResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/users?mail=*@HOTMAIL*')).body,
    );
    expect(infix.entries.map((e) => e.uid)).toEqual(['gsanders']);
    expect(infix.entries[0]).not.toHaveProperty('st');
    const none = UserSearchResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/users?givenName=G*&st=TX')).body,
    );
    expect(none).toEqual({ status: 'success', total_count: 0, entries: [] });
    // A repeated parameter keeps its last value.
    const repeated = UserSearchResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/users?givenName=Gordita&givenName=Gary*')).body,
    );
    expect(repeated.entries.map((e) => e.uid)).toEqual(['gsanders']);
    expect((await cip.call('GET', '/GmaApi/users?bad%20name=x')).status).toBe(400);
    const identities = UserSearchResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/users?gma_isAccount=false')).body,
    );
    expect(identities.total_count).toBe(3);
    const byUuid = UserSearchResponseSchema.parse(
      (await cip.call('GET', `/GmaApi/users?gtwayUUID=${GORDITA.toUpperCase()}`)).body,
    );
    expect(byUuid.entries.map((e) => e.uid)).toEqual(['ggonzalez']);
  });

  it('U4 answers result_limit_exceeded with the returned count when the size limit cuts the list', async () => {
    cip.close();
    cip = await startCip({ searchLimit: 5 });
    const res = UserSearchResponseSchema.parse((await cip.call('GET', '/GmaApi/users?mail=*')).body);
    expect(res.status).toBe('result_limit_exceeded');
    expect(res.total_count).toBe(5);
    expect(res.entries).toHaveLength(5);
  });

  it('U5 creates an identity by default, fills givenName, sn and cn, and refuses a taken user name', async () => {
    const created = await cip.call('POST', '/GmaApi/users/jdoe', { form: {} });
    expect(created.status).toBe(200);
    const uuid = UserCreatedResponseSchema.parse(created.body).entry;
    expect(uuid).toMatch(/^[0-9a-f-]{36}$/);
    const entry = UserResponseSchema.parse((await cip.call('GET', '/GmaApi/users/jdoe')).body).entry;
    expect(entry).toMatchObject({
      uid: 'jdoe',
      givenName: 'jdoe',
      sn: 'jdoe',
      cn: 'jdoe jdoe',
      gtwayUUID: uuid,
      gma_isAccount: 'false',
    });

    const dup = await cip.call('POST', '/GmaApi/users/ggonzalez', {
      form: { gma_isAccount: 'true', givenName: 'Gordita', sn: 'Gonzalez', DEM01_M_NICKNAME: 'Dita' },
    });
    expect(dup.status).toBe(400);
    expect(dup.body).toEqual({
      status: 400,
      code: 400,
      message: 'AccountCreateError',
      developerMessage:
        'com.lsg.gma.api.exception.AccountCreateException: Could not create Gateway Account because the username "ggonzalez" is already in use by another Account',
    });
  });

  it('U5 keeps multi-valued attributes as arrays and single-valued ones as their last value', async () => {
    const res = await cip.call('POST', '/GmaApi/users/mvalue', {
      form: {
        gma_isAccount: 'true',
        givenName: 'Multi',
        sn: 'Value',
        mail: ['a@example.com', 'b@example.com'],
        employeeNumber: ['1', '2'],
        userPassword: 'Secret123!',
      },
    });
    expect(res.status).toBe(200);
    const entry = UserResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/users/mvalue?gma_allAttrs=true')).body,
    ).entry;
    expect(entry).toMatchObject({
      mail: ['a@example.com', 'b@example.com'],
      employeeNumber: '2',
      cn: 'Multi Value',
      gma_isAccount: 'true',
    });
    expect(entry).not.toHaveProperty('userPassword');
    const changed = PasswordLastChangedResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/users/mvalue/passwordLastChanged')).body,
    );
    expect(changed.entry.passwordLastChanged).toBe('Jan 15,2026 12:00:00 PM');
    expect((await cip.call('POST', '/GmaApi/users/bad', { form: { gtwayUUID: 'x' } })).status).toBe(400);
    expect((await cip.call('POST', '/GmaApi/users/bad', { form: { c: 'USA' } })).status).toBe(400);
  });

  it('U9 formats the last password change as MMM dd,yyyy hh:mm:ss a', async () => {
    const res = await cip.call('GET', '/GmaApi/users/testDemote/passwordLastChanged');
    expect(res.body).toEqual({
      status: 'success',
      entry: { passwordLastChanged: 'Aug 07,2018 09:07:49 AM' },
    });
  });

  it('U10 updates existing attributes only, recomputes cn, and converts between identity and account', async () => {
    const put = await cip.call('PUT', `/GmaApi/users/${GORDITA}`, {
      form: {
        gma_isAccount: 'false',
        telephoneNumber: '555-555-1234',
        mail: 'gordita@gmail.com',
        givenName: 'Gorda',
      },
    });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ status: 'success' });
    const entry = UserResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/users/ggonzalez?gma_allAttrs=true')).body,
    ).entry;
    expect(entry).toMatchObject({
      telephoneNumber: '555-555-1234',
      givenName: 'Gorda',
      cn: 'Gorda Guanabana Gonzalez',
      gma_isAccount: 'false',
    });

    const absent = await cip.call('PUT', `/GmaApi/users/${GORDITA}`, { form: { title: 'Boss' } });
    expect(absent.status).toBe(400);
    expect(CipErrorSchema.parse(absent.body).message).toBe('InvalidParameter');
    expect((await cip.call('PUT', `/GmaApi/users/${GORDITA}`, { form: { uid: 'other' } })).status).toBe(400);
    expect(
      (await cip.call('PUT', `/GmaApi/users/${GORDITA}`, { form: { gtwayIsManager: 'maybe' } })).status,
    ).toBe(400);
    await cip.call('PUT', `/GmaApi/users/${GORDITA}`, { form: { gtwayIsManager: 'true' } });
    expect(
      UserResponseSchema.parse((await cip.call('GET', '/GmaApi/users/ggonzalez')).body).entry.gtwayIsManager,
    ).toBe('TRUE');
    expect((await cip.call('PUT', '/GmaApi/users/ggonzalez', { form: { mail: 'x@y' } })).status).toBe(404);
  });

  it('U12 deletes a user by gtwayUUID and drops it from groups and services', async () => {
    const del = await cip.call('DELETE', `/GmaApi/users/${GORDITA}`);
    expect(del.body).toEqual({ status: 'success' });
    expect((await cip.call('GET', '/GmaApi/users/ggonzalez')).status).toBe(404);
    const members = await cip.call('GET', '/GmaApi/groups/MyGroup/members');
    expect(members.body).toEqual({ status: 'success', total_count: 0, entries: [] });
    expect((await cip.call('DELETE', `/GmaApi/users/${GORDITA}`)).status).toBe(404);
  });
});
