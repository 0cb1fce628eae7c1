import { z } from 'zod';
import type { VendorManifest } from '../manifest-types';

/** The regions the official GS2 SDKs know; Identifier data is project-global, the region picks the host. */
export const GS2_REGIONS = ['ap-northeast-1', 'us-east-1', 'eu-west-1', 'ap-southeast-1'] as const;

export const gs2ConnectionSchema = z.object({
  region: z.enum(GS2_REGIONS),
  clientId: z.string().trim().min(1, 'Enter the client ID').max(256),
  clientSecret: z.string().min(1, 'Enter the client secret').max(1024),
});

export const gs2Manifest: VendorManifest = {
  id: 'gs2',
  name: 'GS2-Identifier (Game Server Services)',
  shortName: 'GS2',
  connectionSchema: gs2ConnectionSchema,
  secretFields: ['clientSecret'],
  connectionFieldText: {
    region: { label: { en: 'Region', ja: 'リージョン', ko: '리전' } },
    clientId: {
      label: { en: 'Client ID', ja: 'クライアント ID', ko: '클라이언트 ID' },
      help: {
        en: 'A credential of a GS2-Identifier user allowed to manage Identifier.',
        ja: 'Identifier を管理できる GS2-Identifier ユーザーのクレデンシャル。',
        ko: 'Identifier를 관리할 수 있는 GS2-Identifier 사용자의 자격 증명입니다.',
      },
    },
    clientSecret: { label: { en: 'Client secret', ja: 'クライアントシークレット', ko: '클라이언트 시크릿' } },
  },
  defaultBaseUrl: 'https://identifier.ap-northeast-1.gen2.gs2io.com',
  pages: [
    {
      path: 'users',
      label: { en: 'Users', ja: 'ユーザー', ko: '사용자' },
      load: () => import('./pages/users-page'),
    },
    {
      path: 'policies',
      label: { en: 'Security policies', ja: 'セキュリティポリシー', ko: '보안 정책' },
      load: () => import('./pages/policies-page'),
    },
    {
      path: 'attachments',
      label: { en: 'Attachments', ja: 'ポリシーの割り当て', ko: '정책 연결' },
      load: () => import('./pages/matrix-page'),
    },
  ],
};
