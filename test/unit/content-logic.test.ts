/** Cross-reference checks, the programme's module sequence, glossary A–Z grouping and git dates. */
import { describe, expect, it } from 'vitest';
import { groupByInitial } from '../../src/lib/content/alphabet';
import { lastUpdated, parseGitLog } from '../../src/lib/content/git-dates';
import { findCrossReferenceProblems, formatProblems, type LibraryRefs } from '../../src/lib/content/integrity';
import { stagesOf } from '../../src/lib/content/sequence';

function moduleRef(lang: string, slug: string, prerequisites: string[] = [], criterionOutcomes: string[] = ['K1']) {
  return {
    collection: 'modules',
    lang,
    slug,
    file: `src/content/modules/${lang}/${slug}.mdx`,
    data: {
      ecvetPoints: 2,
      hours: { theory: 10, practice: 30, workBased: 10 },
      prerequisites,
      outcomes: { knowledge: [{ id: 'K1' }], skills: [{ id: 'S1' }], responsibility: [{ id: 'R1' }] },
      assessmentCriteria: [{ id: 'AC1', outcomes: criterionOutcomes }],
    },
  };
}

function library(overrides: Partial<LibraryRefs> = {}): LibraryRefs {
  return {
    programmes: [
      {
        collection: 'programme',
        lang: 'en',
        slug: 'p',
        file: 'src/content/programme/en/p.mdx',
        data: { modules: ['a', 'b'], ecvetPoints: 4, hours: 100 },
      },
    ],
    modules: [moduleRef('en', 'a'), moduleRef('en', 'b', ['a']), moduleRef('de', 'b', ['a'])],
    toolkits: [],
    pages: [],
    glossary: [{ id: 'milling', file: 'src/content/glossary/milling.yaml', related: [] }],
    ...overrides,
  };
}

describe('cross-reference checks', () => {
  it('finds nothing wrong in a consistent library', () => {
    expect(findCrossReferenceProblems(library())).toEqual([]);
  });

  it('reports a programme module and a prerequisite that do not exist', () => {
    const problems = findCrossReferenceProblems(
      library({
        programmes: [
          {
            collection: 'programme',
            lang: 'en',
            slug: 'p',
            file: 'p.mdx',
            data: { modules: ['a', 'cnc-turnig'], ecvetPoints: 4, hours: 100 },
          },
        ],
        modules: [moduleRef('en', 'a', ['safety'])],
      }),
    );
    expect(problems.map((p) => [p.file, p.path.join('.')])).toEqual([
      ['p.mdx', 'modules.1'],
      ['src/content/modules/en/a.mdx', 'prerequisites.0'],
    ]);
    expect(problems[0]!.message).toBe(
      'refers to the module "cnc-turnig", which does not exist. Expected the file name (without ".mdx") of a module in src/content/modules/en/: a.',
    );
  });

  it('reports a translation without an English original, a self-prerequisite, a wrong outcome id and a missing related term', () => {
    const problems = findCrossReferenceProblems(
      library({
        modules: [moduleRef('en', 'a', ['a']), moduleRef('en', 'b', [], ['S9']), moduleRef('lt', 'c')],
        glossary: [{ id: 'milling', file: 'g.yaml', related: ['turning'] }],
      }),
    );
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).toContain('lists the module itself as its own prerequisite');
    expect(messages).toContain('criterion AC1 refers to the outcome "S9", which this module does not have. Expected one of: K1, S1, R1.');
    expect(messages).toContain('is a translation without an English original: src/content/modules/en/c.mdx does not exist');
    expect(messages).toContain('lists the related term "turning", which is not in the glossary');
  });

  it('checks that the programme totals equal the sum of its modules', () => {
    const problems = findCrossReferenceProblems(
      library({
        programmes: [
          { collection: 'programme', lang: 'en', slug: 'p', file: 'p.mdx', data: { modules: ['a', 'b'], ecvetPoints: 5, hours: 90 } },
        ],
      }),
    );
    expect(problems.map((p) => p.message)).toEqual([
      "says 5 ECVET points, but its modules add up to 4. Make the total equal the sum of the modules' ecvetPoints.",
      "says 90 hours, but its modules add up to 100. Make the total equal the sum of the modules' hours (theory + practice + workBased).",
    ]);
  });

  it('formats problems with the line of the field in the real file', () => {
    const text = formatProblems(
      [{ file: 'test/fixtures/content/module-good.mdx', path: ['assessmentCriteria', 0, 'outcomes', 0], message: 'refers to X.' }],
      process.cwd(),
    );
    expect(text).toBe('test/fixtures/content/module-good.mdx:24:16: "assessmentCriteria.0.outcomes.0" refers to X.');
  });
});

