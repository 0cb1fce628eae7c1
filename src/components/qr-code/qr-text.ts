import { defineMessages } from '@/lib/i18n/messages';

export const useQrText = defineMessages({
  en: {
    secret: 'Setup key',
    copy: 'Copy key',
    copied: 'Key copied',
    drawing: 'Drawing the QR code…',
    failed: 'The QR code could not be drawn. Enter the setup key in your app instead.',
  },
  ja: {
    secret: 'セットアップキー',
    copy: 'キーをコピー',
    copied: 'コピーしました',
    drawing: 'QR コードを描画中…',
    failed: 'QR コードを描画できませんでした。代わりにセットアップキーをアプリに入力してください。',
  },
  ko: {
    secret: '설정 키',
    copy: '키 복사',
    copied: '복사됨',
    drawing: 'QR 코드를 그리는 중…',
    failed: 'QR 코드를 그릴 수 없습니다. 대신 설정 키를 앱에 입력하세요.',
  },
});
