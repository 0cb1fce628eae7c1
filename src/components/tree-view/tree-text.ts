import { defineMessages } from '@/lib/i18n/messages';

export const useTreeText = defineMessages({
  en: {
    loading: 'Loading…',
    failed: 'Could not load',
  },
  ja: {
    loading: '読み込み中…',
    failed: '読み込めませんでした',
  },
  ko: {
    loading: '불러오는 중…',
    failed: '불러오지 못했습니다',
  },
});
