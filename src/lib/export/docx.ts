/**
 * mdast → DOCX (the `docx` library): real heading styles, lists as lists, tables as tables with a
 * repeating header row, figures embedded (SVG with a PNG fallback for older word processors), callouts
 * as shaded boxes, quizzes as a question sheet with the answer key at the end. Editable in Word and
 * LibreOffice. Output is made byte-identical between builds (seeded ids, fixed dates; see `pack`).
 */
import { Resvg } from '@resvg/resvg-js';
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  Footer,
  Header,
  TableOfContents,
  type ParagraphChild,
} from 'docx';
import { unzipSync, zipSync } from 'fflate';
import type { List, PhrasingContent, RootContent, Table as MdTable } from 'mdast';
import type { Lang } from '../../i18n/locales';
import { langToLocale } from '../../i18n/locales';
import { formatDate, t } from '../../i18n/ui';
import { licences } from '../content/licences';
import { answerText, num, quizzesIn, type DocumentPart, type ExportContext, type ExportDocument, type QuizData } from './document';
import { fontFiles } from './fonts';
import { attr, textOf, type JsxElement } from './mdx';

/** Fonts named in the DOCX: common on Windows and macOS; LibreOffice substitutes metric twins. */
const FONT = 'Calibri';
const MONO = 'Consolas';
/** The fixed date stored in every ZIP entry and in DOCX metadata when the content has no date. */
export const EPOCH = new Date(Date.UTC(2024, 0, 1));

type Block = Paragraph | Table;

interface State {
  ctx: ExportContext;
  part: DocumentPart;
  headingShift: number;
  lists: number;
  /** Inline formatting inherited from enclosing strong/emphasis. */
  bold: boolean;
  italics: boolean;
}

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

function runs(nodes: PhrasingContent[], s: State): ParagraphChild[] {
  return nodes.flatMap((n) => run(n, s));
}

function run(node: PhrasingContent | RootContent, s: State): ParagraphChild[] {
  switch (node.type) {
    case 'text':
      return [new TextRun({ text: node.value.replace(/\s*\n\s*/g, ' '), bold: s.bold, italics: s.italics })];
    case 'strong':
      return runs(node.children, { ...s, bold: true });
    case 'emphasis':
      return runs(node.children, { ...s, italics: true });
    case 'delete':
      return runs(node.children, s);
    case 'inlineCode':
      return [new TextRun({ text: node.value, font: MONO, bold: s.bold })];
    case 'break':
      return [new TextRun({ break: 1 })];
    case 'link': {
      const url = node.url.startsWith('/') ? `${siteUrl}${node.url}` : node.url;
      return [
        new ExternalHyperlink({ link: url, children: runs(node.children, s).map((r) => (r instanceof TextRun ? r : r)) as TextRun[] }),
      ];
    }
    case 'mdxJsxTextElement':
    case 'mdxJsxFlowElement':
      if (node.name === 'Term' && node.children.length === 0) {
        return [new TextRun({ text: s.ctx.term(attr(node, 'id') ?? '', s.part.contentLang) ?? '', bold: s.bold, italics: s.italics })];
      }
      return runs(node.children as PhrasingContent[], s);
    default:
      return 'children' in node ? runs(node.children as PhrasingContent[], s) : [];
  }
}

let siteUrl = '';
export function setDocxSiteUrl(url: string): void {
  siteUrl = url.replace(/\/$/, '');
}

function blocks(nodes: RootContent[], s: State, indent = 0): Block[] {
  return nodes.flatMap((n) => block(n, s, indent));
}

function block(node: RootContent, s: State, indent: number): Block[] {
  switch (node.type) {
    case 'paragraph':
      if ((node.data as { fillBox?: boolean } | undefined)?.fillBox) return [writingBox()];
      return [new Paragraph({ children: runs(node.children, s), ...(indent ? { indent: { left: indent } } : {}) })];
    case 'heading':
      return [
        new Paragraph({
          heading: headingLevels[Math.min(5, Math.max(0, node.depth + s.headingShift - 1))]!,
          children: runs(node.children, s),
        }),
      ];
    case 'list':
      return list(node, s, 0);
    case 'table':
      return [table(node, s)];
    case 'code':
      return [codeBlock(node.value)];
    case 'blockquote':
      return blocks(node.children, s, indent + 400);
    case 'thematicBreak':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, children: [] })];
    case 'mdxJsxFlowElement':
      return jsxBlock(node, s);
    default:
      return [];
  }
}

