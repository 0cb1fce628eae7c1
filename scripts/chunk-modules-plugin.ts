import type { Plugin } from 'vite';

/**
 * Writes .vite/chunk-modules.json beside the build: for each emitted JS chunk, the source modules inside it
 * and its static and dynamic imports. bench/bundle reads it to price every route and to prove that Monaco
 * sits only in lazily loaded chunks.
 */
export function chunkModulesPlugin(): Plugin {
  return {
    name: 'tessera-chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: Record<
        string,
        {
          modules: string[];
          imports: string[];
          dynamicImports: string[];
          isEntry: boolean;
          facade: string | null;
        }
      > = {};
      const root = process.cwd() + '/';
      for (const [file, out] of Object.entries(bundle)) {
        if (out.type !== 'chunk') continue;
        chunks[file] = {
          modules: Object.keys(out.modules).map((m) => m.replace(root, '')),
          imports: out.imports,
          dynamicImports: out.dynamicImports,
          isEntry: out.isEntry,
          facade: out.facadeModuleId ? out.facadeModuleId.replace(root, '') : null,
        };
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/chunk-modules.json',
        source: JSON.stringify(chunks, null, 1),
      });
    },
  };
}
