/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { chunkModulesPlugin } from './scripts/chunk-modules-plugin.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));
const serverPort = Number(process.env.TESSERA_DEV_API_PORT ?? 8080);

export default defineConfig({
  plugins: [react(), chunkModulesPlugin()],
  resolve: { alias: { '@': src } },
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    sourcemap: false,
    // Monaco is large by design; it lives in its own lazy chunk and is budgeted by bench/bundle.
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: 'es' },
  server: {
    // `npm run dev` proxies the API to the real Tessera server so HMR and the API share one origin.
    proxy: { '/api': { target: `http://127.0.0.1:${serverPort}`, changeOrigin: false } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/testing/setup-dom.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
