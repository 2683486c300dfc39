/**
 * Plain-language messages for content that breaks its schema. Contributors are teachers and
 * translators: each message names the file, line and column, the field, what was found, what was
 * expected and how to fix it (the remark-lint way of reporting).
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

/** Where a YAML block starts inside its file: frontmatter starts on line 2, after the opening `---`. */
export interface YamlSource {
  /** The YAML text (the frontmatter of an MDX file, or a whole YAML file). */
  text: string;
  /** 1-based line in the file on which `text` starts. */
  firstLine: number;
}

/** Splits an MDX/Markdown file into its frontmatter YAML and where it starts; YAML files are returned whole. */
export function yamlSourceOf(fileContents: string, filePath: string): YamlSource {
  if (/\.ya?ml$/i.test(filePath)) return { text: fileContents, firstLine: 1 };
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fileContents);
  return { text: match?.[1] ?? '', firstLine: 2 };
}

/** 1-based line and column of the value at `path` in the YAML source (or of its nearest existing parent). */
export function locate(source: YamlSource, path: readonly PropertyKey[]): { line: number; column: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, keepSourceTokens: false });
  let node: YamlNode | null | undefined = doc.contents as YamlNode | null;
  let offset = node?.range?.[0] ?? 0;
  let found = 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      offset = (pair.key as YamlNode).range?.[0] ?? offset;
      node = pair.value as YamlNode | null;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key] as YamlNode;
      offset = node.range?.[0] ?? offset;
    } else {
      break;
    }
    found += 1;
  }
  // The whole path exists: point at the offending value rather than at its key.
  if (found === path.length && path.length > 0 && node?.range) offset = node.range[0];
  const pos = lineCounter.linePos(offset);
  return { line: pos.line + source.firstLine - 1, column: pos.col };
}

/** Reads the value at `path` from the raw data, or undefined when it is not there. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Describes a value the way an author would see it in the file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length} item(s)`;
  if (typeof value === 'object') return 'a group of fields';
  const shown = JSON.stringify(value);
  const short = shown.length > 60 ? `${shown.slice(0, 57)}…"` : shown;
  if (typeof value === 'string') return `the text ${short}`;
  if (typeof value === 'number') return `the number ${short}`;
  if (typeof value === 'boolean') return `${short} (yes/no)`;
  return short;
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a group of indented fields',
  date: 'a date like 2026-11-25',
};

function sizeLimit(issue: { origin: string; inclusive?: boolean }, n: number | bigint, atLeast: boolean): string {
  const bound = atLeast ? (issue.inclusive === false ? 'more than' : 'at least') : issue.inclusive === false ? 'less than' : 'at most';
  if (issue.origin === 'string') return `text of ${bound} ${n} characters`;
  if (issue.origin === 'array') return `a list with ${bound} ${n} item(s)`;
  return `a number ${bound} ${n}`;
}

/** Levenshtein distance, to suggest the field an author probably meant. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/** What the schema expected, in words. */
function expectedOf(issue: Issue, known: SchemaFacts): string {
  switch (issue.code) {
    case 'invalid_type':
      return known.integer ? 'a whole number' : (typeNames[issue.expected] ?? issue.expected);
    case 'too_small':
      return sizeLimit(issue, issue.minimum, true);
    case 'too_big':
      return sizeLimit(issue, issue.maximum, false);
    case 'invalid_value':
      return `one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'not_multiple_of':
      return `a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `only the fields this kind of content has: ${known.keys.join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'url') return 'a web address starting with https://';
      return issue.message;
    default:
      return issue.message;
  }
}

/** What the schema says about one path of the data. */
export interface SchemaFacts {
  /** Field names allowed there (for objects). */
  keys: readonly string[];
  /** True when a whole number is expected. */
  integer: boolean;
}

/** A content file that does not match its schema. Thrown by the content loaders; stops the build. */
export class ContentSchemaError extends Error {
  override name = 'ContentSchemaError';
  constructor(
    message: string,
    /** Path of the file, relative to the project root. */
    readonly file: string,
    /** 1-based line of the first problem. */
    readonly line: number,
    /** 1-based column of the first problem. */
    readonly column: number,
  ) {
    super(message);
  }
}

/**
 * Turns Zod issues for one content file into a plain-language report.
 * @param relativeFile path shown to the author (relative to the project root)
 * @param source the file's YAML (frontmatter or whole file), to find lines
 * @param data the raw data that failed to parse
 * @param basePath where `data` sits inside the YAML (e.g. `[3]` for the fourth item of a list file)
 * @param schemaFacts what the schema allows at a path, for "unknown field" hints and precise expectations
 */
export function formatSchemaIssues(
  relativeFile: string,
  source: YamlSource,
  data: unknown,
  issues: readonly Issue[],
  basePath: readonly PropertyKey[] = [],
  schemaFacts: (path: readonly PropertyKey[]) => SchemaFacts = () => ({ keys: [], integer: false }),
): ContentSchemaError {
  const blocks: { line: number; column: number; text: string }[] = [];
  // A misspelt field shows up twice: as an unknown field and as a missing one. Keep only the
  // unknown-field report, whose fix ("rename … to …") covers both.
  const misspelt = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const guess = schemaFacts(issue.path).keys.find((k) => distance(key, k) <= 3);
      if (guess) misspelt.add([...issue.path, guess].join('.'));
    }
  }
  const reported = issues.filter(
    (i) => !(i.code !== 'unrecognized_keys' && misspelt.has(i.path.join('.')) && valueAt(data, i.path) === undefined),
  );
  for (const issue of reported) {
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const path = unknownKey === undefined ? issue.path : [...issue.path, unknownKey];
    const where = locate(source, [...basePath, ...path]);
    const field = path.length ? path.map(String).join('.') : '(the whole entry)';
    const known = schemaFacts(issue.path);
    const facts = unknownKey === undefined ? schemaFacts(path) : known;
    const found = unknownKey === undefined ? describeValue(valueAt(data, path)) : `a field named "${unknownKey}"`;
    let fix: string;
    if (unknownKey !== undefined) {
      const guess = [...known.keys].sort((a, b) => distance(unknownKey, a) - distance(unknownKey, b))[0];
      fix =
        guess && distance(unknownKey, guess) <= 3
          ? `Rename "${unknownKey}" to "${guess}" (field names are case-sensitive).`
          : `Remove "${unknownKey}", or check its spelling against the list above.`;
    } else if (valueAt(data, path) === undefined) {
      fix = `Add "${String(path.at(-1))}" ${path.length > 1 ? `under "${path.slice(0, -1).map(String).join('.')}"` : 'to the frontmatter'}, with ${expectedOf(issue, facts)}.`;
    } else {
      fix = `Change "${field}" to ${expectedOf(issue, facts)}.`;
    }
    blocks.push({
      ...where,
      text: [
        `${relativeFile}:${where.line}:${where.column}: the field "${field}" is not valid.`,
        `  Found:    ${found}`,
        `  Expected: ${expectedOf(issue, facts)}`,
        `  Fix:      ${fix}`,
      ].join('\n'),
    });
  }
  blocks.sort((a, b) => a.line - b.line || a.column - b.column);
  const head =
    blocks.length === 1 ? `${relativeFile} has a problem in its data:` : `${relativeFile} has ${blocks.length} problems in its data:`;
  return new ContentSchemaError(
    `${head}\n\n${blocks.map((b) => b.text).join('\n\n')}\n\nSee CONTRIBUTING.md ("Fields of each kind of content") for every field and an example.`,
    relativeFile,
    blocks[0]?.line ?? 1,
    blocks[0]?.column ?? 1,
  );
}
