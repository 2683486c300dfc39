/**
 * Links between pages of the library, as written in MDX: [text](/de/modules/cnc-turning/#threading)
 * and [text](#threading). Every address must be a page of the site (the pages come from the route
 * files in src/pages/[lang]/ and the content), and every #anchor a heading of that page. Heading ids
 * are made the way the site makes them: Astro's Markdown processor (Sätteri) gives each heading the
 * github-slugger slug of its text, counting repeats per page ("example", "example-1").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { nodesOfType } from './nodes';
import { defaultLang, isLang, type Lang } from '../../i18n/locales';
import { site } from '../../site.config';
import { distance } from '../content/schema-errors';
import type { Document, LocalizedCollection } from './read-content';
import { finding, listOf, placeOf, type Finding } from './report';

const headingIdCache = new WeakMap<Root, string[]>();

/** Ids of the headings of a text, in order, as the site gives them. */
export function headingIds(tree: Root): string[] {
  let ids = headingIdCache.get(tree);
  if (!ids) {
    const slugger = new GithubSlugger();
    ids = nodesOfType(tree, 'heading').map((node) => slugger.slug(toString(node)));
    headingIdCache.set(tree, ids);
  }
  return ids;
}

/** A kind of page under /<lang>/, from a route file in src/pages/[lang]/. */
export interface Route {
  /** Path segments after /<lang>/, e.g. ["modules", "[slug]"]; [name] marks a part that varies. */
  segments: string[];
  /** The route file, relative to the project root. */
  file: string;
  /** An endpoint that serves a file (e.g. a download), addressed without a trailing slash. */
  endpoint: boolean;
}

/** Routes whose varying part is a content file name, and the collection it comes from. */
const collectionRoutes: Record<string, LocalizedCollection> = {
  'modules/[slug]': 'modules',
  'toolkits/[slug]': 'toolkits',
  '[page]': 'pages',
};
/** Routes that show the text of a content file whose name is not in the address. */
const contentOfRoute: Record<string, LocalizedCollection> = { programme: 'programme' };
/** The glossary page: each term is an anchor. */
const glossaryRoute = 'glossary';

/** The route files of the site under src/pages/[lang]/. */
export function readRoutes(projectRoot: string): Route[] {
  const dir = join(projectRoot, 'src/pages/[lang]');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(astro|md|mdx|ts|js)$/.test(d.name))
    .map((d) => {
      const path = relative(dir, join(d.parentPath, d.name)).split('\\').join('/');
      const endpoint = /\.(ts|js)$/.test(path);
      const segments = path.replace(/\.(astro|md|mdx|ts|js)$/, '').split('/');
      if (segments.at(-1) === 'index') segments.pop();
      return { segments, file: relative(projectRoot, join(d.parentPath, d.name)).split('\\').join('/'), endpoint };
    });
}

