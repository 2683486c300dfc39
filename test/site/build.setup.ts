/**
 * Builds the site once before the site tests, so they always check what the current sources produce.
 * SKIP_BUILD=1 reuses an existing dist/ (for quick local iteration only; CI always builds).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export default function setup() {
  const root = join(import.meta.dirname, '../..');
  if (process.env['SKIP_BUILD'] === '1' && existsSync(join(root, 'dist/index.html'))) return;
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    // A production build, as `npm run build`: Vitest sets NODE_ENV=test, which would make Astro's
    // import.meta.env.DEV true and turn off the once-per-build caches.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`The site build failed, so the site tests cannot run:\n${output}`);
  }
}
