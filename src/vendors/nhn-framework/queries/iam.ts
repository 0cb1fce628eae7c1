import { queryOptions } from '@tanstack/react-query';
import { nhnCall, type NhnResult } from '../client';
import { useIamText } from '../iam/iam-text';
import type { IamMemberWritable } from '../wire/iam';
import { nhnKeys, type MemberPage } from './keys';
import { useNhnMutation, type NhnMutationOptions } from './use-nhn-mutation';

/** #33: one page of IAM accounts; the search text is matched on the name (`nameLike`). */
export const iamMembersPageQuery = (c: string, orgId: string, p: MemberPage & { q: string }) =>
  queryOptions({
    queryKey: nhnKeys.iamMembersPage(c, orgId, p),
    queryFn: ({ signal }) =>
      nhnCall(c, 'listIamMembers', {
        params: { orgId },
        query: {
          page: p.page,
          limit: p.limit,
          ...(p.q ? { nameLike: p.q } : {}),
          ...(p.status ? { statuses: [p.status] } : {}),
        },
        signal,
      }),
  });

const refresh = (c: string, orgId: string) => [nhnKeys.iamMembers(c, orgId), nhnKeys.orgMembers(c)];

export function useCreateIamMember(
  orgId: string,
  options?: NhnMutationOptions<NhnResult<'createIamMember'>, IamMemberWritable>,
) {
  const t = useIamText();
  return useNhnMutation(
    {
      run: (c, member) => nhnCall(c, 'createIamMember', { params: { orgId }, json: { member } }),
      invalidates: (c) => refresh(c, orgId),
      success: (v) => t.created(v.userCode),
    },
    options,
  );
}

export function useUpdateIamMember(
  orgId: string,
  options?: NhnMutationOptions<NhnResult<'updateIamMember'>, { uuid: string; member: IamMemberWritable }>,
) {
  const t = useIamText();
  return useNhnMutation(
    {
      run: (c, v) =>
        nhnCall(c, 'updateIamMember', { params: { orgId, memberUuid: v.uuid }, json: { member: v.member } }),
      invalidates: (c) => refresh(c, orgId),
      success: (v) => t.saved(v.member.userCode),
    },
    options,
  );
}

/** The password travels in the body only, and the mutation result is not kept. */
export function useSetIamPassword(
  orgId: string,
  options?: NhnMutationOptions<
    NhnResult<'setIamPassword'>,
    { uuid: string; userCode: string; password: string }
  >,
) {
  const t = useIamText();
  return useNhnMutation(
    {
      run: (c, v) =>
        nhnCall(c, 'setIamPassword', { params: { orgId, memberId: v.uuid }, json: { password: v.password } }),
      invalidates: (c) => [nhnKeys.iamMembers(c, orgId)],
      success: (v) => t.passwordSet(v.userCode),
    },
    { ...options, secret: true },
  );
}

/** #35: NHN Cloud accepts a return address on toast.com, dooray.com or nhncloud.com only (1000). */
export const PASSWORD_RETURN_URL = 'https://console.nhncloud.com/';

export function useSendPasswordMail(
  orgId: string,
  options?: NhnMutationOptions<
    NhnResult<'sendPasswordMail'>,
    { uuid: string; userCode: string; locale: string }
  >,
) {
  const t = useIamText();
  return useNhnMutation(
    {
      run: (c, v) =>
        nhnCall(c, 'sendPasswordMail', {
          params: { orgId, memberId: v.uuid },
          json: { locale: v.locale, returnUrl: PASSWORD_RETURN_URL },
        }),
      invalidates: () => [],
      success: (v) => t.mailSent(v.userCode),
    },
    options,
  );
}
