import type { Ctx } from '../config';
import type { KbaQuestionDoc, ServiceDoc, UserDoc } from '../model';
import { defaultAttributes } from '../services/attributes';
import { serviceKey } from '../services/graph';

const GORDITA = '68567181-2cf1-4b2b-bc10-6d6f05afb8e7';
const GARY = 'f3acac82-30c7-4c92-afb6-22eb6e46234d';
const MARTA = '0a577a49-c211-4b69-a81f-01537a302c0b';
const JUN = '224187d8-6aee-42e8-826d-4384a5459efd';
const RAVI = '0e7e6d21-f2d1-40f4-9f8f-3f9cc4e39cbb';

/** The seed's KBA examples: K1's role mappings, K2's deprecated father question, U11's question 7. */
const QUESTIONS: KbaQuestionDoc[] = [
  {
    questionNumber: 1,
    textByLanguage: {
      'en-us': 'In what year was your father born?',
      'fr-ca': 'En quelle année votre père était-il né ?',
    },
    roleMappings: [],
    deprecated: true,
  },
  {
    questionNumber: 2,
    textByLanguage: {
      'en-us': 'In what year was your mother born?',
      'fr-ca': 'En quelle année votre mère était-elle née ?',
    },
    roleMappings: [],
    deprecated: false,
  },
  {
    questionNumber: 3,
    textByLanguage: {
      'en-us': 'What is the name of your childhood best friend?',
      'fr-ca': "Quel est le nom de votre meilleur ami d'enfance ?",
      'de-de': 'Wie heißt Ihr bester Freund aus der Kindheit?',
    },
    roleMappings: [
      { priority: 1, roleNames: ['Manager'] },
      { priority: 2, roleNames: ['Employee', 'Contractor'] },
      { priority: 2, roleNames: ['Default'] },
    ],
    deprecated: false,
  },
  {
    questionNumber: 4,
    textByLanguage: { 'en-us': 'What is the street number of your childhood home?' },
    roleMappings: [],
    deprecated: false,
  },
  {
    questionNumber: 6,
    textByLanguage: { 'en-us': 'What was the name of your elementary school?' },
    roleMappings: [],
    deprecated: false,
  },
  {
    questionNumber: 7,
    textByLanguage: { 'en-us': 'What was the name of your high school?' },
    roleMappings: [],
    deprecated: false,
  },
  {
    questionNumber: 11,
    textByLanguage: { 'en-us': 'What was the name of your elementary school?' },
    roleMappings: [{ priority: 1, roleNames: ['Help Desk'] }],
    deprecated: false,
  },
  {
    questionNumber: 13,
    textByLanguage: { 'en-us': 'What is your favorite movie?', 'de-de': 'Was ist Ihr Lieblingsfilm?' },
    roleMappings: [{ priority: 1, roleNames: ['Help Desk'] }],
    deprecated: false,
  },
  {
    questionNumber: 20,
    textByLanguage: { 'en-us': 'What is the name of your life insurance company?' },
    roleMappings: [],
    deprecated: true,
  },
];

export function seedKba(ctx: Ctx): void {
  for (const q of QUESTIONS) ctx.store.kbaQuestions.put(String(q.questionNumber), q);
}

export function seedGroups(ctx: Ctx, staff: UserDoc[]): void {
  const dept = (d: string) => staff.filter((u) => u.attrs.departmentNumber?.[0] === d).map((u) => u.uuid);
  const groups = [
    { name: 'Group1', description: 'Group of the API guide examples', members: [MARTA, GARY, JUN] },
    { name: 'TestGroup', description: 'A group for test purposes', members: [MARTA, JUN] },
    { name: 'MyGroup', description: 'Personal working group', members: [GORDITA] },
    { name: 'Engineering', description: 'Software engineering staff', members: dept('ENG') },
    { name: 'Finance', description: 'Finance and accounting', members: dept('FIN') },
    {
      name: 'HelpDesk',
      description: 'Help desk operators who reset passwords',
      members: [...dept('SUPPORT'), RAVI],
    },
    {
      name: 'Managers',
      description: 'People managers',
      members: staff.filter((u) => u.attrs.gtwayIsManager?.[0] === 'TRUE').map((u) => u.uuid),
    },
    {
      name: 'Contractors',
      description: 'External contractors with limited access',
      members: dept('SALES').slice(0, 2),
    },
  ];
  for (const g of groups) ctx.store.groups.put(g.name.toLowerCase(), g);
}

export function seedServices(ctx: Ctx, staff: UserDoc[]): void {
  const make = (
    name: string,
    attrs: Record<string, string> = {},
    members: string[] = [],
    manualMembers: string[] = [],
    contained: ServiceDoc['contained'] = {},
  ): ServiceDoc => ({
    name,
    attrs: { ...defaultAttributes(), ...attrs },
    members,
    manualMembers,
    contained,
  });
  const everyone = staff.map((u) => u.uuid);
  const services: ServiceDoc[] = [
    make(
      'GatewayWAMService',
      {
        gtwayOwner: GORDITA,
        gtwayRequestInstructions: 'Granted to every account for web access management.',
      },
      [GORDITA, GARY, ...everyone],
    ),
    make('Service1', { gtwayOwner: MARTA, gtwayOwnerApproval: 'TRUE', gtwayApprovalGracePeriod: '5' }, [
      MARTA,
      JUN,
    ]),
    make('Service2', { gtwayOwner: JUN, gtwaySODCalloutRequired: 'TRUE' }, [JUN]),
    make('ExampleSvc', { gtwayOwner: GORDITA, gtwayMemberNotification: 'TRUE' }, [GORDITA], [RAVI]),
    make('OtherSvc', { gtwayHideFromSelfCare: 'TRUE' }),
    make('ChildService1A', { gtwayParentService: 'Service1' }, [MARTA]),
    make('ChildService1B', { gtwayParentService: 'Service1' }),
    make(
      'MyService',
      {
        gtwayOwner: GORDITA,
        gtwayManagerApproval: 'TRUE',
        gtwayOwnerRecert: 'TRUE',
        gtwayRecertGracePeriod: '14',
        gtwayRecertReminderActionId: '3',
      },
      [GORDITA],
    ),
    make('ContainerService1A', {}, [], [], {
      [serviceKey('ExampleSvc')]: 'DEFAULT',
      [serviceKey('VPN')]: 'AUTO_APPROVE_ALL',
    }),
    make('ContainerService1B', {}, [], [], { [serviceKey('ExampleSvc')]: 'AUTO_APPROVE_NON_SOD_ONLY' }),
    make(
      'Payroll',
      {
        gtwayOwner: staff[1]?.uuid ?? GORDITA,
        gtwayManagerApproval: 'TRUE',
        gtwayProvisioningInstructions: 'Create the payroll profile in the HR system.',
      },
      staff.slice(1, 6).map((u) => u.uuid),
    ),
    make(
      'VPN',
      { gtwayOwnerApproval: 'TRUE', gtwayDestroyIdOnRevoke: 'FALSE' },
      staff.slice(0, 12).map((u) => u.uuid),
    ),
    make('AuditArchive', { gtwayNoMembers: 'TRUE', gtwayServiceCannotbeRequested: 'TRUE' }),
  ];
  for (const s of services) ctx.store.services.put(serviceKey(s.name), s);
}
