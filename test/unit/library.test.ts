/**
 * Checks over the real library in src/content (the curriculum itself, not fixtures): programme totals,
 * what every module must contain, glossary completeness, Term references, translation parity,
 * G-code listings, and a report of how much is translated into each language.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/locales';
import { dialectFamily, endsProgram, isFragment, tokenize } from '../../src/lib/gcode/tokenize';
import { glossarySchema } from '../../src/schemas/glossary';
import { moduleSchema } from '../../src/schemas/module';

const content = join(import.meta.dirname, '../../src/content');

interface Doc {
  lang: string;
  slug: string;
  file: string;
  data: Record<string, any>;
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
}

function docs(collection: string): Doc[] {
  return langs.flatMap((lang) => {
    const dir = join(content, collection, lang);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const text = readFileSync(join(dir, f), 'utf8');
        const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
        const bodyLine = yaml.split('\n').length + 3;
        return { lang, slug: f.replace(/\.mdx$/, ''), file: `src/content/${collection}/${lang}/${f}`, data: parse(yaml), body, bodyLine };
      });
  });
}

const modules = docs('modules');
const toolkits = docs('toolkits');
const programmes = docs('programme');
const pages = docs('pages');
const glossaryIds = readdirSync(join(content, 'glossary')).map((f) => f.replace(/\.yaml$/, ''));
const english = (list: Doc[]) => list.filter((d) => d.lang === 'en');

/** Prose words of a body: without code blocks, tags and Markdown punctuation. */
function words(body: string): number {
  return body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*|`_>-]+/g, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;
}

describe('the programme', () => {
  it('has 10 to 12 modules at EQF level 4, in every language the same', () => {
    const en = english(programmes)[0]!;
    expect(en.data['eqfLevel']).toBe(4);
    expect(en.data['modules'].length).toBeGreaterThanOrEqual(10);
    expect(en.data['modules'].length).toBeLessThanOrEqual(12);
    for (const p of programmes) expect(p.data['modules'], p.file).toEqual(en.data['modules']);
  });

  it('totals equal the sum of its modules’ ECVET points and hours', () => {
    const en = english(programmes)[0]!;
    const listed = en.data['modules'].map((slug: string) => english(modules).find((m) => m.slug === slug)?.data);
    expect(listed.every(Boolean), 'every listed module exists').toBe(true);
    const points = listed.reduce((s: number, m: any) => s + m.ecvetPoints, 0);
    const hours = listed.reduce((s: number, m: any) => s + m.hours.theory + m.hours.practice + m.hours.workBased, 0);
    expect(points).toBe(en.data['ecvetPoints']);
    expect(hours).toBe(en.data['hours']);
  });

  it('has a clear progression: prerequisites come earlier in the programme', () => {
    const order: string[] = english(programmes)[0]!.data['modules'];
    for (const m of english(modules))
      for (const p of m.data['prerequisites'] ?? []) expect(order.indexOf(p), `${m.slug} needs ${p}`).toBeLessThan(order.indexOf(m.slug));
  });
});

describe('every module', () => {
  it.each(modules.map((m) => [m.file, m] as const))(
    '%s has valid data, outcomes in all three categories, criteria and a self-check',
    (_, m) => {
      const data = moduleSchema.parse(m.data);
      for (const category of ['knowledge', 'skills', 'responsibility'] as const) expect(data.outcomes[category].length).toBeGreaterThan(0);
      expect(data.assessmentCriteria.length).toBeGreaterThan(0);
      // Self-check questions are answered in disclosures.
      expect((m.body.match(/<details>/g) ?? []).length, 'self-check answers').toBeGreaterThanOrEqual(3);
      expect(m.body, 'at least one figure').toMatch(/<Figure /);
    },
  );

  it.each(english(modules).map((m) => [m.slug, m] as const))('%s is substantial in English (at least 2,000 words)', (_, m) => {
    expect(words(m.body)).toBeGreaterThanOrEqual(2000);
  });

  it.each(modules.filter((m) => m.lang !== 'en').map((m) => [m.file, m] as const))(
    '%s has the same code, level, points, hours and ids as the English original',
    (_, m) => {
      const en = english(modules).find((e) => e.slug === m.slug)!;
      for (const key of ['code', 'eqfLevel', 'ecvetPoints', 'hours', 'prerequisites']) expect(m.data[key], key).toEqual(en.data[key]);
      const ids = (d: Doc) => [
        ...['knowledge', 'skills', 'responsibility'].flatMap((c) => d.data['outcomes'][c].map((o: any) => o.id)),
        ...d.data['assessmentCriteria'].map((a: any) => `${a.id}:${(a.outcomes ?? []).join(',')}`),
      ];
      expect(ids(m)).toEqual(ids(en));
    },
  );
});

describe('the glossary', () => {
  it('has at least 100 terms, each in all five languages', () => {
    expect(glossaryIds.length).toBeGreaterThanOrEqual(100);
    for (const id of glossaryIds) {
      const data = glossarySchema.parse(parse(readFileSync(join(content, 'glossary', `${id}.yaml`), 'utf8')));
      for (const lang of langs) expect(data[lang].label.length, `${id} ${lang}`).toBeGreaterThan(0);
    }
  });

  it('every <Term id> in the content refers to a glossary entry', () => {
    const ids = new Set(glossaryIds);
    const unknown = [...modules, ...toolkits, ...programmes, ...pages].flatMap((d) =>
      [...d.body.matchAll(/<Term id="([^"]+)"/g)]
        .map((m) => m[1]!)
        .filter((id) => !ids.has(id))
        .map((id) => `${d.file}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it('every module links at least five glossary terms', () => {
    for (const m of modules)
      expect(new Set([...m.body.matchAll(/<Term id="([^"]+)"/g)].map((x) => x[1])).size, m.file).toBeGreaterThanOrEqual(5);
  });
});

describe('G-code listings', () => {
  const listings = modules.flatMap((m) =>
    [...m.body.matchAll(/```gcode([^\n]*)\n([\s\S]*?)```/g)].map((match) => ({
      where: `${m.file}:${m.bodyLine + m.body.slice(0, match.index).split('\n').length - 1}`,
      file: m.file,
      dialect: /dialect="([^"]+)"/.exec(match[1]!)?.[1],
      code: match[2]!,
    })),
  );

  it('exist in the CNC modules', () => {
    for (const slug of ['cnc-programming', 'cnc-turning', 'cnc-milling'])
      expect(
        listings.some((l) => l.file === `src/content/modules/en/${slug}.mdx`),
        slug,
      ).toBe(true);
  });

  it.each(listings.map((l) => [l.where, l] as const))('%s states its dialect and tokenizes for it', (_, l) => {
    expect(l.dialect, 'dialect="…" in the code fence').toBeTruthy();
    const { tokens, errors } = tokenize(l.code, dialectFamily(l.dialect!));
    expect(errors).toEqual([]);
    if (!isFragment(l.code)) expect(endsProgram(tokens), 'a complete program ends with M30/M02 or END PGM').toBe(true);
  });
});

