/**
 * Unfinished work: `npm run new` fills every required field with a placeholder marked TODO that the
 * schema accepts, so a new file can be previewed at once. Each file that still has a TODO gets one
 * warning listing the lines, so nothing unfinished is published by mistake (the pull-request
 * checklist asks for none).
 */
import { finding, listOf, type Finding } from './report';

/** The marker the templates use for what an author must fill in. */
export const placeholderMarker = 'TODO';

/** One warning for a file that still contains TODO markers, or none. */
export function placeholderFindings(file: string, text: string): Finding[] {
  const lines = text
    .split('\n')
    .map((line, i) => ({ line: i + 1, column: line.search(/\bTODO\b/) + 1 }))
    .filter((l) => l.column > 0);
  if (lines.length === 0) return [];
  // A translation started by `npm run new` carries one note at the top until the translator deletes it.
  const translation = /# TODO: Translate this file/.test(text);
  if (translation && lines.length === 1) {
    return [
      finding(
        file,
        lines[0]!,
        {
          summary: 'this translation is marked as not finished',
          found: `the note "# ${placeholderMarker}: Translate this file …" at the top`,
          expected: 'a finished translation, without the note',
          fix: 'Translate the rest of the text, then delete the note lines that start with "#" at the top of the file.',
        },
        'warning',
      ),
    ];
  }
  return [
    finding(
      file,
      lines[0]!,
      {
        summary: `this file still has ${lines.length === 1 ? 'a place' : `${lines.length} places`} to fill in, marked ${placeholderMarker}`,
        found: `${placeholderMarker} on line${lines.length === 1 ? '' : 's'} ${listOf(
          lines.map((l) => String(l.line)),
          15,
        )}`,
        expected: `no ${placeholderMarker} left when the file is published`,
        fix: `Replace each ${placeholderMarker} text with the real content, and delete the notes that start with "# ${placeholderMarker}" once you have done what they say.`,
      },
      'warning',
    ),
  ];
}
