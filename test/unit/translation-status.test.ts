/**
 * Translation status against a real git repository made in the test: commits with fixed dates and
 * authors, a side branch merged late, translations with and without `sourceRevision`, a shallow
 * clone and a folder without git. The expected states are worked out by hand from the story below.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLang } from '../../src/i18n/locales';
import { lastUpdated, readGitHistory } from '../../src/lib/content/git-dates';
import {
  historyWarning,
  outdatedWarnings,
  translationStatus,
  type ContentFile,
  type TranslationReport,
} from '../../src/lib/content/translation-status';

const tmp = mkdtempSync(join(tmpdir(), 'translation-status-'));
const repo = join(tmp, 'repo');
// Keep the machine's git configuration (signing, hooks, identity) out of the test.
const gitEnv = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Maintainer',
  GIT_AUTHOR_EMAIL: 'm@example.org',
  GIT_COMMITTER_NAME: 'Maintainer',
  GIT_COMMITTER_EMAIL: 'm@example.org',
};

function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...gitEnv, ...env }, encoding: 'utf8' }).trim();
}

function mdx(title: string, sourceRevision?: string, body = 'Text.'): string {
  return `---\ntitle: ${title}\n${sourceRevision ? `sourceRevision: ${sourceRevision}\n` : ''}---\n\n${body}\n`;
}

/** Writes files and commits them as `author` on `date`; returns the commit hash. */
function commit(date: string, author: string, message: string, files: Record<string, string>, cwd = repo): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), text);
  }
  const who = { GIT_AUTHOR_NAME: author, GIT_COMMITTER_NAME: author };
  git(cwd, ['add', '-A']);
  git(cwd, ['commit', '-q', '-m', message], { ...who, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return git(cwd, ['rev-parse', 'HEAD']);
}

/** The content files of a checkout, read from disk with their frontmatter (as the library would). */
function contentFiles(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const collection of ['modules', 'pages']) {
    const base = join(root, 'src/content', collection);
    for (const lang of ['en', 'de', 'lt', 'lv', 'et']) {
      const dir = join(base, lang);
      if (!existsSync(dir) || !isLang(lang)) continue;
      for (const name of readdirSync(dir).sort()) {
        const file = `src/content/${collection}/${lang}/${name}`;
        const data = parse(readFileSync(join(root, file), 'utf8').split('---\n')[1]!) as { title: string; sourceRevision?: string };
        files.push({ collection, lang, slug: name.replace(/\.mdx$/, ''), file, title: data.title, sourceRevision: data.sourceRevision });
      }
    }
  }
  return files;
}

const stateOf = (report: TranslationReport, item: string, lang: string) =>
  report.items.find((i) => `${i.collection}/${i.slug}` === item)!.translations.find((t) => t.lang === lang)!;

let c: Record<'original' | 'translations' | 'fix' | 'turningChange' | 'latvian' | 'estonian', string>;

