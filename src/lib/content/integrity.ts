/**
 * Cross-reference checks that a single file's schema cannot do: every module the programme lists,
 * every prerequisite, every toolkit's module, every related glossary term and every criterion's
 * outcome must exist, and every translation must have an English original.
 */
import { readFileSync } from 'node:fs';
import { defaultLang } from '../../i18n/locales';
import { locate, yamlSourceOf } from './schema-errors';

/** The parts of a localized content entry the checks need. */
export interface EntryRef<T> {
  /** Collection name, for messages. */
  collection: string;
  lang: string;
  slug: string;
  /** Path of the source file relative to the project root. */
  file: string;
  data: T;
}

/** One broken reference, with the field path it sits at. */
export interface Problem {
  file: string;
  path: (string | number)[];
  message: string;
}

export interface LibraryRefs {
  programmes: EntryRef<{ modules: string[]; ecvetPoints: number; hours: number }>[];
  modules: EntryRef<{
    ecvetPoints: number;
    hours: { theory: number; practice: number; workBased: number };
    prerequisites: string[];
    outcomes: Record<'knowledge' | 'skills' | 'responsibility', { id: string }[]>;
    assessmentCriteria: { id: string; outcomes: string[] }[];
  }>[];
  toolkits: EntryRef<{ modules: string[] }>[];
  pages: EntryRef<unknown>[];
  glossary: { id: string; file: string; related: string[] }[];
}

/** Lists every broken cross-reference in the library. An empty list means all is well. */
export function findCrossReferenceProblems(lib: LibraryRefs): Problem[] {
  const problems: Problem[] = [];
  const englishModules = new Set(lib.modules.filter((m) => m.lang === defaultLang).map((m) => m.slug));
  const moduleList = [...englishModules].sort().join(', ') || '(none yet)';
  const missingModule = (slug: string) =>
    `refers to the module "${slug}", which does not exist. Expected the file name (without ".mdx") of a module in src/content/modules/${defaultLang}/: ${moduleList}.`;

  const english = new Map(lib.modules.filter((m) => m.lang === defaultLang).map((m) => [m.slug, m.data]));
  for (const p of lib.programmes) {
    p.data.modules.forEach((slug, i) => {
      if (!englishModules.has(slug)) problems.push({ file: p.file, path: ['modules', i], message: missingModule(slug) });
    });
    const listed = p.data.modules.flatMap((slug) => english.get(slug) ?? []);
    if (listed.length !== p.data.modules.length) continue; // missing modules are reported above
    const points = listed.reduce((sum, m) => sum + m.ecvetPoints, 0);
    const hours = listed.reduce((sum, m) => sum + m.hours.theory + m.hours.practice + m.hours.workBased, 0);
    if (points !== p.data.ecvetPoints)
      problems.push({
        file: p.file,
        path: ['ecvetPoints'],
        message: `says ${p.data.ecvetPoints} ECVET points, but its modules add up to ${points}. Make the total equal the sum of the modules' ecvetPoints.`,
      });
    if (hours !== p.data.hours)
      problems.push({
        file: p.file,
        path: ['hours'],
        message: `says ${p.data.hours} hours, but its modules add up to ${hours}. Make the total equal the sum of the modules' hours (theory + practice + workBased).`,
      });
  }
  for (const m of lib.modules) {
    m.data.prerequisites.forEach((slug, i) => {
      if (slug === m.slug)
        problems.push({
          file: m.file,
          path: ['prerequisites', i],
          message: `lists the module itself as its own prerequisite. Remove "${slug}" from prerequisites.`,
        });
      else if (!englishModules.has(slug)) problems.push({ file: m.file, path: ['prerequisites', i], message: missingModule(slug) });
    });
    const ids = new Set(Object.values(m.data.outcomes).flatMap((list) => list.map((o) => o.id)));
    m.data.assessmentCriteria.forEach((c, i) => {
      c.outcomes.forEach((id, j) => {
        if (!ids.has(id))
          problems.push({
            file: m.file,
            path: ['assessmentCriteria', i, 'outcomes', j],
            message: `criterion ${c.id} refers to the outcome "${id}", which this module does not have. Expected one of: ${[...ids].join(', ')}.`,
          });
      });
    });
  }
  for (const t of lib.toolkits) {
    t.data.modules.forEach((slug, i) => {
      if (!englishModules.has(slug)) problems.push({ file: t.file, path: ['modules', i], message: missingModule(slug) });
    });
  }
  for (const list of [lib.programmes, lib.modules, lib.toolkits, lib.pages] as EntryRef<unknown>[][]) {
    const originals = new Set(list.filter((e) => e.lang === defaultLang).map((e) => e.slug));
    for (const e of list) {
      if (e.lang !== defaultLang && !originals.has(e.slug))
        problems.push({
          file: e.file,
          path: [],
          message: `is a translation without an English original: src/content/${e.collection}/${defaultLang}/${e.slug}.mdx does not exist. Give the file the same name as the English file it translates.`,
        });
    }
  }
  const termIds = new Set(lib.glossary.map((g) => g.id));
  for (const g of lib.glossary) {
    g.related.forEach((id, i) => {
      if (!termIds.has(id))
        problems.push({
          file: g.file,
          path: ['related', i],
          message: `lists the related term "${id}", which is not in the glossary. Expected the name (without ".yaml") of a file in src/content/glossary/.`,
        });
    });
  }
  return problems;
}

/** Formats problems as "file:line:column: message" lines, reading each file to find the line. */
export function formatProblems(problems: Problem[], root: string): string {
  return problems
    .map((p) => {
      let where = '';
      try {
        const text = readFileSync(`${root}/${p.file}`, 'utf8');
        const { line, column } = locate(yamlSourceOf(text, p.file), p.path);
        where = `:${line}:${column}`;
      } catch {
        // The file could not be read (e.g. in a unit test with made-up paths): report without a line.
      }
      return `${p.file}${where}: ${p.path.length ? `"${p.path.join('.')}" ` : ''}${p.message}`;
    })
    .join('\n');
}
