import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CipErrorSchema, GroupNamesResponseSchema, MemberListResponseSchema } from '../wire';
import { startCip, type TestCip } from './test-support';

const MARTA = '0a577a49-c211-4b69-a81f-01537a302c0b';
const GARY = 'f3acac82-30c7-4c92-afb6-22eb6e46234d';
const JUN = '224187d8-6aee-42e8-826d-4384a5459efd';
const RAVI = '0e7e6d21-f2d1-40f4-9f8f-3f9cc4e39cbb';

describe('ibm-cip groups', () => {
  let cip: TestCip;
  beforeEach(async () => {
    cip = await startCip();
  });
  afterEach(() => cip.close());
  const members = async (group: string) =>
    MemberListResponseSchema.parse((await cip.call('GET', `/GmaApi/groups/${group}/members`)).body).entries;

  it('G1 lists group names and G2 the members of Group1 as gtwayUUIDs', async () => {
    const names = GroupNamesResponseSchema.parse((await cip.call('GET', '/GmaApi/groups/names')).body);
    expect(names.entries.slice(0, 3)).toEqual(['Group1', 'TestGroup', 'MyGroup']);
    expect(names.total_count).toBe(names.entries.length);
    expect((await cip.call('GET', '/GmaApi/groups/Group1/members')).body).toEqual({
      status: 'success',
      total_count: 3,
      entries: [MARTA, GARY, JUN],
    });
    const missing = await cip.call('GET', '/GmaApi/groups/Nope/members');
    expect(missing.status).toBe(404);
    expect(CipErrorSchema.parse(missing.body).message).toBe('GroupNotFound');
  });

  it('G3 creates a group with a description and repeated members, refusing a taken name or an unknown member', async () => {
    const res = await cip.call('POST', '/GmaApi/groups/QA', {
      text: `description=A group for test purposes&member=${MARTA}&member=${JUN}`,
    });
    expect(res.body).toEqual({ status: 'success' });
    expect(await members('QA')).toEqual([MARTA, JUN]);
    const dup = await cip.call('POST', '/GmaApi/groups/qa', { form: {} });
    expect(dup.status).toBe(400);
    expect(CipErrorSchema.parse(dup.body).message).toBe('GroupCreateError');
    const unknown = await cip.call('POST', '/GmaApi/groups/Other', {
      form: { member: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.status).toBe(404);
    expect(CipErrorSchema.parse(unknown.body).message).toBe('UserNotFound');
    expect(
      GroupNamesResponseSchema.parse((await cip.call('GET', '/GmaApi/groups/names')).body).entries,
    ).not.toContain('Other');
  });

  it('G4 and G5 add one or several members, idempotently', async () => {
    expect((await cip.call('PUT', `/GmaApi/groups/TestGroup/members/${RAVI}`)).body).toEqual({
      status: 'success',
    });
    expect(
      (await cip.call('PUT', '/GmaApi/groups/TestGroup/members', { form: { member: [GARY, RAVI] } })).body,
    ).toEqual({ status: 'success' });
    expect(await members('TestGroup')).toEqual([MARTA, JUN, RAVI, GARY]);
    expect((await cip.call('PUT', '/GmaApi/groups/TestGroup/members', { form: {} })).status).toBe(400);
    expect((await cip.call('PUT', '/GmaApi/groups/TestGroup/members/not-a-user')).status).toBe(404);
    expect((await cip.call('PUT', `/GmaApi/groups/Nope/members/${RAVI}`)).status).toBe(404);
  });

  it('G6 removes one member under /members/ and the /member/ spelling; G7 removes several with a DELETE body', async () => {
    expect((await cip.call('DELETE', `/GmaApi/groups/TestGroup/member/${MARTA}`)).body).toEqual({
      status: 'success',
    });
    expect(await members('TestGroup')).toEqual([JUN]);
    expect((await cip.call('DELETE', `/GmaApi/groups/Group1/members/${GARY}`)).status).toBe(200);
    expect(
      (await cip.call('DELETE', '/GmaApi/groups/Group1/members', { form: { member: [MARTA, JUN] } })).body,
    ).toEqual({ status: 'success' });
    expect(await members('Group1')).toEqual([]);
    expect((await cip.call('DELETE', '/GmaApi/groups/Group1/members', { form: {} })).status).toBe(400);
  });

  it('G8 deletes a group', async () => {
    expect((await cip.call('DELETE', '/GmaApi/groups/MyGroup')).body).toEqual({ status: 'success' });
    expect(
      GroupNamesResponseSchema.parse((await cip.call('GET', '/GmaApi/groups/names')).body).entries,
    ).not.toContain('MyGroup');
    expect((await cip.call('DELETE', '/GmaApi/groups/MyGroup')).status).toBe(404);
  });
});