function list(node: List, s: State, level: number): Block[] {
  const reference = node.ordered ? `ordered-${++s.lists}` : 'bullets';
  return node.children.flatMap((item) =>
    item.children.flatMap((child, i): Block[] => {
      if (child.type === 'list') return list(child, s, level + 1);
      if (child.type === 'paragraph') {
        const box = item.checked === true ? '☑ ' : item.checked === false ? '☐ ' : '';
        return [
          new Paragraph({
            ...(i === 0 ? { numbering: { reference, level } } : { indent: { left: 720 * (level + 1) } }),
            children: [...(box ? [new TextRun(box)] : []), ...runs(child.children, s)],
          }),
        ];
      }
      return block(child, s, 720 * (level + 1));
    }),
  );
}

function cellParagraphs(cell: PhrasingContent[], s: State, bold = false): Paragraph[] {
  return [new Paragraph({ children: runs(cell, { ...s, bold: bold || s.bold }) })];
}

function table(node: MdTable, s: State): Table {
  const count = Math.max(...node.children.map((r) => r.children.length));
  const weights = Array.from({ length: count }, (_, i) => {
    const avg =
      node.children.reduce((sum, r) => sum + textOf(r.children[i] ?? { type: 'text', value: '' }).length, 0) / node.children.length;
    return Math.min(4, Math.max(1, Math.round(Math.sqrt(avg) / 2)));
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: node.children.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          // Rows to write in are at least 0.8 cm high.
          ...(row.children.some((c) => (c.data as { fill?: boolean } | undefined)?.fill)
            ? { height: { value: 454, rule: 'atLeast' as const } }
            : {}),
          children: Array.from(
            { length: count },
            (_, c) =>
              new TableCell({
                width: { size: Math.round((weights[c]! / total) * 100), type: WidthType.PERCENTAGE },
                ...(r === 0 ? { shading: { type: ShadingType.CLEAR, fill: 'E8EDF3', color: 'auto' } } : {}),
                children: cellParagraphs(row.children[c]?.children ?? [], s, r === 0),
              }),
          ),
        }),
    ),
  });
}

function codeBlock(code: string): Paragraph {
  const lines = code.split('\n');
  return new Paragraph({
    style: 'Code',
    children: lines.map((line, i) => new TextRun({ text: line, font: MONO, break: i > 0 ? 1 : 0 })),
  });
}

/** A one-cell table with a coloured left border: the DOCX form of callouts and answer boxes. */
function box(children: Block[], colour: string, fill: string): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: none,
      bottom: none,
      right: none,
      left: { style: BorderStyle.SINGLE, size: 24, color: colour },
      insideHorizontal: none,
      insideVertical: none,
    },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            shading: { type: ShadingType.CLEAR, fill, color: 'auto' },
            children: children.length ? children : [new Paragraph('')],
          }),
        ],
      }),
    ],
  });
}

/** An empty bordered box to write in (forms). */
function writingBox(): Table {
  const line = { style: BorderStyle.SINGLE, size: 4, color: '777777' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [new TableRow({ height: { value: 1020, rule: 'atLeast' }, children: [new TableCell({ children: [new Paragraph('')] })] })],
  });
}

const calloutColours: Record<string, [string, string]> = {
  safety: ['B00020', 'FBEAEC'],
  warning: ['8A5300', 'FBF1E3'],
  tip: ['1B6B33', 'E9F4EC'],
  note: ['0B4F8A', 'E8F0F8'],
};

