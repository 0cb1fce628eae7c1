import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/** Builds the bench page alone, with the console's alias, into dist/bench-big-list. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  build: { outDir: fileURLToPath(new URL('../../dist/bench-big-list', import.meta.url)), emptyOutDir: true },
  logLevel: 'warn',
});
