import { defineMessages } from '@/lib/i18n/messages';

type CellFlags = {
  changed?: boolean | undefined;
  pending?: boolean | undefined;
  error?: string | undefined;
  disabled?: string | undefined;
};

const suffix = (f: CellFlags, w: { changed: string; pending: string; error: string; disabled: string }) =>
  (f.changed ? ` (${w.changed})` : '') +
  (f.pending ? ` (${w.pending})` : '') +
  (f.error !== undefined ? `. ${w.error}: ${f.error}` : '') +
  (f.disabled !== undefined ? `. ${w.disabled}: ${f.disabled}` : '');

export const useMatrixText = defineMessages({
  en: {
    filterRows: 'Filter rows',
    filterColumns: 'Filter columns',
    checked: 'Checked',
    unchecked: 'Not checked',
    cellName: (row: string, column: string, state: string, f: CellFlags) =>
      `${row} – ${column}: ${state}` +
      suffix(f, { changed: 'unsaved', pending: 'saving', error: 'Failed', disabled: 'Read-only' }),
    cellLoading: (row: string, column: string) => `${row} – ${column}: Loading`,
    change: (row: string, column: string, state: string) => `${row} – ${column}: ${state}.`,
    failed: (row: string, column: string, why: string) => `${row} – ${column}: ${why}`,
    undo: 'Undo',
    pending: (n: number) => (n === 1 ? '1 unsaved change' : `${n.toLocaleString()} unsaved changes`),
    save: 'Save',
    saving: 'Saving…',
    discard: 'Discard',
    nothing: 'Nothing matches the filters',
    savingChanges: (n: number) => (n === 1 ? 'Saving 1 change' : `Saving ${n.toLocaleString()} changes`),
    applying: (n: number, state: string) => `Setting ${n.toLocaleString()} cells to ${state}`,
    rowBulk: (row: string) => `Row “${row}”`,
    columnBulk: (column: string) => `Column “${column}”`,
    setRow: (row: string, state: string) => `Set all shown in row ${row} to ${state}`,
    setColumn: (column: string, state: string) => `Set all shown in column ${column} to ${state}`,
    setAllTo: (state: string) => `All: ${state}`,
    bulkActions: 'Set many cells',
  },
  ja: {
    filterRows: '行を絞り込む',
    filterColumns: '列を絞り込む',
    checked: 'オン',
    unchecked: 'オフ',
    cellName: (row: string, column: string, state: string, f: CellFlags) =>
      `${row} – ${column}: ${state}` +
      suffix(f, { changed: '未保存', pending: '保存中', error: '失敗', disabled: '読み取り専用' }),
    cellLoading: (row: string, column: string) => `${row} – ${column}: 読み込み中`,
    undo: '元に戻す',
    pending: (n: number) => `未保存の変更 ${n.toLocaleString()} 件`,
    save: '保存',
    saving: '保存中…',
    discard: '破棄',
    nothing: '条件に一致するものはありません',
    savingChanges: (n: number) => `${n.toLocaleString()} 件の変更を保存中`,
    applying: (n: number, state: string) => `${n.toLocaleString()} 個のセルを「${state}」に設定中`,
    rowBulk: (row: string) => `行「${row}」`,
    columnBulk: (column: string) => `列「${column}」`,
    setRow: (row: string, state: string) => `行 ${row} の表示中のセルをすべて「${state}」にする`,
    setColumn: (column: string, state: string) => `列 ${column} の表示中のセルをすべて「${state}」にする`,
    setAllTo: (state: string) => `すべて: ${state}`,
    bulkActions: 'まとめて設定',
  },
  ko: {
    filterRows: '행 필터',
    filterColumns: '열 필터',
    checked: '선택됨',
    unchecked: '선택 안 됨',
    cellName: (row: string, column: string, state: string, f: CellFlags) =>
      `${row} – ${column}: ${state}` +
      suffix(f, { changed: '저장 안 됨', pending: '저장 중', error: '실패', disabled: '읽기 전용' }),
    cellLoading: (row: string, column: string) => `${row} – ${column}: 불러오는 중`,
    undo: '실행 취소',
    pending: (n: number) => `저장하지 않은 변경 ${n.toLocaleString()}개`,
    save: '저장',
    saving: '저장 중…',
    discard: '취소',
    nothing: '필터와 일치하는 항목이 없습니다',
    savingChanges: (n: number) => `변경 ${n.toLocaleString()}개 저장 중`,
    applying: (n: number, state: string) => `셀 ${n.toLocaleString()}개를 '${state}'(으)로 설정 중`,
    rowBulk: (row: string) => `행 “${row}”`,
    columnBulk: (column: string) => `열 “${column}”`,
    setRow: (row: string, state: string) => `행 ${row}에 표시된 셀을 모두 '${state}'(으)로 설정`,
    setColumn: (column: string, state: string) => `열 ${column}에 표시된 셀을 모두 '${state}'(으)로 설정`,
    setAllTo: (state: string) => `모두: ${state}`,
    bulkActions: '한꺼번에 설정',
  },
});
