/**
 * The one definition of the site's locales. Everything else (routes, dictionaries, content folders,
 * hreflang, Intl formatting, search) derives from this list: add a language here first.
 */

/** A language the site is published in. */
export interface Locale {
  /** Folder and URL segment: `src/content/modules/<code>/`, `/<code>/…`. */
  readonly code: string;
  /** The language's name in the language itself, as shown in the language switcher. */
  readonly label: string;
  /** BCP-47 tag for `<html lang>`, `hreflang` and `lang` attributes. */
  readonly tag: string;
  /** Locale used with Intl for dates and numbers (adds a region where the bare language would pick the US one). */
  readonly intl: string;
  /** Writing direction. All five current languages are left-to-right; kept so a new one can differ. */
  readonly dir: 'ltr' | 'rtl';
}

export const locales = [
  { code: 'en', label: 'English', tag: 'en', intl: 'en-GB', dir: 'ltr' },
  { code: 'de', label: 'Deutsch', tag: 'de', intl: 'de-DE', dir: 'ltr' },
  { code: 'lt', label: 'Lietuvių', tag: 'lt', intl: 'lt-LT', dir: 'ltr' },
  { code: 'lv', label: 'Latviešu', tag: 'lv', intl: 'lv-LV', dir: 'ltr' },
  { code: 'et', label: 'Eesti', tag: 'et', intl: 'et-EE', dir: 'ltr' },
] as const satisfies readonly Locale[];

/** A locale code: 'en' | 'de' | 'lt' | 'lv' | 'et'. */
export type Lang = (typeof locales)[number]['code'];

/** The source language: content is written in it first and untranslated pages fall back to it. */
export const defaultLang: Lang = 'en';

/** All locale codes, in display order. */
export const langs: readonly Lang[] = locales.map((l) => l.code);

/** True when `value` is one of the site's locale codes. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (langs as readonly string[]).includes(value);
}

/** The locale record for a code. */
export function langToLocale(lang: Lang): Locale {
  const locale = locales.find((l) => l.code === lang);
  if (!locale) throw new Error(`Unknown locale "${lang}". Known locales: ${langs.join(', ')}.`);
  return locale;
}
