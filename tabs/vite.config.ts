import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

const tabsRoot = fileURLToPath(new URL('.', import.meta.url));

// Paths are resolved from this file so the build works from the repository root or from tabs/.
export default defineConfig(({ mode }) => ({
  root: tabsRoot,
  base: '/tabs/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    // `vite --config tabs/vite.config.ts` talks to the app server (npm start) for the API and dev sign-in.
    proxy: Object.fromEntries(
      ['/api', '/dev'].map((prefix) => [
        prefix,
        loadEnv(mode, tabsRoot, 'IPECN_').IPECN_API_URL ?? 'http://localhost:3978',
      ]),
    ),
  },
}));
