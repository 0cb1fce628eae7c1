import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/** Builds the bench page alone, with the console's alias, into dist/bench-big-list (or TESSERA_BENCH_OUT_DIR). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  build: {
    // bench/big-list.ts passes TESSERA_BENCH_OUT_DIR so parallel runs need not share dist/.
    outDir:
      process.env.TESSERA_BENCH_OUT_DIR ??
      fileURLToPath(new URL('../../dist/bench-big-list', import.meta.url)),
    emptyOutDir: true,
  },
  logLevel: 'warn',
});
