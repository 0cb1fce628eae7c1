import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CipErrorSchema,
  MemberListResponseSchema,
  ServiceNamesResponseSchema,
  ServiceResponseSchema,
} from '../wire';
import { startCip, type TestCip } from './test-support';

const MARTA = '0a577a49-c211-4b69-a81f-01537a302c0b';
const JUN = '224187d8-6aee-42e8-826d-4384a5459efd';
const RAVI = '0e7e6d21-f2d1-40f4-9f8f-3f9cc4e39cbb';

describe('ibm-cip services', () => {
  let cip: TestCip;
  beforeEach(async () => {
    cip = await startCip();
  });
  afterEach(() => cip.close());
  const names = async (path: string) =>
    ServiceNamesResponseSchema.parse((await cip.call('GET', path)).body).entries;
  const entry = async (name: string) =>
    ServiceResponseSchema.parse((await cip.call('GET', `/GmaApi/services/${name}`)).body).entry;
  const errorOf = (body: unknown) => CipErrorSchema.parse(body).message;

  it('S1 lists service names and S2 returns attributes as strings with the documented defaults', async () => {
    const all = await names('/GmaApi/services/names');
    expect(all).toEqual(
      expect.arrayContaining([
        'GatewayWAMService',
        'Service1',
        'Service2',
        'ExampleSvc',
        'OtherSvc',
        'ChildService1A',
        'ChildService1B',
      ]),
    );
    const s1 = await entry('Service1');
    expect(s1).toMatchObject({
      cn: 'Service1',
      gtwayOwner: MARTA,
      gtwayOwnerApproval: 'TRUE',
      gtwayManagerApproval: 'FALSE',
      gtwayApprovalGracePeriod: '5',
      gtwayApprovalReminderActionId: '1',
      gtwayRecertGracePeriod: '0',
    });
    const missing = await cip.call('GET', '/GmaApi/services/Nope');
    expect(missing.status).toBe(404);
    expect(errorOf(missing.body)).toBe('ServiceNotFound');
  });

  it('S3 lists normal and manual members; S9 adds and removes them from a form or the query', async () => {
    expect(
      MemberListResponseSchema.parse((await cip.call('GET', '/GmaApi/services/ExampleSvc/members')).body)
        .entries,
    ).toEqual(['68567181-2cf1-4b2b-bc10-6d6f05afb8e7', RAVI]);
    expect(
      (
        await cip.call('PUT', '/GmaApi/services/Service2/members', {
          form: { member: [MARTA, JUN], gma_adminRequest: 'true' },
        })
      ).body,
    ).toEqual({ status: 'success' });
    expect((await cip.call('PUT', `/GmaApi/services/Service2/members?manualMember=${RAVI}`)).status).toBe(
      200,
    );
    expect(
      MemberListResponseSchema.parse((await cip.call('GET', '/GmaApi/services/Service2/members')).body)
        .entries,
    ).toEqual([JUN, MARTA, RAVI]);
    expect(
      (
        await cip.call('PUT', '/GmaApi/services/Service2/members', {
          form: { action: 'delete', member: [MARTA, JUN], manualMember: RAVI },
        })
      ).status,
    ).toBe(200);
    expect(
      MemberListResponseSchema.parse((await cip.call('GET', '/GmaApi/services/Service2/members')).body)
        .entries,
    ).toEqual([]);
    expect(
      (await cip.call('PUT', '/GmaApi/services/Service2/members', { form: { action: 'delete' } })).status,
    ).toBe(400);
    expect(
      (
        await cip.call('PUT', '/GmaApi/services/Service2/members', {
          form: { action: 'purge', member: MARTA },
        })
      ).status,
    ).toBe(400);
    expect(
      (await cip.call('PUT', '/GmaApi/services/Service2/members', { form: { member: 'ghost' } })).status,
    ).toBe(404);
    const none = await cip.call('PUT', '/GmaApi/services/AuditArchive/members', { form: { member: MARTA } });
    expect(none.status).toBe(400);
    expect(errorOf(none.body)).toBe('ServiceMembershipError');
  });

  it('S4/S5 show children and parent; S10/S11 add, S14/S15 remove (POST removes)', async () => {
    expect(await names('/GmaApi/services/Service1/children')).toEqual(['ChildService1A', 'ChildService1B']);
    expect((await cip.call('GET', '/GmaApi/services/ChildService1A/parent')).body).toEqual({
      status: 'success',
      entry: 'Service1',
    });
    expect((await cip.call('GET', '/GmaApi/services/Service1/parent')).body).toEqual({
      status: 'success',
      entry: '',
    });
    expect((await cip.call('PUT', '/GmaApi/services/Service1/children/OtherSvc')).body).toEqual({
      status: 'success',
    });
    expect(
      (
        await cip.call('PUT', '/GmaApi/services/Service2/children', {
          form: { child: ['ChildService1A', 'MyService'] },
        })
      ).status,
    ).toBe(200);
    expect(await names('/GmaApi/services/Service1/children')).toEqual(['OtherSvc', 'ChildService1B']);
    expect(await names('/GmaApi/services/Service2/children')).toEqual(['ChildService1A', 'MyService']);
    expect((await entry('ChildService1A')).gtwayParentService).toBe('Service2');
    expect((await cip.call('DELETE', '/GmaApi/services/Service1/children/OtherSvc')).status).toBe(200);
    expect(
      (
        await cip.call('POST', '/GmaApi/services/Service2/children', {
          form: { child: 'ChildService1A', childServiceName: 'MyService' },
        })
      ).status,
    ).toBe(200);
    expect(await names('/GmaApi/services/Service2/children')).toEqual([]);
    expect(await entry('MyService')).not.toHaveProperty('gtwayParentService');
  });

  it('refuses self-parenting, cycles and unknown children', async () => {
    expect(errorOf((await cip.call('PUT', '/GmaApi/services/Service1/children/Service1')).body)).toBe(
      'ServiceHierarchyError',
    );
    const cycle = await cip.call('PUT', '/GmaApi/services/ChildService1A/children/Service1');
    expect(cycle.status).toBe(400);
    expect(errorOf(cycle.body)).toBe('ServiceHierarchyError');
    expect(
      (
        await cip.call('PUT', '/GmaApi/services/ChildService1A', {
          form: { gtwayParentService: 'ChildService1A' },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await cip.call('PUT', '/GmaApi/services/Service1/children', {
          form: { child: ['OtherSvc', 'Ghost'] },
        })
      ).status,
    ).toBe(404);
    expect(await names('/GmaApi/services/Service1/children')).toEqual(['ChildService1A', 'ChildService1B']);
  });

  it('S6/S7 show containment; S12/S13 add with an approval process, S16/S17 remove', async () => {
    expect(await names('/GmaApi/services/ExampleSvc/containers')).toEqual([
      'ContainerService1A',
      'ContainerService1B',
    ]);
    expect(await names('/GmaApi/services/ContainerService1A/contained')).toEqual(['ExampleSvc', 'VPN']);
    expect(
      (
        await cip.call(
          'PUT',
          '/GmaApi/services/Service1/contained/OtherSvc?approvalProcess=AUTO_APPROVE_NON_SOD_ONLY',
        )
      ).body,
    ).toEqual({ status: 'success' });
    expect(
      (
        await cip.call('PUT', '/GmaApi/services/Service1/contained?approvalProcess=AUTO_APPROVE_ALL', {
          form: { containedService: ['Service2', 'MyService'] },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await cip.call('PUT', '/GmaApi/services/Service1/contained', {
          form: { containedService: 'Payroll', approvalProcess: 'DEFAULT' },
        })
      ).status,
    ).toBe(200);
    expect(await names('/GmaApi/services/Service1/contained')).toEqual([
      'OtherSvc',
      'Service2',
      'MyService',
      'Payroll',
    ]);
    expect(await names('/GmaApi/services/OtherSvc/containers')).toEqual(['Service1']);
    expect(
      (await cip.call('PUT', '/GmaApi/services/Service1/contained/VPN?approvalProcess=SOMETIMES')).status,
    ).toBe(400);
    expect(errorOf((await cip.call('PUT', '/GmaApi/services/OtherSvc/contained/Service1')).body)).toBe(
      'ServiceHierarchyError',
    );
    expect((await cip.call('DELETE', '/GmaApi/services/Service1/contained/OtherSvc')).body).toEqual({
      status: 'success',
    });
    expect(
      (
        await cip.call('POST', '/GmaApi/services/Service1/contained', {
          form: { containedService: ['Service2', 'MyService'] },
        })
      ).status,
    ).toBe(200);
    expect(await names('/GmaApi/services/Service1/contained')).toEqual(['Payroll']);
    expect((await cip.call('POST', '/GmaApi/services/Service1/contained', { form: {} })).status).toBe(400);
  });

  it('S8 changes attributes with validation; an empty value resets the default', async () => {
    const res = await cip.call('PUT', '/GmaApi/services/Service1', {
      form: {
        gtwayManagerApproval: 'true',
        gtwayOwner: JUN,
        gtwayRecertReminderActionId: '4',
        gtwayApprovalGracePeriod: '',
      },
    });
    expect(res.body).toEqual({ status: 'success' });
    expect(await entry('Service1')).toMatchObject({
      gtwayManagerApproval: 'TRUE',
      gtwayOwner: JUN,
      gtwayRecertReminderActionId: '4',
      gtwayApprovalGracePeriod: '0',
    });
    for (const form of [
      { gtwayManagerApproval: 'yes' },
      { gtwayApprovalGracePeriod: '-1' },
      { gtwayRecertReminderActionId: '5' },
      { gtwayOwner: 'ghost' },
      { colour: 'red' },
    ]) {
      const bad = await cip.call('PUT', '/GmaApi/services/Service1', { form });
      expect(bad.status).toBe(400);
      expect(errorOf(bad.body)).toBe('InvalidParameter');
    }
    await cip.call('PUT', '/GmaApi/services/Service1', { form: { gatewayServiceCannotbeRequested: 'true' } });
    expect((await entry('Service1')).gtwayServiceCannotbeRequested).toBe('TRUE');
  });

  it('S18 creates a service (name ≤ 252 characters) and S19 deletes it with its edges', async () => {
    expect((await cip.call('POST', '/GmaApi/services/NewSvc')).body).toEqual({ status: 'success' });
    expect(await entry('NewSvc')).toMatchObject({
      cn: 'NewSvc',
      gtwayOwnerApproval: 'FALSE',
      gtwayApprovalReminderActionId: '1',
    });
    expect(
      (
        await cip.call('POST', '/GmaApi/services/Team%20Share', {
          form: { gma_requester: MARTA, gtwayOwner: MARTA, gtwayParentService: 'Service1' },
        })
      ).status,
    ).toBe(200);
    expect(await names('/GmaApi/services/Service1/children')).toContain('Team Share');
    const dup = await cip.call('POST', '/GmaApi/services/newsvc');
    expect(dup.status).toBe(400);
    expect(errorOf(dup.body)).toBe('ServiceCreateError');
    expect((await cip.call('POST', `/GmaApi/services/${'x'.repeat(252)}`)).status).toBe(200);
    expect(errorOf((await cip.call('POST', `/GmaApi/services/${'x'.repeat(253)}`)).body)).toBe(
      'ServiceCreateError',
    );
    expect((await cip.call('DELETE', '/GmaApi/services/Service1')).body).toEqual({ status: 'success' });
    expect((await entry('ChildService1A')).gtwayParentService).toBeUndefined();
    expect(await names('/GmaApi/users/0a577a49-c211-4b69-a81f-01537a302c0b/services')).not.toContain(
      'Service1',
    );
    expect((await cip.call('DELETE', '/GmaApi/services/ContainerService1A')).status).toBe(200);
    expect(await names('/GmaApi/services/ExampleSvc/containers')).toEqual(['ContainerService1B']);
    expect((await cip.call('DELETE', '/GmaApi/services/Service1')).status).toBe(404);
  });
});
