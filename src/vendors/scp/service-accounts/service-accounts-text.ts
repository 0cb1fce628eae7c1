import { defineMessages } from '@/lib/i18n/messages';

export const useServiceAccountsText = defineMessages({
  en: {
    title: 'Service accounts',
    description:
      'Accounts SCP services use; read-only. Each reveal of a password is recorded in Tessera’s audit log.',
    name: 'Name',
    service: 'Service',
    password: 'Password',
    filters: 'Service account filters',
    clear: 'Clear',
    reveal: 'Reveal password',
    revealing: 'Revealing…',
    hide: 'Hide password',
    none: 'No service accounts',
    noneBody: 'No service account matches these filters.',
    passwordOf: (name: string) => `Password of ${name}`,
  },
  ja: {
    title: 'サービスアカウント',
    description:
      'SCP のサービスが使うアカウント（読み取り専用）。パスワードを表示するたびに Tessera の監査ログに記録されます。',
    name: '名前',
    service: 'サービス',
    password: 'パスワード',
    filters: 'サービスアカウントの絞り込み',
    clear: 'クリア',
    reveal: 'パスワードを表示',
    revealing: '表示中…',
    hide: 'パスワードを隠す',
    none: 'サービスアカウントがありません',
    noneBody: 'この条件に一致するサービスアカウントはありません。',
    passwordOf: (name: string) => `${name} のパスワード`,
  },
  ko: {
    title: '서비스 계정',
    description:
      'SCP 서비스가 사용하는 계정입니다(읽기 전용). 비밀번호를 표시할 때마다 Tessera 감사 로그에 기록됩니다.',
    name: '이름',
    service: '서비스',
    password: '비밀번호',
    filters: '서비스 계정 필터',
    clear: '지우기',
    reveal: '비밀번호 표시',
    revealing: '표시 중…',
    hide: '비밀번호 숨기기',
    none: '서비스 계정 없음',
    noneBody: '이 필터와 일치하는 서비스 계정이 없습니다.',
    passwordOf: (name: string) => `${name}의 비밀번호`,
  },
});
