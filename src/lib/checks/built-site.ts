/**
 * The built site (dist/, after `npm run build`): every href and src that points into the site leads
 * to a file that exists, and every #anchor to an element with that id. This also covers what the
 * content check cannot see: links made by the layouts, the language switcher, canonical and
 * hreflang addresses, and links that break only once the site is served under a base path.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { finding, type Finding, type FindingText, type Place } from './report';

/** A built HTML page: the ids it has and the addresses it uses, with their positions. */
interface BuiltPage {
  ids: Set<string>;
  refs: { attribute: string; value: string; offset: number }[];
  html: string;
}

/** Script and style contents and comments: text in which tags are not tags. */
const notMarkup = /<!--[\s\S]*?-->|(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi;
/** A start tag with its attributes (quoted values may contain ">"). */
const startTag = /<[a-zA-Z][\w:-]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const entities: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** Decodes the character references of an attribute value. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * Reads a page's ids and addresses by scanning its start tags. The pages are the site's own,
 * generated HTML, so a scanner is enough, and it is ten times faster than building a DOM; script
 * and style contents and comments are blanked out first, so text inside them is not read as tags.
 */
export function readPage(html: string): BuiltPage {
  const ids = new Set<string>();
  const refs: BuiltPage['refs'] = [];
  // Blank out, keeping offsets, so that positions in messages stay right.
  const markup = html.replace(notMarkup, (whole, open: string | undefined, _name, close: string | undefined) =>
    open && close ? `${open}${' '.repeat(whole.length - open.length - close.length)}${close}` : ' '.repeat(whole.length),
  );
  for (const tag of markup.matchAll(startTag)) {
    for (const a of tag[1]!.matchAll(attributePattern)) {
      const name = a[1]!.toLowerCase();
      const raw = a[2] ?? a[3] ?? a[4];
      if (raw === undefined) continue;
      const value = decodeEntities(raw);
      if (name === 'id') ids.add(value);
      else if (name === 'href' || name === 'src') refs.push({ attribute: name, value, offset: tag.index });
      else if (name === 'srcset')
        for (const candidate of value.split(','))
          refs.push({ attribute: name, value: candidate.trim().split(/\s+/)[0]!, offset: tag.index });
    }
  }
  return { ids, refs, html };
}

/** 1-based line and column of an offset in a text. */
function placeAt(text: string, offset: number): Place {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Options for the built-site check. */
export interface BuiltSiteOptions {
  /** The built site's folder. */
  dist: string;
  /** The folder file names in messages are relative to (the project root). */
  root: string;
  /** The public address of the site, e.g. "https://4change-oer.github.io" (absolute links to it are checked too). */
  siteUrl: string;
  /** The path the site is served under: "/" or "/library/". */
  base: string;
}

/** Checks every internal link and anchor of the built pages. Returns the findings and how many pages were read. */
export function checkBuiltSite({ dist, root, siteUrl, base }: BuiltSiteOptions): { findings: Finding[]; pages: number } {
  const basePath = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const files = new Set(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => relative(dist, join(d.parentPath, d.name)).split('\\').join('/')),
  );
  const pages = new Map<string, BuiltPage>();
  for (const file of files) if (file.endsWith('.html')) pages.set(file, readPage(readFileSync(join(dist, file), 'utf8')));
  const origin = siteUrl.replace(/\/+$/, '');
  const codeFix =
    'If the link is in a content file, correct it there (the content check shows where); otherwise it comes from the site’s code (src/pages, src/layouts, src/components).';
  // A broken link in the header or footer is on every page: report each problem once, at its first
  // page, with the number of pages it is on.
  const problems = new Map<string, { file: string; place: Place; text: FindingText; pages: number }>();
  const report = (file: string, page: BuiltPage, offset: number, text: FindingText) => {
    const key = `${text.summary}\0${text.found}`;
    const known = problems.get(key);
    if (known) known.pages += 1;
    else problems.set(key, { file, place: placeAt(page.html, offset), text, pages: 1 });
  };

  /** The file in dist/ serving a path below the base, if any. */
  const served = (path: string): string | undefined => {
    if (path === '' || path.endsWith('/')) return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
    if (files.has(path)) return path;
    return files.has(`${path}/index.html`) ? `${path}/index.html` : undefined;
  };

  for (const [file, page] of pages) {
    const pagePath = `${basePath}${file.replace(/(^|\/)index\.html$/, '$1')}`;
    const shown = relative(root, join(dist, file)).split('\\').join('/');
    for (const ref of page.refs) {
      let value = ref.value;
      if (value.startsWith(`${origin}/`)) value = value.slice(origin.length);
      if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//') || value === '' || value === '#') continue;
      const url = new URL(value, `https://site.invalid${pagePath}`);
      const path = decodeURIComponent(url.pathname);
      if (!path.startsWith(basePath)) {
        report(shown, page, ref.offset, {
          summary: `${ref.attribute}="${ref.value}" points outside the site`,
          found: `an address outside ${basePath}`,
          expected: `an address under ${basePath}, where the site is served`,
          fix: `If every page has this problem, the site was built for another base path: build and check with the same SITE_BASE (now "${base}"). Otherwise: ${codeFix}`,
        });
        continue;
      }
      const target = served(path.slice(basePath.length));
      if (!target) {
        report(shown, page, ref.offset, {
          summary: `${ref.attribute}="${ref.value}" leads to a file that does not exist in the built site`,
          found: `"${path}"`,
          expected: 'the address of a built page or file',
          fix: codeFix,
        });
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      const targetPage = pages.get(target);
      if (hash && targetPage && !targetPage.ids.has(hash)) {
        report(shown, page, ref.offset, {
          summary: `${ref.attribute}="${ref.value}" points to an anchor that ${target === file ? 'this page' : 'the page'} does not have`,
          found: `#${hash}`,
          expected: `the id of an element on ${path}`,
          fix: codeFix,
        });
      }
    }
  }
  const findings = [...problems.values()].map(({ file, place, text, pages: count }) =>
    finding(file, place, count === 1 ? text : { ...text, summary: `${text.summary} (on ${count} pages; this is the first)` }),
  );
  return { findings, pages: pages.size };
}

/** True when `dist` holds a built site (a folder with an index.html). */
export function isBuilt(dist: string): boolean {
  try {
    return statSync(join(dist, 'index.html')).isFile();
  } catch {
    return false;
  }
}
