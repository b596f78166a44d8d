import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The API server runs on :3000 in development; the built app is served by it in production.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
