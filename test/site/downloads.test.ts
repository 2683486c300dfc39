/**
 * The downloads, read back the way a teacher's computer would: PDFs as text (unpdf, no system
 * tool), DOCX and ZIP files unzipped and their XML inspected, the downloads page compared with the
 * files. The expected values come from the content files, read here independently of the exporters.
 * A copy of the project with the fixture library is built twice to prove the files are identical,
 * and with broken content to prove the build stops.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { langs, type Lang } from '../../src/i18n/locales';
import { contentSlugs, dist, page, root } from './dist';
import { astro, fixtureProject, removeFixtureProject, replaceIn } from './fixture-project';
import { convertWithLibreOffice } from './libreoffice';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const downloads = (lang: Lang) => join(dist, lang, 'downloads');
/** The files of a language (the folder also holds the downloads page, index.html). */
const filesOf = (lang: Lang) => readdirSync(downloads(lang)).filter((n) => n !== 'index.html');
const file = (lang: Lang, name: string) => new Uint8Array(readFileSync(join(downloads(lang), name)));
/** Letters and digits only: PDF text comes back with hyphenation and line breaks. */
const squeeze = (text: string) => text.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '');

interface Frontmatter {
  code?: string;
  title: string;
  authors: string[];
  outcomes?: Record<'knowledge' | 'skills' | 'responsibility', { id: string; text: string }[]>;
}
function frontmatter(collection: string, lang: string, slug: string): Frontmatter {
  const text = readFileSync(join(root, 'src/content', collection, lang, `${slug}.mdx`), 'utf8');
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Frontmatter;
}
const base = (collection: string, lang: string, slug: string) => {
  const code = frontmatter(collection, lang, slug).code;
  return `4change-${code ? `${code.toLowerCase()}-` : ''}${slug}-${lang}`;
};

async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  return { text, pages: totalPages };
}

const modules = contentSlugs('modules');
const toolkits = contentSlugs('toolkits');
/** Letters each language needs beyond ASCII (a font without them would print boxes). */
const diacritics: Record<Lang, string> = { en: '', de: 'äöüß', lt: 'ąčęėįšųūž', lv: 'āčēģīķļņšūž', et: 'äõöüšž' };

describe('files for every module and toolkit in every language it exists in', () => {
  it.each(langs)('%s: PDF, DOCX, Markdown and ZIP of each real translation, nothing for a missing one', (lang) => {
    const names = new Set(filesOf(lang));
    for (const [collection, slugs] of [
      ['modules', modules],
      ['toolkits', toolkits],
    ] as const) {
      for (const slug of slugs[lang]!)
        for (const ext of ['pdf', 'docx', 'md', 'zip'])
          expect(names.has(`${base(collection, lang, slug)}.${ext}`), `${lang} ${slug}.${ext}`).toBe(true);
      for (const slug of slugs['en']!.filter((s) => !slugs[lang]!.includes(s)))
        expect(
          [...names].some((n) => n.includes(`-${slug}-`)),
          `${lang} has no file for untranslated ${slug}`,
        ).toBe(false);
    }
    expect(names.has(`4change-handbook-${lang}.pdf`)).toBe(true);
    expect(names.has(`4change-all-${lang}.zip`)).toBe(true);
  });
});

