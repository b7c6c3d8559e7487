import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/vite-precompress.ts';

// The web app (src/web) is served by the eiso server from dist/web; in development
// `npx vite` serves it and forwards /api to a server started with `npm run dev`.
export default defineConfig({
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist/web',
    // bench/web-size.ts follows the module graph from here.
    manifest: true,
    emptyOutDir: true,
    // The shell's chunk (antd's core, loaded after sign-in) is big by nature: pages are split off.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        // Rolldown names a shared chunk after one of its modules; call antd's core chunk "shell".
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/antd/es/config-provider/index.js'))
            ? 'assets/shell-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
