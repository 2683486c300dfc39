/**
 * The content checks through the real command (`npm run check`), on fixtures: the good library in
 * test/fixtures/check/good/ passes; each case in test/fixtures/check/broken/<case>/, laid over a copy
 * of it, makes the command exit with 1 and print its own message: file:line:column, what was found,
 * what was expected. Lines and columns are looked up in the fixture text, not taken from the checks.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectRoot = join(import.meta.dirname, '../..');
const fixtures = join(projectRoot, 'test/fixtures/check');
const cases = readdirSync(join(fixtures, 'broken'));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the check command with `args`: through `npm run check`, as a contributor would, or (faster,
 * for the many broken cases) the npm script's own command line, without npm around it.
 */
function check(how: 'npm' | 'direct', ...args: string[]): Promise<Run> {
  const scripts = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [command, ...scriptArgs] = scripts['check']!.split(' ');
  const [file, argv] =
    how === 'npm'
      ? ['npm', ['run', '--silent', 'check', '--', '--no-cache', ...args]]
      : [join(projectRoot, 'node_modules/.bin', command!), [...scriptArgs, '--no-cache', ...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { cwd: projectRoot, env: { ...process.env, FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const roots = new Map<string, string>();
const runs = new Map<string, Run>();
let goodRun: Run;

/** A copy of the good library with one broken case laid over it. */
function caseRoot(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `check-${name}-`));
  cpSync(join(fixtures, 'good'), root, { recursive: true });
  cpSync(join(fixtures, 'broken', name), root, { recursive: true });
  return root;
}

beforeAll(async () => {
  for (const name of cases) roots.set(name, caseRoot(name));
  // Two at a time: the machines that run the tests have two cores.
  const queue = [...cases];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const root = roots.get(name)!;
      runs.set(name, await check('direct', '--root', root, '--dist', join(root, 'built')));
    }
  };
  const good = join(fixtures, 'good');
  [goodRun] = await Promise.all([check('npm', '--root', good, '--dist', join(good, 'built')), worker(), worker()]);
}, 300_000);

afterAll(() => {
  for (const root of roots.values()) rmSync(root, { recursive: true, force: true });
});

/** "file:line:column" of `needle` in a file of a case, `skip` characters into it. */
function at(name: string, file: string, needle: string, skip = 0): string {
  const text = readFileSync(join(roots.get(name)!, file), 'utf8');
  const found = text.indexOf(needle);
  if (found < 0) throw new Error(`"${needle}" is not in ${file}`);
  const before = text.slice(0, found + skip).split('\n');
  return `${file}:${before.length}:${before.at(-1)!.length + 1}`;
}

/** The message block (first line to the next blank line) that starts with `start`. */
function message(run: Run, start: string): string {
  const block = run.stdout.split('\n\n').find((b) => b.startsWith(start));
  if (!block) throw new Error(`No message starting with "${start}" in:\n${run.stdout}`);
  return block;
}

/** Asserts the case failed with a message at `where` saying `summary`, `found` and `expected`. */
function expectMessage(name: string, where: string, summary: string, found: string, expected: string): void {
  const run = runs.get(name)!;
  expect(run.code, run.stdout + run.stderr).toBe(1);
  const block = message(run, `${where}: ${summary}`);
  expect(block).toContain(`  Found:    ${found}`);
  expect(block).toContain(`  Expected: ${expected}`);
  expect(block).toMatch(/\n {2}Fix: {6}\S/);
}

describe('npm run check', () => {
  it('passes the good library, its built pages included', () => {
    expect(goodRun.code, goodRun.stdout + goodRun.stderr).toBe(0);
    expect(goodRun.stdout).toMatch(/✓ No errors in 11 content files and 4 built pages \(\d+\.\d s\)\./);
    expect(goodRun.stdout).not.toContain('Warnings');
  });

  it('has a broken case for every check family', () => {
    expect(cases.sort()).toEqual(
      [
        'built-site',
        'code-blocks',
        'content-is-data',
        'file-name',
        'headings',
        'images',
        'links',
        'mdx-syntax',
        'misplaced',
        'parity',
        'placeholders',
        'references',
        'schema',
        'terms',
        'yaml-syntax',
      ].sort(),
    );
  });

  it('explains schema errors with the build’s own wording', () => {
    const file = 'src/content/toolkits/en/mentor-toolkit.mdx';
    expectMessage(
      'schema',
      at('schema', file, 'boss'),
      'the field "audience" is not valid.',
      'the text "boss"',
      'one of: "teacher", "mentor", "learner"',
    );
    // An unknown field is reported at its value, like every other field.
    expect(message(runs.get('schema')!, at('schema', file, 'oder: 2', 6))).toContain('Rename "oder" to "order"');
  });

  it('points to the sign that breaks MDX and says how to write it', () => {
    const file = 'src/content/pages/en/syntax.mdx';
    const where = at('mdx-syntax', file, '=b for');
    expectMessage(
      'mdx-syntax',
      where,
      'the text cannot be read: it is not valid MDX.',
      'Unexpected character `=`',
      'a "<" only where a component',
    );
  });

  it('points to the opening quote of broken YAML', () => {
    const file = 'src/content/glossary/broken-yaml.yaml';
    expectMessage(
      'yaml-syntax',
      at('yaml-syntax', file, '"A definition'),
      'the data at the top of the file cannot be read (a YAML error).',
      'a text that starts with " here but has no closing "',
      'lines of the form `name: value`',
    );
  });

  it('reports files the site would ignore', () => {
    expectMessage(
      'misplaced',
      'src/content/modules/ee/alpha.mdx:1:1',
      'the folder "ee" is not a language of the site, so the site ignores this file.',
      'a file in src/content/modules/ee/',
      'one of the language folders: en, de, lt, lv, et',
    );
    expectMessage(
      'file-name',
      'src/content/pages/en/Contact Us.mdx:1:1',
      'the file name is not in the form the site uses for addresses and for matching translations.',
      '"Contact Us.mdx"',
      'lower case letters (a–z), digits and hyphens, e.g. "contact-us.mdx"',
    );
  });

  it('reports a reference to a module that does not exist, with the build’s wording', () => {
    const run = runs.get('references')!;
    expect(run.code).toBe(1);
    const file = 'src/content/modules/en/gamma.mdx';
    expect(run.stdout).toContain(
      `${at('references', file, 'alpah')}: "prerequisites.0" refers to the module "alpah", which does not exist. Expected the file name (without ".mdx") of a module in src/content/modules/en/: alpha, beta, gamma.`,
    );
  });

  it('reports links and anchors that lead nowhere', () => {
    const file = 'src/content/pages/en/links.mdx';
    expectMessage(
      'links',
      at('links', file, '[misspelt'),
      'the link "/en/modules/alpah/" leads to a page that does not exist.',
      '"/en/modules/alpah/"',
      'the address of a page of the site, e.g. /en/modules/alpha/',
    );
    expectMessage(
      'links',
      at('links', file, '[anchor'),
      'the link "#nowhere" points to a heading this page does not have.',
      '#nowhere',
      'the id of a heading on this page: #links-to-check',
    );
    expectMessage(
      'links',
      at('links', file, '[heading that'),
      'the link "/en/modules/beta/#no-such-heading" points to a heading that page does not have.',
      '#no-such-heading',
      'the id of a heading on /en/modules/beta/: #set-up-the-machine',
    );
    expectMessage(
      'links',
      at('links', file, '[relative link]'),
      'the link "beta.mdx" points to a content file, not to a page.',
      '"beta.mdx"',
      'the address of the page',
    );
    expect(message(runs.get('links')!, at('links', file, '[relative link]'))).toContain('Fix:      Write /en/modules/beta/.');
    // Relative addresses are read from the page's own address (/en/links/), as a browser does.
    expectMessage(
      'links',
      at('links', file, '[relative link to'),
      'the link "../modules/betta/" (read as /en/modules/betta/) leads to a page that does not exist.',
      '"/en/modules/betta/"',
      'the address of a page of the site, e.g. /en/modules/beta/',
    );
    expectMessage(
      'links',
      at('links', file, '[link without'),
      'the link "/modules/beta/" does not start with a language.',
      '"/modules/beta/"',
      'an address starting with the language',
    );
    expectMessage(
      'links',
      at('links', file, '[without the slash'),
      'the link "/en/modules/beta" lacks the "/" at the end.',
      '"/en/modules/beta"',
      '"/en/modules/beta/": page addresses end with "/"',
    );
    expectMessage(
      'links',
      at('links', file, '[worksheet]'),
      'the link "/downloads/worksheet.pdf" leads to a file that does not exist.',
      '"/downloads/worksheet.pdf", but there is no file public/downloads/worksheet.pdf',
      'the path of a file under public/',
    );
    // A link into another language is a warning: it may be meant.
    const warnings = runs.get('links')!.stdout.split('Warnings (')[1]!;
    expect(warnings).toContain(
      `${at('links', file, '[link to the German')}: the link "/de/modules/beta/" leads to the German page from a text in English.`,
    );
  });

  it('reports pictures that are missing, elsewhere or without alt text', () => {
    const file = 'src/content/pages/en/images.mdx';
    expectMessage(
      'images',
      at('images', file, '![]'),
      'the picture "/figures/alpha/diagram.svg" has no alt text.',
      '![](/figures/alpha/diagram.svg) with nothing',
      'a short description',
    );
    expectMessage(
      'images',
      at('images', file, '![A missing'),
      'the picture "/figures/alpha/missing.svg" cannot be shown.',
      '"/figures/alpha/missing.svg", but there is no file public/figures/alpha/missing.svg',
      'the path of a file that exists under public/',
    );
    expectMessage(
      'images',
      at('images', file, '<Figure src="/figures'),
      '<Figure src="/figures/alpha/diagram.svg"> has no alt text.',
      'no alt="…"',
      'alt="…" describing what the picture shows, at least 5 characters',
    );
    expectMessage(
      'images',
      at('images', file, '<Figure src="https'),
      '<Figure src="https://example.com/lathe.png"> cannot be shown.',
      'a picture on another site',
      'a picture stored in the library',
    );
  });

  it('reports glossary references that do not resolve, with a suggestion', () => {
    const file = 'src/content/pages/en/terms.mdx';
    expectMessage(
      'terms',
      at('terms', file, '<Term id="miling">'),
      '<Term id="miling"> refers to a term that is not in the glossary.',
      'id="miling"',
      'the name of a glossary file, e.g. "milling"',
    );
    expectMessage(
      'terms',
      at('terms', file, '<Term>'),
      '<Term> does not say which glossary term it means.',
      '<Term> without id="…"',
      '<Term id="…">',
    );
  });

  it('reports code blocks without a language and G-code without its control', () => {
    const file = 'src/content/pages/en/code.mdx';
    expectMessage(
      'code-blocks',
      at('code-blocks', file, '```'),
      'the code block starting with "G00 X0 Y0" does not name its language.',
      'a code block that opens with ``` alone',
      'the language right after the opening ```',
    );
    expectMessage(
      'code-blocks',
      at('code-blocks', file, '```gcode'),
      'the G-code listing starting with "G01 X10 F100" does not say which control it is written for.',
      '```gcode',
      '```gcode dialect="…"',
    );
  });

  it('reports headings that skip a level and a second level-1 heading', () => {
    const file = 'src/content/pages/en/headings.mdx';
    expectMessage(
      'headings',
      at('headings', file, '#### Guards'),
      'the heading "Guards" skips a level.',
      'a level-4 heading (####) after a level-2 heading (##)',
      'a level-3 heading (###) at most',
    );
    expectMessage(
      'headings',
      at('headings', file, '# A second'),
      'the heading "A second title" is a level-1 heading (#).',
      'a heading starting with a single "#"',
      'level 2 (##) or below',
    );
  });

  it('rejects program code in content: imports, exports, expressions, unknown components, event attributes', () => {
    const file = 'src/content/pages/en/code-in-content.mdx';
    const name = 'content-is-data';
    expectMessage(
      name,
      at(name, file, 'import'),
      'content files may not contain import or export statements.',
      `"import Show from '../Show.astro';"`,
      'text and components only',
    );
    expectMessage(
      name,
      at(name, file, 'export'),
      'content files may not contain import or export statements.',
      '"export const answer = 42;"',
      'text and components only',
    );
    expectMessage(
      name,
      at(name, file, '{answer}'),
      'content files may not contain JavaScript expressions in curly braces.',
      '"{answer}"',
      'plain text',
    );
    expectMessage(
      name,
      at(name, file, '<Slideshow'),
      '<Slideshow> is not a component or element content may use.',
      '<Slideshow>',
      'the components <Callout>, <Figure>, ',
    );
    expect(message(runs.get(name)!, at(name, file, '<callout'))).toContain(
      'Fix:      Write <Callout> (component names are case-sensitive).',
    );
    expectMessage(
      name,
      at(name, file, 'onToggle'),
      'the attribute onToggle of <details> would run code in the page or change how it is built.',
      'onToggle=…',
      'only attributes that describe content',
    );
    expectMessage(
      name,
      at(name, file, 'id={'),
      'the attribute id of <Term> is written as program code.',
      '"id={"milling"}"',
      'id="…" with plain text in double quotes',
    );
    // The Term check leaves an id written as code to this check: one message, not two.
    expect(runs.get(name)!.stdout).not.toContain('<Term> does not say which glossary term it means');
  });

  it('reports a translation whose numbers and ids differ from the English original', () => {
    const file = 'src/content/modules/lt/alpha.mdx';
    const english = 'src/content/modules/en/alpha.mdx';
    expectMessage(
      'parity',
      at('parity', file, 'ecvetPoints: 3', 13),
      'the ECVET points (ecvetPoints) differ from the English original.',
      '3',
      `2.5, as in ${english} (line 6)`,
    );
    expectMessage(
      'parity',
      at('parity', file, '- id: S2'),
      'the skills outcome ids (outcomes.skills) differ from the English original.',
      'S2',
      `S1, as in ${english} (line 16)`,
    );
    expectMessage(
      'parity',
      at('parity', file, '[K1]'),
      'criterion AC1 assesses other outcomes than in the English original.',
      'K1',
      `K1, S1, as in ${english} (line 24)`,
    );
  });

  it('warns about TODO placeholders without failing', () => {
    const run = runs.get('placeholders')!;
    expect(run.code, run.stdout).toBe(0);
    const file = 'src/content/toolkits/en/learner-toolkit.mdx';
    const block = message(run, `${at('placeholders', file, 'TODO')}: this file still has 2 places to fill in, marked TODO.`);
    expect(block).toContain('Found:    TODO on lines 3, 11');
    expect(run.stdout).toMatch(/✓ No errors in 12 content files and 4 built pages, 1 warning/);
  });

  it('reports links in the built pages that lead nowhere', () => {
    const file = 'built/en/broken/index.html';
    expectMessage(
      'built-site',
      at('built-site', file, '<a href="/en/modules/gamma/"'),
      'href="/en/modules/gamma/" leads to a file that does not exist in the built site.',
      '"/en/modules/gamma/"',
      'the address of a built page or file',
    );
    expectMessage(
      'built-site',
      at('built-site', file, '<a href="/en/modules/alpha/#'),
      'href="/en/modules/alpha/#no-such-anchor" points to an anchor that the page does not have.',
      '#no-such-anchor',
      'the id of an element on /en/modules/alpha/',
    );
    expectMessage(
      'built-site',
      at('built-site', file, '<img'),
      'src="/figures/alpha/missing.svg" leads to a file that does not exist in the built site.',
      '"/figures/alpha/missing.svg"',
      'the address of a built page or file',
    );
  });

  it('warns, without failing, about a translation whose English source changed after it was made', async () => {
    const root = mkdtempSync(join(tmpdir(), 'check-outdated-'));
    roots.set('outdated', root);
    cpSync(join(fixtures, 'good'), root, { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'T',
          GIT_AUTHOR_EMAIL: 't@example.org',
          GIT_COMMITTER_NAME: 'T',
          GIT_COMMITTER_EMAIL: 't@example.org',
          GIT_AUTHOR_DATE: '2026-05-01T10:00:00Z',
          GIT_COMMITTER_DATE: '2026-05-01T10:00:00Z',
        },
      }).trim();
    // The fixture's translation records a made-up revision; here it is compared with its own commit.
    const german = join(root, 'src/content/modules/de/alpha.mdx');
    writeFileSync(german, readFileSync(german, 'utf8').replace(/^sourceRevision: .*\n/m, ''));
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'library');
    const before = await check('direct', '--root', root, '--no-dist');
    expect(before.stdout + before.stderr).not.toContain('may be outdated');
    const english = join(root, 'src/content/modules/en/alpha.mdx');
    writeFileSync(english, `${readFileSync(english, 'utf8')}\nA new paragraph in English.\n`);
    git('commit', '-q', '-am', 'English change');
    const after = await check('direct', '--root', root, '--no-dist');
    expect(after.code).toBe(0);
    const out = after.stdout + after.stderr;
    expect(out).toContain(
      'src/content/modules/de/alpha.mdx:1:1: this translation may be outdated: its English source changed after the revision it was made from',
    );
    expect(out).toContain('src/content/modules/en/alpha.mdx changed in 1 commit since, most recently on 2026-05-01');
    expect(out).toContain(`set "sourceRevision: ${git('rev-parse', '--short=7', 'HEAD')}"`);
  });

  it('prints its usage for an unknown option and exits with 2', async () => {
    const run = await check('npm', '--rot', 'x');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--rot'");
    expect(run.stderr).toContain('Usage: npm run check');
  });
});
