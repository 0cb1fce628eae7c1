import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCip, type Body, type TestCip } from './test-support';

/** Every route template of the API; `{}` is filled with a random segment. */
const ROUTES: [string, string][] = [
  ['GET', '/users'],
  ['GET', '/users/{}'],
  ['GET', '/users/{}/services'],
  ['GET', '/users/{}/kba'],
  ['POST', '/users/{}'],
  ['POST', '/users/{}/kba/checkAnswer'],
  ['POST', '/users/{}/checkPassword'],
  ['POST', '/users/{}/changePassword'],
  ['GET', '/users/{}/passwordLastChanged'],
  ['PUT', '/users/{}'],
  ['PUT', '/users/{}/kba'],
  ['DELETE', '/users/{}'],
  ['DELETE', '/users/{}/kba/{}'],
  ['GET', '/kba/questions'],
  ['GET', '/kba/questions/active'],
  ['GET', '/kba/questions/inactive'],
  ['GET', '/groups/names'],
  ['GET', '/groups/{}/members'],
  ['POST', '/groups/{}'],
  ['PUT', '/groups/{}/members/{}'],
  ['PUT', '/groups/{}/members'],
  ['DELETE', '/groups/{}/members/{}'],
  ['DELETE', '/groups/{}/member/{}'],
  ['DELETE', '/groups/{}/members'],
  ['DELETE', '/groups/{}'],
  ['GET', '/services/names'],
  ['GET', '/services/{}'],
  ['GET', '/services/{}/members'],
  ['GET', '/services/{}/children'],
  ['GET', '/services/{}/parent'],
  ['GET', '/services/{}/contained'],
  ['GET', '/services/{}/containers'],
  ['PUT', '/services/{}'],
  ['PUT', '/services/{}/members'],
  ['PUT', '/services/{}/children/{}'],
  ['PUT', '/services/{}/children'],
  ['PUT', '/services/{}/contained/{}'],
  ['PUT', '/services/{}/contained'],
  ['DELETE', '/services/{}/children/{}'],
  ['POST', '/services/{}/children'],
  ['DELETE', '/services/{}/contained/{}'],
  ['POST', '/services/{}/contained'],
  ['POST', '/services/{}'],
  ['DELETE', '/services/{}'],
  ['GET', '/ss/getPasswordResetOptions'],
  ['GET', '/ss/getKba'],
  ['GET', '/ss/getBrandingFile'],
  ['GET', '/ss/getBrandingFiles'],
  ['GET', '/ss/getBranding'],
  ['GET', '/ss/initAppManagementSetup'],
  ['GET', '/ss/getSelfRegistrationOptions'],
  ['GET', '/ss/getUsernameRecoveryOptions'],
  ['GET', '/ss/getPortalOptions'],
  ['GET', '/ss/getEmailTemplate'],
  ['GET', '/ss/role/{}'],
  ['GET', '/ss/getAppTextKeys'],
  ['GET', '/ss/getAttributeElements'],
  ['POST', '/ss/autocomplete'],
  ['GET', '/ss/getSelfServiceOptions'],
  ['GET', '/ss/noticeTypes'],
  ['GET', '/ss/notices/type/{}/langCode/{}'],
  ['POST', '/ss/notices/getNoticeDataTables'],
  ['GET', '/ss/roles'],
  ['POST', '/ss/createNewInstance'],
  ['POST', '/ss/notices/type/{}'],
  ['POST', '/ss/role'],
  ['POST', '/ss/updateSelfRegistrationOptions'],
  ['POST', '/ss/updatePasswordResetOptions'],
  ['POST', '/ss/updateKba'],
  ['POST', '/ss/updateUsernameRecoveryOptions'],
  ['POST', '/ss/updateEmailTemplate'],
  ['PUT', '/ss/updateDefaultLanguage/{}'],
  ['PUT', '/ss/updateSelfServiceOptions'],
  ['PUT', '/ss/role/{}'],
  ['POST', '/ss/updateAttributeElements'],
  ['POST', '/ss/updateAppTextKeys'],
  ['POST', '/ss/uploadBrandingFile'],
  ['POST', '/ss/uploadBrandingFile/IE9'],
  ['PUT', '/ss/roles'],
  ['GET', '/verificationToken/tokenTypes'],
  ['GET', '/verificationToken/token'],
  ['GET', '/verificationToken/tokenConfig'],
  ['POST', '/verificationToken/tokenConfig/{}'],
  ['POST', '/verificationToken/token/{}'],
  ['DELETE', '/verificationToken/token/{}'],
  ['GET', '/identities/checkUsername'],
  ['GET', '/identities/getUserDetails'],
  ['POST', '/identities/addUser'],
  ['POST', '/identities/editUser'],
  ['POST', '/identities/removeUser'],
  ['POST', '/oauth/token'],
];

