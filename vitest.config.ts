import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: {
      '@': import.meta.dirname,
      'contentlayer/generated': path.resolve(import.meta.dirname, '.contentlayer/generated'),
      // `import 'server-only'` marks modules that must never reach a browser bundle; Next resolves it
      // per layer. Tests run those modules in Node, so they get the package's no-op (its react-server
      // export), as Next's server layer does. Scripts run with tsx import no marked module: the marker
      // sits only on modules the app alone loads (README, "Project layout").
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Integration tests share real files and ports; keep them deterministic on 2 cores.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
