// `npm start` on a fresh clone: build the web app once if it has not been built yet.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/web/index.html')) {
  console.log('Đang dựng giao diện web lần đầu / building the web app once…');
  execSync('npm run build', { stdio: 'inherit' });
}
