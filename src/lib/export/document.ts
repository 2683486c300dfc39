/**
 * The neutral description of a downloadable document, shared by the PDF (Typst) and DOCX writers,
 * and the check that every component in its MDX can be exported faithfully.
 */
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Lang } from '../../i18n/locales';
import type { LicenceId } from '../content/licences';
import { distance } from '../content/schema-errors';
import { describeChars, missingGlyphs } from './fonts';
import { attr, ExportError, type JsxElement } from './mdx';

/** One self-check question, as stored in src/content/quizzes/<lang>/<slug>.yaml. */
export interface QuizQuestion {
  id: string;
  type: 'single' | 'multiple' | 'numeric';
  question: string;
  options?: { text: string; correct?: boolean; feedback?: string }[];
  answer?: number;
  tolerance?: number;
  unit?: string;
  explanation?: string;
}
export interface QuizData {
  title?: string;
  questions: QuizQuestion[];
}

export interface Outcome {
  id: string;
  text: string;
}
export interface OutcomeSet {
  knowledge: Outcome[];
  skills: Outcome[];
  responsibility: Outcome[];
}

/** One part of a document: a module or toolkit text (a handbook has many). */
export interface DocumentPart {
  /** Source file, relative to the project (for error messages). */
  file: string;
  /** Language the text is written in (may differ from the document's for untranslated parts). */
  contentLang: Lang;
  title: string;
  code?: string;
  summary?: string;
  eqfLevel?: number;
  ecvetPoints?: number;
  hours?: { theory: number; practice: number; workBased: number };
  outcomes?: OutcomeSet;
  criteria?: { id: string; text: string; outcomes: string[] }[];
  tree: Root;
  /** Shown before a part that is not translated into the document's language. */
  fallbackNotice?: string;
}

export interface ExportDocument {
  kind: 'module' | 'toolkit' | 'handbook' | 'form';
  /** Language of the document (labels, metadata). */
  lang: Lang;
  title: string;
  /** Line above the title on the cover: the programme's name. */
  programme: string;
  authors: string[];
  licence: LicenceId;
  /** Web page of the document; the source file in the repository. */
  pageUrl: string;
  sourceUrl: string;
  /** Date of the last change (from git), printed on the cover and stored in the PDF. */
  date: Date | undefined;
  parts: DocumentPart[];
}

/** What the writers need besides the document: files and data the MDX refers to. */
export interface ExportContext {
  /** Bytes of a file under public/ ("/figures/…"), or undefined when it does not exist. */
  asset(path: string): Uint8Array | undefined;
  /** A quiz in a language (the English one where it is not translated yet, as on the page), or undefined. */
  quiz(id: string, lang: Lang): QuizData | undefined;
  /** Ids of the quizzes (for "did you mean" suggestions). */
  quizIds(): string[];
  /** A glossary term's label in a language, or undefined for an unknown id. */
  term(id: string, lang: Lang): string | undefined;
  /** Every glossary id (for "did you mean" suggestions). */
  termIds(): string[];
}

/** Components the exporters render, with what each becomes in print. */
export const exportableComponents = [
  'Callout',
  'Figure',
  'Steps',
  'Term',
  'LearningOutcomes',
  'Quiz',
  'GCodeSimulator',
  'Form',
  'details',
  'summary',
] as const;

function isJsx(node: RootContent | Root): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/**
 * Stops with file, line and component when a document holds something the exporters would drop or
 * get wrong: an unknown component, a figure whose file is missing, an unknown quiz or term, or code.
 */
