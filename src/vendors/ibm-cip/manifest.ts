import { z } from 'zod';
import type { VendorManifest } from '../manifest-types';

export const ibmCipConnectionSchema = z.object({
  clientId: z.string().trim().min(1, 'Enter the client ID').max(256),
  clientSecret: z.string().min(1, 'Enter the client secret').max(1024),
});

export const ibmCipManifest: VendorManifest = {
  id: 'ibm-cip',
  name: 'IBM Cloud Identity Portal',
  shortName: 'IBM CIP',
  connectionSchema: ibmCipConnectionSchema,
  secretFields: ['clientSecret'],
  connectionFieldText: {
    clientId: {
      label: { en: 'Client ID', ja: 'クライアント ID', ko: '클라이언트 ID' },
      help: {
        en: 'An API key of the tenant (Cloud Identity Portal > API keys).',
        ja: 'テナントの API キー（Cloud Identity Portal > API キー）。',
        ko: '테넌트의 API 키(Cloud Identity Portal > API 키)입니다.',
      },
    },
    clientSecret: { label: { en: 'Client secret', ja: 'クライアントシークレット', ko: '클라이언트 시크릿' } },
  },
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
      path: 'memberships',
      label: { en: 'Users × groups', ja: 'ユーザー × グループ', ko: '사용자 × 그룹' },
      load: () => import('./pages/memberships-page'),
    },
    {
      path: 'settings',
      label: { en: 'Self-service settings', ja: 'セルフサービス設定', ko: '셀프 서비스 설정' },
      load: () => import('./pages/settings-page'),
    },
    {
      path: 'services',
      label: { en: 'Services', ja: 'サービス', ko: '서비스' },
      load: () => import('./pages/services-page'),
    },
    {
      path: 'tokens',
      label: { en: 'Verification tokens', ja: '検証トークン', ko: '인증 토큰' },
      load: () => import('./pages/tokens-page'),
    },
  ],
};
