/**
 * Every downloadable file of the library, and the bytes of each. Used by the download endpoint
 * (src/pages/[lang]/downloads/[name].<format>.ts), the downloads page and the downloads block of module and
 * toolkit pages, so a link can only point to a file that is built.
 *
 * Files are generated once per build and cached on disk by a hash of everything that goes into them
 * (source, figures, quizzes, glossary labels, interface strings, the exporter's own code), so an
 * unchanged module is not regenerated.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { langs, type Lang } from '../../i18n/locales';
import { localizedPath } from '../../i18n/routing';
import { dictionaries, t } from '../../i18n/ui';
import { site } from '../../site.config';
import { lastUpdated } from '../content/git-dates';
import { loadLibrary, sourceUrl, type GlossaryEntry } from '../content/library';
import type { LicenceId } from '../content/licences';
import { attributionText, licenceText, toMarkdown, zip } from './bundle';
import { assertExportable, type DocumentPart, type ExportContext, type ExportDocument, type QuizData } from './document';
import { setDocxSiteUrl, toDocx } from './docx';
import { formDocuments } from './forms';
import { attr, parseMdx, type JsxElement } from './mdx';
import { compilePdf } from './pdf';
import { setSiteUrl, toTypst } from './typst';
import { visit } from 'unist-util-visit';

const root = process.cwd();

export type Format = 'pdf' | 'docx' | 'md' | 'zip';
export type DownloadKind = 'module' | 'toolkit' | 'form' | 'handbook' | 'all';

/** One file to download. */
export interface DownloadFile {
  /** File name, unique across the site; also the last URL segment. */
  name: string;
  /** Locale folder it is published under (/<lang>/downloads/<name>): the language of its content. */
  lang: Lang;
  kind: DownloadKind;
  format: Format;
  /** Slug of the module or toolkit (or form id) it belongs to. */
  slug: string;
  title: string;
  /** Code of the module, if any. */
  code?: string | undefined;
  bytes: Uint8Array;
  size: number;
  sha256: string;
}

/** Site-relative URL of a download. */
export function downloadHref(file: Pick<DownloadFile, 'lang' | 'name'>): string {
  // localizedPath already starts with the site's base path.
  return `${localizedPath(file.lang, 'downloads')}${file.name}`;
}

const sha = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** The exporter's own code: a change to it invalidates every cached file. */
function exporterVersion(): string {
  const dir = join(root, 'src/lib/export');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.ts'))
        .sort()
    : [];
  return sha(files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\0') + JSON.stringify(dictionaries) + site.url);
}

const cacheDir = resolve(process.env['ASTRO_CACHE_DIR'] || join(root, 'node_modules/.astro'), 'downloads');

/** Per format: documents made, taken from the cache, and milliseconds spent making them. */
const stats = new Map<string, { made: number; cached: number; ms: number }>();

/** Returns cached bytes for `key`, or makes, stores and returns them. */
async function cached(key: string, ext: string, make: () => Promise<Uint8Array> | Uint8Array): Promise<Uint8Array> {
  const path = join(cacheDir, `${key}.${ext}`);
  const stat = stats.get(ext) ?? { made: 0, cached: 0, ms: 0 };
  stats.set(ext, stat);
  if (process.env['DOWNLOADS_NO_CACHE'] !== '1' && existsSync(path)) {
    stat.cached += 1;
    return new Uint8Array(readFileSync(path));
  }
  const start = performance.now();
  const bytes = await make();
  stat.made += 1;
  stat.ms += performance.now() - start;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(path, bytes);
  return bytes;
}

function context(glossary: GlossaryEntry[]): ExportContext {
  const assets = new Map<string, Uint8Array | undefined>();
  const quizzes = new Map<string, QuizData | undefined>();
  return {
    asset(path) {
      if (!assets.has(path)) {
        const file = join(root, 'public', path);
        assets.set(path, path.startsWith('/') && !path.includes('..') && existsSync(file) ? new Uint8Array(readFileSync(file)) : undefined);
      }
      return assets.get(path);
    },
    quiz(id, lang) {
      const read = (l: Lang) => {
        const key = `${l}/${id}`;
        if (!quizzes.has(key)) {
          const file = join(root, 'src/content/quizzes', l, `${id}.yaml`);
          quizzes.set(key, /^[a-z0-9-]+$/.test(id) && existsSync(file) ? (parseYaml(readFileSync(file, 'utf8')) as QuizData) : undefined);
        }
        return quizzes.get(key);
      };
      // As on the page: a quiz not translated yet is shown in English.
      return read(lang) ?? read('en');
    },
    quizIds() {
      const dir = join(root, 'src/content/quizzes/en');
      return existsSync(dir) ? readdirSync(dir).map((f) => f.replace(/\.ya?ml$/, '')) : [];
    },
    term(id, lang) {
      return glossary.find((g) => g.id === id)?.data[lang].label;
    },
    termIds() {
      return glossary.map((g) => g.id);
    },
  };
}

/** Everything the exporters read for a document, for the cache key. */
function inputsOf(doc: ExportDocument, ctx: ExportContext): string {
  const used: string[] = [];
  for (const part of doc.parts) {
    visit(part.tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const el = node as JsxElement;
      if (el.name === 'Figure') used.push(sha(ctx.asset(attr(el, 'src') ?? '') ?? ''));
      if (el.name === 'Quiz') used.push(JSON.stringify(ctx.quiz(attr(el, 'id') ?? '', part.contentLang) ?? null));
      if (el.name === 'Term') used.push(ctx.term(attr(el, 'id') ?? '', part.contentLang) ?? '');
    });
  }
  const { parts, date, ...rest } = doc;
  return JSON.stringify({
    rest,
    date: date?.toISOString(),
    parts: parts.map(({ tree, ...p }) => ({ ...p, tree: sha(JSON.stringify(tree)) })),
    used,
  });
}

