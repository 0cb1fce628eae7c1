/** The demo organization's people: NHN Cloud members and IAM accounts of a mid-size game studio. */

export type CloudPerson = {
  name: string;
  email: string;
  orgRoles: string[];
  state?: 'DORMANT' | 'WITHDRAWN';
  blocked?: boolean;
  invited?: boolean;
  mfa: boolean;
};

export const CLOUD_MEMBERS: readonly CloudPerson[] = [
  { name: 'Seoyeon Park', email: 'seoyeon.park@acme-games.example', orgRoles: ['ADMIN'], mfa: true },
  {
    name: 'Minjun Kim',
    email: 'minjun.kim@acme-games.example',
    orgRoles: ['MEMBER', 'ORG_MEMBER_ADMIN'],
    mfa: true,
  },
  {
    name: 'Hana Lee',
    email: 'hana.lee@acme-games.example',
    orgRoles: ['MEMBER', 'ORG_AUTHENTICATION_MANAGEMENT_ADMIN'],
    mfa: false,
  },
  { name: 'Daniel Cho', email: 'daniel.cho@acme-games.example', orgRoles: ['MEMBER'], mfa: true },
  {
    name: 'Yuna Jung',
    email: 'yuna.jung@acme-games.example',
    orgRoles: ['MEMBER', 'ORG_GOVERNANCE_VIEWER'],
    mfa: false,
  },
  {
    name: 'Kenji Sato',
    email: 'kenji.sato@partner-studio.example',
    orgRoles: ['MEMBER', 'BILLING_VIEWER'],
    mfa: true,
  },
  {
    name: 'Emily Carter',
    email: 'emily.carter@acme-games.example',
    orgRoles: ['MEMBER'],
    mfa: false,
    state: 'DORMANT',
  },
  {
    name: 'Jae-ho Yoon',
    email: 'jaeho.yoon@acme-games.example',
    orgRoles: ['MEMBER'],
    mfa: false,
    blocked: true,
  },
  {
    name: 'Sofia Rossi',
    email: 'sofia.rossi@outsourcing.example',
    orgRoles: ['MEMBER'],
    mfa: false,
    invited: true,
  },
  {
    name: 'Tom Nguyen',
    email: 'tom.nguyen@acme-games.example',
    orgRoles: ['MEMBER'],
    mfa: false,
    state: 'WITHDRAWN',
  },
];

export type IamPerson = {
  userCode: string;
  name: string;
  department: string;
  position: string;
  phone?: string;
  sso?: boolean;
  leaved?: boolean;
  orgRoles?: string[];
  neverLoggedIn?: boolean;
};

export const IAM_MEMBERS: readonly IamPerson[] = [
  {
    userCode: 'jisoo.han',
    name: 'Jisoo Han',
    department: 'Platform',
    position: 'Engineering Manager',
    phone: '1012345678',
    orgRoles: ['ORG_MEMBER_VIEWER'],
  },
  {
    userCode: 'woojin.lim',
    name: 'Woojin Lim',
    department: 'Platform',
    position: 'Backend Engineer',
    phone: '1023456789',
  },
  { userCode: 'eunji.kang', name: 'Eunji Kang', department: 'Platform', position: 'SRE' },
  {
    userCode: 'sungmin.oh',
    name: 'Sungmin Oh',
    department: 'Live Ops',
    position: 'Live Ops Lead',
    sso: true,
  },
  {
    userCode: 'chaeyoung.seo',
    name: 'Chaeyoung Seo',
    department: 'Live Ops',
    position: 'Game Operator',
    sso: true,
  },
  {
    userCode: 'hyunwoo.shin',
    name: 'Hyunwoo Shin',
    department: 'Live Ops',
    position: 'Game Operator',
    sso: true,
  },
  {
    userCode: 'jiwon.kwon',
    name: 'Jiwon Kwon',
    department: 'Data',
    position: 'Data Engineer',
    phone: '1034567890',
  },
  { userCode: 'minseo.hwang', name: 'Minseo Hwang', department: 'Data', position: 'Analyst' },
  {
    userCode: 'taeyang.ahn',
    name: 'Taeyang Ahn',
    department: 'Data',
    position: 'Analyst',
    neverLoggedIn: true,
  },
  {
    userCode: 'soojin.song',
    name: 'Soojin Song',
    department: 'Security',
    position: 'Security Engineer',
    orgRoles: ['ORG_AUTHENTICATION_MANAGEMENT_ADMIN'],
  },
  {
    userCode: 'dohyun.jeon',
    name: 'Dohyun Jeon',
    department: 'Security',
    position: 'Auditor',
    orgRoles: ['ORG_GOVERNANCE_VIEWER'],
  },
  { userCode: 'yerin.hong', name: 'Yerin Hong', department: 'QA', position: 'QA Lead' },
  { userCode: 'junho.moon', name: 'Junho Moon', department: 'QA', position: 'QA Engineer' },
  { userCode: 'ara.yang', name: 'Ara Yang', department: 'QA', position: 'QA Engineer', neverLoggedIn: true },
  { userCode: 'seungwoo.baek', name: 'Seungwoo Baek', department: 'Client', position: 'Client Engineer' },
  { userCode: 'nari.jo', name: 'Nari Jo', department: 'Client', position: 'Client Engineer', sso: true },
  {
    userCode: 'kyungsoo.do',
    name: 'Kyungsoo Do',
    department: 'Finance',
    position: 'Controller',
    orgRoles: ['BILLING_VIEWER'],
  },
  {
    userCode: 'build-bot',
    name: 'Build Bot',
    department: 'Platform',
    position: 'CI service account',
    neverLoggedIn: true,
  },
  {
    userCode: 'deploy_bot.kr1',
    name: 'Deploy Bot KR1',
    department: 'Platform',
    position: 'CD service account',
    neverLoggedIn: true,
  },
  {
    userCode: 'haneul.ryu',
    name: 'Haneul Ryu',
    department: 'Live Ops',
    position: 'Game Operator',
    leaved: true,
  },
];
