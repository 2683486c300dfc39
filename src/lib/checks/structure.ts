/**
 * The shape of a text: headings go down one level at a time (the page title is the only level-1
 * heading, so the text starts at ##), and every code block names its language (G-code listings also
 * name their control). Screen-reader users move through a page by its headings; a skipped level
 * looks like a missing section (WCAG 1.3.1).
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { nodesOfType } from './nodes';
import { finding, placeOf, quote, type Finding } from './report';

const hashes = (depth: number) => '#'.repeat(depth);

/** Headings that skip a level, and level-1 headings (the page already has its title as the only one). */
export function headingFindings(file: string, tree: Root): Finding[] {
  const findings: Finding[] = [];
  let previous = 1; // the page title
  for (const node of nodesOfType(tree, 'heading')) {
    const text = quote(toString(node));
    if (node.depth === 1) {
      findings.push(
        finding(file, placeOf(node), {
          summary: `the heading ${text} is a level-1 heading (#)`,
          found: 'a heading starting with a single "#"',
          expected: 'level 2 (##) or below: the page title, from the "title" field, is the only level-1 heading',
          fix: 'Write "##" instead of "#" (and move the headings below it down one level too).',
        }),
      );
    } else if (node.depth > previous + 1) {
      findings.push(
        finding(file, placeOf(node), {
          summary: `the heading ${text} skips a level`,
          found:
            previous === 1
              ? `a level-${node.depth} heading (${hashes(node.depth)}) as the first heading of the text`
              : `a level-${node.depth} heading (${hashes(node.depth)}) after a level-${previous} heading (${hashes(previous)})`,
          expected: `a level-${previous + 1} heading (${hashes(previous + 1)}) at most`,
          fix: `Change "${hashes(node.depth)}" to "${hashes(previous + 1)}", or add the missing level-${previous + 1} heading above it.`,
        }),
      );
    }
    previous = Math.max(node.depth, 2);
  }
  return findings;
}

/** Code blocks without a language, and G-code listings without the control they are written for. */
export function codeBlockFindings(file: string, tree: Root): Finding[] {
  const findings: Finding[] = [];
  for (const node of nodesOfType(tree, 'code')) {
    const firstLine = quote(node.value.split('\n')[0] ?? '', 40);
    if (!node.lang) {
      findings.push(
        finding(file, placeOf(node), {
          summary: `the code block starting with ${firstLine} does not name its language`,
          found: 'a code block that opens with ``` alone',
          expected:
            'the language right after the opening ```, e.g. ```gcode dialect="Fanuc 0i-MF (ISO)" for a G-code listing, or ```text for plain text',
          fix: 'Add the language after the opening ``` (it decides the colours and how the block is read aloud and checked).',
        }),
      );
    } else if (node.lang === 'gcode' && !/\bdialect="[^"]+"/.test(node.meta ?? '')) {
      findings.push(
        finding(file, placeOf(node), {
          summary: `the G-code listing starting with ${firstLine} does not say which control it is written for`,
          found: `\`\`\`gcode${node.meta ? ` ${node.meta}` : ''}`,
          expected: '```gcode dialect="…" with the control, e.g. dialect="Fanuc 0i-TF (ISO)" or dialect="Siemens Sinumerik 840D sl"',
          fix: 'Add dialect="…" after ```gcode: G-code differs between controls, and readers need to know which one the listing is for.',
        }),
      );
    }
  }
  return findings;
}
