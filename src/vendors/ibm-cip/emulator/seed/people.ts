import type { Ctx } from '../config';
import { hashPassword } from '../users/lookup';
import type { UserDoc } from '../model';

/** The users of the seed's own examples, with the gtwayUUIDs its requests use. */
type Person = {
  uid: string;
  uuid: string;
  givenName: string;
  sn: string;
  middleName?: string;
  mail: string;
  st?: string;
  extra?: Record<string, string[]>;
  password?: string;
  passwordLastChanged?: number;
  kba?: Record<string, string>;
  isAccount?: boolean;
};

const EXAMPLE_PEOPLE: Person[] = [
  {
    uid: 'ggonzalez',
    uuid: '68567181-2cf1-4b2b-bc10-6d6f05afb8e7',
    givenName: 'Gordita',
    middleName: 'Guanabana',
    sn: 'Gonzalez',
    mail: 'gordita@gmail.com',
    st: 'FL',
    extra: { DEM01_Last4_SSN: ['1234'], DEM01_M_NICKNAME: ['Dita'], telephoneNumber: ['555-555-5555'] },
    password: 'core1234',
    kba: { 3: 'Fred', 4: '123', 6: 'Sweet Valley High' },
  },
  {
    uid: 'gsanders',
    uuid: 'f3acac82-30c7-4c92-afb6-22eb6e46234d',
    givenName: 'Gary Sanders',
    sn: 'Sanders',
    mail: 'gary123@hotmail.com',
    st: 'FL',
  },
  {
    uid: 'mkowalski',
    uuid: '0a577a49-c211-4b69-a81f-01537a302c0b',
    givenName: 'Marta',
    sn: 'Kowalski',
    mail: 'marta.kowalski@example.com',
    st: 'NY',
  },
  {
    uid: 'jchen',
    uuid: '224187d8-6aee-42e8-826d-4384a5459efd',
    givenName: 'Jun',
    sn: 'Chen',
    mail: 'jun.chen@example.com',
    st: 'CA',
    kba: { 2: '1952', 13: 'Casablanca' },
  },
  {
    uid: 'rpatel',
    uuid: '0e7e6d21-f2d1-40f4-9f8f-3f9cc4e39cbb',
    givenName: 'Ravi',
    sn: 'Patel',
    mail: 'ravi.patel@example.com',
    st: 'TX',
  },
  {
    uid: 'testDemote',
    uuid: 'c45f71a8-abe1-4256-9643-6621fa3fcd7c',
    givenName: 'Test',
    sn: 'Demote',
    mail: 'test.demote@example.com',
    password: 'Demote2018!',
    passwordLastChanged: Date.UTC(2018, 7, 7, 9, 7, 49),
  },
];

const GIVEN = [
  'Alice',
  'Bruno',
  'Chloe',
  'Dmitri',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ingrid',
  'Jamal',
  'Keiko',
  'Liam',
  'Maya',
  'Noah',
  'Olga',
  'Pedro',
  'Quinn',
  'Rosa',
  'Sven',
  'Tara',
  'Umar',
  'Vera',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
];
const FAMILY = [
  'Anders',
  'Becker',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kim',
  'Lopez',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quintero',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Ueda',
  'Varga',
  'Wang',
  'Xu',
  'Yilmaz',
  'Zimmer',
];
const TITLES = [
  'Software Engineer',
  'Accountant',
  'HR Partner',
  'Sales Manager',
  'Support Analyst',
  'Product Owner',
  'Security Officer',
];
const DEPARTMENTS = ['ENG', 'FIN', 'HR', 'SALES', 'SUPPORT', 'PRODUCT', 'SECURITY'];
const STATES = ['FL', 'NY', 'CA', 'TX', 'WA', 'IL', 'MA'];
const LANGS = ['en-us', 'fr-ca', 'de-de', 'en-us', 'es-mx', 'en-us', 'ja-jp'];

/** A staff directory for the console demo: deterministic, so screenshots and e2e runs look the same. */
function staff(): Person[] {
  return GIVEN.map((given, i): Person => {
    const family = FAMILY[(i * 7) % FAMILY.length] ?? 'Doe';
    const uid = `${given.charAt(0)}${family}`.toLowerCase();
    const k = i % TITLES.length;
    const hex = (1000 + i).toString(16).padStart(4, '0');
    return {
      uid,
      uuid: `5e1f${hex}-7a2b-4c3d-8e4f-${(0x900000000000 + i * 7919).toString(16)}`,
      givenName: given,
      sn: family,
      mail: `${given}.${family}@example.com`.toLowerCase(),
      st: STATES[k] ?? 'FL',
      isAccount: i % 9 !== 4,
      ...(i % 9 !== 4 ? { password: 'Welcome2026!' } : {}),
      extra: {
        title: [TITLES[k] ?? 'Staff'],
        departmentNumber: [DEPARTMENTS[k] ?? 'ENG'],
        employeeNumber: [String(40100 + i)],
        telephoneNumber: [`+1 555 01${String(i).padStart(2, '0')}`],
        preferredLanguage: [LANGS[k] ?? 'en-us'],
        l: [['Miami', 'New York', 'San Jose', 'Austin', 'Seattle', 'Chicago', 'Boston'][k] ?? 'Miami'],
        ...(i % 6 === 0 ? { gtwayIsManager: ['TRUE'] } : {}),
      },
      kba: i % 3 === 0 ? { 2: String(1950 + i), 3: given === 'Alice' ? 'Bob' : 'Sam', 13: 'Amelie' } : {},
    };
  });
}

export function seedPeople(ctx: Ctx): UserDoc[] {
  const people = [...EXAMPLE_PEOPLE, ...staff()];
  // The staff share one demo password; hashing it once keeps start-up (and every test) fast.
  const hashes = new Map<string, string>();
  const hashOf = (password: string) =>
    hashes.get(password) ?? hashes.set(password, hashPassword(password)).get(password) ?? '';
  return people.map((p) => {
    const attrs: Record<string, string[]> = {
      givenName: [p.givenName],
      sn: [p.sn],
      cn: [
        [p.givenName, p.middleName, p.sn]
          .filter(Boolean)
          .join(' ')
          .replace('Gary Sanders Sanders', 'Gary Sanders'),
      ],
      mail: [p.mail],
      gtwayUserType: ['usertype_default'],
      gtwayIsManager: ['FALSE'],
      ...(p.middleName ? { middleName: [p.middleName] } : {}),
      ...(p.st ? { st: [p.st] } : {}),
      ...p.extra,
    };
    const user: UserDoc = {
      uuid: p.uuid,
      uid: p.uid,
      attrs,
      isAccount: p.isAccount ?? true,
      passwordHash: p.password ? hashOf(p.password) : null,
      passwordLastChanged: p.password ? (p.passwordLastChanged ?? Date.UTC(2026, 0, 12, 14, 30, 0)) : null,
      userStatus: true,
      pwdStatus: true,
      roles: p.uid === 'ggonzalez' ? ['Default'] : [],
      kba: p.kba ?? {},
      failedPasswordAttempts: 0,
    };
    ctx.store.users.put(user.uuid, user);
    return user;
  });
}
