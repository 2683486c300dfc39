/**
 * The content checks against the real library and the site built from it: the library passes every
 * check (the built pages included), and the heading ids the link check computes from the MDX are the
 * ids Astro gave the headings of the built pages, in every language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/lib/checks/index';
import { headingIds } from '../../src/lib/checks/links';
import { ParseCache } from '../../src/lib/checks/parse-cache';
import { isDocument, parseFile, readContent } from '../../src/lib/checks/read-content';
import { dist, root } from './dist';

describe('the content checks on the real library', () => {
  it('find no errors, in the content or in the built pages', () => {
    // The parse cache is warm when `npm test` has just run `npm run check`; entries are keyed by the file's text.
    const result = runChecks({ root, projectRoot: root, dist, cache: true });
    expect(result.builtPages).toBeGreaterThan(100);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  });

  it('compute the heading ids the built pages have', () => {
    const documents = readContent(root, new ParseCache(root).wrap(parseFile)).files.filter(isDocument);
    let compared = 0;
    for (const d of documents) {
      const path = { modules: `modules/${d.slug}`, toolkits: `toolkits/${d.slug}`, pages: d.slug, programme: 'programme' }[d.collection];
      const page = parse(readFileSync(join(dist, d.lang, path, 'index.html'), 'utf8'));
      // The page's own headings (title, outcomes, criteria …) come first; the text's headings follow in
      // order. Headings that components draw (a quiz's title) are not in the text.
      const built = page
        .querySelectorAll('h2, h3, h4, h5, h6')
        .filter((h) => !h.closest('.quiz, .gsim'))
        .map((h) => h.getAttribute('id'));
      const computed = headingIds(d.tree!);
      const start = built.indexOf(computed[0]);
      expect(computed.length === 0 || start >= 0, `${d.file}: first heading #${computed[0]}`).toBe(true);
      expect(built.slice(start, start + computed.length), d.file).toEqual(computed);
      compared += computed.length;
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
