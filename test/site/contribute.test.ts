/**
 * The contributor pages over the built site, in every locale: the guide (/<lang>/contribute/) and the
 * translation status (/<lang>/contribute/translations/). Totals and states are checked against the
 * content folders and against git itself (`git rev-list`), not against the site's own code; edit,
 * translate and history links must point at files that exist (or, to start a translation, do not).
 * Also: every content page has an edit or translate link and, where git knows the file, its date.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { langs, locales } from '../../src/i18n/locales';
import { site } from '../../src/site.config';
import { builtPages, contentSlugs, page, resolves, root } from './dist';

const collections = ['programme', 'modules', 'toolkits', 'pages'] as const;
const targets = langs.filter((l) => l !== 'en');
const slugs = Object.fromEntries(collections.map((c) => [c, contentSlugs(c)]));
/** Every English item, counted from the folders. */
const items = collections.flatMap((collection) => slugs[collection]!['en']!.map((slug) => ({ collection, slug })));
const translated = (collection: string, slug: string, lang: string) => slugs[collection]![lang]!.includes(slug);

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const shallow = git('rev-parse', '--is-shallow-repository') === 'true';
/** Last commit of a file, or '' when git does not know it (not committed yet). */
const lastCommit = (file: string) => git('log', '-1', '--format=%H', '--', file);

/** Repository-relative path of an edit/new/commits link, checked to start with the repository URL. */
function repoPath(href: string, kind: 'edit' | 'new' | 'commits' | 'blob'): string {
  const prefix = `${site.repository}/${kind}/${site.branch}/`;
  expect(href.startsWith(prefix), href).toBe(true);
  return decodeURIComponent(href.slice(prefix.length));
}

describe.each(locales)('contributor pages in $code', ({ code: lang, tag, intl }) => {
  it('the guide exists with its own language, links to the full guide, the status page and the glossary', () => {
    const doc = page(`/${lang}/contribute/`);
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe(tag);
    expect(doc.querySelector('.fallback-notice'), 'the guide is written in every language').toBeNull();
    const source = readFileSync(join(root, `src/content/pages/${lang}/contribute.mdx`), 'utf8');
    expect(doc.querySelector('h1')!.text).toBe(parse(source.split('---\n')[1]!).title);
    const hrefs = doc.querySelectorAll('.prose a').map((a) => a.getAttribute('href')!);
    // Relative links resolve from the page's own address.
    for (const href of hrefs.filter((h) => !/^[a-z]+:/.test(h))) {
      const target = new URL(href, `http://x/${lang}/contribute/`).pathname;
      expect(resolves(target), `${href} → ${target}`).toBe(true);
    }
    expect(hrefs).toContain('translations/');
    expect(hrefs.map((h) => (h.startsWith(site.repository) ? h.slice(site.repository.length) : h))).toEqual(
      expect.arrayContaining(['/issues', '/issues/new/choose', `/blob/${site.branch}/CONTRIBUTING.md`]),
    );
    expect(existsSync(join(root, 'CONTRIBUTING.md'))).toBe(true);
  });

  it('the footer of every page and the about page link to the guide and the status page', () => {
    for (const path of builtPages().filter((p) => p.startsWith(`/${lang}/`)))
      expect(
        page(path)
          .querySelectorAll('.site-footer a')
          .map((a) => a.getAttribute('href')),
        path,
      ).toContain(`/${lang}/contribute/`);
    const about = page(`/${lang}/about/`)
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href'));
    expect(about).toContain(`/${lang}/contribute/translations/`);
    // At the end of the guide itself, no link to itself.
    expect(
      page(`/${lang}/contribute/`)
        .querySelectorAll('.page-meta a')
        .map((a) => a.getAttribute('href')),
    ).not.toContain(`/${lang}/contribute/`);
    expect(
      page(`/${lang}/about/`)
        .querySelectorAll('.page-meta a')
        .map((a) => a.getAttribute('href')),
    ).toContain(`/${lang}/contribute/`);
  });

  const status = () => page(`/${lang}/contribute/translations/`);

  it('the status page has the right language, an accessible table per part and a row per English item', () => {
    const doc = status();
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe(tag);
    const tables = doc.querySelectorAll('table');
    expect(tables.length).toBe(2);
    for (const table of tables) {
      expect(table.querySelector('caption')?.text.trim().length, 'caption').toBeGreaterThan(5);
      // Each table scrolls in its own keyboard-focusable, named box on narrow screens.
      const box = table.parentNode!;
      expect(box.classNames).toContain('table-scroll');
      expect(box.getAttribute('tabindex')).toBe('0');
      expect(box.getAttribute('aria-label')?.length).toBeGreaterThan(5);
      expect(table.querySelectorAll('thead th').every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    }
    const rows = doc.querySelectorAll('tr[data-item]');
    expect(rows.map((r) => r.getAttribute('data-item')).sort()).toEqual(items.map((i) => `${i.collection}/${i.slug}`).sort());
    for (const row of rows) expect(row.querySelector('th')!.getAttribute('scope')).toBe('row');
  });

  it('totals per locale match the content folders, with percentages formatted for the locale', () => {
    const percent = new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 0 });
    const rows = status().querySelectorAll('table.status-totals tbody tr');
    expect(rows.map((r) => r.querySelector('th')!.getAttribute('lang'))).toEqual(targets);
    for (const [i, target] of targets.entries()) {
      const missing = items.filter((it) => !translated(it.collection, it.slug, target)).length;
      const cell = (state: string) => rows[i]!.querySelector(`td[data-state="${state}"]`)?.text ?? '0';
      const count = (state: string) => Number.parseInt(cell(state), 10);
      expect(count('missing'), `${target} missing`).toBe(missing);
      expect(count('up-to-date') + count('outdated') + count('unknown'), `${target} translated`).toBe(items.length - missing);
      expect(cell('missing')).toContain(percent.format(missing / items.length));
    }
  });

  it('each cell says its state in words and agrees with the folders and with git', () => {
    const stateWords = new Map<string, string>();
    for (const cell of status().querySelectorAll('tr[data-item] td[data-state]')) {
      const [collection, slug] = cell.parentNode!.getAttribute('data-item')!.split('/') as [string, string];
      const target = cell.getAttribute('data-lang')!;
      const state = cell.getAttribute('data-state')!;
      const label = cell.querySelector('.tstate__label')!;
      // Shape and words, not colour alone: an icon and a text label.
      expect(label.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
      expect(label.text.trim().length).toBeGreaterThan(2);
      if (stateWords.has(state)) expect(label.text.trim()).toBe(stateWords.get(state));
      stateWords.set(state, label.text.trim());
      const english = `src/content/${collection}/en/${slug}.mdx`;
      const file = `src/content/${collection}/${target}/${slug}.mdx`;
      if (!translated(collection, slug, target)) {
        expect(state, file).toBe('missing');
        // The link starts the file in the right folder, with the English file name.
        const href = cell.querySelector('a[data-action="translate"]')!.getAttribute('href')!;
        expect(repoPath(href, 'new')).toBe(`src/content/${collection}/${target}?filename=${slug}.mdx`);
        continue;
      }
      expect(repoPath(cell.querySelector('a[data-action="edit"]')!.getAttribute('href')!, 'edit')).toBe(file);
      const recorded = (parse(readFileSync(join(root, file), 'utf8').split('---\n')[1]!) as { sourceRevision?: string }).sourceRevision;
      const basis = recorded ?? lastCommit(file);
      if (shallow || !basis) {
        expect(state, `${file}: git cannot tell`).toBe('unknown');
        continue;
      }
      // Git's own answer: commits that changed the English file and are not in the translation's history
      // (without a recorded revision, the history of every commit that changed the translation).
      const bases = recorded ? [basis] : git('log', '--full-history', '--format=%H', '--', file).split('\n').filter(Boolean);
      const after = git('rev-list', '--no-merges', '--full-history', 'HEAD', ...bases.map((b) => `^${b}`), '--', english);
      expect(state, file).toBe(after ? 'outdated' : 'up-to-date');
      if (state === 'outdated')
        expect(repoPath(cell.querySelector('a[data-action="changes"]')!.getAttribute('href')!, 'commits')).toBe(english);
    }
    expect(stateWords.size).toBeGreaterThanOrEqual(2);
  });

  it('shows a copyable command that starts a translation', () => {
    // The HTML parser keeps <pre> as raw text: strip the <code> tag and decode the entities.
    const command = status()
      .querySelector('pre.command')!
      .innerHTML.replace(/<[^>]+>/g, '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>');
    expect(command).toMatch(/^npm run new -- translation (\S+\/\S+|<collection>\/<slug>) (\S+)$/);
    const [, item, target] = /translation (\S+) (\S+)$/.exec(command)!;
    if (!item!.startsWith('<')) {
      const [collection, slug] = item!.split('/') as [string, string];
      expect(translated(collection, slug, 'en') && !translated(collection, slug, target!), command).toBe(true);
    }
  });
});