const SEGMENTS = [
  'ggonzalez',
  '68567181-2cf1-4b2b-bc10-6d6f05afb8e7',
  'Group1',
  'Service1',
  'ChildService1A',
  '3',
  '182',
  '0',
  '-1',
  'x'.repeat(300),
  '%00',
  '%2F',
  'USER_CONSENT',
  'oneTimePasscodeToken',
  'en-us',
  'ü',
  '..',
  'null',
  '{}',
  '6bd0ef40-76b1-11e2-bcfd-0800200c9a66',
];
const KEYS = [
  'instanceId',
  'fileId',
  'member',
  'child',
  'containedService',
  'password',
  'newpassword',
  'questionNumber',
  'answer',
  'gtwayUuid',
  'token.tokenlength',
  'token.expirytime',
  'approvalProcess',
  'gma_allAttrs',
  'gma_isAccount',
  'givenName',
  'mail',
  'question3',
  'action',
  'uuid',
  'username',
  'type',
  'tokenValue',
  'extensionData',
  'appType',
  'langCode',
  'gtwayOwner',
  'gtwayParentService',
];
const VALUES = [
  '',
  '1',
  '3',
  '182',
  '20',
  '0',
  '-5',
  'true',
  'FALSE',
  'delete',
  'ggonzalez',
  '68567181-2cf1-4b2b-bc10-6d6f05afb8e7',
  '*',
  'G*',
  '{"user_session_id":"a"}',
  '{',
  'DEFAULT',
  'x'.repeat(500),
];
const JSONS: unknown[] = [
  null,
  [],
  {},
  'text',
  42,
  true,
  [{}],
  { instanceId: '3' },
  { instanceId: 3, data: {} },
  { instanceId: '3', data: { options: {} } },
  { userAttributes: { sn: 1 } },
  { userAttributes: null },
  [{ uuid: 1 }],
  { type: 'user', searchString: '' },
  { viewPrefs: {} },
  { instanceId: 'abc', updatedKeys: [] },
  { clientId: 'x', uuid: null },
];

/** A small deterministic generator so a failure can be replayed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('ibm-cip fuzz', () => {
  let cip: TestCip;
  beforeAll(async () => {
    cip = await startCip();
  });
  afterAll(() => cip.close());

  it('never answers 5xx, and always answers JSON except for branding files', async () => {
    const rnd = prng(20260115);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
    const failures: string[] = [];
    for (let i = 0; i < 800; i++) {
      const [method, template] = pick(ROUTES);
      const path = `/GmaApi${template.replace(/\{\}/g, () => pick(SEGMENTS))}`;
      const query = Array.from(
        { length: Math.floor(rnd() * 3) },
        () => `${encodeURIComponent(pick(KEYS))}=${encodeURIComponent(pick(VALUES))}`,
      ).join('&');
      const kind = rnd();
      let body: Body | undefined;
      if (method === 'GET') body = undefined;
      else if (kind < 0.35)
        body = {
          form: Object.fromEntries(
            Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => [
              pick(KEYS),
              rnd() < 0.3 ? [pick(VALUES), pick(VALUES)] : pick(VALUES),
            ]),
          ),
        };
      else if (kind < 0.7) body = { json: pick(JSONS) };
      else if (kind < 0.8) body = { text: pick(['{bad json', '[1,', '%%%', '=&=&', '\u0000']) };
      const url = query ? `${path}?${query}` : path;
      const res = await cip.call(method, url, body);
      const isFile = template === '/ss/getBrandingFile' && res.status === 200;
      if (res.status >= 500 || (!isFile && typeof res.body !== 'object'))
        failures.push(`${method} ${url} ${JSON.stringify(body)} → ${res.status} ${JSON.stringify(res.body)}`);
    }
    expect(failures).toEqual([]);
  });
});