beforeAll(() => {
  mkdirSync(repo);
  git(repo, ['init', '-q', '-b', 'main']);
  const original = commit('2026-01-10T09:00:00Z', 'Ana', 'English originals', {
    'src/content/modules/en/turning.mdx': mdx('Turning'),
    'src/content/modules/en/milling.mdx': mdx('Milling'),
    'src/content/pages/en/about.mdx': mdx('About'),
  });
  const translations = commit('2026-02-01T09:00:00Z', 'Bernd', 'German and Lithuanian translations', {
    'src/content/modules/de/turning.mdx': mdx('Drehen', original),
    'src/content/modules/lt/turning.mdx': mdx('Tekinimas'), // no sourceRevision: its own commit counts
    'src/content/modules/de/milling.mdx': mdx('Fräsen', original.slice(0, 7)), // abbreviated hash
  });
  // A correction to the English milling text on a side branch, merged only at the end.
  git(repo, ['checkout', '-q', '-b', 'fix']);
  const fix = commit('2026-02-15T09:00:00Z', 'Ana', 'Fix the milling text', {
    'src/content/modules/en/milling.mdx': mdx('Milling', undefined, 'Corrected text.'),
  });
  git(repo, ['checkout', '-q', 'main']);
  const turningChange = commit('2026-03-05T09:00:00Z', 'Ana', 'Extend the turning text', {
    'src/content/modules/en/turning.mdx': mdx('Turning', undefined, 'Longer text.'),
  });
  const latvian = commit('2026-03-20T09:00:00Z', 'Līga', 'Latvian translations, German about page', {
    'src/content/modules/lv/turning.mdx': mdx('Virpošana', turningChange),
    'src/content/modules/lv/milling.mdx': mdx('Frēzēšana', turningChange), // made after the fix's date, but without the fix
    'src/content/pages/de/about.mdx': mdx('Über', turningChange),
  });
  const estonian = commit('2026-04-01T09:00:00Z', 'Kadri', 'Estonian translation', {
    'src/content/modules/et/turning.mdx': mdx('Treimine'),
  });
  const date = '2026-04-10T09:00:00Z';
  git(repo, ['merge', '-q', '--no-ff', '-m', 'Merge the milling fix', 'fix'], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  c = { original, translations, fix, turningChange, latvian, estonian };
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('translation status from a real git history', () => {
  it('marks translations up to date, outdated or missing, comparing commits rather than dates', () => {
    const report = translationStatus(contentFiles(repo), readGitHistory(repo));
    expect(report.problem).toBeUndefined();
    const table = report.items.map((i) => [`${i.collection}/${i.slug}`, ...i.translations.map((t) => `${t.lang}:${t.state}`)]);
    expect(table).toEqual([
      // The English turning text changed on 5 March: the German (from the original) and the Lithuanian
      // (committed on 1 February, no sourceRevision) are outdated; Latvian and Estonian came later.
      ['modules/milling', 'de:outdated', 'lt:missing', 'lv:outdated', 'et:missing'],
      ['modules/turning', 'de:outdated', 'lt:outdated', 'lv:up-to-date', 'et:up-to-date'],
      ['pages/about', 'de:up-to-date', 'lt:missing', 'lv:missing', 'et:missing'],
    ]);
  });

  it('lists the source changes after the basis, with their dates and authors', () => {
    const report = translationStatus(contentFiles(repo), readGitHistory(repo));
    const turning = report.items.find((i) => i.slug === 'turning')!;
    expect(turning.source.lastChange).toMatchObject({ hash: c.turningChange, author: 'Ana' });
    expect(turning.source.lastChange!.date.toISOString()).toBe('2026-03-05T09:00:00.000Z');
    const de = stateOf(report, 'modules/turning', 'de');
    expect(de.basis).toMatchObject({ revision: c.original, recorded: true });
    expect(de.sourceChanges.map((s) => s.hash)).toEqual([c.turningChange]);
    const lt = stateOf(report, 'modules/turning', 'lt');
    expect(lt.basis).toMatchObject({ revision: c.translations, recorded: false });
    // The fix is dated 15 February, before the Latvian translation (20 March), but was not in its history.
    const lv = stateOf(report, 'modules/milling', 'lv');
    expect(lv.sourceChanges.map((s) => [s.hash, s.author])).toEqual([[c.fix, 'Ana']]);
    // An abbreviated sourceRevision is found too.
    expect(stateOf(report, 'modules/milling', 'de').basis?.commit?.hash).toBe(c.original);
    // A missing translation names the file it would be.
    expect(stateOf(report, 'pages/about', 'lt').file).toBe('src/content/pages/lt/about.mdx');
  });

  it('counts an English change made in the same commit as the translation (on a branch merged later) as covered', () => {
    const side = join(tmp, 'side');
    mkdirSync(side);
    git(side, ['init', '-q', '-b', 'main']);
    commit(
      '2026-01-01T09:00:00Z',
      'Ana',
      'Originals',
      { 'src/content/modules/en/a.mdx': mdx('A'), 'src/content/modules/de/a.mdx': mdx('A de') },
      side,
    );
    git(side, ['checkout', '-q', '-b', 'both']);
    commit(
      '2026-01-05T09:00:00Z',
      'Ana',
      'Change English and German together',
      { 'src/content/modules/en/a.mdx': mdx('A', undefined, 'New.'), 'src/content/modules/de/a.mdx': mdx('A de', undefined, 'Neu.') },
      side,
    );
    git(side, ['checkout', '-q', 'main']);
    commit('2026-01-09T09:00:00Z', 'Bernd', 'German typo', { 'src/content/modules/de/a.mdx': mdx('A de', undefined, 'Text!') }, side);
    const date = '2026-01-10T09:00:00Z';
    git(side, ['merge', '-q', '--no-ff', '-X', 'theirs', '-m', 'Merge', 'both'], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    const report = translationStatus(contentFiles(side), readGitHistory(side));
    expect(report.items[0]!.translations.find((t) => t.lang === 'de')!.state).toBe('up-to-date');
    // An English change on its own, later, makes it outdated again.
    commit('2026-01-12T09:00:00Z', 'Ana', 'English only', { 'src/content/modules/en/a.mdx': mdx('A', undefined, 'Newer.') }, side);
    const later = translationStatus(contentFiles(side), readGitHistory(side));
    expect(later.items[0]!.translations.find((t) => t.lang === 'de')!.state).toBe('outdated');
  });

  it('counts every state per locale', () => {
    const report = translationStatus(contentFiles(repo), readGitHistory(repo));
    const totals = Object.fromEntries(report.totals.map(({ lang, ...counts }) => [lang, counts]));
    expect(totals).toEqual({
      de: { total: 3, 'up-to-date': 1, outdated: 2, missing: 0, unknown: 0 },
      lt: { total: 3, 'up-to-date': 0, outdated: 1, missing: 2, unknown: 0 },
      lv: { total: 3, 'up-to-date': 1, outdated: 1, missing: 1, unknown: 0 },
      et: { total: 3, 'up-to-date': 1, outdated: 0, missing: 2, unknown: 0 },
    });
  });

  it('prints one build warning per outdated translation, with the revision, the date and how to update', () => {
    const warnings = outdatedWarnings(translationStatus(contentFiles(repo), readGitHistory(repo)));
    expect(warnings).toHaveLength(4);
    const de = warnings.find((w) => w.startsWith('src/content/modules/de/turning.mdx:'))!;
    expect(de).toBe(
      `src/content/modules/de/turning.mdx: outdated translation. The English source src/content/modules/en/turning.mdx changed in 1 commit since revision ${c.original.slice(0, 7)}, ` +
        `most recently on 2026-03-05. To update: see the changes with "git diff ${c.original.slice(0, 7)} ${c.turningChange.slice(0, 7)} -- src/content/modules/en/turning.mdx", ` +
        `bring the translation in line, then set "sourceRevision: ${c.turningChange.slice(0, 7)}" in its frontmatter.`,
    );
    const lt = warnings.find((w) => w.startsWith('src/content/modules/lt/turning.mdx:'))!;
    expect(lt).toContain(`since revision ${c.translations.slice(0, 7)} (the translation’s last commit; it records no sourceRevision)`);
    for (const w of warnings) expect(w).not.toContain('\n');
  });

  it('says "unknown" for a translation not committed yet and for a revision that is not in the history', () => {
    const files = contentFiles(repo);
    files.push(
      { collection: 'pages', lang: 'lt', slug: 'about', file: 'src/content/pages/lt/about.mdx', title: 'Apie' },
      { collection: 'pages', lang: 'lv', slug: 'about', file: 'src/content/pages/lv/about.mdx', title: 'Par', sourceRevision: '0123456' },
    );
    const report = translationStatus(files, readGitHistory(repo));
    expect(stateOf(report, 'pages/about', 'lt')).toMatchObject({ state: 'unknown', reason: 'uncommitted' });
    expect(stateOf(report, 'pages/about', 'lv')).toMatchObject({
      state: 'unknown',
      reason: 'unknown-revision',
      basis: { revision: '0123456' },
    });
  });

  it('in a shallow clone, says "unknown" for every existing translation (never "up to date") and still finds missing ones', () => {
    const shallow = join(tmp, 'shallow');
    git(tmp, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    const history = readGitHistory(shallow);
    expect(history.problem).toBe('shallow');
    const report = translationStatus(contentFiles(shallow), history);
    expect(report.problem).toBe('shallow');
    const states = report.items.flatMap((i) => i.translations.map((t) => t.state));
    expect(new Set(states)).toEqual(new Set(['unknown', 'missing']));
    expect(report.totals.find((t) => t.lang === 'lt')).toMatchObject({ missing: 2, unknown: 1, 'up-to-date': 0, outdated: 0 });
    expect(historyWarning(report)).toContain('git fetch --unshallow');
    // The one commit of a depth-1 clone lists every file; it is not taken as their last change.
    expect(lastUpdated('src/content/modules/en/turning.mdx', history)).toBeUndefined();
  });

  it('without git, says "unknown" with the reason and does not throw', () => {
    const plain = join(tmp, 'plain');
    mkdirSync(join(plain, 'src/content/modules/en'), { recursive: true });
    writeFileSync(join(plain, 'src/content/modules/en/turning.mdx'), mdx('Turning'));
    mkdirSync(join(plain, 'src/content/modules/de'), { recursive: true });
    writeFileSync(join(plain, 'src/content/modules/de/turning.mdx'), mdx('Drehen'));
    const history = readGitHistory(plain);
    expect(history.problem).toBe('no-git');
    const report = translationStatus(contentFiles(plain), history);
    expect(report.items[0]!.translations.map((t) => t.state)).toEqual(['unknown', 'missing', 'missing', 'missing']);
    expect(historyWarning(report)).toContain('no git history');
    expect(outdatedWarnings(report)).toEqual([]);
  });

  it('reads the whole history with two git calls, however many files there are', () => {
    // A `git` on PATH that logs each call, then runs the real one.
    const bin = join(tmp, 'bin');
    const log = join(tmp, 'git-calls.log');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$1" >> '${log}'\nexec '${real}' "$@"\n`);
    chmodSync(join(bin, 'git'), 0o755);
    const path = process.env['PATH'];
    process.env['PATH'] = `${bin}:${path}`;
    try {
      const started = performance.now();
      translationStatus(contentFiles(repo), readGitHistory(repo));
      console.log(
        `Translation status of a ${contentFiles(repo).length}-file test repository: ${(performance.now() - started).toFixed(1)} ms`,
      );
    } finally {
      process.env['PATH'] = path;
    }
    // `-c core.quotepath=off` comes first, so each line is "-c"; count the lines.
    expect(readFileSync(log, 'utf8').trim().split('\n')).toHaveLength(2);
  });
});
