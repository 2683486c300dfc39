/**
 * Throw-away copies of the project whose content is the small fixture library (test/fixtures/site/),
 * for tests that build a site with one change at a time.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './dist';

const projects: string[] = [];

/** A copy of the project with the fixture library as its content, changed by `edit`. */
export function fixtureProject(edit: (contentDir: string) => void): string {
  const project = mkdtempSync(join(tmpdir(), '4change-fixture-'));
  projects.push(project);
  for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'public'])
    cpSync(join(root, item), join(project, item), { recursive: true });
  const content = join(root, 'src/content');
  cpSync(join(root, 'src'), join(project, 'src'), { recursive: true, filter: (src) => src !== content && !src.startsWith(`${content}/`) });
  cpSync(join(root, 'test/fixtures/site'), join(project, 'src/content'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  edit(join(project, 'src/content'));
  return project;
}

/** Deletes the projects made so far (call it in afterEach/afterAll). */
export function removeFixtureProject(): void {
  for (const project of projects.splice(0)) rmSync(project, { recursive: true, force: true });
}

/** Runs `astro build` or `astro sync` in a fixture project; `env` adds variables. */
export function astro(cwd: string, command: 'build' | 'sync', env: Record<string, string> = {}) {
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), [command], {
    cwd,
    encoding: 'utf8',
    // NODE_ENV: Vitest sets "test", which would make this a development-mode build (see build.setup.ts).
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      NODE_ENV: 'production',
      ASTRO_CACHE_DIR: join(cwd, '.cache'),
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Replaces text in a fixture file; fails loudly when the fixture no longer contains it. */
export function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture ${file} does not contain ${from}`);
  writeFileSync(file, text.replace(from, to));
}
