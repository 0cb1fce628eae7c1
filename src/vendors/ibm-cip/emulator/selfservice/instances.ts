import { CipError } from '../errors';
import type { Ctx } from '../config';
import type { InstanceDoc } from '../model';
import { parseInteger, required, type Input } from '../params';

export function instanceOf(ctx: Ctx, id: number | string): InstanceDoc {
  const inst = ctx.store.instances.get(String(id));
  if (!inst)
    throw new CipError(
      404,
      'InstanceNotFound',
      'InstanceNotFoundException',
      `The instance ${id} was not found`,
      { instanceId: 'unknown instance' },
    );
  return inst;
}

/** `instanceId` from the query (the GET calls). */
export function instanceFromQuery(ctx: Ctx, input: Input): InstanceDoc {
  return instanceOf(ctx, parseInteger(required(input, 'instanceId'), 'instanceId', 1));
}

export function saveInstance(ctx: Ctx, inst: InstanceDoc): void {
  ctx.store.instances.put(String(inst.id), inst);
}

export function allInstances(ctx: Ctx): InstanceDoc[] {
  return ctx.store.instances.list().sort((a, b) => a.id - b.id);
}

/** A new instance's configuration: every option present with a neutral value. */
export function blankInstance(id: number, name: string): InstanceDoc {
  return {
    id,
    name,
    passwordReset: {
      sendTempEmail: false,
      sendSuccessEmail: true,
      sendUrlEmail: true,
      emailTokenExpire: 30,
      pwdTokenExpire: 3600,
      kbaQuestionCount: 2,
      validationOptionId: 1,
    },
    selfRegistration: {
      manualApproval: false,
      defaultApprover: '',
      useIdv: false,
      idvFailResolution: 'reject',
      multipleIdvFailResolution: 'reject',
      primaryUsernamePreference: 'user_uid',
      secondaryUsernamePreference: 'user_uid',
      requireManagerApproval: false,
      requirePolicyCheck: false,
      sendPendingEmail: true,
      sendRejectEmail: true,
      sendSuccessEmail: true,
      useAccountClaiming: false,
      useKba: true,
      secUsernamePreferenceOtherAttrName: '',
      usernamePreferenceOtherAttrName: '',
    },
    usernameRecovery: { sendRecoveryEmail: true, validationOptionId: 1, showUsername: false },
    portal: {
      userColumns: [
        { attributeTypeId: 1, attributeName: 'uid', columnOrder: 1 },
        { attributeTypeId: 2, attributeName: 'cn', columnOrder: 2 },
        { attributeTypeId: 3, attributeName: 'mail', columnOrder: 3 },
      ],
      serviceColumns: [{ attributeTypeId: 1, attributeName: 'cn', columnOrder: 1 }],
    },
    kba: { minRequired: 3, maxRequired: null, minCharacterLength: 1, uniqueAnswers: true },
    emailTemplates: [],
    textKeys: {},
    attributeElements: {},
    brandingFiles: {},
    brandingVariables: {
      '@brand-primary': '#0f62fe',
      '@body-bg': '#ffffff',
      '@text-color': '#161616',
      '@font-family-base': '"IBM Plex Sans", sans-serif',
    },
  };
}
