/**
 * What a contributor sees when content is broken: a copy of the project with the small fixture
 * library (test/fixtures/site/) is built with one mistake at a time. The build must stop, and its
 * output must name the file, the line, the field, what was found and what was expected.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('a G-code program in a simulator that the simulator cannot run', () => {
    const dir = fixtureProject((content) => replaceIn(join(content, 'modules/en/beta.mdx'), 'Y20.\n', 'G03 Y20. I0. J9.5\n'));
    const { status, output } = astro(dir, 'build');
    expect(status).not.toBe(0);
    // The arc is line 5 of the listing, whose fence opens on line 33 of the file; its centre (20, 9.5) is
    // 9.5 mm from the start (20, 0) and 10.5 mm from the end (20, 20).
    expect(output).toContain('src/content/modules/en/beta.mdx:38:1: <GCodeSimulator> has a program the simulator cannot run:');
    expect(output).toContain(
      "src/content/modules/en/beta.mdx:38:1: the arc's end point is not on its circle: it is 9.500 mm from the centre at the start and 10.500 mm at the end (difference 1.000 mm, allowed 0.010 mm)",
    );
  });

  it('an unknown quiz', () => {
    const dir = fixtureProject((content) => replaceIn(join(content, 'modules/en/beta.mdx'), '<Quiz id="beta" />', '<Quiz id="betta" />'));
    const { status, output } = astro(dir, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/modules/en/beta.mdx:49:1: <Quiz id="betta"> refers to a quiz that does not exist.');
    expect(output).toContain('for example: beta');
  });

  it('a quiz whose translation changes a right answer, and a single-choice question with two right answers', () => {
    const translated = fixtureProject((content) => {
      mkdirSync(join(content, 'quizzes/de'), { recursive: true });
      const english = readFileSync(join(content, 'quizzes/en/beta.yaml'), 'utf8');
      writeFileSync(join(content, 'quizzes/de/beta.yaml'), english.replace('answer: 637', 'answer: 673'));
    });
    const first = astro(translated, 'build');
    expect(first.status).not.toBe(0);
    expect(first.output).toContain(
      'src/content/quizzes/de/beta.yaml:14:13: "questions.1.answer" question "speed" has answer 673, but in the English original (src/content/quizzes/en/beta.yaml) it is 637.',
    );
    rmSync(translated, { recursive: true, force: true });
    const twoRight = fixtureProject((content) =>
      replaceIn(join(content, 'quizzes/en/beta.yaml'), 'feedback: No. G04', 'correct: true\n        feedback: No. G04'),
    );
    const second = astro(twoRight, 'sync');
    expect(second.status).not.toBe(0);
    expect(second.output).toContain('src/content/quizzes/en/beta.yaml:6:7: the field "questions.0.options" is not valid.');
    expect(second.output).toContain(
      'Expected: exactly one option with "correct: true" (a single-choice question has one right answer; this one has 2)',
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
