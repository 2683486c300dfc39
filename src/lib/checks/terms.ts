/**
 * Glossary references: every <Term id="…"> names a term in src/content/glossary/ (the file name
 * without ".yaml"). The build stops at the first unknown term; this lists them all, with their lines.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { nodesOfType } from './nodes';
import { distance } from '../content/schema-errors';
import { finding, listOf, placeOf, type Finding } from './report';

/** The value of a plain-text attribute of a JSX element (undefined when missing or written as code). */
export function attributeOf(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** Glossary ids that look like `id`: misspellings and longer or shorter forms. */
export function similarIds(id: string, ids: readonly string[]): string[] {
  return ids.filter((known) => distance(known, id) <= 2 || known.includes(id) || id.includes(known)).slice(0, 5);
}

/** <Term> elements without an id, or with an id that is not in the glossary. */
export function termFindings(file: string, tree: Root, glossaryIds: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const ids = new Set(glossaryIds);
  for (const node of nodesOfType(tree, 'mdxJsxFlowElement', 'mdxJsxTextElement')) {
    if (node.name !== 'Term') continue;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    const id = attributeOf(element, 'id');
    // An id written as code ({…}) is reported by the content-is-data check.
    if (id === undefined && element.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')) continue;
    if (id === undefined) {
      findings.push(
        finding(file, placeOf(node), {
          summary: '<Term> does not say which glossary term it means',
          found: '<Term> without id="…"',
          expected: '<Term id="…"> with the name of a file in src/content/glossary/ (without ".yaml")',
          fix: 'Add id="…", e.g. <Term id="spindle-speed">spindle speed</Term>.',
        }),
      );
    } else if (!ids.has(id)) {
      const similar = similarIds(id, glossaryIds);
      findings.push(
        finding(file, placeOf(node), {
          summary: `<Term id="${id}"> refers to a term that is not in the glossary`,
          found: `id="${id}"`,
          expected: similar.length
            ? `the name of a glossary file, e.g. ${listOf(similar.map((s) => `"${s}"`))}`
            : `the name of a file in src/content/glossary/ without ".yaml" (${glossaryIds.length} terms, e.g. ${listOf(glossaryIds.slice(0, 5).map((s) => `"${s}"`))})`,
          fix: similar.length
            ? `Correct the id (did you mean "${similar[0]}"?), or add the term as src/content/glossary/${id}.yaml.`
            : `Correct the id, or add the term as src/content/glossary/${id}.yaml (with its label and definition in all five languages).`,
        }),
      );
    }
  }
  return findings;
}
