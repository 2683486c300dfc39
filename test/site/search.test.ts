/**
 * Search in a real browser over the built site: what is indexed per language, queries that must
 * return specific pages first (inflected Baltic forms and cross-language glossary terms), recall on
 * inflected forms, filters, keyboard-only use, axe with the dialog open, the shareable search page,
 * the no-JavaScript fallback, and the bytes a first search costs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { langs, type Lang } from '../../src/i18n/locales';
import { contentSlugs, dist, root, walk } from './dist';
import { useBrowser } from './browser';

const site = useBrowser();

/** Opens the search dialog with "/", types a query and returns the result links in order. */
async function searchInDialog(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('/');
  const input = page.locator('dialog[open] input[type="search"]');
  await input.waitFor();
  await input.fill(query);
  await settled(page);
  return optionTargets(page);
}

/** Waits until a search has finished: the status announces a count (or no results) and nothing is loading. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const status = document.querySelector('dialog .search__status, .search-page .search__status')?.textContent ?? '';
      return status !== '' && !status.endsWith('…');
    },
    null,
    { timeout: 15_000 },
  );
}

/** The pages the result options lead to, in order. */
function optionTargets(page: Page): Promise<string[]> {
  return page.locator('[role="option"]').evaluateAll((options) => options.map((o) => (o as HTMLElement).dataset['href']!));
}

const glossaryCount = readdirSync(join(root, 'src/content/glossary')).length;

describe('the index', () => {
  it('has one index per language holding exactly that language’s real content and every glossary term', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual([...langs].sort());
    const sizes: string[] = [];
    for (const lang of langs) {
      // Translated modules, toolkits and pages, plus the programme page: fallback pages are not indexed.
      const translated = ['modules', 'toolkits', 'pages'].reduce((n, c) => n + contentSlugs(c)[lang]!.length, 0) + 1;
      expect(entry.languages[lang]!.page_count, lang).toBe(translated + glossaryCount);
      const bytes = walk(join(dist, 'pagefind'))
        .filter((f) => new RegExp(`(^|/)(pagefind\\.)?${lang}_|wasm\\.${lang}\\.`).test(f))
        .reduce((sum, f) => sum + statSync(join(dist, 'pagefind', f)).size, 0);
      sizes.push(`${lang} ${Math.round(bytes / 1024)} KB`);
    }
    console.log(`Search index size per language: ${sizes.join(', ')}`);
  });
});

describe.each<[Lang, [string, string][]]>([
  [
    'en',
    [
      ['Fräsen', '/en/glossary/#milling'],
      ['CNC turning', '/en/modules/cnc-turning/'],
      ['tolerances', '/en/glossary/#tolerance'],
    ],
  ],
  [
    'de',
    [
      ['milling', '/de/glossary/#milling'],
      ['Arbeitssicherheit', '/de/modules/safety-at-machine-tools/'],
      ['Spannfutters', '/de/glossary/#chuck'],
    ],
  ],
  [
    'lt',
    [
      ['tekinimo', '/lt/glossary/#turning'],
      ['Lernvereinbarung', '/lt/glossary/#learning-agreement'],
      ['griebtuvo', '/lt/glossary/#chuck'],
    ],
  ],
  [
    'lv',
    [
      ['urbšanai', '/lv/glossary/#drilling'],
      ['Fräsen', '/lv/glossary/#milling'],
      ['patronā', '/lv/glossary/#chuck'],
    ],
  ],
  [
    'et',
    [
      ['mikromeetriga', '/et/glossary/#micrometer'],
      ['tekinimas', '/et/glossary/#turning'],
      ['tööpingi', '/et/glossary/#machine-tool'],
    ],
  ],
])('searching in %s', (lang, cases) => {
  it.each(cases)('"%s" finds %s first', async (query, expected) => {
    const page = await site.open(`/${lang}/`);
    const results = await searchInDialog(page, query);
    expect(results[0]).toBe(expected);
    await page.context().close();
  });
});

