import type { Ctx } from '../config';
import type { InstanceDoc, RoleDoc } from '../model';
import { blankInstance } from '../selfservice/instances';
import { DEFAULT_TENANT, TENANT_KEY } from '../store';

const RECOVER_USERNAME_FORM: InstanceDoc['attributeElements'][string] = {
  ldapAttributes: ['mail', 'employeeNumber'],
  userIdv: false,
  formSections: [
    {
      header: 'Recover Username',
      sectionLabel: 'Recover Username',
      subHeader: 'Recover your username by providing the information below',
      items: [
        {
          fieldName: 'mail',
          fieldType: 'text',
          label: 'E-mail',
          mapping: 'mail',
          editable: 'true',
          required: 'true',
          masked: 'false',
          match: 'false',
          initialValue: 'Email',
          more: '',
          validationList: [],
        },
        {
          fieldName: 'employeeNumber',
          fieldType: 'text',
          label: 'Account Number',
          mapping: 'employeeNumber',
          editable: 'true',
          required: 'true',
          masked: 'false',
          match: 'false',
          initialValue: 'Account Number',
          more: 'Must be a number between 7 and 30 characters in length',
          validationList: [],
        },
      ],
    },
  ],
};

function instances(): InstanceDoc[] {
  const one = blankInstance(1, 'Default');
  const three = blankInstance(3, 'Employees');
  three.passwordReset = {
    sendTempEmail: false,
    sendSuccessEmail: true,
    sendUrlEmail: false,
    emailTokenExpire: 3600,
    pwdTokenExpire: 3600,
    kbaQuestionCount: 3,
    validationOptionId: 1,
  };
  three.attributeElements = {
    recoverUsername: RECOVER_USERNAME_FORM,
    pmx: { ldapAttributes: ['givenName', 'sn', 'mail', 'telephoneNumber'], userIdv: false, formSections: [] },
  };
  three.emailTemplates = [
    {
      emailTypeId: 1,
      languages: [
        {
          langCode: 'en-us',
          replyTo: 'noreply@example.com',
          subject: 'Awaiting approval',
          body: '<html>$firstName $lastName,<br/><br/>Your request for $serviceName is awaiting approval.<br/><br/>Thank you,<br/>$clientWebPresenceName</html>',
        },
        {
          langCode: 'fr',
          replyTo: 'noreply@example.com',
          subject: "En attente d'approbation",
          body: "<html>$firstName $lastName,<br/><br/>Votre demande pour $serviceName est en attente d'approbation.</html>",
        },
      ],
    },
    {
      emailTypeId: 10,
      languages: [
        {
          langCode: 'en-us',
          replyTo: 'noreply@example.com',
          subject: 'Membership revoked',
          body: '<html>$firstName $lastName:<br/><br/>Your membership in the service $serviceName has been revoked.<br/><br/>Thank you,<br/>$clientWebPresenceName</html>',
        },
      ],
    },
  ];
  three.textKeys = {
    'en-us': {
      attributeTextKeys: { givenName: 'First name', sn: 'Last name', mail: 'Email' },
      textKeys: {
        autocompleteKeys: { 'services-col1Label': 'Name' },
        buttonKeys: { save: 'Save', cancel: 'Cancel' },
        headerKeys: { title: 'My profile' },
      },
    },
    'de-de': {
      attributeTextKeys: { givenName: 'Vorname', sn: 'Nachname', mail: 'E-Mail' },
      textKeys: { buttonKeys: { save: 'Speichern', cancel: 'Abbrechen' } },
    },
  };
  const partners = blankInstance(182, 'Partners');
  partners.selfRegistration = {
    ...partners.selfRegistration,
    manualApproval: true,
    defaultApprover: '68567181-2cf1-4b2b-bc10-6d6f05afb8e7',
    useIdv: true,
    useKba: false,
  };
  partners.brandingVariables = { ...partners.brandingVariables, '@brand-primary': '#8a3ffc' };
  return [one, three, partners];
}

const ALL_APPS = [1, 2, 3, 4].map((applicationId) => ({ applicationId, allowAccess: true }));
const view = (shown: string[]) =>
  Object.fromEntries(
    ['launchpad', 'profile', 'reports', 'requests', 'services', 'users'].map((s) => [
      s,
      { appSectionCode: s, show: shown.includes(s) },
    ]),
  );

