/**
 * Translation parity: a translation changes the words, never the facts. Unit code, EQF level, ECVET
 * points, hours, prerequisites, outcome and criterion identifiers (and which outcomes each criterion
 * assesses) are the same in every language; so are a toolkit's audience, order and modules, and the
 * programme's totals, module list and occupation codes. A difference is reported at the field in the
 * translation, with the value of the English file.
 */
import { defaultLang } from '../../i18n/locales';
import { locate } from '../content/schema-errors';
import { isDocument, type ContentFile, type Document } from './read-content';
import { finding, type Finding } from './report';

/** A fact that must be the same in every language: where it is and how to read it from the data. */
interface Fact {
  /** Field path, for finding the line and for messages. */
  path: (string | number)[];
  /** What it is, in words. */
  label: string;
  /** Reads the fact; lists compare in order unless `unordered`. */
  read: (data: Record<string, unknown>) => unknown;
  unordered?: boolean;
}

const at =
  (...path: (string | number)[]) =>
  (data: Record<string, unknown>): unknown =>
    path.reduce<unknown>(
      (value, key) => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined),
      data,
    );
const ids = (list: unknown): unknown => (Array.isArray(list) ? list.map((item: { id?: unknown }) => item?.id) : list);
const field = (path: (string | number)[], label: string, unordered = false): Fact => ({ path, label, read: at(...path), unordered });

/** The facts of each collection. */
const facts: Partial<Record<Document['collection'], Fact[]>> = {
  modules: [
    field(['code'], 'the unit code'),
    field(['eqfLevel'], 'the EQF level'),
    field(['ecvetPoints'], 'the ECVET points'),
    field(['hours', 'theory'], 'the theory hours'),
    field(['hours', 'practice'], 'the practice hours'),
    field(['hours', 'workBased'], 'the work-based hours'),
    field(['prerequisites'], 'the prerequisites', true),
    ...(['knowledge', 'skills', 'responsibility'] as const).map((category) => ({
      path: ['outcomes', category],
      label: `the ${category} outcome ids`,
      read: (data: Record<string, unknown>) => ids(at('outcomes', category)(data)),
    })),
    { path: ['assessmentCriteria'], label: 'the assessment criteria ids', read: (data) => ids(data['assessmentCriteria']) },
  ],
  toolkits: [
    field(['audience'], 'the audience'),
    field(['order'], 'the position in the list (order)'),
    field(['modules'], 'the modules', true),
  ],
  programme: [
    field(['eqfLevel'], 'the EQF level'),
    field(['ecvetPoints'], 'the total ECVET points'),
    field(['hours'], 'the total hours'),
    field(['modules'], 'the list of modules'),
    field(['occupation', 'isco'], 'the ISCO code'),
    field(['occupation', 'esco'], 'the ESCO address'),
  ],
};

/** Shows a fact the way it is written in the file. */
function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length ? value.map((v) => String(v)).join(', ') : '(an empty list)';
  return String(value);
}

function same(a: unknown, b: unknown, unordered: boolean): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const [x, y] = unordered ? [[...a].sort(), [...b].sort()] : [a, b];
    return x.length === y.length && x.every((v, i) => v === y[i]);
  }
  return a === b;
}

/** Facts of a translation that differ from its English original. */
export function parityFindings(
  translation: Document,
  original: Document,
  translationData: Record<string, unknown>,
  originalData: Record<string, unknown>,
): Finding[] {
  const findings: Finding[] = [];
  for (const fact of facts[translation.collection] ?? []) {
    const mine = fact.read(translationData);
    const theirs = fact.read(originalData);
    if (same(mine, theirs, fact.unordered ?? false)) continue;
    const where = locate(translation.yaml, fact.path);
    const line = locate(original.yaml, fact.path).line;
    findings.push(
      finding(translation.file, where, {
        summary: `${fact.label} (${fact.path.join('.')}) differ${fact.label.endsWith('s') ? '' : 's'} from the English original`,
        found: show(mine),
        expected: `${show(theirs)}, as in ${original.file} (line ${line})`,
        fix: 'Use the same values as the English file: only the text is translated, numbers, codes and ids stay the same. If the English file is wrong, correct it there and in every translation.',
      }),
    );
  }
  // Criterion i of a translation assesses the same outcomes as criterion i of the original.
  if (translation.collection === 'modules') {
    const mine = (translationData['assessmentCriteria'] ?? []) as { id: string; outcomes: string[] }[];
    const theirs = (originalData['assessmentCriteria'] ?? []) as { id: string; outcomes: string[] }[];
    mine.forEach((criterion, i) => {
      const source = theirs[i];
      if (!source || source.id !== criterion.id || same(criterion.outcomes, source.outcomes, true)) return;
      const path = ['assessmentCriteria', i, 'outcomes'];
      findings.push(
        finding(translation.file, locate(translation.yaml, path), {
          summary: `criterion ${criterion.id} assesses other outcomes than in the English original`,
          found: show(criterion.outcomes),
          expected: `${show(source.outcomes)}, as in ${original.file} (line ${locate(original.yaml, path).line})`,
          fix: `Give ${criterion.id} the same outcomes as in the English file.`,
        }),
      );
    });
  }
  return findings;
}

/** Compares every translation with its English original (files that pass their schema only). */
export function checkParity(files: readonly ContentFile[], data: ReadonlyMap<string, unknown>): Finding[] {
  const documents = files.filter(isDocument);
  const originals = new Map(documents.filter((d) => d.lang === defaultLang).map((d) => [`${d.collection}/${d.slug}`, d]));
  return documents.flatMap((d) => {
    const original = d.lang === defaultLang ? undefined : originals.get(`${d.collection}/${d.slug}`);
    const mine = data.get(d.file);
    const theirs = original && data.get(original.file);
    if (!original || !mine || !theirs) return [];
    return parityFindings(d, original, mine as Record<string, unknown>, theirs as Record<string, unknown>);
  });
}
