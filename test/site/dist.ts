/** Reading the built site in dist/ and the content folders, for the site tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { langs } from '../../src/i18n/locales';

export const root = join(import.meta.dirname, '../..');
export const dist = join(root, 'dist');

/** All files under a folder, as paths relative to it. */
export function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'));
}

/** URL paths of all built HTML pages ("/de/modules/x/" for dist/de/modules/x/index.html). */
export function builtPages(): string[] {
  return walk(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f}`.replace(/index\.html$/, ''));
}

const cache = new Map<string, HTMLElement>();
/** Parsed HTML of a built page by URL path. */
export function page(urlPath: string): HTMLElement {
  let doc = cache.get(urlPath);
  if (!doc) {
    const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
    doc = parse(readFileSync(join(dist, file), 'utf8'));
    cache.set(urlPath, doc);
  }
  return doc;
}

/** True when a URL path (without query or hash) is served by a file in dist/. */
export function resolves(urlPath: string): boolean {
  const clean = decodeURI(urlPath.split(/[?#]/)[0]!);
  if (clean.endsWith('/')) return existsSync(join(dist, clean, 'index.html'));
  return existsSync(join(dist, clean));
}

/** Slugs of a localized collection per locale, read straight from the content folders (independently of the site code). */
export function contentSlugs(collection: string): Record<string, string[]> {
  return Object.fromEntries(
    langs.map((lang) => {
      const dir = join(root, 'src/content', collection, lang);
      const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : [];
      return [lang, files.map((f) => f.replace(/\.mdx$/, ''))];
    }),
  );
}
