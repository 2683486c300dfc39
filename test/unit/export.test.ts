/**
 * The exporters on small documents: text that looks like Typst markup prints as written, the same
 * document gives the same bytes however many documents came before, forms get rows to write in, and
 * content the exporters cannot print stops with the file, line and component.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { assertExportable, type DocumentPart, type ExportContext, type ExportDocument, type QuizData } from '../../src/lib/export/document';
import { toDocx } from '../../src/lib/export/docx';
import { formDocuments } from '../../src/lib/export/forms';
import { parseMdx } from '../../src/lib/export/mdx';
import { compilePdf } from '../../src/lib/export/pdf';
import { toTypst } from '../../src/lib/export/typst';
import { toMarkdown } from '../../src/lib/export/bundle';

const root = join(import.meta.dirname, '../..');
const quiz: QuizData = {
  questions: [
    {
      id: 'speed',
      type: 'numeric',
      question: 'Spindle speed for vc = 180 m/min and d = 40 mm?',
      answer: 1432,
      tolerance: 15,
      unit: 'min⁻¹',
      explanation: 'n = 180 × 1000 / (π × 40)',
    },
    {
      id: 'guard',
      type: 'single',
      question: 'When do you close the guard?',
      options: [{ text: 'Before the spindle starts', correct: true }, { text: 'After the first cut' }],
    },
  ],
};
const ctx: ExportContext = {
  asset: (path) => (existsSync(join(root, 'public', path)) ? new Uint8Array(readFileSync(join(root, 'public', path))) : undefined),
  quiz: (id) => (id === 'test' ? quiz : undefined),
  term: (id) => (id === 'milling' ? 'milling' : undefined),
  termIds: () => ['milling'],
  quizIds: () => ['test'],
};

function documentOf(mdx: string, title = 'Test document'): ExportDocument {
  const { tree } = parseMdx(mdx, 'test.mdx');
  const part: DocumentPart = { file: 'test.mdx', contentLang: 'lt', title, tree };
  return {
    kind: 'toolkit',
    lang: 'lt',
    title,
    programme: 'Test programme',
    authors: ['Test author'],
    licence: 'CC-BY-SA-4.0',
    pageUrl: 'https://example.org/lt/x/',
    sourceUrl: 'https://example.org/x.mdx',
    date: new Date(Date.UTC(2026, 0, 2)),
    parts: [part],
  };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text;
}

describe('PDF', () => {
  it('prints text that looks like markup exactly as written', async () => {
    const tricky =
      'Use #set, *stars*, $5, a // comment, <tags>, @label, [brackets], ~tilde, = sign, 2026. gada, path/to/file and \\backslash.';
    const doc = documentOf(`## Heading\n\n${tricky.replace(/([*\\<[\]_])/g, '\\$1')}\n`);
    const text = await pdfText(compilePdf(toTypst(doc, ctx), doc.title));
    expect(text.replace(/\s+/g, ' ')).toContain(tricky);
  });

  it('prints Lithuanian, Latvian, Estonian and German letters with the shipped font', async () => {
    const letters = 'ąčęėįšųūž āēģīķļņ õäöü ß ĄČĘĖĮŠŲŪŽ ⌀ ⌖ ⏥ ≤ →';
    const doc = documentOf(`${letters}\n`);
    const bytes = compilePdf(toTypst(doc, ctx), doc.title);
    expect(await pdfText(bytes)).toContain(letters);
  });

  it('stops, naming the line and the character, when the PDF font lacks a character', () => {
    const doc = documentOf('Fine text.\n\nThe character 漢 that no Noto Sans font in the project has.\n');
    expect(() => assertExportable(doc.parts[0]!, ctx)).toThrow(
      /test\.mdx:3: the text has the character\(s\) 漢 \(U\+6F22\), which none of the PDF fonts \(Noto Sans and its symbol fonts\) has/,
    );
  });

  it('gives the same bytes for the same document, whatever was made before', () => {
    const mdx =
      '## A\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<Figure src="/figures/cnc-turning/shaft-contour.svg" alt="A shaft contour with dimensions." caption="Shaft" />\n';
    const first = compilePdf(toTypst(documentOf(mdx), ctx), 'x');
    compilePdf(toTypst(documentOf('Other text.\n', 'Other'), ctx), 'y');
    expect(Buffer.compare(compilePdf(toTypst(documentOf(mdx), ctx), 'x'), first)).toBe(0);
  });

  it('prints a quiz as a question sheet and its answers in a key at the end', async () => {
    const doc = documentOf('## Self-check\n\n<Quiz id="test" />\n\n## After\n\nText after the quiz.\n');
    const text = await pdfText(compilePdf(toTypst(doc, ctx), doc.title));
    const question = text.indexOf('When do you close the guard?');
    const after = text.indexOf('Text after the quiz.');
    const key = text.lastIndexOf('Before the spindle starts');
    expect(question).toBeGreaterThan(0);
    expect(after).toBeGreaterThan(question);
    expect(key).toBeGreaterThan(after); // the answer key comes last
    expect(text.slice(after)).toMatch(/1\s?432/);
  });
});

describe('DOCX', () => {
  it('gives the same bytes for the same document, whatever was made before', async () => {
    const mdx =
      '## A\n\n1. one\n2. two\n\n<Callout type="safety">Guard closed.</Callout>\n\n<Figure src="/figures/cnc-turning/shaft-contour.svg" alt="A shaft contour with dimensions." />\n';
    const first = await toDocx(documentOf(mdx), ctx);
    await toDocx(documentOf('## Other\n\n- a\n', 'Other'), ctx);
    expect(Buffer.compare(await toDocx(documentOf(mdx), ctx), first)).toBe(0);
  });

  it('embeds an SVG figure with a PNG fallback and its alt text', async () => {
    const parts = unzipSync(
      await toDocx(documentOf('<Figure src="/figures/cnc-turning/shaft-contour.svg" alt="A shaft contour with dimensions." />\n'), ctx),
    );
    const media = Object.keys(parts).filter((p) => p.startsWith('word/media/'));
    expect(media.some((m) => m.endsWith('.svg'))).toBe(true);
    expect(media.some((m) => m.endsWith('.png'))).toBe(true);
    const png = parts[media.find((m) => m.endsWith('.png'))!]!;
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(new TextDecoder().decode(parts['word/document.xml'])).toContain('descr="A shaft contour with dimensions."');
  });
});

describe('forms', () => {
  const toolkit = `Intro.

<Form id="agreement" title="Agreement" layout="fields">

| Section | What to fill in |
|---|---|
| Learner | Name, school |
| Company | Name, address |

</Form>

<Form id="log" title="Log" layout="grid" rows="6">

| Date | Task |
|---|---|
| 1 May | An example row |

</Form>

<Form id="sheet" title="Sheet" layout="sheet" rows="4">

**Header:** learner, company.

| Criterion | Level |
|---|---|
| AC… | |

**Levels:**

| Level | Meaning |
|---|---|
| 3 | Competent |

</Form>
`;
  const forms = formDocuments(documentOf(toolkit), ctx);
  const tables = (i: number) => forms[i]!.doc.parts[0]!.tree.children.filter((n) => n.type === 'table');

  it('finds every form of a toolkit, with its id and title', () => {
    expect(forms.map((f) => [f.id, f.doc.title, f.doc.kind])).toEqual([
      ['agreement', 'Agreement', 'form'],
      ['log', 'Log', 'form'],
      ['sheet', 'Sheet', 'form'],
    ]);
  });

  it('fields: adds an empty column to write in, headed in the document’s language', () => {
    const [table] = tables(0);
    expect(table!.children[0]!.children).toHaveLength(3);
    expect(JSON.stringify(table!.children[0]!.children[2])).toContain('Įrašas');
    for (const row of table!.children.slice(1)) expect(row.children[2]!.children).toEqual([]);
  });

  it('grid: keeps the header and gives the asked number of empty rows, without the example', () => {
    const [table] = tables(1);
    expect(table!.children).toHaveLength(1 + 6);
    expect(JSON.stringify(table)).not.toContain('An example row');
  });

  it('sheet: grows only tables meant to be filled in; labelled lines with text get a box, a bare label does not', () => {
    const [criteria, levels] = tables(2);
    expect(criteria!.children).toHaveLength(1 + 4);
    expect(levels!.children).toHaveLength(2);
    const boxes = forms[2]!.doc.parts[0]!.tree.children.filter((n) => (n.data as { fillBox?: boolean } | undefined)?.fillBox);
    expect(boxes).toHaveLength(1);
  });

  it('a form without a title stops with the file and line', () => {
    expect(() => formDocuments(documentOf('\n\n<Form id="x" layout="grid">\n\n| a |\n|---|\n\n</Form>\n'), ctx)).toThrow(
      /test\.mdx:3: <Form id="x"> has no title/,
    );
  });
});

describe('content the exporters cannot print', () => {
  const check = (mdx: string) => assertExportable(documentOf(mdx).parts[0]!, ctx);
  it('an unknown component', () =>
    expect(() => check('Text.\n\n<Video src="a.mp4" />\n')).toThrow(
      /test\.mdx:3: the component <Video> cannot be put into the PDF and DOCX downloads/,
    ));
  it('a missing figure', () =>
    expect(() => check('<Figure src="/figures/none.svg" alt="Nothing at all here." />\n')).toThrow(
      /test\.mdx:1: <Figure src="\/figures\/none\.svg"> points to an image that does not exist/,
    ));
  it('an unknown quiz', () =>
    expect(() => check('<Quiz id="nope" />\n')).toThrow(/test\.mdx:1:1: <Quiz id="nope"> refers to a quiz that does not exist\./));
  it('an unknown term', () =>
    expect(() => check('<Term id="miling">x</Term>\n')).toThrow(
      /test\.mdx:1:1: <Term id="miling"> refers to a term that is not in the glossary\.\n  How to fix: .*for example: milling/,
    ));
  it('code in the content', () => expect(() => check('{1 + 1}\n')).toThrow(/contains code/));
});

describe('Markdown', () => {
  it('turns components into plain Markdown and keeps the frontmatter', () => {
    const { tree } = parseMdx(
      '---\ntitle: X\n---\n\n<Callout type="safety" title="Guard">Close it.</Callout>\n\nA <Term id="milling" /> machine.\n\n<Quiz id="test" />\n',
      'x.mdx',
    );
    const md = toMarkdown('title: X', tree, ctx, 'en');
    expect(md.startsWith('---\ntitle: X\n---\n')).toBe(true);
    expect(md).toContain('> **Safety: Guard**');
    expect(md).toContain('A milling machine.');
    expect(md).toContain('- [ ] Before the spindle starts');
    expect(md).not.toMatch(/<(Callout|Term|Quiz)/);
  });
});
