/**
 * mdast → Typst markup, and the page design of every PDF: A4, cover page with the unit's facts,
 * licence, attribution and EU acknowledgement, table of contents, learning-outcomes table, running
 * headers and page numbers. Text is emitted through Typst functions (`#strong[…]`, `#table(…)`) with
 * every markup character escaped, so no content can change the document's structure.
 */
import type { Root, RootContent, PhrasingContent, Table, List } from 'mdast';
import type { Lang } from '../../i18n/locales';
import { langToLocale } from '../../i18n/locales';
import { t, formatDate } from '../../i18n/ui';
import { licences } from '../content/licences';
import { answerText, num, quizzesIn, type DocumentPart, type ExportContext, type ExportDocument, type QuizData } from './document';
import { attr, textOf, type JsxElement } from './mdx';
import { visit } from 'unist-util-visit';
import { textFamilies } from './fonts';

/** Fonts named explicitly (DESIGN.md): the Noto Sans family ships with the project; DejaVu Sans Mono is Typst's own. */
export const pdfFonts = { text: textFamilies, mono: 'DejaVu Sans Mono' } as const;

/** Escapes text for Typst markup: every character with a markup meaning gets a backslash. */
export function escapeMarkup(text: string): string {
  return text.replace(/[\\*_`#$<>@[\]~=\-+/'"]/g, (c) => `\\${c}`).replace(/(\d)\./g, '$1\\.');
}

/** A Typst string literal. */
export function str(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '')}"`;
}

interface State {
  ctx: ExportContext;
  part: DocumentPart;
  /** Heading levels are shifted so that the first level in the part lands on `headingBase`. */
  headingShift: number;
  /** Files the document uses (path inside the Typst world → bytes). */
  files: Map<string, Uint8Array>;
  quizNumber: number;
}

function inline(nodes: PhrasingContent[], s: State): string {
  return nodes.map((n) => inlineNode(n, s)).join('');
}

function inlineNode(node: PhrasingContent | RootContent, s: State): string {
  switch (node.type) {
    case 'text':
      return escapeMarkup(node.value.replace(/\s*\n\s*/g, ' '));
    case 'strong':
      return `#strong[${inline(node.children, s)}];`;
    case 'emphasis':
      return `#emph[${inline(node.children, s)}];`;
    case 'delete':
      return `#strike[${inline(node.children, s)}];`;
    case 'inlineCode':
      return `#raw(${str(node.value)});`;
    case 'break':
      return ' \\\n';
    case 'link': {
      const label = inline(node.children, s);
      return `#link(${str(absolute(node.url))})[${label}];`;
    }
    case 'image':
      return escapeMarkup(node.alt ?? '');
    case 'mdxJsxTextElement':
    case 'mdxJsxFlowElement':
      return jsxInline(node, s);
    case 'html':
      return '';
    default:
      return 'children' in node ? inline(node.children as PhrasingContent[], s) : 'value' in node ? escapeMarkup(String(node.value)) : '';
  }
}

/** Links inside the site become absolute, so they work from a printed or downloaded file. */
let siteUrl = '';
export function setSiteUrl(url: string): void {
  siteUrl = url.replace(/\/$/, '');
}
function absolute(url: string): string {
  return url.startsWith('/') ? `${siteUrl}${url}` : url;
}

function jsxInline(node: JsxElement, s: State): string {
  if (node.name === 'Term') {
    const children = node.children as PhrasingContent[];
    return children.length ? inline(children, s) : escapeMarkup(s.ctx.term(attr(node, 'id') ?? '', s.part.contentLang) ?? '');
  }
  return inline(node.children as PhrasingContent[], s);
}

function blocks(nodes: RootContent[], s: State): string {
  return nodes
    .map((n) => block(n, s))
    .filter(Boolean)
    .join('\n\n');
}

function block(node: RootContent, s: State): string {
  switch (node.type) {
    case 'paragraph':
      if ((node.data as { fillBox?: boolean } | undefined)?.fillBox) return '#box(width: 100%, height: 1.8cm, stroke: 0.5pt + luma(120))';
      return inline(node.children, s);
    case 'heading': {
      const level = Math.max(1, node.depth + s.headingShift);
      return `#heading(level: ${level})[${inline(node.children, s)}]`;
    }
    case 'list':
      return list(node, s);
    case 'table':
      return table(node, s);
    case 'code':
      return `#code-block(${str(node.lang ?? '')}, ${str(node.value)})`;
    case 'blockquote':
      return `#quote(block: true)[${blocks(node.children, s)}]`;
    case 'thematicBreak':
      return '#line(length: 100%, stroke: 0.5pt + luma(160))';
    case 'mdxJsxFlowElement':
      return jsxBlock(node, s);
    case 'html':
    case 'yaml':
    case 'definition':
      return '';
    default:
      return 'children' in node ? inline(node.children as PhrasingContent[], s) : '';
  }
}

function list(node: List, s: State): string {
  const items = node.children.map((item) => {
    const checkbox = item.checked === true ? '#checkbox(true) ' : item.checked === false ? '#checkbox(false) ' : '';
    return `[${checkbox}${blocks(item.children, s)}]`;
  });
  return node.ordered
    ? `#enum(start: ${node.start ?? 1}, tight: ${node.spread ? 'false' : 'true'}, ${items.join(', ')})`
    : `#list(tight: ${node.spread ? 'false' : 'true'}, ${items.join(', ')})`;
}

/** Column widths in proportion to how much text a column holds (so wide text columns get room). */
function columnWeights(rows: string[][]): string {
  const count = Math.max(...rows.map((r) => r.length));
  const weights = Array.from({ length: count }, (_, i) => {
    const lengths = rows.map((r) => (r[i] ?? '').length);
    const avg = lengths.reduce((a, b) => a + b, 0) / rows.length;
    return Math.min(4, Math.max(1, Math.round(Math.sqrt(avg) / 2)));
  });
  return `(${weights.map((w) => `${w}fr`).join(', ')},)`;
}

function table(node: Table, s: State): string {
  const rows = node.children.map((row) =>
    row.children.map((cell) => ((cell.data as { fill?: boolean } | undefined)?.fill ? '#box(height: 0.75cm)' : inline(cell.children, s))),
  );
  const plain = node.children.map((row) => row.children.map((cell) => textOf(cell)));
  const [head = [], ...body] = rows;
  const count = Math.max(...rows.map((r) => r.length));
  const pad = (r: string[]) => [...r, ...Array.from({ length: count - r.length }, () => '')];
  return [
    `#data-table(columns: ${columnWeights(plain)},`,
    `  table.header(${pad(head)
      .map((c) => `[#strong[${c}]]`)
      .join(', ')}),`,
    ...body.map(
      (r) =>
        `  ${pad(r)
          .map((c) => `[${c}]`)
          .join(', ')},`,
    ),
    ')',
  ].join('\n');
}

function jsxBlock(node: JsxElement, s: State): string {
  const children = node.children as RootContent[];
  switch (node.name) {
    case 'Callout': {
      const type = attr(node, 'type') ?? 'note';
      const label = t(s.part.contentLang, `callout.${type}` as 'callout.note');
      const title = attr(node, 'title');
      return `#callout(${str(type)}, ${str(label)}, ${title ? `[${escapeMarkup(title)}]` : 'none'})[${blocks(children, s)}]`;
    }
    case 'Figure': {
      const src = attr(node, 'src') ?? '';
      const path = `/assets${src}`;
      s.files.set(path, forTypst(src, s.ctx.asset(src)!));
      const caption = attr(node, 'caption');
      return `#figure(image(${str(path)}, alt: ${str(attr(node, 'alt') ?? '')}, width: 85%)${caption ? `, caption: [${escapeMarkup(caption)}]` : ''})`;
    }
    case 'Steps':
      return blocks(children, s);
    case 'LearningOutcomes':
      return s.part.outcomes ? outcomesTable(s.part, s.part.contentLang) : '';
    case 'Quiz': {
      const quiz = s.ctx.quiz(attr(node, 'id') ?? '', s.part.contentLang)!;
      s.quizNumber += 1;
      return quizSheet(quiz, s.part.contentLang);
    }
    case 'GCodeSimulator':
    case 'Form':
      return blocks(children, s);
    case 'details': {
      const summary = children.find((c) => c.type === 'mdxJsxFlowElement' && c.name === 'summary') as JsxElement | undefined;
      const rest = children.filter((c) => c !== summary);
      const label = summary ? inline(summary.children as PhrasingContent[], s) : '';
      return `#answer-box[${label}][${blocks(rest, s)}]`;
    }
    default:
      return blocks(children, s);
  }
}