function svgSize(svg: string): { width: number; height: number } {
  const view = /viewBox="[-\d.]+[ ,]+[-\d.]+[ ,]+([\d.]+)[ ,]+([\d.]+)"/.exec(svg);
  const w = /\swidth="([\d.]+)/.exec(svg);
  const h = /\sheight="([\d.]+)/.exec(svg);
  return { width: Number(w?.[1] ?? view?.[1] ?? 600), height: Number(h?.[1] ?? view?.[2] ?? 400) };
}

/** An SVG figure as PNG (for word processors that cannot show SVG), drawn with the shipped fonts. */
export function svgToPng(svg: string, width: number): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: {
      loadSystemFonts: false,
      fontFiles: fontFiles(),
      defaultFontFamily: 'Noto Sans',
      sansSerifFamily: 'Noto Sans',
      monospaceFamily: 'Noto Sans',
    },
  });
  return resvg.render().asPng();
}

function figure(node: JsxElement, s: State): Block[] {
  const src = attr(node, 'src') ?? '';
  const bytes = s.ctx.asset(src)!;
  const alt = attr(node, 'alt') ?? '';
  const caption = attr(node, 'caption');
  const maxWidth = 600; // px at 96 dpi ≈ 15.9 cm: the text width of an A4 page with 2.5 cm margins
  let image: ImageRun;
  if (src.endsWith('.svg')) {
    const svg = new TextDecoder().decode(bytes);
    const size = svgSize(svg);
    const width = Math.min(maxWidth, size.width);
    const height = Math.round((width / size.width) * size.height);
    image = new ImageRun({
      type: 'svg',
      data: bytes,
      fallback: { type: 'png', data: svgToPng(svg, width * 2) },
      transformation: { width, height },
      altText: { description: alt, title: alt.slice(0, 80), name: src.split('/').pop()! },
    });
  } else {
    const type = src.endsWith('.png') ? 'png' : src.endsWith('.gif') ? 'gif' : 'jpg';
    image = new ImageRun({
      type,
      data: bytes,
      transformation: { width: maxWidth, height: Math.round(maxWidth * 0.66) },
      altText: { description: alt, title: alt.slice(0, 80), name: src.split('/').pop()! },
    });
  }
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [image] }),
    ...(caption ? [new Paragraph({ style: 'Caption', children: [new TextRun(caption)] })] : []),
  ];
}

function jsxBlock(node: JsxElement, s: State): Block[] {
  const children = node.children as RootContent[];
  switch (node.name) {
    case 'Callout': {
      const type = attr(node, 'type') ?? 'note';
      const [colour, fill] = calloutColours[type] ?? calloutColours['note']!;
      const label = t(s.part.contentLang, `callout.${type}` as 'callout.note').toUpperCase();
      const title = attr(node, 'title');
      return [
        box(
          [
            new Paragraph({ children: [new TextRun({ text: `${label}${title ? `: ${title}` : ''}`, bold: true, color: colour })] }),
            ...blocks(children, s),
          ],
          colour,
          fill,
        ),
      ];
    }
    case 'Figure':
      return figure(node, s);
    case 'LearningOutcomes':
      return s.part.outcomes ? outcomesTable(s.part, s.part.contentLang) : [];
    case 'Quiz':
      return quizSheet(s.ctx.quiz(attr(node, 'id') ?? '', s.part.contentLang)!, s.part.contentLang);
    case 'details': {
      const summary = children.find((c) => c.type === 'mdxJsxFlowElement' && c.name === 'summary') as JsxElement | undefined;
      const rest = children.filter((c) => c !== summary);
      return [
        box(
          [new Paragraph({ children: runs((summary?.children ?? []) as PhrasingContent[], { ...s, bold: true }) }), ...blocks(rest, s)],
          '777777',
          'F6F6F6',
        ),
      ];
    }
    default:
      return blocks(children, s);
  }
}