describe('edit links and dates on content pages', () => {
  const routes = [
    ...slugs['modules']!['en']!.map((slug) => ({ route: `modules/${slug}/`, collection: 'modules', slug })),
    ...slugs['toolkits']!['en']!.map((slug) => ({ route: `toolkits/${slug}/`, collection: 'toolkits', slug })),
    ...slugs['pages']!['en']!.map((slug) => ({ route: `${slug}/`, collection: 'pages', slug })),
    ...slugs['programme']!['en']!.map((slug) => ({ route: 'programme/', collection: 'programme', slug })),
  ];
  const dates = new Map<string, string>();
  const dateOf = (file: string) => {
    if (!dates.has(file)) dates.set(file, shallow ? '' : git('log', '-1', '--format=%cI', '--', file));
    return dates.get(file)!;
  };

  it.each(langs)('every content page in %s has an edit (or translate) link to its file and its last-updated date', (lang) => {
    const { intl } = locales.find((l) => l.code === lang)!;
    const format = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' });
    for (const { route, collection, slug } of routes) {
      const doc = page(`/${lang}/${route}`);
      const meta = doc.querySelector('footer.page-meta');
      expect(meta, route).not.toBeNull();
      const href = meta!.querySelector('.page-meta__edit')!.getAttribute('href')!;
      const isTranslated = translated(collection, slug, lang);
      const file = `src/content/${collection}/${isTranslated ? lang : 'en'}/${slug}.mdx`;
      if (isTranslated) expect(repoPath(href, 'edit')).toBe(file);
      else expect(repoPath(href, 'new')).toBe(`src/content/${collection}/${lang}?filename=${slug}.mdx`);
      expect(existsSync(join(root, file))).toBe(true);
      const date = dateOf(file);
      if (date) expect(meta!.text, `${lang}/${route}`).toContain(format.format(new Date(date)));
    }
  });

  it.each(langs)('every glossary entry in %s has an edit link to its own file', (lang) => {
    const entries = page(`/${lang}/glossary/`).querySelectorAll('.term-entry');
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      const file = repoPath(entry.querySelector('.term-entry__edit a')!.getAttribute('href')!, 'edit');
      expect(file).toBe(`src/content/glossary/${entry.id}.yaml`);
      expect(existsSync(join(root, file)), file).toBe(true);
    }
  });
});
