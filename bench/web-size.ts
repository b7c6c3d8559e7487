// `node bench/web-size.ts [dist/web] [--check]`: the JavaScript a browser downloads for the sign-in page
// and for the signed-in home page (shell + home), from the built files (run `npm run build` first).
import { resolve } from 'node:path';
import { type Download, measureWebSize } from './lib/web-size.ts';

/** The targets (issue 7): kB of gzip. */
const targets = { signIn: 150, shellHome: 350 };

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const check = process.argv.includes('--check');
const webDir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist/web');
const sizes = measureWebSize(webDir);
const line = (label: string, d: Download, target: number) =>
  `${label.padEnd(16)} ${kB(d.jsGzipBytes).padStart(7)} kB gzip  (${kB(d.jsBrotliBytes)} kB brotli, ${kB(d.jsBytes)} kB raw, ${d.files.length} files; target ≤ ${target} kB gzip${d.jsGzipBytes > target * 1000 ? ' — OVER' : ''})`;
console.log(`JavaScript downloaded, from ${webDir}`);
console.log(line('sign-in page', sizes.signIn, targets.signIn));
console.log(line('shell + home', sizes.shellHome, targets.shellHome));
// `--check` (CI): a bundle over its budget fails the build, as a page that grew unnoticed would.
if (
  check &&
  (sizes.signIn.jsGzipBytes > targets.signIn * 1000 || sizes.shellHome.jsGzipBytes > targets.shellHome * 1000)
) {
  process.exitCode = 1;
}