/** A route segment with varying parts as a regular expression: "[id].pdf" → /^([^/]+)\.pdf$/. */
function segmentPattern(segment: string): RegExp {
  const escaped = segment.replace(/[.*+?^$()|\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\[[^\]]+\]/g, '([^/]+)')}$`);
}

/** Static `id="…"` values in a file (layout headings such as "outcomes" or "criteria"). */
function staticIds(file: string): string[] {
  try {
    return [...readFileSync(file, 'utf8').matchAll(/\bid="([^"{}]+)"/g)].map((m) => m[1]!);
  } catch {
    return [];
  }
}

/** The ids of a page: all of them, and those of the headings of its text (to suggest in messages). */
export interface Anchors {
  all: Set<string>;
  headings: string[];
}

/** What the link check knows about the site: its routes, its content and the anchors of each page. */
export class SiteMap {
  readonly routes: Route[];
  private readonly layoutIds: string[];
  private readonly documents = new Map<string, Document>();
  private readonly anchorCache = new Map<string, Anchors>();
  private readonly glossaryIds: readonly string[];

  constructor(projectRoot: string, documents: readonly Document[], glossaryIds: readonly string[]) {
    this.glossaryIds = glossaryIds;
    this.routes = readRoutes(projectRoot);
    // Ids every page may have: those in the layouts and the page parts (headings of outcomes, criteria, downloads …).
    const parts = ['src/layouts', 'src/components'].flatMap((dir) =>
      readdirSync(join(projectRoot, dir))
        .filter((f) => f.endsWith('.astro'))
        .map((f) => join(projectRoot, dir, f)),
    );
    this.layoutIds = [...parts, ...this.routes.map((r) => join(projectRoot, r.file))].flatMap(staticIds);
    for (const d of documents) this.documents.set(`${d.collection}/${d.lang}/${d.slug}`, d);
  }

  /** English file names of a collection: the items that have a page in every language. */
  slugs(collection: LocalizedCollection): string[] {
    return [...this.documents.values()].filter((d) => d.collection === collection && d.lang === defaultLang).map((d) => d.slug);
  }

  /** The text a page shows in a language: the translation, or the English original. */
  private documentFor(collection: LocalizedCollection, lang: Lang, slug: string): Document | undefined {
    return this.documents.get(`${collection}/${lang}/${slug}`) ?? this.documents.get(`${collection}/${defaultLang}/${slug}`);
  }

  /**
   * The anchors (element ids) of a page: the headings of its text (listed in messages), and the ids
   * of outcomes, criteria, glossary terms and the layout's own headings.
   */
  anchors(lang: Lang, route: Route, values: string[]): Anchors {
    const key = `${lang}/${route.segments.join('/')}/${values.join('/')}`;
    const cached = this.anchorCache.get(key);
    if (cached) return cached;
    const routeKey = route.segments.join('/');
    const collection = collectionRoutes[routeKey];
    const shown = collection
      ? this.documentFor(collection, lang, values[0]!)
      : contentOfRoute[routeKey]
        ? [...this.documents.values()].find((d) => d.collection === contentOfRoute[routeKey] && d.lang === lang)
        : undefined;
    const headings = shown?.tree ? headingIds(shown.tree) : [];
    const all = new Set([...headings, ...this.layoutIds]);
    if (shown && collection === 'modules') {
      const data = shown.raw as { outcomes?: Record<string, { id?: unknown }[]>; assessmentCriteria?: { id?: unknown }[] } | undefined;
      for (const o of Object.values(data?.outcomes ?? {}).flat()) all.add(`outcome-${String(o?.id)}`);
      for (const c of data?.assessmentCriteria ?? []) all.add(`criterion-${String(c?.id)}`);
    }
    if (routeKey === glossaryRoute) for (const id of this.glossaryIds) all.add(id);
    const anchors = { all, headings: headings.length ? headings : routeKey === glossaryRoute ? [...this.glossaryIds] : [] };
    this.anchorCache.set(key, anchors);
    return anchors;
  }

  /** Finds the route serving `rest` (the path after /<lang>/, split), and the values of its varying parts. */
  match(rest: string[]): { route: Route; values: string[] } | undefined {
    for (const route of this.routes) {
      if (route.segments.length !== rest.length) continue;
      const values: string[] = [];
      const fits = route.segments.every((segment, i) => {
        if (!segment.includes('[')) return segment === rest[i];
        const m = segmentPattern(segment).exec(rest[i]!);
        if (m) values.push(...m.slice(1));
        return m !== null;
      });
      if (!fits) continue;
      const collection = collectionRoutes[route.segments.join('/')];
      if (collection && !this.slugs(collection).includes(values[0]!)) continue;
      return { route, values };
    }
    return undefined;
  }

  /** The addresses of all pages of a language (for "did you mean"). */
  pages(lang: Lang): string[] {
    return this.routes.flatMap((route) => {
      const collection = collectionRoutes[route.segments.join('/')];
      if (route.segments.some((s) => s.includes('['))) {
        if (!collection) return [];
        return this.slugs(collection).map((slug) => `/${lang}/${route.segments.map((s) => (s.includes('[') ? slug : s)).join('/')}/`);
      }
      return [`/${lang}/${route.segments.map((s) => `${s}/`).join('')}`];
    });
  }

  /** The page a content file is shown on (its route and the values in the address). */
  pageOf(d: Document): { route: Route; values: string[] } | undefined {
    const routeKey =
      Object.entries(collectionRoutes).find(([, c]) => c === d.collection)?.[0] ??
      Object.entries(contentOfRoute).find(([, c]) => c === d.collection)?.[0];
    const route = this.routes.find((r) => r.segments.join('/') === routeKey);
    return route ? { route, values: collectionRoutes[routeKey!] ? [d.slug] : [] } : undefined;
  }
}

/** Decodes %-escapes of an address, leaving it as it is when they are malformed. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Splits "/de/modules/x/#a" into the path and the anchor. */
function splitUrl(url: string): { path: string; hash: string } {
  const hashAt = url.indexOf('#');
  const withoutHash = hashAt < 0 ? url : url.slice(0, hashAt);
  return { path: withoutHash.split('?')[0]!, hash: hashAt < 0 ? '' : safeDecode(url.slice(hashAt + 1)) };
}

/** Some anchors of a page, for messages: its headings first. */
function someAnchors({ all, headings }: Anchors): string {
  return listOf(
    (headings.length ? headings : [...all]).map((id) => `#${id}`),
    8,
  );
}

