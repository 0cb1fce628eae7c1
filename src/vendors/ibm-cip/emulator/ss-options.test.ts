import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AppManagementSetupResponseSchema,
  CreateInstanceResponseSchema,
  InstanceKbaResponseSchema,
  KbaQuestionsResponseSchema,
  PasswordResetOptionsResponseSchema,
  PortalOptionsResponseSchema,
  SelfRegistrationOptionsResponseSchema,
  UsernameRecoveryOptionsResponseSchema,
} from '../wire';
import { startCip, type TestCip } from './test-support';

const SUCCESS = { success: true, apiError: false, message: 'Success', errors: {} };

describe('ibm-cip self-service options and instances', () => {
  let cip: TestCip;
  beforeEach(async () => {
    cip = await startCip();
  });
  afterEach(() => cip.close());

  it('SS1 returns password reset options keyed by instance id, for one instance or all', async () => {
    expect((await cip.call('GET', '/GmaApi/ss/getPasswordResetOptions?instanceId=3')).body).toEqual({
      status: SUCCESS,
      options: {
        3: {
          sendTempEmail: false,
          sendSuccessEmail: true,
          sendUrlEmail: false,
          emailTokenExpire: 3600,
          pwdTokenExpire: 3600,
          instanceId: 3,
          kbaQuestionCount: 3,
          validationOptionId: 1,
        },
      },
    });
    const all = PasswordResetOptionsResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/getPasswordResetOptions')).body,
    );
    expect(Object.keys(all.options)).toEqual(['1', '3', '182']);
    const unknown = await cip.call('GET', '/GmaApi/ss/getPasswordResetOptions?instanceId=99');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({
      status: { success: false, apiError: true, message: 'InstanceNotFound' },
    });
  });

  it('SS24 updates the settable password reset options from string values', async () => {
    const res = await cip.call('POST', '/GmaApi/ss/updatePasswordResetOptions', {
      json: {
        instanceId: '3',
        data: {
          options: {
            sendUrlEmail: 'true',
            sendSuccessEmail: 'true',
            kbaQuestionCount: '2',
            emailTokenExpire: '30',
          },
        },
      },
    });
    expect(res.body).toEqual({ status: SUCCESS });
    const opts = PasswordResetOptionsResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/getPasswordResetOptions?instanceId=3')).body,
    ).options['3'];
    expect(opts).toMatchObject({
      sendUrlEmail: true,
      kbaQuestionCount: 2,
      emailTokenExpire: 30,
      pwdTokenExpire: 3600,
    });
    const bad = await cip.call('POST', '/GmaApi/ss/updatePasswordResetOptions', {
      json: { instanceId: '3', data: { options: { sendUrlEmail: 'maybe', kbaQuestionCount: '-1' } } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      status: {
        success: false,
        apiError: true,
        errors: {
          'data.options.sendUrlEmail': expect.any(String) as string,
          'data.options.sendSuccessEmail': expect.any(String) as string,
        },
      },
    });
  });

  it('SS7/SS23 read and update self-registration options (JSON sent as curl -d form)', async () => {
    const body = {
      instanceId: '3',
      data: {
        options: {
          defaultApprover: '68567181-2cf1-4b2b-bc10-6d6f05afb8e7',
          idvFailResolution: 'reject',
          manualApproval: 'true',
          multipleIdvFailResolution: 'reject',
          primaryUsernamePreference: 'user_uid',
          requireManagerApproval: 'false',
          requirePolicyCheck: 'true',
          secondaryUsernamePreference: 'user_uid',
          sendPendingEmail: 'true',
          sendRejectEmail: 'true',
          sendSuccessEmail: 'true',
          useAccountClaiming: 'false',
          useIdv: 'true',
          useKba: 'false',
          secUsernamePreferenceOtherAttrName: '',
          usernamePreferenceOtherAttrName: '',
        },
      },
    };
    const res = await cip.call(
      'POST',
      '/GmaApi/ss/updateSelfRegistrationOptions',
      { text: JSON.stringify(body) },
      { 'Content-Type': 'application/x-www-form-urlencoded' },
    );
    expect(res.body).toEqual({ status: SUCCESS });
    const list = SelfRegistrationOptionsResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/getSelfRegistrationOptions')).body,
    ).options;
    expect(list.find((o) => o.instanceId === 3)).toMatchObject({
      manualApproval: true,
      requirePolicyCheck: true,
      useKba: false,
      defaultApprover: '68567181-2cf1-4b2b-bc10-6d6f05afb8e7',
    });
    const missing = await cip.call('POST', '/GmaApi/ss/updateSelfRegistrationOptions', {
      json: { instanceId: '3', data: { options: { useIdv: 'true' } } },
    });
    expect(missing.status).toBe(400);
  });

  it('SS8/SS26 and SS9 cover user name recovery and portal options of every instance', async () => {
    expect(
      (
        await cip.call('POST', '/GmaApi/ss/updateUsernameRecoveryOptions', {
          json: { instanceId: '3', data: { options: { sendRecoveryEmail: 'false', showUsername: 'true' } } },
        })
      ).body,
    ).toEqual({ status: SUCCESS });
    const rec = UsernameRecoveryOptionsResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/getUsernameRecoveryOptions')).body,
    ).options;
    expect(rec.map((o) => o.instanceId)).toEqual([1, 3, 182]);
    expect(rec[1]).toMatchObject({ instanceId: 3, sendRecoveryEmail: false, showUsername: true });
    const portal = PortalOptionsResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/getPortalOptions')).body,
    ).options;
    expect(portal[0]?.userColumns[0]).toEqual({ attributeTypeId: 1, attributeName: 'uid', columnOrder: 1 });
    expect(
      (
        await cip.call('POST', '/GmaApi/ss/updateUsernameRecoveryOptions', {
          json: { instanceId: '77', data: { options: { sendRecoveryEmail: true, showUsername: true } } },
        })
      ).status,
    ).toBe(404);
  });

  it('SS2/SS25 read KBA options and edit the question catalogue, which K1–K3 then show', async () => {
    const kba = InstanceKbaResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/getKba?instanceId=3')).body,
    ).kba;
    expect(kba).toMatchObject({
      minRequired: 3,
      maxRequired: null,
      uniqueAnswers: true,
      minCharacterLength: 1,
      maxQuestionNum: 20,
    });
    expect(kba.questions['en-us']?.find((q) => q.id === 1)).toEqual({
      id: 1,
      deprecated: true,
      question: 'In what year was your father born?',
    });
    expect(kba.availableQuestions['en-us']?.some((q) => q.id === 1)).toBe(false);
    expect((await cip.call('GET', '/GmaApi/ss/getKba')).status).toBe(400);

    const update = {
      instanceId: '3',
      data: {
        maxRequired: '',
        minRequired: '2',
        minCharacterLength: '3',
        uniqueAnswers: 'false',
        questions: {
          'en-us': [
            { id: 1, deprecated: false, question: 'In what year was your father born?' },
            { id: 21, deprecated: false, question: 'What was your first car?' },
          ],
          'fr-ca': [{ id: 21, deprecated: false, question: 'Quelle était votre première voiture ?' }],
        },
      },
    };
    expect((await cip.call('POST', '/GmaApi/ss/updateKba', { json: update })).body).toEqual({
      status: SUCCESS,
    });
    const after = InstanceKbaResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/getKba?instanceId=3')).body,
    ).kba;
    expect(after).toMatchObject({
      minRequired: 2,
      minCharacterLength: 3,
      uniqueAnswers: false,
      maxQuestionNum: 21,
    });
    const active = KbaQuestionsResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/kba/questions/active')).body,
    ).entries;
    expect(active.find((q) => q.questionNumber === 21)?.questionTextByLanguage).toEqual({
      'en-us': 'What was your first car?',
      'fr-ca': 'Quelle était votre première voiture ?',
    });
    expect(active.some((q) => q.questionNumber === 1)).toBe(true);
    const bad = await cip.call('POST', '/GmaApi/ss/updateKba', {
      json: { ...update, data: { ...update.data, maxRequired: '1' } },
    });
    expect(bad.status).toBe(400);
  });

  it('SS6 gives the setup lists; SS20 copies an instance (also at updateCreateNewInstance)', async () => {
    const setup = AppManagementSetupResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/initAppManagementSetup')).body,
    );
    expect(setup.instances).toEqual([
      { id: 1, name: 'Default' },
      { id: 3, name: 'Employees' },
      { id: 182, name: 'Partners' },
    ]);
    expect(setup.fieldTypes.map((f) => f.id)).toEqual([
      'checkbox',
      'password',
      'radio',
      'select',
      'text',
      'textarea',
    ]);
    const created = CreateInstanceResponseSchema.parse(
      (
        await cip.call('POST', '/GmaApi/ss/createNewInstance', {
          json: { instanceName: 'gv_test1', copyFrom: '3' },
        })
      ).body,
    );
    expect(created.instance).toEqual({ id: 183, name: 'gv_test1' });
    const copied = PasswordResetOptionsResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/getPasswordResetOptions?instanceId=183')).body,
    ).options['183'];
    expect(copied).toMatchObject({ instanceId: 183, kbaQuestionCount: 3 });
    const roles = (await cip.call('GET', '/GmaApi/ss/roles')).body as { name: string }[];
    expect(roles.filter((r) => r.name === 'Employee')).toHaveLength(2);
    expect(
      (
        await cip.call('POST', '/GmaApi/ss/updateCreateNewInstance', {
          json: { instanceName: 'alias', copyFrom: 1 },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await cip.call('POST', '/GmaApi/ss/createNewInstance', {
          json: { instanceName: 'x', copyFrom: '404' },
        })
      ).status,
    ).toBe(404);
    expect((await cip.call('POST', '/GmaApi/ss/createNewInstance', { json: { copyFrom: '3' } })).status).toBe(
      400,
    );
  });

  it('SS15/SS29 read and set selfDeletable with bare bodies', async () => {
    expect((await cip.call('GET', '/GmaApi/ss/getSelfServiceOptions')).body).toEqual({ selfDeletable: true });
    expect(
      (await cip.call('PUT', '/GmaApi/ss/updateSelfServiceOptions', { json: { selfDeletable: false } })).body,
    ).toEqual({ success: true, apiError: false, message: 'Saved', errors: {} });
    expect((await cip.call('GET', '/GmaApi/ss/getSelfServiceOptions')).body).toEqual({
      selfDeletable: false,
    });
    expect((await cip.call('PUT', '/GmaApi/ss/updateSelfServiceOptions', { json: {} })).status).toBe(400);
  });

  it('SS28 sets the default language with its own status spelling', async () => {
    expect((await cip.call('PUT', '/GmaApi/ss/updateDefaultLanguage/de-de')).body).toEqual({
      status: { success: true, apiError: false, message: 'success', error: {} },
    });
    expect((await cip.call('PUT', '/GmaApi/ss/updateDefaultLanguage/not_a_language')).status).toBe(400);
  });
});
