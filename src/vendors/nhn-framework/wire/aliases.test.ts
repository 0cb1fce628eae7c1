import { describe, expect, it } from 'vitest';
import { ListOrgCredentialsResponse, ListTokensResponse } from './credentials';
import { GetPasswordRuleResponse, ListOrgDomainsResponse } from './governance';
import { GetIamProjectMemberResponse, ListIamProjectMembersResponse } from './iam';

const header = { isSuccessful: true, resultCode: 0, resultMessage: '' };

describe('wire schemas accept both spellings the seed documents', () => {
  it('maps the field tables’ names onto the examples’', () => {
    expect(
      ListOrgDomainsResponse.parse({ header, domainList: [{ orgDomainId: 'd1', orgDomainName: 'acme' }] })
        .domainList,
    ).toEqual([{ domainId: 'd1', domainName: 'acme' }]);
    const cred = {
      authId: 'a***',
      uuid: 'u',
      userAccessKeyID: 'k***',
      secretAccessKey: '',
      authStatusCode: 'STOP',
      tokenExpiryPeriod: 60,
      regDatetime: 'x',
    };
    expect(
      ListOrgCredentialsResponse.parse({
        header,
        paging: { page: 1, limit: 20, totalCount: 1 },
        authenticationList: [cred],
      }).authenticationList[0]?.authStatus,
    ).toBe('STOP');
    expect(
      ListIamProjectMembersResponse.parse({
        header,
        paging: { page: 1, limit: 20, totalCount: 1 },
        projectMembers: [{ uuid: 'u', id: 'i', name: 'Kim' }],
      }).projectMembers[0]?.memberName,
    ).toBe('Kim');
    expect(
      GetIamProjectMemberResponse.parse({ header, projectMember: { uuid: 'u', id: 'i', memberName: 'Lee' } })
        .projectMember.name,
    ).toBe('Lee');
    const value = {
      ruleType: 'default',
      passwordConstraints: {
        minLength: 8,
        mustNotIncludeIllegalSequence: true,
        mustIncludeUpperCase: true,
        mustIncludeLowerCase: true,
        mustIncludeNumberCase: true,
        mustIncludeSpecialCase: true,
      },
      passwordExpiry: { enable: true, expiryDays: 90, allowExpend: false },
      limitPasswordReuse: { enable: false, limitCount: 1 },
      applyRule: 'onLogin',
    };
    const rule = GetPasswordRuleResponse.parse({ header, result: { content: { schemaVersion: 1, value } } })
      .result.content.value;
    expect(rule.passwordExpiry.enabled).toBe(true);
    expect(rule.limitPasswordReuse.enabled).toBe(false);
    expect(ListTokensResponse.parse({ header, tokens: [], totalItems: 0 }).paging).toBeUndefined();
  });

  it('still rejects a body with neither spelling', () => {
    expect(ListOrgDomainsResponse.safeParse({ header, domainList: [{ id: 'd1' }] }).success).toBe(false);
  });
});
