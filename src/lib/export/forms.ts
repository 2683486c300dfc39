/**
 * Forms for work-based learning. A toolkit marks the part of its text that is a form with
 * `<Form id="learning-agreement" title="…" layout="fields|grid|sheet" rows="12">…</Form>`; the
 * page shows the text as it is, and the downloads get a fillable DOCX and a printable PDF of it:
 * - `fields`: a two-column table (what / what to fill in) gets a third, empty column to write in;
 * - `grid`: a table becomes its header row plus `rows` empty rows (examples are dropped);
 * - `sheet`: tables with empty cells get `rows` rows; every paragraph that starts with a bold label
 *   and more text ("**Signatures:** mentor, learner, date.") gets a box to write in after it.
 */
import type { RootContent, Table, TableCell, TableRow } from 'mdast';
import { t } from '../../i18n/ui';
import type { DocumentPart, ExportContext, ExportDocument } from './document';
import { attr, ExportError, textOf, type JsxElement } from './mdx';

export type FormLayout = 'fields' | 'grid' | 'sheet';

/** An empty cell to write in (the writers give it a height). */
function fillCell(): TableCell {
  return { type: 'tableCell', children: [], data: { fill: true } } as TableCell;
}

function emptyRow(columns: number): TableRow {
  return { type: 'tableRow', children: Array.from({ length: columns }, fillCell) };
}

function isEmpty(cell: TableCell): boolean {
  return textOf(cell).trim() === '';
}

function transformTable(table: Table, layout: FormLayout, rows: number, entryLabel: string): Table {
  const [head, ...body] = table.children;
  if (!head) return table;
  const columns = head.children.length;
  if (layout === 'fields') {
    return {
      ...table,
      align: [...(table.align ?? []), null],
      children: [
        { type: 'tableRow', children: [...head.children, { type: 'tableCell', children: [{ type: 'text', value: entryLabel }] }] },
        ...body.map((row): TableRow => ({ type: 'tableRow', children: [...row.children, fillCell()] })),
      ],
    };
  }
  if (layout === 'grid') return { ...table, children: [head, ...Array.from({ length: rows }, () => emptyRow(columns))] };
  // sheet: only tables meant to be filled in (they have empty cells) grow.
  if (!body.some((row) => row.children.some(isEmpty))) return table;
  const filled = body.map((row): TableRow => ({ type: 'tableRow', children: row.children.map((c) => (isEmpty(c) ? fillCell() : c)) }));
  return { ...table, children: [head, ...filled, ...Array.from({ length: Math.max(0, rows - filled.length) }, () => emptyRow(columns))] };
}

/** A box to write in, after a labelled paragraph of a `sheet` form. */
export function writingBox(): RootContent {
  return { type: 'paragraph', children: [], data: { fillBox: true } } as RootContent;
}

function transform(nodes: RootContent[], layout: FormLayout, rows: number, entryLabel: string): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'table') return [transformTable(node, layout, rows, entryLabel)];
    // "**Signatures:** mentor, learner, date." gets a box to write in; a label alone ("**Levels:**")
    // introduces the next block and does not.
    if (
      layout === 'sheet' &&
      node.type === 'paragraph' &&
      node.children[0]?.type === 'strong' &&
      /:\s*$/.test(textOf(node.children[0])) &&
      textOf(node).trim() !== textOf(node.children[0]).trim()
    )
      return [node, writingBox()];
    return [node];
  });
}

export interface FormDocument {
  id: string;
  doc: ExportDocument;
}

/** The forms marked in a toolkit, each as a document of its own. */
export function formDocuments(doc: ExportDocument, _ctx: ExportContext): FormDocument[] {
  const part = doc.parts[0];
  if (!part) return [];
  const forms: FormDocument[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Form') forms.push(formDocument(node, doc, part));
      else if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(part.tree.children);
  return forms;
}

function formDocument(node: JsxElement, doc: ExportDocument, part: DocumentPart): FormDocument {
  const line = node.position?.start.line;
  const id = attr(node, 'id') ?? '';
  const title = attr(node, 'title') ?? '';
  const layout = (attr(node, 'layout') ?? 'sheet') as FormLayout;
  const rows = Number(attr(node, 'rows') ?? 8);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    throw new ExportError(
      part.file,
      line,
      `<Form id="${id}"> needs an id in lower case letters, digits and hyphens.`,
      'give the form an id like "learning-agreement" (the same in every language).',
    );
  if (title.length < 3)
    throw new ExportError(part.file, line, `<Form id="${id}"> has no title.`, 'add title="…", the name of the form in this language.');
  if (!['fields', 'grid', 'sheet'].includes(layout))
    throw new ExportError(part.file, line, `<Form id="${id}"> has layout="${layout}".`, 'use layout="fields", "grid" or "sheet".');
  if (!Number.isInteger(rows) || rows < 1 || rows > 60)
    throw new ExportError(
      part.file,
      line,
      `<Form id="${id}"> has rows="${attr(node, 'rows')}".`,
      'give the number of empty rows as a whole number from 1 to 60.',
    );
  const children = transform(node.children as RootContent[], layout, rows, t(part.contentLang, 'export.formEntry'));
  return {
    id,
    doc: {
      ...doc,
      kind: 'form',
      title,
      parts: [{ file: part.file, contentLang: part.contentLang, title, tree: { type: 'root', children } }],
    },
  };
}
