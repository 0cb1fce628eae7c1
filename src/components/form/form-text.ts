import { defineMessages } from '@/lib/i18n/messages';

export const useFormText = defineMessages({
  en: {
    summaryTitle: 'The form could not be saved',
    show: 'Show',
    hide: 'Hide',
    showPassword: (label: string) => `Show ${label}`,
    hidePassword: (label: string) => `Hide ${label}`,
    required: 'required',
    choose: 'Choose…',
  },
  ja: {
    summaryTitle: 'フォームを保存できませんでした',
    show: '表示',
    hide: '隠す',
    showPassword: (label: string) => `${label}を表示`,
    hidePassword: (label: string) => `${label}を隠す`,
    required: '必須',
    choose: '選択してください…',
  },
  ko: {
    summaryTitle: '양식을 저장하지 못했습니다',
    show: '표시',
    hide: '숨기기',
    showPassword: (label: string) => `${label} 표시`,
    hidePassword: (label: string) => `${label} 숨기기`,
    required: '필수',
    choose: '선택하세요…',
  },
});