/** SVG text asks for "sans-serif": name the shipped font so every machine draws the same glyphs. */
function forTypst(src: string, bytes: Uint8Array): Uint8Array {
  if (!src.endsWith('.svg')) return bytes;
  const text = new TextDecoder()
    .decode(bytes)
    .replace(/font-family="(?:sans-serif|Arial|Helvetica)[^"]*"/g, `font-family="${pdfFonts.text.map((f) => `'${f}'`).join(', ')}"`);
  return new TextEncoder().encode(text.replace(/font-family="monospace"/g, `font-family="${pdfFonts.mono}"`));
}

function outcomesTable(part: DocumentPart, lang: Lang): string {
  const o = part.outcomes!;
  const rows = (
    [
      ['module.knowledge', o.knowledge],
      ['module.skills', o.skills],
      ['module.responsibility', o.responsibility],
    ] as const
  ).map(
    ([key, list]) =>
      `[#strong[${escapeMarkup(t(lang, key))}]], [${list.map((x) => `#strong[${x.id}] ${escapeMarkup(x.text)}`).join(' \\\n')}]`,
  );
  return [
    `#heading(level: 1, outlined: true)[${escapeMarkup(t(lang, 'module.outcomes'))}]`,
    escapeMarkup(t(lang, 'module.outcomesIntro')),
    `#data-table(columns: (1fr, 4fr), ${rows.join(',\n  ')})`,
    ...(part.criteria?.length
      ? [
          `#heading(level: 2)[${escapeMarkup(t(lang, 'module.criteria'))}]`,
          `#data-table(columns: (1fr, 5fr, 1.4fr), table.header([#strong[ID]], [#strong[${escapeMarkup(t(lang, 'module.criteria'))}]], [#strong[${escapeMarkup(t(lang, 'module.criterionAssesses'))}]]), ${part.criteria
            .map((c) => `[${c.id}], [${escapeMarkup(c.text)}], [${c.outcomes.join(', ')}]`)
            .join(',\n  ')})`,
        ]
      : []),
  ].join('\n\n');
}