/** Checks one link; returns what is wrong with it, or undefined. */
function linkProblem(
  url: string,
  doc: Document,
  siteMap: SiteMap,
  publicDir: string,
  ownHeadings: string[],
): { summary: string; found: string; expected: string; fix: string; warning?: boolean } | undefined {
  const siteUrl = `${siteAddress()}/`;
  if (url.startsWith(siteUrl)) url = `/${url.slice(siteUrl.length)}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined; // another site, e-mail …: not checked here
  const { path, hash } = splitUrl(url);
  if (path === '') {
    // An anchor on the same page.
    const own = siteMap.pageOf(doc);
    const anchors = own ? siteMap.anchors(doc.lang, own.route, own.values) : { all: new Set(ownHeadings), headings: ownHeadings };
    if (anchors.all.has(hash)) return undefined;
    return {
      summary: `the link "#${hash}" points to a heading this page does not have`,
      found: `#${hash}`,
      expected: `the id of a heading on this page: ${someAnchors(anchors)}`,
      fix: 'Use the id of the heading: its text in lower case, spaces replaced by hyphens, punctuation left out (e.g. "## Tool nose radius" → #tool-nose-radius).',
    };
  }
  if (/\.mdx?$/.test(path)) {
    // A link to the source file instead of the page.
    const name = path
      .split('/')
      .at(-1)!
      .replace(/\.mdx?$/, '');
    const guess = siteMap.pages(doc.lang).find((p) => p.endsWith(`/${name}/`));
    return {
      summary: `the link "${url}" points to a content file, not to a page`,
      found: `"${url}"`,
      expected: `the address of the page, like /${doc.lang}/modules/cnc-turning/`,
      fix: guess
        ? `Write ${guess}${hash ? `#${hash}` : ''}.`
        : `Write the address of the page as it appears in the browser, without the site name, e.g. /${doc.lang}/modules/cnc-turning/.`,
    };
  }
  if (!path.startsWith('/')) {
    // A relative address ("../cnc-milling/", "translations/") is read from the address of this page.
    const own = siteMap.pageOf(doc);
    if (!own) return undefined;
    const here = `/${doc.lang}/${own.route.segments.map((s) => (s.includes('[') ? own.values[0] : s)).join('/')}/`.replace('//', '/');
    const absolute = new URL(path, `https://site.invalid${here}`).pathname;
    const problem = linkProblem(`${absolute}${hash ? `#${hash}` : ''}`, doc, siteMap, publicDir, ownHeadings);
    return (
      problem && {
        ...problem,
        summary: problem.summary.replace(`"${absolute}${hash ? `#${hash}` : ''}"`, `"${url}" (read as ${absolute})`),
      }
    );
  }
  const decoded = safeDecode(path);
  if (existsSync(join(publicDir, decoded)) && !decoded.endsWith('/')) return undefined; // a file in public/
  const [lang, ...rest] = decoded.split('/').filter(Boolean);
  if (!isLang(lang) && /\.[a-z0-9]+$/i.test(decoded)) {
    return {
      summary: `the link "${url}" leads to a file that does not exist`,
      found: `"${url}", but there is no file public${decoded}`,
      expected: 'the path of a file under public/ (names are case-sensitive), or the address of a page',
      fix: `Add the file as public${decoded}, or correct the path.`,
    };
  }
  if (!isLang(lang)) {
    return {
      summary: `the link "${url}" does not start with a language`,
      found: `"${url}"`,
      expected: `an address starting with the language (/en/, /de/, /lt/, /lv/ or /et/), e.g. /${doc.lang}${decoded}`,
      fix: `Start the address with the language of the page you link to, e.g. /${doc.lang}/…`,
    };
  }
  const match = siteMap.match(rest);
  if (match && !path.endsWith('/') && !match.route.endpoint) {
    return {
      summary: `the link "${url}" lacks the "/" at the end`,
      found: `"${url}"`,
      expected: `"${path}/${hash ? `#${hash}` : ''}": page addresses end with "/"`,
      fix: `Add "/" at the end of the address (before any #).`,
    };
  }
  if (!match) {
    const wanted = `/${lang}/${rest.join('/')}/`;
    const closest = [...siteMap.pages(lang)].sort((a, b) => distance(wanted, a) - distance(wanted, b))[0];
    return {
      summary: `the link "${url}" leads to a page that does not exist`,
      found: `"${path}"`,
      expected: `the address of a page of the site${closest ? `, e.g. ${closest}` : ''}`,
      fix:
        closest && distance(wanted, closest) <= 4
          ? `Did you mean ${closest}? Correct the address.`
          : 'Open the page you mean in the browser and copy its address (the part from /<language>/ on).',
    };
  }
  if (hash) {
    const anchors = siteMap.anchors(lang, match.route, match.values);
    if (!anchors.all.has(hash)) {
      return {
        summary: `the link "${url}" points to a heading that page does not have`,
        found: `#${hash}`,
        expected: `the id of a heading on ${path}: ${someAnchors(anchors)}`,
        fix: 'Open the page, find the heading and use its id (the heading text in lower case, spaces replaced by hyphens), or remove the "#…" part.',
      };
    }
  }
  if (lang !== doc.lang) {
    return {
      warning: true,
      summary: `the link "${url}" leads to the ${languageName(lang)} page from a text in ${languageName(doc.lang)}`,
      found: `/${lang}/…`,
      expected: `/${doc.lang}/… so that readers stay in their language (untranslated pages show the English text there)`,
      fix: `Change the start of the address to /${doc.lang}/, unless the link is meant to go to the ${languageName(lang)} page.`,
    };
  }
  return undefined;
}

/** The English name of a language, for messages ("de" → "German"). */
function languageName(lang: Lang): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
}

/** The site's address without a trailing slash, including the base path. */
function siteAddress(): string {
  return `${site.url}${site.base}`.replace(/\/+$/, '');
}

/** Links and anchors of one text that lead nowhere. */
export function linkFindings(doc: Document, siteMap: SiteMap, publicDir: string): Finding[] {
  if (!doc.tree) return [];
  const findings: Finding[] = [];
  const own = headingIds(doc.tree);
  for (const node of nodesOfType(doc.tree, 'link', 'definition')) {
    const url = node.url;
    const problem = linkProblem(url, doc, siteMap, publicDir, own);
    if (problem) {
      const { warning, ...text } = problem;
      findings.push(finding(doc.file, placeOf(node), text, warning ? 'warning' : 'error'));
    }
  }
  return findings;
}
