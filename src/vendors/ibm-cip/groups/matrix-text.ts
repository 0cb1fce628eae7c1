import { defineMessages } from '@/lib/i18n/messages';

export const useMatrixText = defineMessages({
  en: {
    title: 'Users × groups',
    description:
      'Group memberships of the users a search loads. A click adds or removes the membership at once, with Undo.',
    label: 'Group memberships of the loaded users',
    user: 'User',
    member: 'Member',
    notMember: 'Not a member',
    openMatrix: 'Users × groups',
    backToSearch: '← User search',
    noUsers: 'No users loaded',
    noUsersBody: 'Search for users first; the matrix shows the users the search returns.',
    noGroups: 'No groups yet',
    loadingGroups: (done: number, all: number) =>
      `Loading group members (${String(done)} of ${String(all)})…`,
  },
  ja: {
    title: 'ユーザー × グループ',
    description:
      '検索で読み込んだユーザーのグループ・メンバーシップです。クリックするとすぐに追加・削除され、元に戻すこともできます。',
    label: '読み込んだユーザーのグループ・メンバーシップ',
    user: 'ユーザー',
    member: 'メンバー',
    notMember: 'メンバーではない',
    openMatrix: 'ユーザー × グループ',
    backToSearch: '← ユーザー検索',
    noUsers: '読み込まれたユーザーはいません',
    noUsersBody: '先にユーザーを検索してください。マトリクスには検索結果のユーザーが表示されます。',
    noGroups: 'グループはまだありません',
    loadingGroups: (done: number, all: number) =>
      `グループのメンバーを読み込んでいます（${String(all)} 件中 ${String(done)} 件）…`,
  },
  ko: {
    title: '사용자 × 그룹',
    description:
      '검색으로 불러온 사용자의 그룹 멤버십입니다. 클릭하면 즉시 추가 또는 제거되며 실행 취소할 수 있습니다.',
    label: '불러온 사용자의 그룹 멤버십',
    user: '사용자',
    member: '멤버',
    notMember: '멤버 아님',
    openMatrix: '사용자 × 그룹',
    backToSearch: '← 사용자 검색',
    noUsers: '불러온 사용자가 없습니다',
    noUsersBody: '먼저 사용자를 검색하세요. 매트릭스에는 검색 결과의 사용자가 표시됩니다.',
    noGroups: '아직 그룹이 없습니다',
    loadingGroups: (done: number, all: number) =>
      `그룹 멤버를 불러오는 중(${String(all)}개 중 ${String(done)}개)…`,
  },
});
