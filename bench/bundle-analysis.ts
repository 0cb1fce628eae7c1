import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type ChunkInfo = {
  modules: string[];
  imports: string[];
  dynamicImports: string[];
  isEntry: boolean;
  facade: string | null;
};
export type RouteCost = {
  route: string;
  files: string[];
  gzipBytes: number;
  hasMonaco: boolean;
  budget: number;
};

export const SIGN_IN_BUDGET = 150 * 1024;
export const ROUTE_BUDGET = 250 * 1024;

const isMonaco = (m: string) => m.includes('node_modules/monaco-editor/');
/** A lazily loaded route module: the page files under app/routes and the features, and public vendor pages. */
const isRouteModule = (m: string) =>
  /^src\/(app\/routes|features)\/.+\.tsx$/.test(m) ||
  /^src\/vendors\/[^/]+\/self-service\/.+-page\.tsx$/.test(m);
/** The shell every vendor page renders in, and the vendor pages it loads lazily from the manifests. */
const CONNECTION_SHELL = 'src/app/connection/connection-shell.tsx';
const isVendorPage = (m: string) => /^src\/vendors\/[^/]+\/pages\/.+\.tsx$/.test(m);

/** The static-import closure of a chunk: what the browser must download before the chunk can run. */
function closure(chunks: Record<string, ChunkInfo>, start: string, seen = new Set<string>()): Set<string> {
  if (seen.has(start)) return seen;
  seen.add(start);
  for (const dep of chunks[start]?.imports ?? []) closure(chunks, dep, seen);
  return seen;
}

/** Prices every route of a build: entry chunks plus the route chunk and everything it imports statically. */
export function analyseBundle(clientDir: string): {
  routes: RouteCost[];
  entryGzip: number;
  monacoChunks: string[];
} {
  const file = path.join(clientDir, '.vite', 'chunk-modules.json');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  const chunks = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, ChunkInfo>;
  const gz = new Map<string, number>();
  const sizeOf = (f: string) => {
    let n = gz.get(f);
    if (n === undefined) {
      n = gzipSync(fs.readFileSync(path.join(clientDir, f)), { level: 9 }).length;
      gz.set(f, n);
    }
    return n;
  };
  const entries = Object.keys(chunks).filter((f) => chunks[f]?.isEntry);
  const entryFiles = new Set<string>();
  for (const e of entries) closure(chunks, e, entryFiles);
  const price = (files: Set<string>) => [...files].reduce((sum, f) => sum + sizeOf(f), 0);
  const hasMonaco = (files: Set<string>) => [...files].some((f) => chunks[f]?.modules.some(isMonaco));

  const shellChunk = Object.keys(chunks).find((f) => chunks[f]?.facade === CONNECTION_SHELL);
  const shellFiles = shellChunk ? closure(chunks, shellChunk, new Set(entryFiles)) : entryFiles;
  const routes: RouteCost[] = [];
  for (const [f, info] of Object.entries(chunks)) {
    const facade = info.facade;
    if (!facade || !(isRouteModule(facade) || isVendorPage(facade) || facade === CONNECTION_SHELL)) continue;
    // A vendor page downloads the entry, the connection shell and then its own chunks.
    const files = closure(chunks, f, new Set(isVendorPage(facade) ? shellFiles : entryFiles));
    const route = facade.replace(/^src\//, '').replace(/\.tsx$/, '');
    routes.push({
      route,
      files: [...files],
      gzipBytes: price(files),
      hasMonaco: hasMonaco(files),
      budget: route.includes('sign-in') ? SIGN_IN_BUDGET : ROUTE_BUDGET,
    });
  }
  routes.sort((a, b) => a.route.localeCompare(b.route));
  const monacoChunks = Object.keys(chunks).filter((f) => chunks[f]?.modules.some(isMonaco));
  return { routes, entryGzip: price(entryFiles), monacoChunks };
}