describe('PDF', () => {
  it.each(langs)('%s: a module PDF holds its title, every learning outcome and the language’s letters', async (lang) => {
    const slug = 'cnc-turning';
    const fm = frontmatter('modules', lang, slug);
    const bytes = file(lang, `${base('modules', lang, slug)}.pdf`);
    const { text, pages } = await pdfText(bytes);
    const flat = squeeze(text);
    expect(pages).toBeGreaterThan(5);
    expect(flat).toContain(squeeze(fm.title));
    expect(flat).toContain(squeeze(fm.code!));
    for (const outcome of Object.values(fm.outcomes!).flat()) expect(flat, outcome.id).toContain(squeeze(outcome.text));
    const source = readFileSync(join(root, 'src/content/modules', lang, `${slug}.mdx`), 'utf8').toLowerCase();
    const letters = [...diacritics[lang]].filter((letter) => source.includes(letter));
    if (lang !== 'en') expect(letters.length).toBeGreaterThanOrEqual(3);
    for (const letter of letters) expect(text.toLowerCase(), `letter ${letter}`).toContain(letter);
    // The EU acknowledgement is on the cover.
    expect(flat).toContain('Erasmus');
  });

  it.each(langs)('%s: fonts are named, shipped with the project and embedded; metadata and tags are set; A4', async (lang) => {
    const slug = 'cnc-turning';
    const bytes = file(lang, `${base('modules', lang, slug)}.pdf`);
    const raw = new TextDecoder('latin1').decode(bytes);
    const fonts = new Set(
      [...raw.matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([A-Za-z0-9-]+)/g)].map((m) => m[1]!.replace(/-Identity-H$/, '')),
    );
    expect([...fonts].sort()).toEqual(expect.arrayContaining(['NotoSans-Regular', 'NotoSans-Bold']));
    for (const font of fonts) expect(font).toMatch(/^(NotoSans(Math|Symbols2?)?|DejaVuSansMono)(-[A-Za-z]+)?$/);
    // Every font descriptor carries the font program (embedded, not referenced).
    const descriptors = raw.match(/\/Type\s*\/FontDescriptor/g)?.length ?? 0;
    const programs = raw.match(/\/FontFile[23]?\s/g)?.length ?? 0;
    expect(descriptors).toBeGreaterThan(0);
    expect(programs).toBe(descriptors);
    const meta = await getMeta(await getDocumentProxy(new Uint8Array(bytes)));
    const fm = frontmatter('modules', lang, slug);
    expect(meta.info['Title']).toBe(fm.title);
    expect(meta.info['Author']).toBe(fm.authors.join(', '));
    expect(raw).toMatch(new RegExp(`/Lang\\s*\\(${lang}\\)`));
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/MediaBox\s*\[0 0 595\.\d+ 841\.\d+\]/);
  });

  it.each(langs)('%s: the handbook holds every module of the programme, translated or in English', async (lang) => {
    const { text, pages } = await pdfText(file(lang, `4change-handbook-${lang}.pdf`));
    const flat = squeeze(text);
    for (const slug of modules['en']!) {
      const contentLang = modules[lang]!.includes(slug) ? lang : 'en';
      expect(flat, slug).toContain(squeeze(frontmatter('modules', contentLang, slug).title));
    }
    expect(pages).toBeGreaterThan(modules['en']!.length * 5);
  });
});

describe('DOCX', () => {
  it.each(langs)('%s: headings are heading styles, tables are tables, figures are embedded, lists are lists', (lang) => {
    const slug = 'cnc-milling';
    const parts = unzipSync(file(lang, `${base('modules', lang, slug)}.docx`));
    const xml = new TextDecoder().decode(parts['word/document.xml']!);
    const source = readFileSync(join(root, 'src/content/modules', lang, `${slug}.mdx`), 'utf8');
    const h2 = source.match(/^## /gm)!.length;
    const figures = source.match(/<Figure /g)!.length;
    const tables = source.match(/^\|[-| :]+\|$/gm)!.length;
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)!.length).toBeGreaterThanOrEqual(h2);
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml.match(/<w:tbl>/g)!.length).toBeGreaterThanOrEqual(tables);
    expect(xml.match(/<w:drawing>/g)!.length).toBe(figures);
    expect(Object.keys(parts).filter((p) => p.startsWith('word/media/')).length).toBeGreaterThanOrEqual(figures);
    expect(xml).toContain('<w:numPr>');
    const core = new TextDecoder().decode(parts['docProps/core.xml']!);
    expect(core).toContain(`<dc:title>${frontmatter('modules', lang, slug).title.replace(/&/g, '&amp;')}</dc:title>`);
  });

  it.each(langs)('%s: the mentor’s four forms are fillable DOCX (empty rows to write in) and printable PDF', async (lang) => {
    for (const form of ['learning-agreement', 'training-plan', 'logbook', 'assessment-sheet']) {
      const parts = unzipSync(file(lang, `4change-form-${form}-${lang}.docx`));
      const xml = new TextDecoder().decode(parts['word/document.xml']!);
      expect(xml, form).toContain('<w:tbl>');
      // Rows to fill in have a minimum height and no text.
      expect(xml.match(/<w:trHeight w:val="454" w:hRule="atLeast"\/>/g)?.length ?? 0, form).toBeGreaterThanOrEqual(4);
      const { text } = await pdfText(file(lang, `4change-form-${form}-${lang}.pdf`));
      expect(text.length, form).toBeGreaterThan(100);
    }
  });
});

