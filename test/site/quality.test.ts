/**
 * Quality of every page type in a real browser, in every locale: valid HTML, axe (WCAG 2.0–2.2 A/AA)
 * in light and dark, keyboard use (skip link, visible focus), reduced motion, 200 % text zoom, target
 * sizes, no horizontal scrolling from 320 to 1440 px (screenshots saved in test-results/), print, and
 * page-weight budgets.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { langs, type Lang } from '../../src/i18n/locales';
import { builtPages, contentSlugs, dist, page as parsed, root } from './dist';
import { useBrowser } from './browser';

const site = useBrowser();

const module = contentSlugs('modules')['en']![0]!;
const toolkit = contentSlugs('toolkits')['en']![0]!;
/** A module with the interactive components (a G-code simulator and a self-check quiz), checked like every page type. */
const interactive = contentSlugs('modules')['en']!.find((slug) =>
  ['<GCodeSimulator', '<Quiz '].every((tag) => readFileSync(join(root, 'src/content/modules/en', `${slug}.mdx`), 'utf8').includes(tag)),
);
/** A module that is not translated into the locale, if there is one (a fallback page). */
const fallbackIn = (lang: Lang) => contentSlugs('modules')['en']!.find((slug) => !contentSlugs('modules')[lang]!.includes(slug));

/** Every page type of a locale. */
function pageTypes(lang: Lang): [string, string][] {
  const fallback = fallbackIn(lang);
  return [
    ['home', `/${lang}/`],
    ['programme', `/${lang}/programme/`],
    ['module', `/${lang}/modules/${module}/`],
    ['toolkit index', `/${lang}/toolkits/`],
    ['toolkit', `/${lang}/toolkits/${toolkit}/`],
    ['glossary', `/${lang}/glossary/`],
    ['about', `/${lang}/about/`],
    ['downloads', `/${lang}/downloads/`],
    ['contribute', `/${lang}/contribute/`],
    ['translation status', `/${lang}/contribute/translations/`],
    ['search', `/${lang}/search/`],
    ['404', `/${lang}/no-such-page/`],
    ...(fallback ? [['fallback module', `/${lang}/modules/${fallback}/`] as [string, string]] : []),
    ...(interactive ? [['interactive module', `/${lang}/modules/${interactive}/`] as [string, string]] : []),
  ];
}

describe('valid HTML', () => {
  it('html-validate finds no errors in any built page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    const pages = builtPages();
    for (const path of pages) {
      const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
      const report = await validator.validateFile(file);
      for (const result of report.results)
        for (const m of result.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });
});

describe.each(langs)('accessibility in %s', (lang) => {
  it.each(pageTypes(lang))('%s has no axe violations in light and dark', async (_, path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await site.open(path, { colorScheme });
      // All WCAG A/AA rules in light; in dark only colours change, so only contrast is checked again.
      const axe = new AxeBuilder({ page });
      const { violations } = await (
        colorScheme === 'light'
          ? axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          : axe.withRules(['color-contrast', 'link-in-text-block'])
      ).analyze();
      expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.context().close();
    }
  });
});

describe('accessibility of the open search dialog', () => {
  it.each(langs)('has no axe violations with the dialog open and results shown, light and dark (%s)', async (lang) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await site.open(`/${lang}/modules/${module}/`, { colorScheme });
      await page.keyboard.press('/');
      await page.locator('dialog[open] input[type="search"]').fill('CNC');
      await page.waitForFunction(() => /\d/.test(document.querySelector('dialog .search__status')?.textContent ?? ''), null, {
        timeout: 15_000,
      });
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.context().close();
    }
  });
});

