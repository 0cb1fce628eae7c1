import { defineMessages } from '@/lib/i18n/messages';

type Kind = 'USER' | 'GROUP' | 'ROLE';

export const useBindingsText = defineMessages({
  en: {
    title: 'Policy bindings',
    description:
      'Which policies are bound to which users, groups or roles. A click binds or unbinds at once.',
    back: 'Back to roles',
    identityType: 'Bound to',
    typeLabel: (k: Kind) => ({ USER: 'Users', GROUP: 'Groups', ROLE: 'Roles' })[k],
    matrixLabel: (what: string) => `Policies bound to ${what.toLowerCase()}`,
    policy: 'Policy',
    bound: 'Bound',
    notBound: 'Not bound',
    noPolicies: 'No policies',
    noIdentities: (what: string) => `No ${what.toLowerCase()}`,
  },
  ja: {
    title: 'ポリシーの割り当て',
    description:
      'どのポリシーがどのユーザー・グループ・ロールに割り当てられているか。クリックすると即座に割り当て・解除します。',
    back: 'ロール一覧へ戻る',
    identityType: '割り当て先',
    typeLabel: (k: Kind) => ({ USER: 'ユーザー', GROUP: 'グループ', ROLE: 'ロール' })[k],
    matrixLabel: (what: string) => `${what}に割り当てたポリシー`,
    policy: 'ポリシー',
    bound: '割り当て済み',
    notBound: '未割り当て',
    noPolicies: 'ポリシーがありません',
    noIdentities: (what: string) => `${what}がありません`,
  },
  ko: {
    title: '정책 연결',
    description:
      '어떤 정책이 어떤 사용자·그룹·역할에 연결되어 있는지 보여 줍니다. 클릭하면 바로 연결하거나 해제합니다.',
    back: '역할 목록으로',
    identityType: '연결 대상',
    typeLabel: (k: Kind) => ({ USER: '사용자', GROUP: '그룹', ROLE: '역할' })[k],
    matrixLabel: (what: string) => `${what}에 연결된 정책`,
    policy: '정책',
    bound: '연결됨',
    notBound: '연결 안 됨',
    noPolicies: '정책 없음',
    noIdentities: (what: string) => `${what} 없음`,
  },
});
