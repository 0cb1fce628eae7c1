import { defineMessages } from '@/lib/i18n/messages';

export const useMatrixText = defineMessages({
  en: {
    title: 'Policy attachments',
    description:
      'Users as rows, policies as columns. Each box attaches or detaches at once; GS2 allows at most 100 policies per user.',
    filterUsers: 'Filter users by name prefix',
    filterPolicies: 'Filter policies by name',
    user: 'User',
    cell: (user: string, policy: string) => `${policy} attached to ${user}`,
    attached: (user: string, policy: string) => `${policy} attached to ${user}.`,
    detached: (user: string, policy: string) => `${policy} detached from ${user}.`,
    undo: 'Undo',
    failed: (user: string, policy: string, why: string) => `${policy} on ${user}: ${why}`,
    loadMore: 'Load more users',
    noUsers: 'No users match.',
  },
  ja: {},
  ko: {},
});
