/**
 * The plain-text parts of the downloads: Markdown made from the MDX (components turned into plain
 * Markdown a learning platform can import), the licence notice, the attribution file, metadata.json,
 * and deterministic ZIP archives.
 */
import { zipSync } from 'fflate';
import type { BlockContent, PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Lang } from '../../i18n/locales';
import { t } from '../../i18n/ui';
import { licences } from '../content/licences';
import { answerText, type ExportContext, type ExportDocument, type QuizData } from './document';
import { EPOCH } from './docx';
import { attr, type JsxElement } from './mdx';

const stringifier = unified()
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', fences: true });

function para(text: string, strong = false): RootContent {
  const value: PhrasingContent = { type: 'text', value: text };
  return { type: 'paragraph', children: strong ? [{ type: 'strong', children: [value] }] : [value] };
}

function quizMarkdown(quiz: QuizData, lang: Lang): RootContent[] {
  return [
    { type: 'heading', depth: 3, children: [{ type: 'text', value: quiz.title ?? t(lang, 'export.quiz') }] },
    {
      type: 'list',
      ordered: true,
      spread: true,
      children: quiz.questions.map((q) => ({
        type: 'listItem',
        spread: true,
        children: [
          para(q.type === 'multiple' ? `${q.question} (${t(lang, 'export.quizMultiple')})` : q.question),
          q.type === 'numeric'
            ? para(`${t(lang, 'export.quizYourAnswer')}: ____ ${q.unit ?? ''}`.trim())
            : {
                type: 'list',
                ordered: false,
                spread: false,
                children: (q.options ?? []).map((o) => ({ type: 'listItem', checked: false, spread: false, children: [para(o.text)] })),
              },
        ] as BlockContent[],
      })),
    },
  ];
}

/** Answer key for the end of a Markdown file. */
export function answerKeyMarkdown(quizzes: QuizData[], lang: Lang): RootContent[] {
  if (!quizzes.length) return [];
  return [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: t(lang, 'export.answerKey') }] },
    ...quizzes.flatMap((quiz): RootContent[] => [
      para(quiz.title ?? t(lang, 'export.quiz'), true),
      {
        type: 'list',
        ordered: true,
        spread: false,
        children: quiz.questions.map((q) => {
          const answer = answerText(q, lang);
          return {
            type: 'listItem',
            spread: false,
            children: [para(`${answer}${q.explanation ? ` — ${q.explanation}` : ''}`) as BlockContent],
          };
        }),
      },
    ]),
  ];
}

/** Replaces the site's components by plain Markdown; figures point into the bundle's images/ folder. */
function plain(nodes: RootContent[], ctx: ExportContext, lang: Lang, quizzes: QuizData[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') {
      if ('children' in node) (node as { children: RootContent[] }).children = plain(node.children as RootContent[], ctx, lang, quizzes);
      return [node];
    }
    const el = node as JsxElement;
    const children = plain(el.children as RootContent[], ctx, lang, quizzes);
    switch (el.name) {
      case 'Term':
        return children.length ? children : [{ type: 'text', value: ctx.term(attr(el, 'id') ?? '', lang) ?? '' }];
      case 'Callout': {
        const type = attr(el, 'type') ?? 'note';
        const title = attr(el, 'title');
        const label = `${t(lang, `callout.${type}` as 'callout.note')}${title ? `: ${title}` : ''}`;
        return [{ type: 'blockquote', children: [para(label, true), ...children] as BlockContent[] }];
      }
      case 'Figure': {
        const src = attr(el, 'src') ?? '';
        const caption = attr(el, 'caption');
        return [
          { type: 'paragraph', children: [{ type: 'image', url: `images/${src.split('/').pop()}`, alt: attr(el, 'alt') ?? '' }] },
          ...(caption
            ? [{ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: caption }] }] } as RootContent]
            : []),
        ];
      }
      case 'Quiz': {
        const quiz = ctx.quiz(attr(el, 'id') ?? '', lang);
        if (!quiz) return [];
        quizzes.push(quiz);
        return quizMarkdown(quiz, lang);
      }
      case 'summary':
        return [para(children.map((c) => ('value' in c ? String(c.value) : '')).join('') || '…', true)];
      default:
        return children;
    }
  });
}

/** The module or toolkit as portable Markdown, with its frontmatter kept as it is. */
export function toMarkdown(frontmatter: string, tree: Root, ctx: ExportContext, lang: Lang): string {
  const quizzes: QuizData[] = [];
  const body = plain(structuredClone(tree).children, ctx, lang, quizzes);
  const root: Root = {
    type: 'root',
    children: [{ type: 'yaml', value: frontmatter.trim() }, ...body, ...answerKeyMarkdown(quizzes, lang)],
  };
  return String(stringifier.stringify(root));
}

/** The licence notice put into every bundle (the legal code is linked, not copied). */
export function licenceText(doc: ExportDocument): string {
  const licence = licences[doc.licence];
  return [
    `${doc.title}`,
    '',
    `Licence: ${licence.name}`,
    `Legal code and summary: ${licence.url}`,
    '',
    'You may copy and redistribute this material in any medium or format and adapt it for any purpose,',
    'including commercially, as long as you give appropriate credit (see ATTRIBUTION.txt), link to the',
    'licence and indicate if changes were made.' +
      (doc.licence === 'CC-BY-SA-4.0' ? ' If you remix, transform or build upon the material, you must' : ''),
    doc.licence === 'CC-BY-SA-4.0' ? 'distribute your contributions under the same licence as the original.' : '',
    '',
    'The software of the 4CHANGE library is licensed separately under the MIT licence.',
    '',
  ].join('\n');
}

/** Title, author, source and licence (TASL), and the EU funding notice, in the document's language. */
export function attributionText(doc: ExportDocument): string {
  const licence = licences[doc.licence];
  const lang = doc.lang;
  return [
    t(lang, 'page.attribution', { title: doc.title, authors: doc.authors.join(', '), licence: licence.name }),
    '',
    `${t(lang, 'export.source')}: ${doc.pageUrl}`,
    `Source file: ${doc.sourceUrl}`,
    `${licence.name}: ${licence.url}`,
    '',
    t(lang, 'eu.acknowledgement'),
    t(lang, 'eu.disclaimer'),
    '',
  ].join('\n');
}

/** A ZIP archive whose bytes depend only on the files in it (fixed dates, sorted names). */
export function zip(files: Record<string, Uint8Array | string>): Uint8Array {
  const encoder = new TextEncoder();
  const sorted = Object.keys(files).sort();
  const entries: Record<string, [Uint8Array, { mtime: Date; level: 0 | 6 }]> = {};
  for (const name of sorted) {
    const data = files[name]!;
    const bytes = typeof data === 'string' ? encoder.encode(data) : data;
    // PDF, DOCX and ZIP are compressed already: store them.
    entries[name] = [bytes, { mtime: EPOCH, level: /\.(pdf|docx|zip|png|jpe?g)$/.test(name) ? 0 : 6 }];
  }
  return zipSync(entries);
}