/** The questions of a quiz as a printable sheet: boxes to tick, a line to write a number on. */
function quizSheet(quiz: QuizData, lang: Lang): string {
  const title = quiz.title ?? t(lang, 'export.quiz');
  const items = quiz.questions.map((q) => {
    const hint = q.type === 'multiple' ? ` #text(size: 0.85em, style: "italic")[(${escapeMarkup(t(lang, 'export.quizMultiple'))})]` : '';
    const body =
      q.type === 'numeric'
        ? `#v(0.3em) ${escapeMarkup(t(lang, 'export.quizYourAnswer'))}: #box(width: 4cm, stroke: (bottom: 0.5pt), height: 1em) ${escapeMarkup(q.unit ?? '')}`
        : `#v(0.2em) ${(q.options ?? []).map((o) => `#checkbox(false) ${escapeMarkup(o.text)}`).join(' \\\n')}`;
    return `[${escapeMarkup(q.question)}${hint} \\\n${body}]`;
  });
  return `#quiz-sheet[${escapeMarkup(title)}][#enum(tight: false, ${items.join(', ')})]`;
}

/** Answers and explanations of every quiz of the document, printed at its end. */
function answerKey(quizzes: { quiz: QuizData }[], lang: Lang): string {
  if (!quizzes.length) return '';
  const sections = quizzes.map(({ quiz }) => {
    const items = quiz.questions.map((q) => {
      const answer = answerText(q, lang);
      return `[#strong[${escapeMarkup(answer)}]${q.explanation ? ` — ${escapeMarkup(q.explanation)}` : ''}]`;
    });
    return `#strong[${escapeMarkup(quiz.title ?? t(lang, 'export.quiz'))}]\n\n#enum(${items.join(', ')})`;
  });
  return `#pagebreak(weak: true)\n#heading(level: 1)[${escapeMarkup(t(lang, 'export.answerKey'))}]\n\n${sections.join('\n\n')}`;
}

