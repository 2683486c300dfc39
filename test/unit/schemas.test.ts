/**
 * Schema tests on fixture files: good fixtures pass; each bad fixture gives a message that names the
 * file, line, field, what was found, what was expected and how to fix it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateEntry } from '../../src/lib/content/checked-loader';
import { ContentSchemaError, yamlSourceOf } from '../../src/lib/content/schema-errors';
import { glossarySchema } from '../../src/schemas/glossary';
import { moduleSchema } from '../../src/schemas/module';
import { partnerSchema } from '../../src/schemas/partner';

const root = join(import.meta.dirname, '../..');
const fixture = (name: string) => join(import.meta.dirname, '../fixtures/content', name);

/** Reads a fixture's frontmatter (or YAML) the way the content loader does. */
function dataOf(path: string): unknown {
  return parse(yamlSourceOf(readFileSync(path, 'utf8'), path).text);
}

function errorOf(schema: Parameters<typeof validateEntry>[0], name: string, index?: number): ContentSchemaError {
  const path = fixture(name);
  const raw = dataOf(path);
  const data = index === undefined ? raw : (raw as unknown[])[index];
  try {
    validateEntry(schema, data, path, root, index);
  } catch (error) {
    if (error instanceof ContentSchemaError) return error;
    throw error;
  }
  throw new Error(`${name} passed validation but should have failed`);
}

describe('module schema', () => {
  it('accepts a complete module', () => {
    const path = fixture('module-good.mdx');
    const data = validateEntry(moduleSchema, dataOf(path), path, root);
    expect(data.code).toBe('4C-99');
    expect(data.prerequisites).toEqual([]);
    expect(data.licence).toBe('CC-BY-SA-4.0');
  });

  it('explains a wrong type with file, line, found, expected and fix', () => {
    const error = errorOf(moduleSchema, 'module-bad-type.mdx');
    expect(error.file).toBe('test/fixtures/content/module-bad-type.mdx');
    expect(error.line).toBe(5);
    expect(error.message).toMatchInlineSnapshot(`
      "test/fixtures/content/module-bad-type.mdx has a problem in its data:

      test/fixtures/content/module-bad-type.mdx:5:11: the field "eqfLevel" is not valid.
        Found:    the text "four"
        Expected: a whole number
        Fix:      Change "eqfLevel" to a whole number.

      See CONTRIBUTING.md ("Fields of each kind of content") for every field and an example."
    `);
  });

  it('names a missing field and where to add it', () => {
    const error = errorOf(moduleSchema, 'module-missing-field.mdx');
    expect(error.message).toContain('the field "hours.workBased" is not valid.');
    expect(error.message).toContain('Found:    nothing (the field is missing)');
    expect(error.message).toContain('Fix:      Add "workBased" under "hours", with a whole number.');
  });

  it('suggests the right name for a misspelt field', () => {
    const error = errorOf(moduleSchema, 'module-typo.mdx');
    expect(error.message).toContain('Found:    a field named "ecvetpoints"');
    expect(error.message).toContain('Rename "ecvetpoints" to "ecvetPoints"');
    expect(error.line).toBe(6);
  });

  it('points into nested lists: an outcome id in the wrong category', () => {
    const error = errorOf(moduleSchema, 'module-bad-outcome-id.mdx');
    expect(error.message).toContain('the field "outcomes.skills.0.id" is not valid.');
    expect(error.message).toContain('Found:    the text "K7"');
    expect(error.message).toContain('Expected: an identifier made of "S" and a number, like "S1"');
    const line = readFileSync(fixture('module-bad-outcome-id.mdx'), 'utf8').split('\n')[error.line - 1];
    expect(line).toContain('K7');
  });

  it('reports every problem of a file, not only the first', () => {
    const error = errorOf(moduleSchema, 'module-many-problems.mdx');
    expect(error.message).toMatch(/has 3 problems in its data/);
    expect(error.message).toContain('Expected: a multiple of 0.5');
    expect(error.message).toContain('Expected: text of at least 20 characters');
    expect(error.message).toContain('Expected: a list with at least 1 item(s)');
  });
});

describe('glossary and partner schemas', () => {
  it('requires every language in a glossary entry', () => {
    const error = errorOf(glossarySchema, 'glossary-missing-language.yaml');
    expect(error.message).toContain('the field "lv" is not valid.');
    expect(error.message).toContain('Add "lv" to the frontmatter');
  });

  it('finds the line of an item inside a list file', () => {
    const error = errorOf(partnerSchema, 'partners-bad.yaml', 1);
    expect(error.message).toContain('the field "country" is not valid.');
    expect(error.message).toContain('Expected: one of: "LT", "DE", "LV", "EE"');
    expect(error.line).toBe(13);
  });

  it('accepts the real glossary entries', () => {
    const dir = join(root, 'src/content/glossary');
    const path = join(dir, 'milling.yaml');
    const data = validateEntry(glossarySchema, dataOf(path), path, root);
    expect(data.de.label).toBe('Fräsen');
  });
});
