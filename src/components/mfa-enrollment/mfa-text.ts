import { defineMessages } from '@/lib/i18n/messages';

export const useMfaText = defineMessages({
  en: {
    introTitle: 'Set up an authenticator app',
    intro:
      'You need an authenticator app (such as a password manager or a TOTP app) on a device you keep with you.',
    begin: 'Begin set-up',
    beginning: 'Preparing…',
    scanTitle: 'Scan the code',
    scan: 'Scan this QR code with your app, or type the setup key. Then enter the 6-digit code the app shows.',
    qrLabel: (account: string) => `QR code for ${account}`,
    code: 'Code from the app',
    codeFormat: 'Enter the 6 digits from your app.',
    confirm: 'Confirm',
    confirming: 'Checking…',
    cancel: 'Cancel',
    codesTitle: 'Save your recovery codes',
    codes:
      'Each code signs you in once if you lose your device. They are shown only now: store them somewhere safe.',
  },
  ja: {
    introTitle: '認証アプリを設定',
    begin: '設定を開始',
    scanTitle: 'コードをスキャン',
    code: 'アプリのコード',
    confirm: '確認',
    cancel: 'キャンセル',
    codesTitle: 'リカバリーコードを保存',
  },
  ko: {
    introTitle: '인증 앱 설정',
    begin: '설정 시작',
    scanTitle: '코드 스캔',
    code: '앱의 코드',
    confirm: '확인',
    cancel: '취소',
    codesTitle: '복구 코드 저장',
  },
});