function date(d: Date | undefined): string {
  return d ? `datetime(year: ${d.getUTCFullYear()}, month: ${d.getUTCMonth() + 1}, day: ${d.getUTCDate()})` : 'none';
}

function preamble(doc: ExportDocument, headerLeft: string): string {
  // Documents with a cover page show no header and footer on it.
  const chrome = doc.kind === 'form' ? 'true' : 'counter(page).get().first() > 1';
  return `
#set document(title: ${str(doc.title)}, author: (${doc.authors.map(str).join(', ')},), keywords: ("4CHANGE", "CNC", "Industry 4.0", "ECVET", "OER"), date: ${date(doc.date)})
#set text(font: (${pdfFonts.text.map(str).join(', ')}), size: 10pt, lang: ${str(doc.lang)}, hyphenate: true, fallback: false)
#show raw: set text(font: ${str(pdfFonts.mono)}, size: 8.5pt)
#set par(leading: 0.62em, spacing: 0.9em)
#set heading(numbering: "1.1")
#show heading: set block(above: 1.4em, below: 0.7em)
#show heading.where(level: 1): set text(size: 15pt)
#show heading.where(level: 2): set text(size: 12.5pt)
#show heading.where(level: 3): set text(size: 11pt)
#show link: set text(fill: rgb("#0b4f8a"))
#set figure(gap: 0.6em)
#show figure.caption: it => text(size: 8.5pt, it.body)
#set table(stroke: 0.5pt + luma(150), inset: 5pt)
#set page(
  paper: "a4",
  margin: (x: 2cm, top: 2.6cm, bottom: 2.4cm),
  header: context {
    if ${chrome} {
      set text(size: 8pt, fill: luma(70))
      let before = query(heading.where(level: 1).before(here()))
      [${escapeMarkup(headerLeft)} #h(1fr) #if before.len() > 0 { before.last().body }]
      v(-0.5em)
      line(length: 100%, stroke: 0.4pt + luma(150))
    }
  },
  footer: context {
    if ${chrome} {
      set text(size: 8pt, fill: luma(70))
      [${escapeMarkup(doc.programme)} #h(1fr) ${escapeMarkup(t(doc.lang, 'export.page'))} #counter(page).display("1 / 1", both: true)]
    }
  },
)
#let data-table(columns: auto, ..cells) = block(breakable: true, table(columns: columns, ..cells))
#let checkbox(checked) = box(width: 0.75em, height: 0.75em, stroke: 0.6pt, baseline: 0.05em, inset: 0pt, if checked { align(center + horizon, text(size: 0.7em)[x]) })
#let callout(kind, label, title, body) = {
  let accent = if kind == "safety" { rgb("#b00020") } else if kind == "warning" { rgb("#8a5300") } else if kind == "tip" { rgb("#1b6b33") } else { rgb("#0b4f8a") }
  block(width: 100%, inset: (left: 10pt, rest: 7pt), stroke: (left: (if kind == "safety" { 3.5pt } else { 2pt }) + accent), fill: accent.lighten(93%), breakable: true)[
    #text(weight: "bold", fill: accent)[#upper(label)#if title != none [: #title]]
    #v(0.2em)
    #body
  ]
}
#let code-block(lang, code) = block(width: 100%, inset: 7pt, fill: luma(245), stroke: 0.5pt + luma(190), breakable: true)[
  #if lang != "" { place(top + right, text(size: 7pt, fill: luma(90), upper(lang))) }
  #raw(code, block: true)
]
#let answer-box(label, body) = block(width: 100%, inset: 7pt, stroke: (left: 1.5pt + luma(120)), fill: luma(248), breakable: true)[
  #text(weight: "bold", size: 0.9em, label)
  #v(0.1em)
  #body
]
#let quiz-sheet(title, body) = block(width: 100%, inset: 9pt, stroke: 0.8pt + luma(120), radius: 3pt, breakable: true)[
  #text(weight: "bold", size: 11pt, title)
  #v(0.3em)
  #body
]
#let eu-flag(width) = box(width: width, height: width * 2 / 3, fill: rgb("#003399"), {
  let r = width * 2 / 9
  for i in range(12) {
    let a = i * 30deg
    let cx = width / 2 + r * calc.cos(a)
    let cy = width / 3 + r * calc.sin(a)
    let s = width / 36
    place(top + left, dx: cx - s, dy: cy - s, polygon(fill: rgb("#ffcc00"),
      ..range(10).map(k => {
        let rr = if calc.rem(k, 2) == 0 { s } else { s * 0.4 }
        let b = -90deg + k * 36deg
        (s + rr * calc.cos(b), s + rr * calc.sin(b))
      })))
  }
})
`;
}

