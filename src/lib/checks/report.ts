/**
 * What a content check reports: a finding with the file, line and column, and a message in the same
 * layout as the schema errors (src/lib/content/schema-errors.ts), so that every message a contributor
 * sees reads the same way:
 *
 *   src/content/modules/de/cnc-turning.mdx:41:1: the heading "Beispiel" skips a level.
 *     Found:    a level-4 heading (####) after a level-2 heading (##)
 *     Expected: a level-3 heading (###) at most
 *     Fix:      Change "####" to "###", or add the missing level-3 heading above it.
 */
import type { Node } from 'mdast';

/** An error stops `npm run check` (and CI); a warning is printed and does not. */
export type Severity = 'error' | 'warning';

/** One problem in one place of one file. */
export interface Finding {
  severity: Severity;
  /** Path of the file relative to the checked root, with forward slashes. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The complete message, starting with "file:line:column: ". */
  message: string;
}

/** A 1-based place in a file. */
export interface Place {
  line: number;
  column: number;
}

/** The start of a Markdown node, or line 1 when the parser did not record one. */
export function placeOf(node: Node | undefined): Place {
  const start = node?.position?.start;
  return { line: start?.line ?? 1, column: start?.column ?? 1 };
}

/** What a finding says, before it is placed in a file. */
export interface FindingText {
  /** One sentence without a final full stop: what is wrong ("the link … leads nowhere"). */
  summary: string;
  /** What is in the file now. */
  found: string;
  /** What should be there. */
  expected: string;
  /** One or two sentences: what to do. */
  fix: string;
}

/** Builds a finding in the standard layout (summary line, then Found / Expected / Fix). */
export function finding(file: string, place: Place, text: FindingText, severity: Severity = 'error'): Finding {
  return {
    severity,
    file,
    ...place,
    message: [
      `${file}:${place.line}:${place.column}: ${text.summary}.`,
      `  Found:    ${text.found}`,
      `  Expected: ${text.expected}`,
      `  Fix:      ${text.fix}`,
    ].join('\n'),
  };
}

/** Findings in reading order: by file, then line, then column. */
export function sortFindings(list: readonly Finding[]): Finding[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** "a, b, c" or "a, b, c … (and 12 more)" for lists in messages. */
export function listOf(items: readonly string[], max = 12): string {
  if (items.length === 0) return '(none)';
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} … (and ${items.length - max} more)` : shown;
}

/** Quotes text for a message, shortened to `max` characters. */
export function quote(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `"${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}"`;
}
