import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { eisoRoot, nodeBin, root } from '../lib/eiso.ts';
import type { Row, Suite } from '../lib/suite.ts';

type Download = { jsGzipBytes: number; jsBrotliBytes: number; jsBytes: number; files: string[] };

/**
 * JavaScript gzip of the sign-in page and of shell + home, from the built web app
 * (`npm run build`), by bench/web-size.ts (and its bench/lib/web-size.ts) when present.
 */
export const webSuite: Suite = {
  name: 'web',
  title: 'Web: JavaScript a browser downloads (gzip)',
  async run({ log }) {
    const webDir = process.env.BENCH_WEB_DIR ?? join(eisoRoot, 'dist/web');
    const script = join(root, 'bench/web-size.ts');
    const library = join(root, 'bench/lib/web-size.ts');
    const skip = (note: string): { rows: Row[]; data: Record<string, unknown> } => {
      log(`skipped: ${note}`);
      return {
        rows: [{ measure: 'JS gzip, sign-in and shell + home', value: 'skipped', note }],
        data: { skipped: note },
      };
    };
    if (!existsSync(script)) return skip('bench/web-size.ts is absent (it comes with the web bundle work)');
    if (!existsSync(join(webDir, '.vite', 'manifest.json')))
      return skip(`no built web app with a manifest in ${webDir}: run \`npm run build\` first`);
    if (existsSync(library)) {
      const { measureWebSize } = (await import(library)) as {
        measureWebSize: (dir: string) => { signIn: Download; shellHome: Download };
      };
      const sizes = measureWebSize(webDir);
      const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
      const row = (label: string, d: Download, target: number): Row => ({
        measure: `${label}, JS gzip`,
        value: kB(d.jsGzipBytes),
        note: `${kB(d.jsBrotliBytes)} brotli, ${kB(d.jsBytes)} raw, ${d.files.length} files; target ≤ ${target} kB`,
      });
      return {
        rows: [row('sign-in page', sizes.signIn, 150), row('shell + home', sizes.shellHome, 350)],
        data: { webDir, ...sizes },
      };
    }
    // Only the script: its printed lines are the result.
    const run = spawnSync(nodeBin, [script, webDir], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`bench/web-size.ts failed:\n${run.stderr}${run.stdout}`);
    const lines = run.stdout.trim().split('\n');
    return { rows: lines.map((line) => ({ measure: line, value: '' })), data: { webDir, output: lines } };
  },
};
