/**
 * Tests over the built site, for every locale: the pages exist; <html lang>, title, description,
 * canonical and hreflang are right; the fallback notice appears exactly where content is not
 * translated; and every internal link (language switcher included) resolves to a built file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { langs, locales } from '../../src/i18n/locales';
import { site } from '../../src/site.config';
import { builtPages, contentSlugs, dist, page, resolves } from './dist';

const collections = [
  { collection: 'modules', route: (slug: string) => `modules/${slug}/` },
  { collection: 'toolkits', route: (slug: string) => `toolkits/${slug}/` },
  { collection: 'pages', route: (slug: string) => `${slug}/` },
] as const;

/** Every content page the site must have, with the locales it is really translated into. */
const contentPages = collections.flatMap(({ collection, route }) => {
  const slugs = contentSlugs(collection);
  return slugs['en']!.map((slug) => ({
    collection,
    slug,
    route: route(slug),
    translatedIn: langs.filter((l) => slugs[l]!.includes(slug)),
  }));
});
const fixedRoutes = ['', 'programme/', 'toolkits/', 'glossary/'];
const absolute = (path: string) => new URL(path, `${site.url}/`).href;

describe('built site', () => {
  it('has content to test', () => {
    expect(contentPages.filter((p) => p.collection === 'modules').length).toBeGreaterThanOrEqual(2);
    expect(contentPages.filter((p) => p.collection === 'toolkits').length).toBeGreaterThanOrEqual(1);
    expect(contentPages.map((p) => p.slug)).toEqual(expect.arrayContaining(['about', 'licence']));
  });

  it.each(langs)('publishes every page under /%s/, translated or not', (lang) => {
    for (const route of [...fixedRoutes, ...contentPages.map((p) => p.route)]) {
      expect(resolves(`/${lang}/${route}`), `/${lang}/${route}`).toBe(true);
    }
  });

  it('has a language chooser at the root that works without JavaScript, and a 404 page', () => {
    const root = page('/');
    const links = root.querySelectorAll('.chooser__list a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(langs.map((l) => `/${l}/`));
    for (const l of locales) expect(root.querySelector(`.chooser__list li[lang="${l.tag}"]`) !== null, l.tag).toBe(true);
    expect(root.querySelectorAll('link[rel="alternate"]').map((a) => a.getAttribute('hreflang'))).toEqual([...langs, 'x-default']);
    const notFound = page('/404.html');
    expect(notFound.querySelectorAll('.not-found__lang').map((s) => s.getAttribute('lang'))).toEqual(locales.map((l) => l.tag));
  });

  describe.each(langs)('in %s', (lang) => {
    const tag = locales.find((l) => l.code === lang)!.tag;
    const pages = builtPages().filter((p) => p.startsWith(`/${lang}/`));

    it('every page has the right lang, a title, a description and OpenGraph tags', () => {
      for (const path of pages) {
        const doc = page(path);
        expect(doc.querySelector('html')?.getAttribute('lang'), path).toBe(tag);
        expect(doc.querySelector('title')?.text.trim().length, path).toBeGreaterThan(5);
        expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0, path).toBeGreaterThan(20);
        for (const p of ['og:title', 'og:description', 'og:url', 'og:locale'])
          expect(doc.querySelector(`meta[property="${p}"]`) !== null, `${path} ${p}`).toBe(true);
        expect(doc.querySelectorAll('h1').length, path).toBe(1);
      }
    });

    it('content pages have hreflang for each real translation plus x-default, and a canonical URL', () => {
      for (const p of contentPages) {
        const doc = page(`/${lang}/${p.route}`);
        const alternates = doc.querySelectorAll('link[rel="alternate"]').map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]);
        expect(alternates, p.route).toEqual([
          ...p.translatedIn.map((l) => [l, absolute(`/${l}/${p.route}`)]),
          ['x-default', absolute(`/en/${p.route}`)],
        ]);
        const translated = p.translatedIn.includes(lang);
        // A fallback shows the English text, so its canonical is the English page.
        expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), p.route).toBe(
          absolute(`/${translated ? lang : 'en'}/${p.route}`),
        );
      }
    });

    it('shows the fallback notice exactly where the content is not translated, marks that content English and keeps it out of search', () => {
      for (const p of contentPages) {
        const doc = page(`/${lang}/${p.route}`);
        const translated = p.translatedIn.includes(lang);
        const notice = doc.querySelector('.fallback-notice');
        const article = doc.querySelector('article.content-page')!;
        const body = doc.querySelector('.content-page__body')!;
        if (translated) {
          expect(notice === null, `${lang}/${p.route} is translated, so it has no fallback notice`).toBe(true);
          expect(body.getAttribute('lang')).toBe(tag);
          expect(article.hasAttribute('data-pagefind-body')).toBe(true);
        } else {
          expect(notice !== null, `${lang}/${p.route} is not translated, so it shows the fallback notice`).toBe(true);
          expect(body.getAttribute('lang')).toBe('en');
          expect(article.hasAttribute('data-pagefind-body')).toBe(false);
          expect(article.getAttribute('data-pagefind-ignore')).toBe('all');
          // The notice links to the English source file in the repository.
          const help = notice!.querySelector('a')!.getAttribute('href')!;
          expect(help).toBe(`${site.repository}/blob/${site.branch}/src/content/${p.collection}/en/${p.slug}.mdx`);
          // The notice is in the locale's language, not English.
          if (lang !== 'en') expect(notice!.text).not.toBe(page(`/en/${p.route}`).querySelector('.fallback-notice')?.text);
        }
      }
    });

    it('every language-switcher link and every internal link resolves to a built page', () => {
      for (const path of pages) {
        const doc = page(path);
        const switcher = doc.querySelectorAll('.lang-switcher a').map((a) => a.getAttribute('href')!);
        expect(switcher, path).toEqual(langs.map((l) => path.replace(`/${lang}/`, `/${l}/`)));
        for (const href of doc.querySelectorAll('a[href^="/"]').map((a) => a.getAttribute('href')!)) {
          expect(resolves(href), `${path} links to ${href}`).toBe(true);
        }
        // In-page anchors point at an element that exists.
        for (const href of doc.querySelectorAll('a[href^="#"]').map((a) => a.getAttribute('href')!)) {
          expect(doc.getElementById(decodeURIComponent(href.slice(1))) !== null, `${path} anchor ${href}`).toBe(true);
        }
      }
    });

    it('module pages show the meta strip, the three outcome categories, criteria, downloads and the edit link', () => {
      for (const p of contentPages.filter((c) => c.collection === 'modules')) {
        const doc = page(`/${lang}/${p.route}`);
        expect(doc.querySelectorAll('.meta-strip dt').length).toBe(4);
        expect(doc.querySelectorAll('table.outcomes thead th').length).toBe(3);
        for (const cell of doc.querySelectorAll('table.outcomes td')) expect(cell.querySelectorAll('li').length).toBeGreaterThan(0);
        expect(doc.querySelectorAll('ol.criteria li').length).toBeGreaterThan(0);
        expect(doc.querySelector('section.downloads') !== null).toBe(true);
        const edit = doc.querySelector('.page-meta__edit')!.getAttribute('href')!;
        expect(edit.startsWith(site.repository)).toBe(true);
        expect(doc.querySelector('a[rel="license"]')?.getAttribute('href')).toMatch(/^https:\/\/creativecommons\.org\/licenses\//);
      }
    });

    it('the glossary lists every term with an anchor and its label in all five languages', () => {
      const doc = page(`/${lang}/glossary/`);
      const entries = doc.querySelectorAll('.term-entry');
      expect(entries.length).toBeGreaterThanOrEqual(15);
      for (const entry of entries) {
        expect(entry.id).toMatch(/^[a-z0-9-]+$/);
        const others = entry.querySelectorAll('.term-entry__other span[lang]').map((s) => s.getAttribute('lang'));
        expect(others.sort()).toEqual(
          locales
            .filter((l) => l.code !== lang)
            .map((l) => l.tag)
            .sort(),
        );
      }
    });

    it('pages without interactive parts ship only the small search loader', () => {
      for (const route of ['', 'glossary/', 'toolkits/']) {
        const scripts = page(`/${lang}/${route}`).querySelectorAll('script');
        // The search link's loader; the search itself is fetched only when a reader opens it.
        const bytes = scripts.reduce((sum, s) => {
          const src = s.getAttribute('src');
          return sum + gzipSync(src ? readFileSync(join(dist, src)) : Buffer.from(s.text)).length;
        }, 0);
        expect(scripts.length, route).toBeLessThanOrEqual(1);
        expect(bytes, `${route}: ${bytes} bytes of compressed JavaScript`).toBeLessThan(2048);
      }
    });
  });
});