describe('recall on inflected forms', () => {
  // Inflected forms a reader types (cases the glossary's `also` lists, and others it does not).
  const sets: Record<string, [string, string][]> = {
    lt: [
      ['tekinimo', 'turning'],
      ['tekinimui', 'turning'],
      ['frezavimo', 'milling'],
      ['frezavimą', 'milling'],
      ['staklių', 'machine-tool'],
      ['pjovimo greičio', 'cutting-speed'],
      ['tolerancijų', 'tolerance'],
      ['griebtuvo', 'chuck'],
      ['mikrometru', 'micrometer'],
      ['gręžimo', 'drilling'],
      ['tekinimo staklėse', 'lathe'],
      ['įrankio dilimą', 'tool-wear'],
    ],
    lv: [
      ['virpošanas', 'turning'],
      ['virpošanai', 'turning'],
      ['frēzēšanas', 'milling'],
      ['darbgaldu', 'machine-tool'],
      ['griešanas ātruma', 'cutting-speed'],
      ['pielaižu', 'tolerance'],
      ['patronā', 'chuck'],
      ['mikrometru', 'micrometer'],
      ['urbšanai', 'drilling'],
      ['virpas', 'lathe'],
      ['nodilumu', 'tool-wear'],
      ['padeves', 'feed-rate'],
    ],
    et: [
      ['treimise', 'turning'],
      ['treimisel', 'turning'],
      ['freesimisega', 'milling'],
      ['tööpingi', 'machine-tool'],
      ['lõikekiiruse', 'cutting-speed'],
      ['tolerantsi', 'tolerance'],
      ['padrunis', 'chuck'],
      ['mikromeetriga', 'micrometer'],
      ['puurimisel', 'drilling'],
      ['treipingil', 'lathe'],
      ['tööriista kulumist', 'tool-wear'],
      ['ettenande', 'feed-rate'],
    ],
    de: [
      ['Drehmaschinen', 'lathe'],
      ['Schnittgeschwindigkeiten', 'cutting-speed'],
      ['Toleranzen', 'tolerance'],
      ['Spannfutters', 'chuck'],
      ['Fräsmaschinen', 'milling-machine'],
      ['Werkzeugverschleiß', 'tool-wear'],
    ],
    en: [
      ['lathes', 'lathe'],
      ['tolerances', 'tolerance'],
      ['chucks', 'chuck'],
      ['drilled', 'drilling'],
      ['cutting speeds', 'cutting-speed'],
    ],
  };

  it.each(Object.keys(sets))('finds the term among the first five results for inflected queries in %s', async (lang) => {
    const page = await site.open(`/${lang}/`);
    // A string, not a function: the test runner would rewrite a dynamic import() inside a function.
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ baseUrl: '/' });
      await pagefind.init();
      const hits = [];
      for (const [query, id] of ${JSON.stringify(sets[lang])}) {
        const search = await pagefind.search(query);
        const urls = await Promise.all(search.results.slice(0, 5).map(async (r) => (await r.data()).url));
        hits.push(urls.findIndex((u) => u.endsWith('/glossary/#' + id)));
      }
      return hits;
    })()`)) as number[];
    const top1 = found.filter((rank) => rank === 0).length;
    const top5 = found.filter((rank) => rank >= 0).length;
    console.log(`Inflected forms, ${lang}: term first ${top1}/${found.length}, among the first five ${top5}/${found.length}`);
    expect(top5 / found.length).toBeGreaterThanOrEqual(0.9);
    expect(top1 / found.length).toBeGreaterThanOrEqual(0.6);
    await page.context().close();
  });
});

describe('the search dialog', () => {
  it('is used with the keyboard alone: "/" opens it, arrows choose, Enter opens the result', async () => {
    const page = await site.open('/en/modules/cnc-turning/');
    const results = await searchInDialog(page, 'tolerance');
    expect(results.length).toBeGreaterThan(0);
    const input = page.locator('dialog input[type="search"]');
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(input.getAttribute('role')).resolves.toBe('combobox');
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    await expect(page.locator(`#${active}`).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator(`#${active}`).getAttribute('data-href')).resolves.toBe(results[1]);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname + url.hash === results[1]);
    await page.context().close();
  });

  it('closes with Escape and gives focus back to the search button', async () => {
    const page = await site.open('/de/');
    await page.locator('.search-button').focus();
    await page.keyboard.press('Enter');
    await page.locator('dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog').evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.classList.contains('search-button'))).resolves.toBe(true);
    await page.context().close();
  });

  it('narrows results with a filter', async () => {
    const page = await site.open('/en/');
    await searchInDialog(page, 'milling');
    const count = async () => Number((await page.locator('dialog .search__status').textContent())!.replace(/\D/g, ''));
    const before = await count();
    await page.locator('dialog select[name="type"]').selectOption('module');
    await settled(page);
    const modules = await optionTargets(page);
    expect(modules.length).toBeGreaterThan(0);
    expect(await count()).toBeLessThan(before);
    for (const path of modules) expect(path).toMatch(/^\/en\/modules\//);
    await page.context().close();
  });

  it('searches every language when asked, and marks results from other languages', async () => {
    const page = await site.open('/de/');
    await page.keyboard.press('/');
    await page.locator('dialog input[name="all"]').check();
    const results = await searchInDialog(page, 'virpošana');
    expect(results.some((r) => r.startsWith('/lv/'))).toBe(true);
    await expect(page.locator('dialog [role="option"][lang="lv"]').first().textContent()).resolves.toContain('Latviešu');
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations with the dialog open (%s)', async (colorScheme) => {
    const page = await site.open('/lt/modules/cnc-turning/', { colorScheme });
    await searchInDialog(page, 'tekinimas');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });

  it('reports the bytes a first query from a module page transfers (and guards against growth)', async () => {
    const page = await site.open('/en/modules/cnc-milling/');
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
    await searchInDialog(page, 'spindle speed');
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
    console.log(`First search from a module page transferred ${Math.round(bytes / 1024)} KB (${sizes.length} requests)`);
    // The target is 100 KB; Pagefind's runtime alone (wasm 59 KB, script 13 KB, one index chunk
    // of about 35 KB) is above it, so this guards the current figure instead (see docs/search.md).
    expect(bytes).toBeLessThan(200 * 1024);
    await page.context().close();
  });
});

describe('the search page', () => {
  it('takes the query from the URL, so a search can be shared, and comes back with the back button', async () => {
    const page = await site.open('/de/search/?q=Fr%C3%A4sen');
    await page.waitForFunction(() => document.querySelectorAll('[role="option"]').length > 0, null, { timeout: 15_000 });
    expect((await optionTargets(page))[0]).toBe('/de/glossary/#milling');
    await page.locator('[role="option"]').first().click();
    await page.waitForURL(`${site.base}/de/glossary/#milling`);
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('[role="option"]').length > 0, null, { timeout: 15_000 });
    await expect(page.locator('input[type="search"]').inputValue()).resolves.toBe('Fräsen');
    await page.context().close();
  });

  it('says without JavaScript that search needs it, and links the glossary and the module list', async () => {
    const page = await site.open('/lt/search/', { javaScriptEnabled: false });
    await expect(page.locator('.search__nojs').isVisible()).resolves.toBe(true);
    const links = await page.locator('.search__nojs a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/lt/glossary/', '/lt/programme/#module-map']);
    await page.context().close();
  });
});
