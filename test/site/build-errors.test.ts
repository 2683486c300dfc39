/**
 * What a contributor sees when content is broken: a copy of the project with the small fixture
 * library (test/fixtures/site/) is built with one mistake at a time. The build must stop, and its
 * output must name the file, the line, the field, what was found and what was expected.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astro, fixtureProject, removeFixtureProject, replaceIn } from './fixture-project';

afterEach(removeFixtureProject);

describe('broken content stops the build with a message a contributor can act on', () => {
  it('builds the fixture library when nothing is wrong', () => {
    const { status, output } = astro(
      fixtureProject(() => {}),
      'build',
    );
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  });

  it('a frontmatter value of the wrong type', () => {
    const dir = fixtureProject((content) => replaceIn(join(content, 'modules/en/alpha.mdx'), 'eqfLevel: 4', 'eqfLevel: four'));
    const { status, output } = astro(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/modules/en/alpha.mdx:5:11: the field "eqfLevel" is not valid.');
    expect(output).toContain('Found:    the text "four"');
    expect(output).toContain('Expected: a whole number');
  });

  it('a glossary term missing a language', () => {
    const dir = fixtureProject((content) => {
      const file = join(content, 'glossary/milling.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\net:\n[\s\S]*$/, '\n'));
    });
    const { status, output } = astro(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/glossary/milling.yaml');
    expect(output).toContain('the field "et" is not valid.');
    expect(output).toContain('Found:    nothing (the field is missing)');
  });

  it('a prerequisite that does not exist', () => {
    const dir = fixtureProject((content) =>
      replaceIn(join(content, 'modules/en/beta.mdx'), 'prerequisites: [alpha]', 'prerequisites: [alfa]'),
    );
    const { status, output } = astro(dir, 'build');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /src\/content\/modules\/en\/beta\.mdx:\d+:\d+: "prerequisites\.0" refers to the module "alfa", which does not exist\. Expected the file name \(without "\.mdx"\) of a module in src\/content\/modules\/en\/: alpha, beta\./,
    );
  });

  it('an unknown glossary term in the text', () => {
    const dir = fixtureProject((content) =>
      replaceIn(join(content, 'modules/en/alpha.mdx'), 'Body.', 'We use <Term id="miling">milling</Term> here.'),
    );
    const { status, output } = astro(dir, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/modules/en/alpha.mdx:28:8: <Term id="miling"> refers to a term that is not in the glossary.');
    expect(output).toContain('for example: milling');
  });
});
