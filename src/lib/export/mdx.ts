/**
 * Reads an MDX content file into frontmatter data and an mdast tree for the exporters (PDF, DOCX).
 * The page pipeline renders with Astro's own processor; the exporters parse the same source with
 * remark so they see the components as MDX JSX nodes with their attributes and positions.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Content an exporter cannot turn into a faithful document: stops the build with file and line. */
export class ExportError extends Error {
  override name = 'ExportError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    what: string,
    fix: string,
    readonly column?: number,
  ) {
    super(`${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${what}\n  How to fix: ${fix}`);
  }
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

export interface ParsedMdx {
  file: string;
  data: Record<string, unknown>;
  tree: Root;
}

/** Parses MDX source; the frontmatter node is removed from the tree and returned as data. */
export function parseMdx(source: string, file: string): ParsedMdx {
  const tree = processor.parse(source) as Root;
  let data: Record<string, unknown> = {};
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    data = (parseYaml(first.value) ?? {}) as Record<string, unknown>;
    tree.children.shift();
  }
  return { file, data, tree };
}

/** A string attribute of a JSX element (`undefined` when absent or given as an expression). */
export function attr(node: JsxElement, name: string): string | undefined {
  const a = node.attributes.find((x): x is MdxJsxAttribute => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a) return undefined;
  if (a.value === null || a.value === undefined) return 'true';
  return typeof a.value === 'string' ? a.value : undefined;
}

/** Plain text of a node and its descendants. */
export function textOf(node: RootContent | Root): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('');
  return '';
}