function outcomesTable(part: DocumentPart, lang: Lang): Block[] {
  const o = part.outcomes!;
  const row = (cells: (string | Paragraph[])[], header = false) =>
    new TableRow({
      tableHeader: header,
      children: cells.map(
        (c) =>
          new TableCell({
            ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E8EDF3', color: 'auto' } } : {}),
            children: typeof c === 'string' ? [new Paragraph({ children: [new TextRun({ text: c, bold: header })] })] : c,
          }),
      ),
    });
  const lines = (list: { id: string; text: string }[]) =>
    list.map((x) => new Paragraph({ children: [new TextRun({ text: `${x.id} `, bold: true }), new TextRun(x.text)] }));
  const out: Block[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t(lang, 'module.outcomes'))] }),
    new Paragraph(t(lang, 'module.outcomesIntro')),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        row([t(lang, 'module.knowledge'), lines(o.knowledge)]),
        row([t(lang, 'module.skills'), lines(o.skills)]),
        row([t(lang, 'module.responsibility'), lines(o.responsibility)]),
      ],
    }),
  ];
  if (part.criteria?.length) {
    out.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t(lang, 'module.criteria'))] }),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          row(['ID', t(lang, 'module.criteria'), t(lang, 'module.criterionAssesses')], true),
          ...part.criteria.map((c) => row([c.id, c.text, c.outcomes.join(', ')])),
        ],
      }),
    );
  }
  return out;
}

function quizSheet(quiz: QuizData, lang: Lang): Block[] {
  const out: Block[] = [new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(quiz.title ?? t(lang, 'export.quiz'))] })];
  quiz.questions.forEach((q, i) => {
    out.push(
      new Paragraph({
        keepNext: true,
        children: [
          new TextRun({ text: `${i + 1}. `, bold: true }),
          new TextRun(q.question),
          ...(q.type === 'multiple' ? [new TextRun({ text: ` (${t(lang, 'export.quizMultiple')})`, italics: true })] : []),
        ],
      }),
    );
    if (q.type === 'numeric')
      out.push(
        new Paragraph({
          indent: { left: 360 },
          children: [new TextRun(`${t(lang, 'export.quizYourAnswer')}: ______________ ${q.unit ?? ''}`)],
        }),
      );
    else for (const o of q.options ?? []) out.push(new Paragraph({ indent: { left: 360 }, children: [new TextRun(`☐ ${o.text}`)] }));
  });
  return out;
}

function answerKey(quizzes: { quiz: QuizData }[], lang: Lang): Block[] {
  if (!quizzes.length) return [];
  const out: Block[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(t(lang, 'export.answerKey'))] }),
  ];
  for (const { quiz } of quizzes) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(quiz.title ?? t(lang, 'export.quiz'))] }));
    quiz.questions.forEach((q, i) => {
      const answer = answerText(q, lang);
      out.push(
        new Paragraph({
          children: [
            new TextRun({ text: `${i + 1}. ${answer}`, bold: true }),
            ...(q.explanation ? [new TextRun(` — ${q.explanation}`)] : []),
          ],
        }),
      );
    });
  }
  return out;
}

function cover(doc: ExportDocument): Block[] {
  const lang = doc.lang;
  const part = doc.parts[0]!;
  const licence = licences[doc.licence];
  const facts: [string, string][] = [];
  if (doc.kind === 'module' && part.code) {
    facts.push(
      [t(lang, 'meta.code'), part.code],
      [t(lang, 'meta.eqf'), String(part.eqfLevel)],
      [t(lang, 'meta.ecvet'), num(part.ecvetPoints ?? 0, lang)],
    );
    if (part.hours) facts.push([t(lang, 'meta.hours'), num(part.hours.theory + part.hours.practice + part.hours.workBased, lang)]);
  }
  facts.push([t(lang, 'export.language'), langToLocale(lang).label]);
  if (doc.date) facts.push([t(lang, 'export.version'), formatDate(doc.date, lang)]);
  return [
    new Paragraph({ children: [new TextRun({ text: doc.programme, color: '555555' })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    ...(part.summary && doc.kind !== 'handbook' ? [new Paragraph({ style: 'Subtitle', children: [new TextRun(part.summary)] })] : []),
    ...facts.map(
      ([k, v]) => new Paragraph({ children: [new TextRun({ text: `${k}: `, color: '555555' }), new TextRun({ text: v, bold: true })] }),
    ),
    new Paragraph({
      spacing: { before: 480 },
      children: [
        new TextRun(t(lang, 'page.attribution', { title: doc.title, authors: doc.authors.join(', '), licence: licence.name })),
        new TextRun(' '),
        new ExternalHyperlink({ link: licence.url, children: [new TextRun({ text: licence.url, style: 'Hyperlink' })] }),
      ],
    }),
    new Paragraph({
      children: [
        new TextRun(`${t(lang, 'export.source')}: `),
        new ExternalHyperlink({ link: doc.pageUrl, children: [new TextRun({ text: doc.pageUrl, style: 'Hyperlink' })] }),
      ],
    }),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: t(lang, 'eu.acknowledgement'), bold: true })] }),
    new Paragraph({ children: [new TextRun({ text: t(lang, 'eu.disclaimer'), size: 16 })] }),
  ];
}

