import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { nodeBin, root } from '../lib/eiso.ts';
import { fmt, type Row, type Suite } from '../lib/suite.ts';
import { type Download, measureWebSize } from '../lib/web-size.ts';

/** Issue 7's targets, kB of gzip. */
const targets = { signIn: 150, shellHome: 350 };

const row = (measure: string, d: Download, target: number): Row => ({
  measure,
  value: `${fmt.one(d.jsGzipBytes / 1000)} kB`,
  note: `gzip of JS (target ≤ ${target}); ${fmt.one(d.jsBrotliBytes / 1000)} kB brotli, ${fmt.one(d.jsBytes / 1000)} kB raw, ${d.files.length} files`,
});

/** The JavaScript a first visit downloads, from a fresh build of the web app into the scratch folder. */
export const webSuite: Suite = {
  name: 'web',
  title: 'Web app: JavaScript downloaded',
  async run({ tmp, log }) {
    const outDir = join(tmp, 'web');
    log('vite build');
    const build = spawnSync(
      nodeBin,
      [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    if (build.status !== 0) throw new Error(`vite build exited ${build.status}`);
    const sizes = measureWebSize(outDir);
    return {
      rows: [
        row('sign-in page', sizes.signIn, targets.signIn),
        row('shell + home', sizes.shellHome, targets.shellHome),
      ],
      data: {
        signIn: { ...sizes.signIn, target: targets.signIn * 1000 },
        shellHome: { ...sizes.shellHome, target: targets.shellHome * 1000 },
      },
    };
  },
};
