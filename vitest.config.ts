/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can import astro:content and render components with the Container API.
// Two projects: fast unit tests, and tests over the built site (which build it first, once).
export default getViteConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          environment: 'node',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/site/build.setup.ts'],
          // Real-browser tests walk many pages; a busy 2-core machine needs more than the default.
          testTimeout: 120_000,
          // Browser tests share one Chromium and one preview server per file; keep files in sequence on 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
