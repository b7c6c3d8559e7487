// What the browser downloads for the sign-in page and for the signed-in home page, read from
// a built web app (dist/web): the module graph starts at index.html's entry in Vite's
// manifest (build.manifest) and follows static imports, plus the lazy chunk of each route.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; imports?: string[]; css?: string[] };
type Manifest = Record<string, ManifestChunk>;

/** The lazy chunks each page needs besides the entry (their source files, as Vite names them). */
export const pageSources = {
  signIn: ['src/web/modules/auth/LoginPage.tsx'],
  shellHome: ['src/web/app/layout/AppLayout.tsx', 'src/web/modules/home/HomePage.tsx'],
} as const;

export type Download = {
  files: string[];
  /** JavaScript only (antd writes its CSS from JS). */
  jsBytes: number;
  jsGzipBytes: number;
  jsBrotliBytes: number;
  cssGzipBytes: number;
};

export function readManifest(webDir: string): Manifest {
  const file = join(webDir, '.vite', 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: build the web app first (npm run build)`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** The chunk and everything it imports statically (what the browser fetches before running it). */
function closure(manifest: Manifest, key: string, into: Set<string>) {
  if (into.has(key)) return;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the manifest: a lazy route was renamed?`);
  into.add(key);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, into);
}

function entryKey(manifest: Manifest): string {
  const key = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'));
  if (!key) throw new Error('no index.html entry in the manifest');
  return key;
}

/** The files a first visit to a page downloads: the entry's graph plus the page's lazy chunks. */
export function pageDownload(webDir: string, manifest: Manifest, sources: readonly string[]): Download {
  const keys = new Set<string>();
  for (const key of [entryKey(manifest), ...sources]) closure(manifest, key, keys);
  const js = [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const css = [...new Set([...keys].flatMap((k) => manifest[k].css ?? []))];
  const read = (file: string) => readFileSync(join(webDir, file));
  const sum = (files: string[], size: (b: Buffer) => number) =>
    files.reduce((total, f) => total + size(read(f)), 0);
  const gzip = (b: Buffer) => gzipSync(b, { level: 9 }).length;
  const brotli = (b: Buffer) =>
    brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return {
    files: [...js, ...css].sort(),
    jsBytes: sum(js, (b) => b.length),
    jsGzipBytes: sum(js, gzip),
    jsBrotliBytes: sum(js, brotli),
    cssGzipBytes: sum(css, gzip),
  };
}

export function measureWebSize(webDir: string) {
  const manifest = readManifest(webDir);
  return {
    signIn: pageDownload(webDir, manifest, pageSources.signIn),
    shellHome: pageDownload(webDir, manifest, pageSources.shellHome),
  };
}
