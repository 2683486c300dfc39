/**
 * The scaffolder (`npm run new`) on a temporary copy of the real library (a git repository, so that
 * translations can record their source revision): the files it makes pass the content checks, with a
 * TODO warning each; it refuses to overwrite; it explains bad arguments.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextModuleCode, translationText } from '../../scripts/lib/scaffold';

const projectRoot = join(import.meta.dirname, '../..');
let library: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run new -- --root <library> <args>`. */
function scaffold(...args: string[]): Promise<Run> {
  return npmRun('new', '--root', library, ...args);
}

/** Runs `npm run <script> -- <args>` in the project. */
function npmRun(script: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { cwd: projectRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: library, encoding: 'utf8' }).trim();

beforeAll(() => {
  library = mkdtempSync(join(tmpdir(), 'scaffold-'));
  cpSync(join(projectRoot, 'src/content'), join(library, 'src/content'), { recursive: true });
  cpSync(join(projectRoot, 'public'), join(library, 'public'), { recursive: true });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-qm', 'The library');
});

afterAll(() => rmSync(library, { recursive: true, force: true }));

describe('npm run new', () => {
  const created: Record<string, Run> = {};

  beforeAll(async () => {
    created['module'] = await scaffold('module', 'hydraulics-basics');
    created['toolkit'] = await scaffold('toolkit', 'company-trainer-guide');
    created['translation'] = await scaffold('translation', 'modules/cad-cam', 'et');
  }, 120_000);

  it('makes a module with the next free unit code and every required field', () => {
    const run = created['module']!;
    expect(run.code, run.stderr).toBe(0);
    const file = 'src/content/modules/en/hydraulics-basics.mdx';
    expect(run.stdout).toMatch(new RegExp(`^Created ${file}\\n`));
    expect(run.stdout).toContain('Next steps:\n  1. ');
    expect(run.stdout).toContain('http://localhost:4321/en/modules/hydraulics-basics/');
    const codes = readdirSync(join(projectRoot, 'src/content/modules/en')).map(
      (f) => (parse(readFileSync(join(projectRoot, 'src/content/modules/en', f), 'utf8').split('---')[1]!) as { code: string }).code,
    );
    const highest = Math.max(...codes.map((c) => Number(c.replace('4C-', ''))));
    const data = parse(readFileSync(join(library, file), 'utf8').split('---')[1]!) as Record<string, unknown>;
    expect(data['code']).toBe(`4C-${String(highest + 1).padStart(2, '0')}`);
    expect(Object.keys(data).sort()).toEqual(
      [
        'assessmentCriteria',
        'authors',
        'code',
        'ecvetPoints',
        'eqfLevel',
        'hours',
        'outcomes',
        'prerequisites',
        'summary',
        'title',
        'topics',
      ].sort(),
    );
  });

  it('makes a toolkit placed last in the list', () => {
    const run = created['toolkit']!;
    expect(run.code, run.stderr).toBe(0);
    const data = parse(readFileSync(join(library, 'src/content/toolkits/en/company-trainer-guide.mdx'), 'utf8').split('---')[1]!) as {
      order: number;
    };
    const orders = readdirSync(join(projectRoot, 'src/content/toolkits/en')).map(
      (f) => (parse(readFileSync(join(projectRoot, 'src/content/toolkits/en', f), 'utf8').split('---')[1]!) as { order: number }).order,
    );
    expect(data.order).toBe(Math.max(...orders) + 1);
  });

  it('starts a translation as a marked copy that records the English revision', () => {
    const run = created['translation']!;
    expect(run.code, run.stderr).toBe(0);
    const english = readFileSync(join(library, 'src/content/modules/en/cad-cam.mdx'), 'utf8');
    const text = readFileSync(join(library, 'src/content/modules/et/cad-cam.mdx'), 'utf8');
    const revision = git('log', '-1', '--format=%H', '--', 'src/content/modules/en/cad-cam.mdx');
    expect(revision).toMatch(/^[0-9a-f]{40}$/);
    expect(text.startsWith('---\n# TODO: Translate this file into Estonian (Eesti, et).')).toBe(true);
    expect(text).toContain(`\nsourceRevision: '${revision}'\n`);
    expect(run.stdout).toContain(`sourceRevision ${revision.slice(0, 10)}`);
    // Apart from the note and the revision, it is the English file.
    expect(text.split('\n').filter((l) => !l.startsWith('# ') && !l.startsWith('sourceRevision:'))).toEqual(english.split('\n'));
  });

  it('makes files that pass the content checks (npm run check), with one TODO warning each', async () => {
    const run = await npmRun('check', '--root', library, '--no-dist', '--no-cache');
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).not.toContain('Errors (');
    const warnings = run.stdout
      .split('Warnings (')[1]!
      .split('\n\n')
      .filter((b) => /^src\/content\/\S+:\d+:\d+: /.test(b));
    expect(warnings.map((w) => w.split(':')[0]).sort()).toEqual(
      [
        'src/content/modules/en/hydraulics-basics.mdx',
        'src/content/modules/et/cad-cam.mdx',
        'src/content/toolkits/en/company-trainer-guide.mdx',
      ].sort(),
    );
    expect(warnings.find((w) => w.includes('/et/'))).toContain('this translation is marked as not finished');
    expect(warnings.find((w) => w.includes('hydraulics'))).toMatch(/this file still has \d+ places to fill in, marked TODO/);
    expect(run.stdout).toMatch(/✓ No errors in \d+ content files, 3 warnings/);
  }, 120_000);

  it('refuses to overwrite a file, and leaves it unchanged', async () => {
    const file = join(library, 'src/content/modules/en/hydraulics-basics.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nEdited by hand.\n`);
    const before = readFileSync(file, 'utf8');
    const run = await scaffold('module', 'hydraulics-basics');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('src/content/modules/en/hydraulics-basics.mdx already exists. Nothing was changed');
    expect(readFileSync(file, 'utf8')).toBe(before);
    const again = await scaffold('translation', 'modules/cnc-turning', 'de');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('src/content/modules/de/cnc-turning.mdx already exists: this page is translated already');
  });

  it('explains bad arguments with the usage', async () => {
    const cases: [string[], string][] = [
      [['modul', 'x'], '"modul" is not something npm run new can make.'],
      [['module'], 'Give the file name of the new module'],
      [['module', 'Hydraulics Basics'], 'e.g. "hydraulics-basics"'],
      [['translation', 'modules/cnc-turning', 'ee'], 'Say which language to translate into: one of de, lt, lv, et'],
      [['translation', 'cnc-turning', 'de'], 'Say what to translate as <collection>/<file name>'],
    ];
    for (const [args, text] of cases) {
      const run = await scaffold(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toContain(text);
      expect(run.stderr, args.join(' ')).toContain('Usage:\n  npm run new -- module <file-name>');
    }
    const missing = await scaffold('translation', 'src/content/modules/en/cnc-turnin.mdx', 'lv');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no English modules file named "cnc-turnin"');
  }, 60_000);
});

describe('npm run new outside a git clone', () => {
  it('starts a translation without sourceRevision and says why', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'scaffold-bare-'));
    cpSync(join(projectRoot, 'src/content/pages/en/about.mdx'), join(bare, 'src/content/pages/en/about.mdx'));
    const run = await new Promise<Run>((resolve, reject) => {
      const child = spawn('npm', ['run', '--silent', 'new', '--', '--root', bare, 'translation', 'pages/about', 'lt'], {
        cwd: projectRoot,
      });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr: '' }));
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Git has no history for the English file');
    expect(readFileSync(join(bare, 'src/content/pages/lt/about.mdx'), 'utf8')).not.toContain('sourceRevision');
    rmSync(bare, { recursive: true, force: true });
  });
});

describe('scaffolding helpers', () => {
  it('find the next unit code from the most used prefix, keeping its width', () => {
    expect(nextModuleCode(['4C-01', '4C-09', '4C-10', 'X-7'])).toBe('4C-11');
    expect(nextModuleCode(['M-1', 'M-2'])).toBe('M-3');
    expect(nextModuleCode([])).toBe('TODO-01');
  });

  it('point links to English pages at the same pages in the new language, and replace an old revision', () => {
    const english =
      "---\ntitle: A\nsourceRevision: 'abc1234'\n---\n\nSee [turning](/en/modules/cnc-turning/#threading) and [Wikipedia](https://en.wikipedia.org/).\n";
    const text = translationText(english, 'src/content/pages/en/a.mdx', 'lv', 'def5678');
    expect(text).toContain('[turning](/lv/modules/cnc-turning/#threading)');
    expect(text).toContain('(https://en.wikipedia.org/)');
    expect(text.match(/sourceRevision/g)).toHaveLength(1);
    expect(text).toContain("sourceRevision: 'def5678'");
    expect(translationText(english, 'src/content/pages/en/a.mdx', 'lv', undefined)).not.toContain('sourceRevision');
  });
});