export function assertExportable(part: DocumentPart, ctx: ExportContext): void {
  visit(part.tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      throw new ExportError(
        part.file,
        line,
        'the downloads cannot be made: the text contains code (an import, export or {…} expression).',
        'remove it; content uses only the components of the component map, without imports.',
      );
    }
    if (node.type === 'text') {
      const missing = missingGlyphs(node.value);
      if (missing.length)
        throw new ExportError(
          part.file,
          line,
          `the text has the character(s) ${describeChars(missing)}, which none of the PDF fonts (Noto Sans and its symbol fonts) has.`,
          'use a similar character it has (Ø for a diameter, -> or "up" for an arrow), or show the symbol in a figure.',
        );
    }
    if (!isJsx(node)) return;
    const name = node.name ?? '';
    for (const key of ['title', 'caption']) {
      const missing = missingGlyphs(attr(node, key) ?? '');
      if (missing.length)
        throw new ExportError(
          part.file,
          line,
          `the ${key} of <${name}> has the character(s) ${describeChars(missing)}, which none of the PDF fonts (Noto Sans and its symbol fonts) has.`,
          'use a similar character it has.',
        );
    }
    if (!(exportableComponents as readonly string[]).includes(name)) {
      throw new ExportError(
        part.file,
        line,
        `the component <${name}> cannot be put into the PDF and DOCX downloads.`,
        `use one of ${exportableComponents.filter((c) => /^[A-Z]/.test(c)).join(', ')}, or teach src/lib/export/ how to print <${name}>.`,
      );
    }
    if (name === 'Figure') {
      const src = attr(node, 'src') ?? '';
      const bytes = ctx.asset(src);
      if (!bytes)
        throw new ExportError(
          part.file,
          line,
          `<Figure src="${src}"> points to an image that does not exist.`,
          `put the image at public${src}, or correct the path.`,
        );
      const missing = src.endsWith('.svg') ? missingGlyphs(new TextDecoder().decode(bytes).replace(/<[^>]*>/g, ' ')) : [];
      if (missing.length)
        throw new ExportError(
          part.file,
          line,
          `the figure public${src} has the character(s) ${describeChars(missing)} in its text, which none of the PDF fonts (Noto Sans and its symbol fonts) has.`,
          'use a similar character (Ø for a diameter) or draw the symbol as a shape in the SVG.',
        );
    }
    if (name === 'Quiz') {
      const id = attr(node, 'id') ?? '';
      const quiz = ctx.quiz(id, part.contentLang);
      const missing = quiz ? missingGlyphs(JSON.stringify(quiz)) : [];
      if (missing.length)
        throw new ExportError(
          part.file,
          line,
          `the quiz "${id}" has the character(s) ${describeChars(missing)}, which none of the PDF fonts (Noto Sans and its symbol fonts) has.`,
          `change them in src/content/quizzes/${part.contentLang}/${id}.yaml.`,
        );
      if (!quiz) {
        const known = ctx.quizIds();
        const close = known.filter((k) => distance(k, id) <= 3 || k.includes(id) || id.includes(k)).slice(0, 5);
        throw new ExportError(
          part.file,
          line,
          `<Quiz id="${id}"> refers to a quiz that does not exist.`,
          `use the name of a file in src/content/quizzes/en/ (without ".yaml")${close.length ? `, for example: ${close.join(', ')}` : known.length ? `: ${known.join(', ')}` : ''}, or add the quiz there.`,
          node.position?.start.column,
        );
      }
    }
    if (name === 'Term') {
      const id = attr(node, 'id') ?? '';
      if (!ctx.term(id, part.contentLang)) {
        const close = ctx
          .termIds()
          .filter((known) => distance(known, id) <= 2 || known.includes(id) || id.includes(known))
          .slice(0, 5);
        throw new ExportError(
          part.file,
          line,
          `<Term id="${id}"> refers to a term that is not in the glossary.`,
          `use the name of a file in src/content/glossary/ (without ".yaml")${close.length ? `, for example: ${close.join(', ')}` : ''}, or add the term there.`,
          node.position?.start.column,
        );
      }
    }
  });
}

/** Every quiz a part embeds, in order (for the answer key at the end of a document). */
export function quizzesIn(part: DocumentPart, ctx: ExportContext): { id: string; quiz: QuizData }[] {
  const found: { id: string; quiz: QuizData }[] = [];
  visit(part.tree, (node) => {
    if (isJsx(node) && node.name === 'Quiz') {
      const id = attr(node, 'id') ?? '';
      const quiz = ctx.quiz(id, part.contentLang);
      if (quiz) found.push({ id, quiz });
    }
  });
  return found;
}

/** Formats a number the way the document's language writes it (decimal comma in de, lt, lv, et). */
export function num(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 3 }).format(value);
}

/** The right answer of a question as the answer keys print it: "1 432 min⁻¹ (± 15)" or "a) …; c) …". */
export function answerText(q: QuizQuestion, lang: Lang): string {
  if (q.type === 'numeric')
    return `${num(q.answer ?? 0, lang)}${q.unit ? ` ${q.unit}` : ''}${q.tolerance ? ` (± ${num(q.tolerance, lang)})` : ''}`;
  return (q.options ?? [])
    .map((o, i) => (o.correct ? `${String.fromCharCode(97 + i)}) ${o.text}` : ''))
    .filter(Boolean)
    .join('; ');
}
