/**
 * All route, translation and fallback logic in one tested place. Route files stay thin: they ask
 * this module which pages exist in which language and whether a page shows a fallback.
 */
import { defaultLang, isLang, langs, langToLocale, type Lang } from './locales';

/** Site base path from Astro's config ("/" or "/sub/"), always with a trailing slash. */
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** URL path of a page in a locale: localizedPath('de', 'modules', 'cnc-turning') → "/de/modules/cnc-turning/". */
export function localizedPath(lang: Lang, ...segments: string[]): string {
  const rest = segments.filter(Boolean).join('/');
  return `${base}${lang}/${rest ? `${rest}/` : ''}`;
}

/** The locale a URL path belongs to, or undefined for paths outside /<lang>/ (the root chooser). */
export function pathToLang(pathname: string): Lang | undefined {
  const first = pathname
    .slice(base.length - 1)
    .split('/')
    .filter(Boolean)[0];
  return isLang(first) ? first : undefined;
}

/** The same page in another locale: "/de/modules/x/" → "/lt/modules/x/". */
export function switchLangInPath(pathname: string, lang: Lang): string {
  const current = pathToLang(pathname);
  if (!current) return localizedPath(lang);
  return pathname.replace(`${base}${current}/`, `${base}${lang}/`);
}

/** Splits a content entry id "de/cnc-turning" into its locale and slug. */
export function entryIdToLangSlug(id: string): { lang: Lang; slug: string } {
  const [lang, ...rest] = id.split('/');
  if (!isLang(lang) || rest.length === 0)
    throw new Error(`Content entry "${id}" is not inside a language folder. Move it to one of: ${langs.map((l) => `${l}/`).join(', ')}.`);
  return { lang, slug: rest.join('/') };
}

/** A page to publish in one locale: the translated entry, or the English one shown as a fallback. */
export interface LocalizedEntry<E> {
  /** Locale whose interface the page uses (the URL's /<lang>/). */
  lang: Lang;
  slug: string;
  /** The entry whose content is shown. */
  entry: E;
  /** Language of the content: `lang` when translated, the default language when falling back. */
  contentLang: Lang;
  /** True when no translation exists and the English content is shown. */
  isFallback: boolean;
  /** Locales in which this page has real (non-fallback) content, in locale order. */
  translatedIn: Lang[];
}

/**
 * Publishes every English entry in every locale: translated where a translation exists, otherwise as
 * a fallback. Entries that exist only in a translation (no English original) are not published;
 * the integrity check reports them.
 */
export function localizeEntries<E extends { id: string }>(entries: readonly E[]): LocalizedEntry<E>[] {
  const bySlug = new Map<string, Map<Lang, E>>();
  for (const entry of entries) {
    const { lang, slug } = entryIdToLangSlug(entry.id);
    if (!bySlug.has(slug)) bySlug.set(slug, new Map());
    bySlug.get(slug)!.set(lang, entry);
  }
  const result: LocalizedEntry<E>[] = [];
  for (const [slug, versions] of bySlug) {
    const original = versions.get(defaultLang);
    if (!original) continue;
    const translatedIn = langs.filter((l) => versions.has(l));
    for (const lang of langs) {
      const translated = versions.get(lang);
      result.push({
        lang,
        slug,
        entry: translated ?? original,
        contentLang: translated ? lang : defaultLang,
        isFallback: !translated,
        translatedIn,
      });
    }
  }
  return result;
}

/** `hreflang` alternates of a page: one per real translation plus x-default (the English page). */
export function alternates(translatedIn: readonly Lang[], pathFor: (lang: Lang) => string): { hreflang: string; href: string }[] {
  const list = translatedIn.map((lang) => ({ hreflang: langToLocale(lang).tag, href: pathFor(lang) }));
  list.push({ hreflang: 'x-default', href: pathFor(defaultLang) });
  return list;
}