interface Source {
  collection: 'modules' | 'toolkits';
  slug: string;
  lang: Lang;
  file: string;
  text: string;
  data: Record<string, unknown>;
  part: DocumentPart;
  doc: ExportDocument;
}

let building: Promise<DownloadFile[]> | undefined;
let builtFrom = '';

/** Modification times of everything the downloads are made from: in `astro dev`, a change means a new set. */
function sourcesFingerprint(): string {
  const times: number[] = [];
  for (const dir of ['src/content', 'public/figures', 'src/lib/export', 'src/i18n/ui']) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    for (const entry of readdirSync(full, { recursive: true, withFileTypes: true }))
      if (entry.isFile()) times.push(statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return `${times.length}:${times.reduce((a, b) => a + b, 0)}`;
}

/** Every download of the library (generated on first use, then kept for the rest of the build; in
 * `astro dev`, kept until a source file changes). */
export function allDownloads(): Promise<DownloadFile[]> {
  if (import.meta.env.DEV) {
    const now = sourcesFingerprint();
    if (now !== builtFrom) {
      builtFrom = now;
      building = generate();
    }
  }
  return (building ??= generate());
}

/** Downloads of one module or toolkit in one language. */
export async function downloadsOf(lang: Lang, slug: string): Promise<DownloadFile[]> {
  return (await allDownloads()).filter((d) => d.lang === lang && d.slug === slug);
}

async function generate(): Promise<DownloadFile[]> {
  const start = performance.now();
  stats.clear();
  setSiteUrl(`${site.url}${site.base.replace(/\/$/, '')}`);
  setDocxSiteUrl(`${site.url}${site.base.replace(/\/$/, '')}`);
  const library = await loadLibrary();
  const ctx = context(library.glossary);
  const version = exporterVersion();
  const files: DownloadFile[] = [];
  const add = (f: Omit<DownloadFile, 'size' | 'sha256'>) => files.push({ ...f, size: f.bytes.length, sha256: sha(f.bytes) });
  const programmeTitle = (lang: Lang) => library.programme.find((p) => p.lang === lang)?.entry.data.title ?? site.name;

  const sources: Source[] = [];
  for (const [collection, list] of [
    ['modules', library.modules],
    ['toolkits', library.toolkits],
  ] as const) {
    for (const item of list) {
      if (item.isFallback) continue;
      const file = item.entry.filePath!;
      const text = readFileSync(join(root, file), 'utf8');
      const parsed = parseMdx(text, file);
      const data = item.entry.data as Record<string, unknown> & { title: string; summary: string; authors: string[]; licence: LicenceId };
      const m = collection === 'modules' ? (item as (typeof library.modules)[number]).entry.data : undefined;
      const part: DocumentPart = {
        file,
        contentLang: item.lang,
        title: data.title,
        summary: data.summary,
        tree: parsed.tree,
        ...(m
          ? {
              code: m.code,
              eqfLevel: m.eqfLevel,
              ecvetPoints: m.ecvetPoints,
              hours: m.hours,
              outcomes: m.outcomes,
              criteria: m.assessmentCriteria,
            }
          : {}),
      };
      assertExportable(part, ctx);
      const doc: ExportDocument = {
        kind: collection === 'modules' ? 'module' : 'toolkit',
        lang: item.lang,
        title: data.title,
        programme: programmeTitle(item.lang),
        authors: data.authors,
        licence: data.licence,
        pageUrl: `${site.url}${localizedPath(item.lang, collection, item.slug)}`,
        sourceUrl: sourceUrl(file),
        date: lastUpdated(file),
        parts: [part],
      };
      sources.push({ collection, slug: item.slug, lang: item.lang, file, text, data, part, doc });
    }
  }

  for (const s of sources) {
    const code = s.part.code;
    const base = `4change-${code ? `${code.toLowerCase()}-` : ''}${s.slug}-${s.lang}`;
    const key = sha(version + inputsOf(s.doc, ctx));
    const kind = s.collection === 'modules' ? 'module' : 'toolkit';
    const pdf = await cached(key, 'pdf', () => compilePdf(toTypst(s.doc, ctx), s.doc.title));
    const docx = await cached(key, 'docx', () => toDocx(s.doc, ctx));
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(s.text)?.[1] ?? '';
    const md = new TextEncoder().encode(toMarkdown(frontmatter, s.part.tree, ctx, s.lang));
    const images = figuresOf(s.part, ctx);
    const bundle = zip({
      [`${base}.pdf`]: pdf,
      [`${base}.docx`]: docx,
      [`${base}.md`]: md,
      [`source/${s.file.split('/').pop()}`]: s.text,
      ...Object.fromEntries([...images].map(([name, bytes]) => [`images/${name}`, bytes])),
      'LICENSE.txt': licenceText(s.doc),
      'ATTRIBUTION.txt': attributionText(s.doc),
      'metadata.json': metadata(s, { pdf, docx, md }, base),
    });
    const common = { lang: s.lang, kind, slug: s.slug, title: s.doc.title, code } as const;
    add({ ...common, name: `${base}.pdf`, format: 'pdf', bytes: pdf });
    add({ ...common, name: `${base}.docx`, format: 'docx', bytes: docx });
    add({ ...common, name: `${base}.md`, format: 'md', bytes: md });
    add({ ...common, name: `${base}.zip`, format: 'zip', bytes: bundle });

    // Forms inside a toolkit (the mentor's learning agreement, training plan, logbook, assessment sheet).
    for (const form of formDocuments(s.doc, ctx)) {
      const formKey = sha(version + inputsOf(form.doc, ctx));
      const formBase = `4change-form-${form.id}-${s.lang}`;
      const formCommon = { lang: s.lang, kind: 'form', slug: form.id, title: form.doc.title } as const;
      add({
        ...formCommon,
        name: `${formBase}.pdf`,
        format: 'pdf',
        bytes: await cached(formKey, 'pdf', () => compilePdf(toTypst(form.doc, ctx), form.doc.title)),
      });
      add({ ...formCommon, name: `${formBase}.docx`, format: 'docx', bytes: await cached(formKey, 'docx', () => toDocx(form.doc, ctx)) });
    }
  }

  // The whole programme per language: a handbook PDF and a ZIP of every file in that language.
  for (const lang of langs) {
    const modules = library.modules.filter((m) => m.lang === lang);
    const parts = modules.map((m) => {
      const s = sources.find((x) => x.collection === 'modules' && x.slug === m.slug && x.lang === m.contentLang)!;
      return m.isFallback ? { ...s.part, fallbackNotice: t(lang, 'export.notTranslated') } : s.part;
    });
    const programme = library.programme.find((p) => p.lang === lang)!;
    const doc: ExportDocument = {
      kind: 'handbook',
      lang,
      title: `${programmeTitle(lang)}: ${t(lang, 'export.handbookTitle')}`,
      programme: programmeTitle(lang),
      authors: [...new Set(parts.flatMap((p) => sources.find((s) => s.part === p || s.file === p.file)?.doc.authors ?? []))],
      licence: 'CC-BY-SA-4.0',
      pageUrl: `${site.url}${localizedPath(lang, 'programme')}`,
      sourceUrl: sourceUrl(programme.entry.filePath ?? ''),
      date: latest(parts.map((p) => lastUpdated(p.file))),
      parts,
    };
    const key = sha(version + inputsOf(doc, ctx));
    const handbook = await cached(key, 'pdf', () => compilePdf(toTypst(doc, ctx), doc.title));
    add({
      lang,
      kind: 'handbook',
      format: 'pdf',
      slug: 'handbook',
      title: doc.title,
      name: `4change-handbook-${lang}.pdf`,
      bytes: handbook,
    });

    // Everything in this language; items not translated yet come in English.
    const inLang = library.modules
      .concat(library.toolkits as never[])
      .filter((e) => e.lang === lang)
      .map((e) => ({ slug: e.slug, contentLang: e.contentLang }));
    const members: Record<string, Uint8Array | string> = { [`4change-handbook-${lang}.pdf`]: handbook };
    for (const item of inLang) {
      for (const f of files.filter((f) => f.lang === item.contentLang && f.slug === item.slug && f.format !== 'zip'))
        members[`${f.kind === 'module' ? 'modules' : 'toolkits'}/${f.name}`] = f.bytes;
    }
    for (const f of files.filter((f) => f.kind === 'form' && f.lang === lang)) members[`forms/${f.name}`] = f.bytes;
    for (const s of sources.filter((s) => inLang.some((i) => i.slug === s.slug && i.contentLang === s.lang)))
      for (const [name, bytes] of figuresOf(s.part, ctx)) members[`images/${name}`] = bytes;
    members['LICENSE.txt'] = licenceText(doc);
    members['ATTRIBUTION.txt'] = attributionText(doc);
    add({ lang, kind: 'all', format: 'zip', slug: 'all', title: doc.title, name: `4change-all-${lang}.zip`, bytes: zip(members) });
  }
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  const perFormat = [...stats]
    .map(
      ([ext, s]) => `${ext.toUpperCase()} ${s.made} made${s.made ? ` (${Math.round(s.ms / s.made)} ms each)` : ''}, ${s.cached} from cache`,
    )
    .join('; ');
  console.log(
    `[4change-downloads] ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, in ${((performance.now() - start) / 1000).toFixed(1)} s. ${perFormat}.`,
  );
  return files;
}

function latest(dates: (Date | undefined)[]): Date | undefined {
  const known = dates.filter((d): d is Date => !!d);
  return known.length ? new Date(Math.max(...known.map((d) => d.getTime()))) : undefined;
}

function figuresOf(part: DocumentPart, ctx: ExportContext): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  visit(part.tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as JsxElement).name === 'Figure') {
      const src = attr(node as JsxElement, 'src') ?? '';
      const bytes = ctx.asset(src);
      if (bytes) out.set(src.split('/').pop()!, bytes);
    }
  });
  return out;
}

function metadata(s: Source, files: Record<'pdf' | 'docx' | 'md', Uint8Array>, base: string): string {
  const d = s.doc;
  const p = s.part;
  return `${JSON.stringify(
    {
      title: d.title,
      type: d.kind,
      code: p.code,
      language: d.lang,
      eqfLevel: p.eqfLevel,
      ecvetPoints: p.ecvetPoints,
      hours: p.hours,
      summary: p.summary,
      authors: d.authors,
      licence: d.licence,
      url: d.pageUrl,
      source: d.sourceUrl,
      updated: d.date?.toISOString().slice(0, 10),
      publisher: 'Erasmus+ project 4CHANGE (Industry 4.0 CHAlleNGE)',
      files: Object.fromEntries(
        Object.entries(files).map(([ext, bytes]) => [`${base}.${ext}`, { bytes: bytes.length, sha256: sha(bytes) }]),
      ),
    },
    null,
    2,
  )}\n`;
}
