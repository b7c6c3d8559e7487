// A Vite plugin: after the build, a brotli (.br) and a gzip (.gz) copy beside each text file
// (JS, CSS, HTML, SVG, JSON), at the highest levels since it happens once. The server sends
// them to browsers that accept them (src/server/platform/http/web-app.ts, @fastify/static's
// preCompressed) and compresses nothing of the web app per request.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const TEXT = /\.(?:js|mjs|css|html|svg|json|txt|xml|map)$/;

/** Both copies of one file; a copy that is not smaller than the file is not written. */
export async function precompressFile(file: string) {
  const content = await readFile(file);
  const copies = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all(
    (['.br', '.gz'] as const).map((ext, i) =>
      copies[i].length < content.length ? writeFile(file + ext, copies[i]) : undefined,
    ),
  );
}

export function precompress(): Plugin {
  return {
    name: 'eiso:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir;
      if (!dir) return;
      const files = Object.keys(bundle).filter((name) => TEXT.test(name) && !name.startsWith('.vite/'));
      await Promise.all(files.map((name) => precompressFile(join(dir, name))));
    },
  };
}
