import { defineMessages } from '@/lib/i18n/messages';

export const useLayoutText = defineMessages({
  en: {
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    profile: 'Profile',
    signedInAs: (name: string) => `Signed in as ${name}`,
    checkingSession: 'Checking your session…',
    sessionFailed: 'Could not check your session',
    operators: 'Operators',
    audit: 'Audit log',
  },
  ja: {
    signOut: 'サインアウト',
    signingOut: 'サインアウト中…',
    profile: 'プロフィール',
    signedInAs: (name: string) => `${name} としてサインイン中`,
    checkingSession: 'セッションを確認中…',
    operators: 'オペレーター',
    audit: '監査ログ',
  },
  ko: {
    signOut: '로그아웃',
    signingOut: '로그아웃 중…',
    profile: '프로필',
    signedInAs: (name: string) => `${name}(으)로 로그인됨`,
    checkingSession: '세션 확인 중…',
    operators: '운영자',
    audit: '감사 로그',
  },
});