function factsTable(doc: ExportDocument): string {
  const lang = doc.lang;
  const part = doc.parts[0]!;
  const rows: [string, string][] = [];
  if (doc.kind === 'module' && part.code) {
    rows.push([t(lang, 'meta.code'), part.code]);
    rows.push([t(lang, 'meta.eqf'), String(part.eqfLevel ?? '')]);
    rows.push([t(lang, 'meta.ecvet'), num(part.ecvetPoints ?? 0, lang)]);
    if (part.hours) {
      const h = part.hours;
      rows.push([
        t(lang, 'meta.hours'),
        `${num(h.theory + h.practice + h.workBased, lang)} (${t(lang, 'meta.theory')} ${h.theory}, ${t(lang, 'meta.practice')} ${h.practice}, ${t(lang, 'meta.workBased')} ${h.workBased})`,
      ]);
    }
  }
  rows.push([t(lang, 'export.language'), langToLocale(lang).label]);
  if (doc.date) rows.push([t(lang, 'export.version'), formatDate(doc.date, lang)]);
  return `#table(columns: (auto, 1fr), stroke: none, column-gutter: 14pt, inset: (x: 0pt, y: 3pt), ${rows.map(([k, v]) => `[#text(fill: luma(70))[${escapeMarkup(k)}]], [${escapeMarkup(v)}]`).join(', ')})`;
}

/** Forms have no cover: a title, the programme and the licence line, then the form itself. Wide
 * tables (six columns or more) turn the page to landscape. */
function formHeader(doc: ExportDocument): string {
  let widest = 0;
  visit(doc.parts[0]!.tree, 'table', (node: Table) => {
    widest = Math.max(widest, node.children[0]?.children.length ?? 0);
  });
  const licence = licences[doc.licence];
  return [
    widest >= 6 ? '#set page(flipped: true)' : '',
    '#set heading(numbering: none)',
    `#text(size: 8.5pt, fill: luma(70))[${escapeMarkup(doc.programme)}]`,
    `#text(size: 17pt, weight: "bold")[${escapeMarkup(doc.title)}]`,
    `#text(size: 7.5pt, fill: luma(70))[${escapeMarkup(t(doc.lang, 'page.attribution', { title: doc.title, authors: doc.authors.join(', '), licence: licence.name }))} ${escapeMarkup(t(doc.lang, 'eu.acknowledgement'))}]`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

function cover(doc: ExportDocument): string {
  const lang = doc.lang;
  const licence = licences[doc.licence];
  const attribution = t(lang, 'page.attribution', { title: doc.title, authors: doc.authors.join(', '), licence: licence.name });
  const subtitle = doc.kind === 'module' ? doc.parts[0]?.summary : doc.parts.length === 1 ? doc.parts[0]?.summary : undefined;
  return `
#page(header: none, footer: none)[
  #text(size: 10pt, fill: luma(70))[${escapeMarkup(doc.programme)}]
  #v(2.2cm)
  #text(size: 24pt, weight: "bold")[${escapeMarkup(doc.title)}]
  ${subtitle ? `#v(0.4cm)\n  #text(size: 12pt)[${escapeMarkup(subtitle)}]` : ''}
  #v(1cm)
  ${factsTable(doc)}
  #v(1fr)
  #set text(size: 8.5pt)
  ${escapeMarkup(attribution)} #link(${str(licence.url)})[${escapeMarkup(licence.url)}] \\
  ${escapeMarkup(t(lang, 'export.source'))}: #link(${str(doc.pageUrl)})[${escapeMarkup(doc.pageUrl)}]
  #v(0.5cm)
  #grid(columns: (auto, 1fr), gutter: 10pt, align: horizon, figure(eu-flag(2.4cm), alt: ${str(t(lang, 'eu.flag'))}), [#strong[${escapeMarkup(t(lang, 'eu.acknowledgement'))}]])
  #v(0.2cm)
  #text(size: 7.5pt)[${escapeMarkup(t(lang, 'eu.disclaimer'))}]
]
`;
}

export interface TypstSource {
  main: string;
  files: Map<string, Uint8Array>;
}

/** The complete Typst source of a document, with the files (figures) it uses. */
export function toTypst(doc: ExportDocument, ctx: ExportContext): TypstSource {
  const files = new Map<string, Uint8Array>();
  const handbook = doc.kind === 'handbook';
  const first = doc.parts[0]!;
  const headerLeft = handbook ? doc.title : [first.code, doc.title].filter(Boolean).join(' · ');
  const out: string[] = [preamble(doc, headerLeft)];
  if (doc.kind === 'form') out.push(formHeader(doc));
  else out.push(cover(doc), `#outline(title: ${str(t(doc.lang, 'export.contents'))}, depth: 2)`, '#pagebreak()');
  const quizzes: { quiz: QuizData }[] = [];
  for (const part of doc.parts) {
    const s: State = { ctx, part, headingShift: handbook ? 0 : doc.kind === 'form' ? -2 : -1, files, quizNumber: 0 };
    const partLang = part.contentLang;
    const body: string[] = [];
    if (handbook) {
      body.push(`#pagebreak(weak: true)\n#heading(level: 1)[${escapeMarkup([part.code, part.title].filter(Boolean).join(' '))}]`);
      if (part.fallbackNotice)
        body.push(`#callout("note", ${str(t(doc.lang, 'fallback.title'))}, none)[${escapeMarkup(part.fallbackNotice)}]`);
      if (part.summary) body.push(`#emph[${escapeMarkup(part.summary)}]`);
    }
    if (part.outcomes) {
      const shifted = outcomesTable(part, partLang).replace(
        /#heading\(level: (\d)/g,
        (_, l: string) => `#heading(level: ${Number(l) + (handbook ? 1 : 0)}`,
      );
      body.push(shifted);
    }
    body.push(blocks(part.tree.children, s));
    quizzes.push(...quizzesIn(part, ctx));
    const text = body.join('\n\n');
    out.push(partLang === doc.lang ? text : `#[\n#set text(lang: ${str(partLang)})\n${text}\n]`);
  }
  out.push(answerKey(quizzes, doc.lang));
  return { main: out.join('\n\n'), files };
}

export { blocks as typstBlocks };
export type { Root };