function role(
  id: number,
  aliasId: number,
  uuid: string,
  instanceId: number,
  name: string,
  description: string,
  priority: number,
  isDefault: boolean,
  shown: string[],
): RoleDoc {
  return {
    id,
    aliasId,
    clientId: DEFAULT_TENANT.clientId,
    instanceId,
    uuid,
    name,
    description,
    defaultRole: isDefault,
    clientRolePriority: priority,
    applicationSuites: ALL_APPS,
    viewPrefs: view(shown),
    preferences: {
      checkUsernameButton: false,
      demoteHelpDesk: true,
      demoteManager: true,
      expirePwdHelpDesk: true,
      expirePwdManager: true,
      profileAsPage: true,
    },
    filterOptions: { userFilter: [], serviceFilter: [] },
    searchOptions: {
      userSearch: ['mail', 'uid', 'givenName', 'sn'].map((n, rank) => ({
        id: 466 + rank,
        rank,
        mapping: n,
        name: n,
      })),
      serviceSearch: [],
    },
    viewPermissions: [],
  };
}

export function seedSelfService(ctx: Ctx): void {
  ctx.store.tenant.put(TENANT_KEY, DEFAULT_TENANT);
  for (const inst of instances()) ctx.store.instances.put(String(inst.id), inst);
  const roles = [
    role(190, 276, 'adb10561-ed35-451c-936f-d1d41d9c1882', 182, 'pd-helpdesk', 'pd helpdesk', 0, false, [
      'launchpad',
      'profile',
      'users',
      'requests',
    ]),
    role(
      149,
      145,
      '6bd0ef40-76b1-11e2-bcfd-0800200c9a66',
      182,
      'Default',
      'default role description',
      1,
      true,
      ['launchpad', 'profile', 'requests', 'services'],
    ),
    role(
      151,
      147,
      '2c473675-f81e-4648-a6c0-6e80a74c9e61',
      3,
      'Employee',
      'Default role of the employee portal',
      2,
      true,
      ['launchpad', 'profile', 'services'],
    ),
    role(
      152,
      148,
      '9b1d3c52-4e0f-4a8e-9d67-0f2d1c7e5a10',
      3,
      'Manager',
      'Managers see and approve for their reports',
      3,
      false,
      ['launchpad', 'profile', 'reports', 'requests', 'services'],
    ),
  ];
  for (const r of roles) ctx.store.roles.put(r.uuid, r);
  const notices = [
    {
      id: 1801,
      type: 'USER_CONSENT',
      version: 1,
      langCode: 'en-us',
      body: 'We use your profile data to give you access to company applications.',
      createTimestamp: '2019-11-04T06:11:25.115Z',
    },
    {
      id: 1802,
      type: 'USER_PRIVACY',
      version: 1,
      langCode: 'en-us',
      body: 'Your personal information is never shared outside the company.',
      createTimestamp: '2019-05-02T09:51:16.326Z',
    },
    {
      id: 1803,
      type: 'USER_SELF_DELETE',
      version: 1,
      langCode: 'en-us',
      body: 'Deleting your account removes your access to every application.',
      createTimestamp: '2019-10-15T06:00:29.073Z',
    },
    {
      id: 1828,
      type: 'USER_SELF_DELETE',
      version: 1,
      langCode: 'de-de',
      body: 'Das Löschen Ihres Kontos entfernt alle Zugriffe.',
      createTimestamp: '2019-07-08T06:04:05.757Z',
    },
    {
      id: 1848,
      type: 'USER_SELF_DELETE',
      version: 2,
      langCode: 'de-de',
      body: 'Das Löschen Ihres Kontos entfernt Ihren Zugriff auf alle Anwendungen.',
      createTimestamp: '2019-07-18T08:32:17.615Z',
    },
    {
      id: 1850,
      type: 'USER_CONSENT',
      version: 1,
      langCode: 'de-de',
      body: 'Wir verwenden Ihre Profildaten für den Zugriff auf Anwendungen.',
      createTimestamp: '2019-08-01T10:00:00.000Z',
    },
    {
      id: 1851,
      type: 'USER_PRIVACY',
      version: 1,
      langCode: 'de-de',
      body: 'Ihre Daten werden nicht weitergegeben.',
      createTimestamp: '2019-08-01T10:05:00.000Z',
    },
  ];
  for (const n of notices) ctx.store.notices.put(String(n.id), n);
}