describe('translation status', () => {
  const items = [...modules, ...toolkits, ...programmes, ...pages];
  const status = Object.fromEntries(langs.map((lang) => [lang, items.filter((d) => d.lang === lang).length]));
  const total = status['en']!;

  it('reports how many items are translated into each language', () => {
    console.log(
      `Translated items (modules, toolkits, programme, pages) of ${total}: ${langs.map((l) => `${l} ${status[l]}`).join(', ')}; glossary terms in all five languages: ${glossaryIds.length}`,
    );
    expect(total).toBeGreaterThan(0);
  });

  it('has every module and toolkit in German and Lithuanian', () => {
    for (const lang of ['de', 'lt'])
      for (const d of [...english(modules), ...english(toolkits)])
        expect(existsSync(join(content, d.file.split('/')[2]!, lang, `${d.slug}.mdx`)), `${lang} ${d.file}`).toBe(true);
  });

  it('has the programme, pages, toolkits and at least half of the modules in Latvian and Estonian', () => {
    for (const lang of ['lv', 'et']) {
      for (const d of [...english(programmes), ...english(pages), ...english(toolkits)])
        expect(existsSync(join(content, d.file.split('/')[2]!, lang, `${d.slug}.mdx`)), `${lang} ${d.file}`).toBe(true);
      expect(modules.filter((m) => m.lang === lang).length, lang).toBeGreaterThanOrEqual(Math.ceil(english(modules).length / 2));
    }
  });
});
