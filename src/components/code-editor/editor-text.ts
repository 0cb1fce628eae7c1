import { defineMessages } from '@/lib/i18n/messages';

export const useEditorText = defineMessages({
  en: { loading: 'Loading the editor…', problems: (n: number) => (n === 1 ? '1 problem' : `${n} problems`) },
  ja: { loading: 'エディターを読み込み中…', problems: (n: number) => `${n} 件の問題` },
  ko: { loading: '편집기를 불러오는 중…', problems: (n: number) => `문제 ${n}개` },
});