describe('module sequence', () => {
  it('puts each module one stage after its latest prerequisite', () => {
    const stages = stagesOf([
      { slug: 'safety', prerequisites: [] },
      { slug: 'drawing', prerequisites: [] },
      { slug: 'cutting', prerequisites: ['safety'] },
      { slug: 'programming', prerequisites: ['drawing'] },
      { slug: 'turning', prerequisites: ['cutting', 'programming'] },
      { slug: 'industry', prerequisites: ['turning'] },
    ]);
    expect(stages).toEqual([['safety', 'drawing'], ['cutting', 'programming'], ['turning'], ['industry']]);
  });

  it('stops on a loop of prerequisites', () => {
    expect(() =>
      stagesOf([
        { slug: 'a', prerequisites: ['b'] },
        { slug: 'b', prerequisites: ['a'] },
      ]),
    ).toThrow(/prerequisites form a loop: a → b → a/);
  });
});

describe('glossary A–Z', () => {
  const words = ['čiuožti', 'cilindras', 'apdirbimas', 'šlifavimas', 'sriegis', 'ąsotis'];
  it('follows the Lithuanian alphabet (Č and Š are letters of their own)', () => {
    const groups = groupByInitial(words, (w) => w, 'lt-LT').map((g) => g.letter);
    expect(groups).toEqual(['A', 'C', 'Č', 'S', 'Š']);
  });
  it('files umlauts under their base letter in German', () => {
    const groups = groupByInitial(['Ölwechsel', 'Oberfläche', 'Anzug', 'Ätzen'], (w) => w, 'de-DE');
    expect(groups.map((g) => [g.letter, g.items])).toEqual([
      ['A', ['Anzug', 'Ätzen']],
      ['O', ['Oberfläche', 'Ölwechsel']],
    ]);
  });
  it('puts Estonian Š, Z, Ž after S and Õ Ä Ö Ü after W', () => {
    const groups = groupByInitial(['õli', 'süvis', 'šabloon', 'tera', 'ülekanne', 'vasar'], (w) => w, 'et-EE').map((g) => g.letter);
    expect(groups).toEqual(['S', 'Š', 'T', 'V', 'Õ', 'Ü']);
  });
});

describe('git dates', () => {
  const a = 'a'.repeat(40);
  const b = 'b'.repeat(40);
  // Two commits as `git log` prints them: b (newer, parent a) changed a.mdx and b.mdx; a changed a.mdx and c.mdx.
  const out =
    `\0${b}\t${a}\t2026-11-20T10:00:00+00:00\tAna Autorė\n\nsrc/content/a.mdx\nsrc/content/b.mdx\n` +
    `\0${a}\t\t2026-10-01T10:00:00+00:00\tBen\n\nsrc/content/a.mdx\nsrc/content/c.mdx\n`;

  it('keeps the newest date per file from git log output', () => {
    const history = parseGitLog(out);
    expect(lastUpdated('src/content/a.mdx', history)?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(lastUpdated('src/content/b.mdx', history)?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(lastUpdated('src/content/c.mdx', history)?.toISOString()).toBe('2026-10-01T10:00:00.000Z');
    expect(lastUpdated('src/content/d.mdx', history)).toBeUndefined();
    expect(history.commits.get(b)).toMatchObject({ parents: [a], author: 'Ana Autorė' });
  });

  it('in a shallow clone, does not take the cut-off commit (which lists every file) as a change', () => {
    const history = parseGitLog(out, true);
    expect(history.problem).toBe('shallow');
    expect(lastUpdated('src/content/a.mdx', history)?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(lastUpdated('src/content/c.mdx', history)).toBeUndefined();
  });
});
