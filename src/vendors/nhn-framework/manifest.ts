import { z } from 'zod';
import type { VendorManifest } from '../manifest-types';

export const nhnFrameworkConnectionSchema = z.object({
  userAccessKeyId: z.string().trim().min(1, 'Enter the User Access Key ID').max(64),
  secretAccessKey: z.string().min(1, 'Enter the Secret Access Key').max(1024),
  orgId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{1,64}$/, 'Letters and digits only'),
  tokenBaseUrl: z
    .url({ protocol: /^https?$/, error: 'Enter an http(s) URL' })
    .default('https://oauth.api.nhncloudservice.com'),
});

export const nhnFrameworkManifest: VendorManifest = {
  id: 'nhn-framework',
  name: 'NHN Cloud Framework API',
  shortName: 'NHN Framework',
  connectionSchema: nhnFrameworkConnectionSchema,
  secretFields: ['secretAccessKey'],
  connectionFieldText: {
    userAccessKeyId: {
      label: { en: 'User Access Key ID', ja: 'User Access Key ID', ko: 'User Access Key ID' },
      help: {
        en: 'From API Security Settings in the NHN Cloud console.',
        ja: 'NHN Cloud コンソールの「API セキュリティ設定」から。',
        ko: 'NHN Cloud 콘솔의 API 보안 설정에서 확인합니다.',
      },
    },
    secretAccessKey: { label: { en: 'Secret Access Key', ja: 'Secret Access Key', ko: 'Secret Access Key' } },
    orgId: { label: { en: 'Organization ID', ja: '組織 ID', ko: '조직 ID' } },
    tokenBaseUrl: {
      label: {
        en: 'Token endpoint base URL',
        ja: 'トークンエンドポイントのベース URL',
        ko: '토큰 엔드포인트 기본 URL',
      },
      help: {
        en: 'Where tokens are issued (/oauth2/token/create).',
        ja: 'トークンを発行する場所（/oauth2/token/create）。',
        ko: '토큰을 발급하는 곳(/oauth2/token/create)입니다.',
      },
    },
  },
  defaultBaseUrl: 'https://core.api.nhncloudservice.com',
  pages: [
    {
      path: 'overview',
      label: { en: 'Organization', ja: '組織', ko: '조직' },
      load: () => import('./pages/overview-page'),
    },
    {
      path: 'projects',
      label: { en: 'Projects', ja: 'プロジェクト', ko: '프로젝트' },
      load: () => import('./pages/projects-page'),
    },
    {
      path: 'members',
      label: { en: 'Members', ja: 'メンバー', ko: '멤버' },
      load: () => import('./pages/members-page'),
    },
    {
      path: 'iam-members',
      label: { en: 'IAM members', ja: 'IAM メンバー', ko: 'IAM 멤버' },
      load: () => import('./pages/iam-members-page'),
    },
    {
      path: 'role-groups',
      label: { en: 'Role groups', ja: 'ロールグループ', ko: '역할 그룹' },
      load: () => import('./pages/role-groups-page'),
    },
    {
      path: 'governance',
      label: { en: 'Security settings', ja: 'セキュリティ設定', ko: '보안 설정' },
      load: () => import('./pages/governance-page'),
    },
    {
      path: 'access-keys',
      label: { en: 'Access keys', ja: 'アクセスキー', ko: '액세스 키' },
      load: () => import('./pages/access-keys-page'),
    },
  ],
};