describe('keyboard', () => {
  it('tab order follows the reading order: no page sets a positive tabindex', () => {
    for (const path of builtPages()) {
      const positive = parsed(path)
        .querySelectorAll('[tabindex]')
        .filter((el) => Number(el.getAttribute('tabindex')) > 0);
      expect(positive.length, path).toBe(0);
    }
  });

  it.each(langs)('the skip link is the first stop, visible when focused, and moves focus to the main content (%s)', async (lang) => {
    const page = await site.open(`/${lang}/modules/${module}/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height >= 24).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.context().close();
  });

  it('every focusable element shows a visible focus indicator and is not hidden when focused', async () => {
    // Reduced motion makes the browser scroll to each focused element at once, so it can be measured.
    const page = await site.open(`/de/modules/${module}/`, { viewport: { width: 1024, height: 700 }, reducedMotion: 'reduce' });
    const problems: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const visible = box.bottom > 0 && box.top < innerHeight && box.width > 0;
        const indicated = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        return { name: `${el.tagName.toLowerCase()}.${el.className} ${el.textContent?.trim().slice(0, 30)}`, visible, indicated };
      });
      if (state && (!state.visible || !state.indicated))
        problems.push(`${state.name}: visible ${state.visible}, outline ${state.indicated}`);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('reduced motion, zoom and target size', () => {
  it('does not animate scrolling when the reader prefers reduced motion', async () => {
    const page = await site.open(`/en/modules/${module}/`, { reducedMotion: 'reduce' });
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).resolves.toBe('auto');
    await page.context().close();
  });

  it.each(langs)('keeps all content readable at double text size without horizontal scrolling (%s)', async (lang) => {
    for (const [, path] of pageTypes(lang)) {
      const page = await site.open(path, { viewport: { width: 640, height: 800 } });
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });

  it('links and buttons are at least 24 × 24 px or inline in text, on every page type', async () => {
    for (const [, path] of pageTypes('lt')) {
      const page = await site.open(path, { viewport: { width: 375, height: 800 } });
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a, button, summary, select, input')]
          .filter((el) => el.offsetParent !== null && !el.closest('p, li, td, th, dd, figcaption, .callout__body, .term'))
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(
            ({ el, box }) => `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
          ),
      );
      expect(small, path).toEqual([]);
      await page.context().close();
    }
  });
});

describe('responsive layout', () => {
  const shots = join(root, 'test-results/screenshots');
  mkdirSync(shots, { recursive: true });
  const widths = [320, 375, 768, 1024, 1440];
  it.each(widths.flatMap((width) => langs.map((lang) => [width, lang] as const)))(
    'nothing scrolls sideways at %i px in %s; wide tables scroll in their own box',
    async (width, lang) => {
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const [name, path] of pageTypes(lang)) {
        await page.goto(`${site.base}${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
        if (lang === 'lt') await page.screenshot({ path: join(shots, `${width}-${name.replace(/\W+/g, '-')}.png`) });
      }
      await context.close();
    },
  );
});

describe('print', () => {
  it('a printed module page has no navigation chrome, shows link targets and keeps blocks together', async () => {
    const page = await site.open(`/de/modules/${module}/`);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-header', '.site-footer', '.breadcrumbs', '.pager', '.toc', '.lang-switcher', '.search-button'].map((s) => {
        const el = document.querySelector(s);
        return el === null || getComputedStyle(el).display === 'none';
      }),
    );
    expect(hidden.every(Boolean)).toBe(true);
    const shown = await page.evaluate(() => {
      const link = document.querySelector('.prose a[href^="/"]:not(.term__link), .prose a[href^="http"]');
      return link ? getComputedStyle(link, '::after').content : 'no link';
    });
    expect(shown === 'no link' || shown.includes('(')).toBe(true);
    await expect(page.evaluate(() => getComputedStyle(document.querySelector('.callout, figure, table')!).breakInside)).resolves.toBe(
      'avoid',
    );
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.context().close();
  });
});

describe('budgets', () => {
  const gz = (file: string) => gzipSync(readFileSync(file)).length;

  it('a module page’s HTML, CSS and JS stay under 60 KB compressed, with under 10 KB of JS before search is opened', () => {
    const rows: string[] = [];
    for (const lang of langs) {
      for (const slug of contentSlugs('modules')['en']!) {
        const path = `/${lang}/modules/${slug}/`;
        const doc = parsed(path);
        const html = gz(join(dist, path, 'index.html'));
        const css = doc.querySelectorAll('link[rel="stylesheet"]').reduce((s, l) => s + gz(join(dist, l.getAttribute('href')!)), 0);
        const js = doc
          .querySelectorAll('script')
          .reduce((s, el) => s + (el.getAttribute('src') ? gz(join(dist, el.getAttribute('src')!)) : gzipSync(el.text).length), 0);
        expect(html + css + js, `${path}: ${html} + ${css} + ${js} bytes`).toBeLessThan(60 * 1024);
        expect(js, path).toBeLessThan(10 * 1024);
        if (lang === 'en') rows.push(`${slug} ${((html + css + js) / 1024).toFixed(1)} KB (JS ${(js / 1024).toFixed(1)} KB)`);
      }
    }
    console.log(`Module pages, compressed HTML + CSS + JS: ${rows.join('; ')}`);
  });

  it('images have width and height and use SVG (vector) or a modern raster format', () => {
    for (const path of builtPages()) {
      for (const img of parsed(path).querySelectorAll('img')) {
        expect(img.getAttribute('width') && img.getAttribute('height'), `${path} ${img.getAttribute('src')}`).toBeTruthy();
        expect(img.getAttribute('src'), path).toMatch(/\.(svg|webp|avif)$/);
        expect(statSync(join(dist, img.getAttribute('src')!)).size).toBeGreaterThan(0);
      }
    }
  });
});
