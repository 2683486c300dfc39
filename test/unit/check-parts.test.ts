/**
 * Parts of the content checks that the fixture runs do not show on their own: the component list is
 * the registry's, the parse cache returns what parsing returns, heading ids, and MDX errors that carry
 * their position only in their text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentComponents } from '../../src/components/content/index';
import { registeredComponents } from '../../src/lib/checks/content-is-data';
import { headingIds } from '../../src/lib/checks/links';
import { ParseCache } from '../../src/lib/checks/parse-cache';
import { parseFile, parseMdx } from '../../src/lib/checks/read-content';

const projectRoot = join(import.meta.dirname, '../..');

describe('content checks, in parts', () => {
  it('know exactly the components the site registers for content', () => {
    expect(registeredComponents(projectRoot).sort()).toEqual(Object.keys(contentComponents).sort());
  });

  it('get the same result from the parse cache as from parsing, and parse again when the text changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-cache-'));
    try {
      const file = 'src/content/modules/en/alpha.mdx';
      const text = readFileSync(join(projectRoot, 'test/fixtures/check/good', file), 'utf8');
      const cache = new ParseCache(projectRoot, dir);
      const parse = cache.wrap(parseFile);
      const fresh = parseFile(file, text);
      expect(parse(file, text)).toEqual(JSON.parse(JSON.stringify(fresh)));
      expect(parse(file, text)).toEqual(JSON.parse(JSON.stringify(fresh)));
      expect([cache.hits, cache.misses]).toEqual([1, 1]);
      const changed = parse(file, text.replace('## Milling', '### Milling'));
      expect(cache.misses).toBe(2);
      expect(changed.tree).not.toEqual(fresh.tree);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('make heading ids the way the site does: lower case, hyphens, repeats numbered', () => {
    const tree = parseMdx(
      '## Tool nose radius\n\n## G71: stock removal\n\n### Example\n\n### Example\n\n## Drehzahl `n` und <Term id="x">Vorschub</Term>\n',
    );
    expect(headingIds(tree)).toEqual(['tool-nose-radius', 'g71-stock-removal', 'example', 'example-1', 'drehzahl-n-und-vorschub']);
  });

  it('place an unclosed component at its opening tag', () => {
    const { findings } = parseFile('src/content/pages/en/x.mdx', '---\ntitle: X\n---\n\n<Callout type="note">\n\nText.\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/^src\/content\/pages\/en\/x\.mdx:5:1: the text cannot be read: it is not valid MDX\./);
    expect(findings[0]!.message).toContain('Expected: a closing tag </Callout> for the tag <Callout> opened here');
  });
});