describe('DOCX in LibreOffice', () => {
  it('opens a module and a form and keeps their headings, tables and text (converted to PDF and read back)', async () => {
    const out = mkdtempSync(join(tmpdir(), '4change-lo-'));
    try {
      const module = join(downloads('lt'), `${base('modules', 'lt', 'cnc-turning')}.docx`);
      const form = join(downloads('lv'), '4change-form-logbook-lv.docx');
      convertWithLibreOffice([module, form], 'pdf', out);
      const moduleText = squeeze(
        (await pdfText(new Uint8Array(readFileSync(join(out, `${base('modules', 'lt', 'cnc-turning')}.pdf`))))).text,
      );
      const source = readFileSync(join(root, 'src/content/modules/lt/cnc-turning.mdx'), 'utf8');
      expect(moduleText).toContain(squeeze(frontmatter('modules', 'lt', 'cnc-turning').title));
      for (const heading of source.match(/^## .+$/gm)!.slice(0, 4)) expect(moduleText).toContain(squeeze(heading.slice(3)));
      const formText = squeeze((await pdfText(new Uint8Array(readFileSync(join(out, '4change-form-logbook-lv.pdf'))))).text);
      const mentor = readFileSync(join(root, 'src/content/toolkits/lv/mentor-toolkit.mdx'), 'utf8');
      const header = /<Form id="logbook"[^>]*>\s*\n\s*\n(\|.+\|)/.exec(mentor)![1]!;
      for (const cell of header
        .split('|')
        .map((c) => c.trim())
        .filter(Boolean))
        expect(formText).toContain(squeeze(cell));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('ZIP bundles and Markdown', () => {
  it.each(langs)('%s: a module bundle holds PDF, DOCX, Markdown, source, images, licence, attribution and metadata', (lang) => {
    const slug = 'cnc-turning';
    const name = base('modules', lang, slug);
    const entries = unzipSync(file(lang, `${name}.zip`));
    const names = Object.keys(entries);
    for (const expected of [
      `${name}.pdf`,
      `${name}.docx`,
      `${name}.md`,
      `source/${slug}.mdx`,
      'LICENSE.txt',
      'ATTRIBUTION.txt',
      'metadata.json',
    ])
      expect(names).toContain(expected);
    const source = readFileSync(join(root, 'src/content/modules', lang, `${slug}.mdx`), 'utf8');
    for (const src of source.match(/src="\/figures\/[^"]+"/g)!) expect(names).toContain(`images/${src.slice(5, -1).split('/').pop()}`);
    expect(new TextDecoder().decode(entries[`source/${slug}.mdx`])).toBe(source);
    // The bundled files are the published ones.
    expect(sha256(entries[`${name}.pdf`]!)).toBe(sha256(file(lang, `${name}.pdf`)));
    const meta = JSON.parse(new TextDecoder().decode(entries['metadata.json'])) as {
      title: string;
      language: string;
      licence: string;
      files: Record<string, { sha256: string }>;
    };
    const fm = frontmatter('modules', lang, slug);
    expect(meta.title).toBe(fm.title);
    expect(meta.language).toBe(lang);
    expect(meta.files[`${name}.pdf`]!.sha256).toBe(sha256(entries[`${name}.pdf`]!));
    const attribution = new TextDecoder().decode(entries['ATTRIBUTION.txt']);
    expect(attribution).toContain(fm.title);
    for (const author of fm.authors) expect(attribution).toContain(author);
    expect(attribution).toContain('creativecommons.org/licenses/by-sa/4.0');
  });

  it.each(langs)('%s: the Markdown keeps the frontmatter and turns components into plain Markdown', (lang) => {
    const md = new TextDecoder().decode(file(lang, `${base('modules', lang, 'cnc-turning')}.md`));
    expect(md.startsWith('---\ncode: 4C-06\n')).toBe(true);
    expect(md).not.toMatch(/<(Callout|Figure|Term|Steps|Quiz|Form)\b/);
    expect(md).toMatch(/!\[[^\]]+\]\(images\/[^)]+\.svg\)/);
  });

  it.each(langs)('%s: the ZIP with everything holds the handbook and every file of the language', (lang) => {
    const names = Object.keys(unzipSync(file(lang, `4change-all-${lang}.zip`)));
    expect(names).toContain(`4change-handbook-${lang}.pdf`);
    for (const slug of modules[lang]!) expect(names).toContain(`modules/${base('modules', lang, slug)}.pdf`);
    for (const slug of toolkits[lang]!) expect(names).toContain(`toolkits/${base('toolkits', lang, slug)}.docx`);
    expect(names.filter((n) => n.startsWith('forms/')).length).toBe(8);
  });
});

describe('where to get them', () => {
  it.each(langs)('%s: the downloads page lists every file of the language with its size and SHA-256 checksum', (lang) => {
    const doc = page(`/${lang}/downloads/`);
    const html = doc.toString();
    for (const name of filesOf(lang)) {
      const link = doc.querySelector(`a[href="/${lang}/downloads/${name}"]`);
      expect(link, name).not.toBeNull();
      expect(html, name).toContain(sha256(file(lang, name)));
    }
    // Sizes are shown in the locale's format (a decimal comma outside English).
    const sizes = doc.querySelectorAll('.filesize').map((s) => s.text);
    expect(sizes.length).toBeGreaterThan(20);
    if (lang !== 'en') expect(sizes.some((s) => /\d,\d/.test(s))).toBe(true);
  });

  it.each(langs)('%s: module and toolkit pages have a downloads block whose links lead to that page’s files', (lang) => {
    for (const [collection, slugs] of [
      ['modules', modules],
      ['toolkits', toolkits],
    ] as const) {
      for (const slug of slugs['en']!) {
        const contentLang = slugs[lang]!.includes(slug) ? lang : 'en';
        const links = page(`/${lang}/${collection}/${slug}/`)
          .querySelectorAll('.downloads a[download]')
          .map((a) => a.getAttribute('href'));
        const name = base(collection, contentLang, slug);
        expect(links, `${lang} ${slug}`).toEqual(['pdf', 'docx', 'md', 'zip'].map((ext) => `/${contentLang}/downloads/${name}.${ext}`));
      }
    }
  });
});

describe('fixture builds', () => {
  afterAll(removeFixtureProject);

  it('two builds without cache give byte-identical downloads, and the cache gives the same bytes', () => {
    const hashes = (dir: string) =>
      Object.fromEntries(
        readdirSync(join(dir, 'dist/en/downloads'))
          .filter((n) => n !== 'index.html')
          .sort()
          .map((n) => [n, sha256(new Uint8Array(readFileSync(join(dir, 'dist/en/downloads', n))))]),
      );
    const project = fixtureProject(() => {});
    const first = astro(project, 'build', { DOWNLOADS_NO_CACHE: '1' });
    expect(first.status, first.output).toBe(0);
    const one = hashes(project);
    expect(Object.keys(one)).toEqual(
      expect.arrayContaining([
        '4change-4c-99-alpha-en.pdf',
        '4change-4c-99-alpha-en.docx',
        '4change-form-test-log-en.docx',
        '4change-handbook-en.pdf',
      ]),
    );
    const second = astro(project, 'build', { DOWNLOADS_NO_CACHE: '1' });
    expect(second.status, second.output).toBe(0);
    expect(hashes(project)).toEqual(one);
    const third = astro(project, 'build');
    expect(third.status, third.output).toBe(0);
    expect(hashes(project)).toEqual(one);
  });

  it('a component the exporters do not know stops the build, naming the file, line and component', () => {
    const project = fixtureProject((content) =>
      replaceIn(join(content, 'toolkits/en/teacher-toolkit.mdx'), 'Toolkit.', 'Toolkit.\n\n<Video src="x.mp4" />'),
    );
    const { status, output } = astro(project, 'build');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /src\/content\/toolkits\/en\/teacher-toolkit\.mdx:11: the component <Video> cannot be put into the PDF and DOCX downloads/,
    );
  });

  it('a figure whose image is missing stops the build, naming the file and the path', () => {
    const project = fixtureProject((content) =>
      replaceIn(join(content, 'modules/en/alpha.mdx'), 'shaft-contour.svg', 'no-such-figure.svg'),
    );
    const { status, output } = astro(project, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/modules/en/alpha.mdx');
    expect(output).toContain('/figures/cnc-turning/no-such-figure.svg');
  });
});
