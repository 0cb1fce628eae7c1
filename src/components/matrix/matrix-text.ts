import { defineMessages } from '@/lib/i18n/messages';

export const useMatrixText = defineMessages({
  en: {
    filterRows: 'Filter rows',
    filterColumns: 'Filter columns',
    cell: (row: string, column: string) => `${row}: ${column}`,
    pending: (n: number) => (n === 1 ? '1 unsaved change' : `${n.toLocaleString()} unsaved changes`),
    save: 'Save',
    saving: 'Saving…',
    discard: 'Discard',
    nothing: 'Nothing matches the filters',
  },
  ja: {
    filterRows: '行を絞り込む',
    filterColumns: '列を絞り込む',
    pending: (n: number) => `未保存の変更 ${n.toLocaleString()} 件`,
    save: '保存',
    saving: '保存中…',
    discard: '破棄',
    nothing: '条件に一致するものはありません',
  },
  ko: {
    filterRows: '행 필터',
    filterColumns: '열 필터',
    pending: (n: number) => `저장하지 않은 변경 ${n.toLocaleString()}개`,
    save: '저장',
    saving: '저장 중…',
    discard: '취소',
    nothing: '필터와 일치하는 항목이 없습니다',
  },
});
