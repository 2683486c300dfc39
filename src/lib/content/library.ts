/**
 * The content access layer: every page reads the library through `loadLibrary()`, which loads all
 * collections once, localizes them (translation or English fallback per locale), stops the build
 * if a cross-reference is broken, and works out the translation status (printing outdated
 * translations as build warnings).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLang, type Lang } from '../../i18n/locales';
import { entryIdToLangSlug, localizeEntries, type LocalizedEntry } from '../../i18n/routing';
import { projectHistory } from './git-dates';
import { findCrossReferenceProblems, formatProblems, type EntryRef } from './integrity';
import { historyWarning, outdatedWarnings, translationStatus, type ContentFile, type TranslationReport } from './translation-status';
import { findQuizProblems } from './quizzes';
import { site } from '../../site.config';

export type ModuleEntry = CollectionEntry<'modules'>;
export type ToolkitEntry = CollectionEntry<'toolkits'>;
export type PageEntry = CollectionEntry<'pages'>;
export type ProgrammeEntry = CollectionEntry<'programme'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type PartnerEntry = CollectionEntry<'partners'>;

export interface Library {
  programme: LocalizedEntry<ProgrammeEntry>[];
  /** Modules in programme order, then any module the programme does not list, by code. */
  modules: LocalizedEntry<ModuleEntry>[];
  toolkits: LocalizedEntry<ToolkitEntry>[];
  pages: LocalizedEntry<PageEntry>[];
  glossary: GlossaryEntry[];
  partners: PartnerEntry[];
  /** Every item × locale: up to date, outdated, missing or unknown (from git history). */
  translations: TranslationReport;
}

/** A content-integrity failure: stops the build with every broken reference listed. */
export class ContentIntegrityError extends Error {
  override name = 'ContentIntegrityError';
}

function refs<E extends { id: string; filePath?: string | undefined; data: unknown }>(
  collection: string,
  entries: E[],
): EntryRef<E['data']>[] {
  return entries.map((e) => ({ collection, ...entryIdToLangSlug(e.id), file: e.filePath ?? '', data: e.data }));
}

async function load(): Promise<Library> {
  const [programme, modules, toolkits, pages, glossary, partners, quizzes] = await Promise.all([
    getCollection('programme'),
    getCollection('modules'),
    getCollection('toolkits'),
    getCollection('pages'),
    getCollection('glossary'),
    getCollection('partners'),
    getCollection('quizzes'),
  ]);
  const problems = findCrossReferenceProblems({
    programmes: refs('programme', programme),
    modules: refs('modules', modules),
    toolkits: refs('toolkits', toolkits),
    pages: refs('pages', pages),
    glossary: glossary.map((g) => ({ id: g.id, file: g.filePath ?? '', related: g.data.related })),
  });
  problems.push(
    ...findQuizProblems(
      refs('quizzes', quizzes),
      new Set(modules.filter((m) => m.id.startsWith(`${defaultLang}/`)).map((m) => entryIdToLangSlug(m.id).slug)),
    ),
  );
  if (problems.length > 0) {
    throw new ContentIntegrityError(`The content has ${problems.length} broken reference(s):\n${formatProblems(problems, process.cwd())}`);
  }
  const order = programme.find((p) => p.id.startsWith(`${defaultLang}/`))?.data.modules ?? [];
  const rank = (slug: string) => (order.includes(slug) ? order.indexOf(slug) : order.length);
  const localizedModules = localizeEntries(modules).sort(
    (a, b) => rank(a.slug) - rank(b.slug) || a.entry.data.code.localeCompare(b.entry.data.code),
  );
  const localizedToolkits = localizeEntries(toolkits).sort((a, b) => a.entry.data.order - b.entry.data.order);
  const localizedProgramme = localizeEntries(programme);
  const localizedPages = localizeEntries(pages);
  const translations = translationStatus(
    [...localizedProgramme, ...localizedModules, ...localizedToolkits, ...localizedPages].flatMap(contentFile),
    projectHistory(),
  );
  warnOnce([historyWarning(translations), ...outdatedWarnings(translations)]);
  return {
    programme: localizedProgramme,
    modules: localizedModules,
    toolkits: localizedToolkits,
    pages: localizedPages,
    glossary: glossary.sort((a, b) => a.id.localeCompare(b.id)),
    partners,
    translations,
  };
}

/** The file behind a localized entry, for the translation status (none for a fallback). */
function contentFile(item: LocalizedEntry<ModuleEntry | ToolkitEntry | PageEntry | ProgrammeEntry>): ContentFile[] {
  if (item.isFallback) return [];
  const { entry } = item;
  return [
    {
      collection: entry.collection,
      lang: item.lang,
      slug: item.slug,
      file: entry.filePath ?? '',
      title: entry.data.title,
      sourceRevision: entry.data.sourceRevision,
    },
  ];
}

const warned = new Set<string>();
/** Prints build warnings, each once per process (`astro dev` reloads the library on every request). */
function warnOnce(lines: (string | undefined)[]): void {
  for (const line of lines) {
    if (!line || warned.has(line)) continue;
    warned.add(line);
    console.warn(`[WARN] [translations] ${line}`);
  }
}

let cached: Promise<Library> | undefined;

/** The whole library, loaded and checked once per build (reloaded on every request in `astro dev`). */
export function loadLibrary(): Promise<Library> {
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}

/** Entries of one locale. */
export function inLang<E>(list: LocalizedEntry<E>[], lang: Lang): LocalizedEntry<E>[] {
  return list.filter((e) => e.lang === lang);
}

/** Link to edit a content file on the repository host. */
export function editUrl(filePath: string): string {
  return `${site.repository}/edit/${site.branch}/${filePath}`;
}

/** Link to view a content file (the English source, for translators). */
export function sourceUrl(filePath: string): string {
  return `${site.repository}/blob/${site.branch}/${filePath}`;
}

/** Link to the list of commits that changed a file: what changed in the English source since a translation. */
export function historyUrl(filePath: string): string {
  return `${site.repository}/commits/${site.branch}/${filePath}`;
}

/** Link that starts a translation: a new file with the same name in the locale's folder. */
export function translateUrl(englishFilePath: string, lang: Lang): string {
  const parts = englishFilePath.split('/');
  const name = parts.pop()!;
  parts[parts.length - 1] = lang; // …/modules/en → …/modules/<lang>
  return `${site.repository}/new/${site.branch}/${parts.join('/')}?filename=${encodeURIComponent(name)}`;
}
