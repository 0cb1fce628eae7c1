// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const browserOnly = ['src/app/**', 'src/features/**', 'src/components/**', 'src/main.tsx'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tessera/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    // Browser code must never reach server-only modules: they hold secrets and Node APIs.
    files: browserOnly,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '@/server/**'], message: 'Browser code must not import server code.' },
            {
              group: ['**/emulator/**', '**/emulator-kit/**'],
              message: 'Browser code must not import emulators.',
            },
            { group: ['**/upstream', '**/upstream.ts'], message: 'upstream.ts is server-only.' },
            { group: ['node:*'], message: 'Browser code must not import Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    // Vendor folders hold browser code beside server-only parts (emulator/, upstream.ts); the browser part
    // must never reach those, nor the console server.
    files: ['src/vendors/**/*.{ts,tsx}'],
    ignores: [
      'src/vendors/*/emulator/**',
      'src/vendors/*/upstream.ts',
      'src/vendors/*/signature.ts',
      'src/vendors/**/*.test.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '@/server/**'],
              message: 'Vendor browser code must not import server code.',
            },
            {
              group: ['**/emulator/**', '**/emulator-kit/**'],
              message: 'Vendor browser code must not import emulators.',
            },
            { group: ['**/upstream', '**/upstream.ts'], message: 'upstream.ts is server-only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
