import { defineMessages } from '@/lib/i18n/messages';

export const useMatrixText = defineMessages({
  en: {
    title: 'Policy attachments',
    description:
      'Users as rows, policies as columns. Each cell attaches or detaches at once; GS2 allows at most 100 policies per user.',
    filterUsers: 'Filter users by name prefix',
    filterPolicies: 'Filter policies by name',
    user: 'User',
    attachedState: 'Attached',
    detachedState: 'Not attached',
    rowFailed: (why: string) => `Could not read this user's policies: ${why}`,
    attached: (user: string, policy: string) => `${policy} attached to ${user}.`,
    detached: (user: string, policy: string) => `${policy} detached from ${user}.`,
    failed: (user: string, policy: string, why: string) => `${policy} on ${user}: ${why}`,
    loadMore: 'Load more users',
    noUsers: 'No users match.',
  },
  ja: {
    title: 'ポリシーの割り当て',
    description:
      '行がユーザー、列がポリシーです。セルを押すとすぐに割り当て・解除します。GS2 では 1 ユーザーにつき最大 100 個のポリシーを割り当てられます。',
    filterUsers: '名前の先頭でユーザーを絞り込む',
    filterPolicies: '名前でポリシーを絞り込む',
    user: 'ユーザー',
    attachedState: '割り当て済み',
    detachedState: '未割り当て',
    rowFailed: (why: string) => `このユーザーのポリシーを読み込めませんでした: ${why}`,
    attached: (user: string, policy: string) => `${policy} を ${user} に割り当てました。`,
    detached: (user: string, policy: string) => `${policy} を ${user} から外しました。`,
    failed: (user: string, policy: string, why: string) => `${user} の ${policy}: ${why}`,
    loadMore: 'さらにユーザーを読み込む',
    noUsers: '一致するユーザーはいません。',
  },
  ko: {
    title: '정책 연결',
    description:
      '행은 사용자, 열은 정책입니다. 셀을 누르면 바로 연결하거나 해제합니다. GS2에서는 사용자당 정책을 최대 100개까지 연결할 수 있습니다.',
    filterUsers: '이름 앞부분으로 사용자 필터',
    filterPolicies: '이름으로 정책 필터',
    user: '사용자',
    attachedState: '연결됨',
    detachedState: '연결 안 됨',
    rowFailed: (why: string) => `이 사용자의 정책을 읽지 못했습니다: ${why}`,
    attached: (user: string, policy: string) => `${policy}을(를) ${user}에 연결했습니다.`,
    detached: (user: string, policy: string) => `${policy}을(를) ${user}에서 해제했습니다.`,
    failed: (user: string, policy: string, why: string) => `${user}의 ${policy}: ${why}`,
    loadMore: '사용자 더 불러오기',
    noUsers: '일치하는 사용자가 없습니다.',
  },
});
