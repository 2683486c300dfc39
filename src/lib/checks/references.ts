/**
 * Cross-references between files, with the project's own checks (src/lib/content/integrity.ts, the
 * ones the build runs): programme modules and totals, prerequisites, toolkit modules, glossary
 * `related` terms, criteria outcomes, translations without an English original, and quizzes (module
 * exists, translations keep the same right answers). Adds one the build
 * does not make: two English modules with the same unit code.
 */
import { defaultLang } from '../../i18n/locales';
import { findCrossReferenceProblems, formatProblems, type EntryRef, type LibraryRefs } from '../content/integrity';
import { findQuizProblems } from '../content/quizzes';
import { locate } from '../content/schema-errors';
import type { QuizData } from '../../schemas/quiz';
import { isDocument, type ContentFile, type Document } from './read-content';
import { finding, type Finding } from './report';

type Data = Record<string, unknown>;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const strings = (value: unknown): string[] => list(value).filter((v): v is string => typeof v === 'string');
const withId = (value: unknown) =>
  list(value).flatMap((v) => (v && typeof v === 'object' && typeof (v as Data)['id'] === 'string' ? [v as Data & { id: string }] : []));

/**
 * The parts of a file's data the reference checks read: its valid data, or, when the file breaks its
 * schema, whatever can be read from it (so that one mistake is not reported again as a missing reference).
 */
function refData(f: ContentFile, valid: unknown): Data {
  if (valid) return valid as Data;
  const raw = (f.raw && typeof f.raw === 'object' ? f.raw : {}) as Data;
  const outcomes = (raw['outcomes'] ?? {}) as Data;
  return {
    ...raw,
    modules: strings(raw['modules']),
    prerequisites: strings(raw['prerequisites']),
    related: strings(raw['related']),
    outcomes: {
      knowledge: withId(outcomes['knowledge']),
      skills: withId(outcomes['skills']),
      responsibility: withId(outcomes['responsibility']),
    },
    assessmentCriteria: withId(raw['assessmentCriteria']).map((c) => ({ ...c, outcomes: strings(c['outcomes']) })),
  };
}

/** Checks references between files. `data` holds the schema-checked data of the files that passed. */
export function checkReferences(files: readonly ContentFile[], data: ReadonlyMap<string, unknown>, root: string): Finding[] {
  const documents = files.filter(isDocument);
  const refs = (collection: Document['collection']) =>
    documents
      .filter((d) => d.collection === collection)
      .map((d) => ({ collection, lang: d.lang, slug: d.slug, file: d.file, data: refData(d, data.get(d.file)) })) as EntryRef<never>[];
  const library: LibraryRefs = {
    programmes: refs('programme'),
    modules: refs('modules'),
    toolkits: refs('toolkits'),
    pages: refs('pages'),
    glossary: files
      .filter((f) => f.collection === 'glossary')
      .map((g) => ({ id: g.slug, file: g.file, related: strings(refData(g, data.get(g.file))['related']) })),
  };
  // Totals cannot be compared while a listed module breaks its schema: that module is reported already.
  const broken = new Set(documents.filter((d) => d.collection === 'modules' && !data.has(d.file)).map((d) => d.slug));
  const programmeModules = new Map(
    documents.filter((d) => d.collection === 'programme').map((d) => [d.file, strings((d.raw as Data)?.['modules'])]),
  );
  const problems = findCrossReferenceProblems(library).filter(
    (p) => !(['ecvetPoints', 'hours'].includes(String(p.path[0])) && programmeModules.get(p.file)?.some((m) => broken.has(m))),
  );
  // Quizzes: each belongs to a module, and a translation keeps what counts as right (the build's check).
  const quizzes = files
    .filter((f) => f.collection === 'quizzes' && f.lang && data.has(f.file))
    .map((f) => ({ collection: 'quizzes', lang: f.lang!, slug: f.slug, file: f.file, data: data.get(f.file) as QuizData }));
  problems.push(...findQuizProblems(quizzes, new Set(library.modules.filter((m) => m.lang === defaultLang).map((m) => m.slug))));
  const byFile = new Map(files.map((f) => [f.file, f]));
  const findings: Finding[] = problems.map((p) => {
    const f = byFile.get(p.file)!;
    const { line, column } = locate(f.yaml, p.path);
    return { severity: 'error', file: p.file, line, column, message: formatProblems([p], root) };
  });
  findings.push(...duplicateCodes(documents, data));
  return findings;
}

/** Two English modules with the same unit code: the code identifies a unit in ECVET documents. */
function duplicateCodes(documents: readonly Document[], data: ReadonlyMap<string, unknown>): Finding[] {
  const seen = new Map<string, Document>();
  const findings: Finding[] = [];
  for (const d of documents.filter((m) => m.collection === 'modules' && m.lang === defaultLang)) {
    const code = (data.get(d.file) as Data | undefined)?.['code'];
    if (typeof code !== 'string') continue;
    const first = seen.get(code);
    if (!first) {
      seen.set(code, d);
      continue;
    }
    findings.push(
      finding(d.file, locate(d.yaml, ['code']), {
        summary: `the unit code "${code}" is already used by another module`,
        found: `"${code}", also in ${first.file}`,
        expected: 'a code no other module has',
        fix: `Give this module a new code (the next free number), and use the same code in its translations.`,
      }),
    );
  }
  return findings;
}
