import { defineMessages } from '@/lib/i18n/messages';

export const useStatesText = defineMessages({
  en: {
    loading: 'Loading…',
    errorTitle: 'This could not be loaded',
    retry: 'Try again',
    retrying: 'Trying again…',
    requestId: (id: string) => `Request ID: ${id}`,
    emptyTitle: 'Nothing here yet',
  },
  ja: {
    loading: '読み込み中…',
    errorTitle: '読み込めませんでした',
    retry: '再試行',
    retrying: '再試行中…',
    requestId: (id: string) => `リクエスト ID: ${id}`,
    emptyTitle: 'まだ何もありません',
  },
  ko: {
    loading: '불러오는 중…',
    errorTitle: '불러오지 못했습니다',
    retry: '다시 시도',
    retrying: '다시 시도하는 중…',
    requestId: (id: string) => `요청 ID: ${id}`,
    emptyTitle: '아직 항목이 없습니다',
  },
});
