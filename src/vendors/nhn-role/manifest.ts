import { z } from 'zod';
import type { VendorManifest } from '../manifest-types';

export const nhnRoleConnectionSchema = z.object({
  appKey: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Letters, digits, - and _ only'),
  secretKey: z.string().min(1, 'Enter the secret key').max(1024),
});

export const nhnRoleManifest: VendorManifest = {
  id: 'nhn-role',
  name: 'NHN Cloud ROLE',
  shortName: 'NHN ROLE',
  connectionSchema: nhnRoleConnectionSchema,
  secretFields: ['secretKey'],
  connectionFieldText: {
    appKey: {
      label: { en: 'AppKey', ja: 'AppKey', ko: 'AppKey' },
      help: {
        en: 'From "URL & Appkey" in the ROLE console.',
        ja: 'ROLE コンソールの「URL & Appkey」から。',
        ko: 'ROLE 콘솔의 "URL & Appkey"에서 확인합니다.',
      },
    },
    secretKey: {
      label: { en: 'Secret key', ja: 'シークレットキー', ko: '시크릿 키' },
      help: {
        en: 'Sent as X-Secret-Key by the server only.',
        ja: 'サーバーだけが X-Secret-Key として送ります。',
        ko: '서버만 X-Secret-Key로 보냅니다.',
      },
    },
  },
  defaultBaseUrl: 'https://role.api.nhncloudservice.com',
  pages: [
    {
      path: 'users',
      label: { en: 'Users', ja: 'ユーザー', ko: '사용자' },
      load: () => import('./pages/users-page'),
    },
    {
      path: 'matrix',
      label: { en: 'Users × roles', ja: 'ユーザー × ロール', ko: '사용자 × 역할' },
      load: () => import('./pages/matrix-page'),
    },
    {
      path: 'roles',
      label: { en: 'Roles', ja: 'ロール', ko: '역할' },
      load: () => import('./pages/roles-page'),
    },
    {
      path: 'resources',
      label: { en: 'Resources', ja: 'リソース', ko: '리소스' },
      load: () => import('./pages/resources-page'),
    },
    {
      path: 'simulator',
      label: { en: 'Access simulator', ja: 'アクセスシミュレーター', ko: '접근 시뮬레이터' },
      load: () => import('./pages/simulator-page'),
    },
    {
      path: 'operations',
      label: { en: 'Operations', ja: 'オペレーション', ko: '오퍼레이션' },
      load: () => import('./pages/operations-page'),
    },
    {
      path: 'scopes',
      label: { en: 'Scopes', ja: 'スコープ', ko: '스코프' },
      load: () => import('./pages/scopes-page'),
    },
    {
      path: 'attributes',
      label: { en: 'Condition attributes', ja: '条件属性', ko: '조건 속성' },
      load: () => import('./pages/attributes-page'),
    },
    {
      path: 'config',
      label: { en: 'Config', ja: '設定', ko: '설정' },
      load: () => import('./pages/config-page'),
    },
  ],
};
