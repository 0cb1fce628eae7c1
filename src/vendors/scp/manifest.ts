import { z } from 'zod';
import type { VendorManifest } from '../manifest-types';

export const SCP_API_VERSIONS = ['1.2', '1.1', '1.0'] as const;

export const scpConnectionSchema = z.object({
  environment: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,20}$/, 'Use the environment letter, e.g. s, g or e'),
  accessKey: z.string().trim().min(1, 'Enter the access key').max(256),
  secretKey: z.string().min(1, 'Enter the secret key').max(1024),
  accountId: z.string().trim().max(64).optional(),
  apiVersion: z.enum(SCP_API_VERSIONS).default('1.2'),
  clientType: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, 'Letters, digits, - and _ only')
    .default('Openapi'),
});

export const scpManifest: VendorManifest = {
  id: 'scp',
  name: 'Samsung SDS Cloud Platform IAM',
  shortName: 'SCP',
  connectionSchema: scpConnectionSchema,
  secretFields: ['secretKey'],
  connectionFieldText: {
    environment: {
      label: { en: 'Environment', ja: '環境', ko: '환경' },
      help: {
        en: 's (Samsung), g (Sovereign) or e (Enterprise).',
        ja: 's（Samsung）、g（Sovereign）、e（Enterprise）のいずれか。',
        ko: 's(Samsung), g(Sovereign), e(Enterprise) 중 하나입니다.',
      },
    },
    accessKey: { label: { en: 'Access key', ja: 'アクセスキー', ko: '액세스 키' } },
    secretKey: { label: { en: 'Secret key', ja: 'シークレットキー', ko: '시크릿 키' } },
    accountId: {
      label: { en: 'Account ID', ja: 'アカウント ID', ko: '계정 ID' },
      help: {
        en: 'Sent as Scp-AccountId and signed; leave empty if unsure.',
        ja: 'Scp-AccountId として送られ署名されます。不明なら空欄のままにしてください。',
        ko: 'Scp-AccountId로 보내고 서명합니다. 모르면 비워 두세요.',
      },
    },
    apiVersion: {
      label: { en: 'IAM API version', ja: 'IAM API バージョン', ko: 'IAM API 버전' },
      help: {
        en: '1.2 is current; 1.1 and 1.0 are kept for old accounts.',
        ja: '1.2 が現行です。1.1 と 1.0 は古いアカウント向けです。',
        ko: '1.2가 현재 버전이며 1.1과 1.0은 오래된 계정용입니다.',
      },
    },
    clientType: {
      label: { en: 'Client type', ja: 'クライアントタイプ', ko: '클라이언트 유형' },
      help: {
        en: 'Sent as Scp-ClientType; the official SDK uses Openapi.',
        ja: 'Scp-ClientType として送ります。公式 SDK は Openapi を使います。',
        ko: 'Scp-ClientType으로 보냅니다. 공식 SDK는 Openapi를 사용합니다.',
      },
    },
  },
  defaultBaseUrl: 'https://iam.s.samsungsdscloud.com',
  pages: [
    {
      path: 'users',
      label: { en: 'Users', ja: 'ユーザー', ko: '사용자' },
      load: () => import('./pages/users-page'),
    },
    {
      path: 'groups',
      label: { en: 'Groups', ja: 'グループ', ko: '그룹' },
      load: () => import('./pages/groups-page'),
    },
    {
      path: 'access-keys',
      label: { en: 'Access keys', ja: 'アクセスキー', ko: '액세스 키' },
      load: () => import('./pages/access-keys-page'),
    },
    {
      path: 'endpoints',
      label: { en: 'Endpoints', ja: 'エンドポイント', ko: '엔드포인트' },
      load: () => import('./pages/endpoints-page'),
    },
    {
      path: 'policies',
      label: { en: 'Policies', ja: 'ポリシー', ko: '정책' },
      load: () => import('./pages/policies-page'),
    },
    {
      path: 'roles',
      label: { en: 'Roles', ja: 'ロール', ko: '역할' },
      load: () => import('./pages/roles-page'),
    },
    {
      path: 'saml',
      label: { en: 'SAML providers', ja: 'SAML プロバイダー', ko: 'SAML 공급자' },
      load: () => import('./pages/saml-page'),
    },
    {
      path: 'resource-policies',
      label: { en: 'Resource policies', ja: 'リソースポリシー', ko: '리소스 정책' },
      load: () => import('./pages/resource-policies-page'),
    },
    {
      path: 'service-accounts',
      label: { en: 'Service accounts', ja: 'サービスアカウント', ko: '서비스 계정' },
      load: () => import('./pages/service-accounts-page'),
    },
    {
      path: 'simulator',
      label: { en: 'Policy simulator', ja: 'ポリシーシミュレーター', ko: '정책 시뮬레이터' },
      load: () => import('./pages/simulator-page'),
    },
  ],
};