function wide(doc: ExportDocument): boolean {
  if (doc.kind !== 'form') return false;
  let widest = 0;
  for (const part of doc.parts)
    for (const node of part.tree.children) if (node.type === 'table') widest = Math.max(widest, node.children[0]?.children.length ?? 0);
  return widest >= 6;
}

/** Runs `make` with Math.random replaced by a seeded generator: the `docx` library draws its internal
 * ids (relationships, media names) from Math.random, which would make every build's file differ. */
async function seeded<T>(make: () => Promise<T>): Promise<T> {
  const original = Math.random;
  let state = 0x2545f491;
  Math.random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  try {
    return await make();
  } finally {
    Math.random = original;
  }
}

/** Re-zips a DOCX with fixed entry dates and fixed document dates: byte-identical between builds. */
export function normalizeDocx(bytes: Uint8Array, date: Date): Uint8Array {
  const files = unzipSync(bytes);
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = new TextEncoder().encode(
      new TextDecoder()
        .decode(core)
        .replace(/(<dcterms:created[^>]*>)[^<]*/, `$1${iso}`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${iso}`),
    );
  }
  // Bookmark, table-of-contents and drawing ids come from counters that run on across the documents
  // of a build: number them from 1 in each document instead.
  const body = files['word/document.xml'];
  if (body) {
    const renumber = (xml: string, pattern: RegExp) => {
      const ids = new Map<string, number>();
      return xml.replace(pattern, (_m, before: string, id: string) => {
        if (!ids.has(id)) ids.set(id, ids.size + 1);
        return `${before}${ids.get(id)}`;
      });
    };
    let xml = new TextDecoder().decode(body);
    xml = renumber(xml, /(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)/g);
    xml = renumber(xml, /(_Toc)(\d+)/g);
    xml = renumber(xml, /(<wp:docPr\b[^>]*?\bid=")(\d+)/g);
    files['word/document.xml'] = new TextEncoder().encode(xml);
  }
  const entries = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: EPOCH }] as const]));
  return zipSync(entries as never, { level: 6 });
}

/** Builds the DOCX of a document. */
export async function toDocx(
  doc: ExportDocument,
  ctx: ExportContext,
  extraBlocks: (lang: Lang) => Block[] = () => [],
): Promise<Uint8Array> {
  return seeded(async () => {
    const handbook = doc.kind === 'handbook';
    const form = doc.kind === 'form';
    const body: Block[] = [];
    if (form) {
      body.push(
        new Paragraph({ children: [new TextRun({ text: doc.programme, color: '555555', size: 17 })] }),
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
        new Paragraph({
          children: [
            new TextRun({
              text: `${t(doc.lang, 'page.attribution', { title: doc.title, authors: doc.authors.join(', '), licence: licences[doc.licence].name })} ${t(doc.lang, 'eu.acknowledgement')}`,
              size: 15,
              color: '555555',
            }),
          ],
        }),
      );
    } else {
      body.push(...cover(doc));
      // Not a heading style: the table of contents would list itself.
      body.push(
        new Paragraph({
          pageBreakBefore: true,
          spacing: { after: 200 },
          children: [new TextRun({ text: t(doc.lang, 'export.contents'), bold: true, size: 30, color: '1F3A5F' })],
        }),
      );
      body.push(new TableOfContents(t(doc.lang, 'export.contents'), { hyperlink: true, headingStyleRange: '1-2' }) as unknown as Paragraph);
    }
    const quizzes: { quiz: QuizData }[] = [];
    let lists = 0;
    for (const part of doc.parts) {
      const s: State = { ctx, part, headingShift: handbook ? 0 : form ? -2 : -1, lists, bold: false, italics: false };
      if (handbook) {
        body.push(
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            pageBreakBefore: true,
            children: [new TextRun([part.code, part.title].filter(Boolean).join(' '))],
          }),
        );
        if (part.fallbackNotice) body.push(box([new Paragraph(part.fallbackNotice)], '0B4F8A', 'E8F0F8'));
      } else if (!form) body.push(new Paragraph({ pageBreakBefore: true, children: [] }));
      if (part.outcomes) body.push(...outcomesTable(part, part.contentLang));
      body.push(...blocks(part.tree.children, s));
      lists = s.lists;
      quizzes.push(...quizzesIn(part, ctx));
    }
    body.push(...extraBlocks(doc.lang), ...answerKey(quizzes, doc.lang));
    const document = new Document({
      creator: doc.authors.join(', '),
      title: doc.title,
      description: doc.parts[0]?.summary ?? doc.title,
      keywords: '4CHANGE, CNC, Industry 4.0, ECVET, OER',
      lastModifiedBy: '4CHANGE library',
      features: { updateFields: true },
      styles: {
        default: {
          document: { run: { font: FONT, size: 21 } },
          title: { run: { font: FONT, size: 48, bold: true } },
          heading1: { run: { font: FONT, size: 30, bold: true, color: '1F3A5F' } },
          heading2: { run: { font: FONT, size: 26, bold: true, color: '1F3A5F' } },
          heading3: { run: { font: FONT, size: 23, bold: true } },
        },
        paragraphStyles: [
          {
            id: 'Code',
            name: 'Code',
            basedOn: 'Normal',
            run: { font: MONO, size: 18 },
            paragraph: { shading: { type: ShadingType.CLEAR, fill: 'F3F3F3', color: 'auto' }, spacing: { before: 120, after: 120 } },
          },
          {
            id: 'Caption',
            name: 'Caption',
            basedOn: 'Normal',
            run: { size: 17, italics: true },
            paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 200 } },
          },
          { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', run: { size: 26, color: '333333' } },
        ],
      },
      numbering: {
        config: [
          {
            reference: 'bullets',
            levels: [0, 1, 2].map((level) => ({
              level,
              format: LevelFormat.BULLET,
              text: ['•', '◦', '▪'][level]!,
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
            })),
          },
          ...Array.from({ length: Math.max(1, lists) }, (_, i) => ({
            reference: `ordered-${i + 1}`,
            levels: [0, 1, 2].map((level) => ({
              level,
              format: level === 1 ? LevelFormat.LOWER_LETTER : LevelFormat.DECIMAL,
              text: `%${level + 1}.`,
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
            })),
          })),
        ],
      },
      sections: [
        {
          properties: {
            page: {
              // A4; forms with wide tables (six columns or more) in landscape.
              size: wide(doc) ? { width: 16838, height: 11906, orientation: PageOrientation.LANDSCAPE } : { width: 11906, height: 16838 },
              margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
            },
          },
          headers: {
            default: new Header({
              children: [
                new Paragraph({
                  children: [
                    new TextRun({
                      text: [doc.parts[0]?.code && !handbook ? doc.parts[0].code : '', doc.title].filter(Boolean).join(' · '),
                      size: 16,
                      color: '555555',
                    }),
                  ],
                }),
              ],
            }),
          },
          footers: {
            default: new Footer({
              children: [
                new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 16 })] }),
              ],
            }),
          },
          children: body,
        },
      ],
    });
    const bytes = await Packer.toBuffer(document);
    return normalizeDocx(new Uint8Array(bytes), doc.date ?? EPOCH);
  });
}
