/**
 * Content is data, not code: MDX may contain import/export statements and JavaScript expressions,
 * which run when the site is built. A pull request that changes a text must not be able to run code,
 * so content files may use only the components the site provides (src/components/content/index.ts),
 * a few harmless HTML elements, and attributes written as plain text ("…").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { nodesOfType } from './nodes';
import { finding, listOf, placeOf, quote, type Finding } from './report';

/** HTML elements content may use directly (disclosures for self-check answers, and inline text markup). */
export const allowedHtmlElements = ['details', 'summary', 'abbr', 'br', 'sub', 'sup', 'kbd', 'small', 'mark', 'q', 'dfn', 'var', 'samp'];

/**
 * Names of the components registered for content, read from the registry's source
 * (`export const contentComponents = { Callout, Figure, …, table: Table }`), so that a component added
 * there is known here without a second list.
 */
export function registeredComponents(projectRoot: string): string[] {
  const source = readFileSync(join(projectRoot, 'src/components/content/index.ts'), 'utf8');
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  const body = /contentComponents\s*=\s*\{([^}]*)\}/.exec(withoutComments)?.[1];
  if (!body)
    throw new Error(
      'src/components/content/index.ts no longer has `export const contentComponents = { … }`: update registeredComponents().',
    );
  return body
    .split(',')
    .map((part) => part.split(':')[0]!.trim())
    .filter(Boolean);
}

/** A comment `{/* … *\/}` is the one expression that runs nothing. */
const onlyComments = (value: string) => /^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/.test(value);

type Element = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Import/export statements, JavaScript expressions, unknown components and elements, and attributes
 * that are code. `components` are the registered names (capitalized ones are for authors).
 */
export function contentIsDataFindings(file: string, tree: Root, components: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const forAuthors = components.filter((c) => /^[A-Z]/.test(c));
  const known = `the components ${listOf(forAuthors.map((c) => `<${c}>`))}, and the HTML elements ${listOf(
    allowedHtmlElements.map((e) => `<${e}>`),
    20,
  )}`;
  for (const node of nodesOfType(tree, 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement')) {
    if (node.type === 'mdxjsEsm') {
      const statement = quote(node.value, 50);
      findings.push(
        finding(file, placeOf(node), {
          summary: 'content files may not contain import or export statements',
          found: statement,
          expected: 'text and components only: the components of the site work without importing them',
          fix: 'Delete this line. If it imports a component, use it without the import (see "Components you can use in the text" in CONTRIBUTING.md).',
        }),
      );
    } else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !onlyComments(node.value)) {
      findings.push(
        finding(file, placeOf(node), {
          summary: 'content files may not contain JavaScript expressions in curly braces',
          found: quote(`{${node.value}}`, 50),
          expected: 'plain text: MDX runs what is inside { } as program code when the site is built',
          fix: 'Write the text without braces. If you need a "{" or "}" character, put it in `backticks`.',
        }),
      );
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      findings.push(...elementFindings(file, node as Element, components, known));
    }
  }
  return findings;
}

function elementFindings(file: string, node: Element, components: readonly string[], known: string): Finding[] {
  const findings: Finding[] = [];
  const name = node.name;
  if (name !== null && !components.includes(name) && !allowedHtmlElements.includes(name)) {
    const close = components.find((c) => c.toLowerCase() === name.toLowerCase());
    findings.push(
      finding(file, placeOf(node), {
        summary: `<${name}> is not a component or element content may use`,
        found: `<${name}>`,
        expected: known,
        fix: close
          ? `Write <${close}> (component names are case-sensitive).`
          : `Use one of the components listed (see CONTRIBUTING.md), or write the content in Markdown. For a picture use <Figure>, for a link [text](/en/…/).`,
      }),
    );
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      findings.push(
        finding(file, placeOf(attribute.position ? attribute : node), {
          summary: `<${name}> has an attribute written as program code`,
          found: quote(`{${attribute.value}}`, 50),
          expected: 'attributes of the form name="text"',
          fix: 'Write each attribute as name="text".',
        }),
      );
      continue;
    }
    if (typeof attribute.value === 'object' && attribute.value !== null) {
      findings.push(
        finding(file, placeOf(attribute.position ? attribute : node), {
          summary: `the attribute ${attribute.name} of <${name}> is written as program code`,
          found: quote(`${attribute.name}={${attribute.value.value}}`, 50),
          expected: `${attribute.name}="…" with plain text in double quotes`,
          fix: `Write ${attribute.name}="…" with the value in double quotes instead of curly braces.`,
        }),
      );
    }
    if (/^on/i.test(attribute.name) || attribute.name.includes(':') || /^dangerously/i.test(attribute.name)) {
      findings.push(
        finding(file, placeOf(attribute.position ? attribute : node), {
          summary: `the attribute ${attribute.name} of <${name}> would run code in the page or change how it is built`,
          found: `${attribute.name}=…`,
          expected: 'only attributes that describe content (id, type, title, src, alt, caption …)',
          fix: `Remove ${attribute.name}.`,
        }),
      );
    }
  }
  return findings;
}
