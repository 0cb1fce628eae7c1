import { defineMessages } from '@/lib/i18n/messages';

export const useConfirmText = defineMessages({
  en: {
    confirm: 'Confirm',
    cancel: 'Cancel',
    working: 'Working…',
    typeToConfirmBefore: 'Type',
    typeToConfirmAfter: 'to confirm',
  },
  ja: {
    confirm: '確認',
    cancel: 'キャンセル',
    working: '処理中…',
    typeToConfirmBefore: '確認のため',
    typeToConfirmAfter: 'と入力してください',
  },
  ko: {
    confirm: '확인',
    cancel: '취소',
    working: '처리 중…',
    typeToConfirmBefore: '확인하려면',
    typeToConfirmAfter: '을(를) 입력하세요',
  },
});
