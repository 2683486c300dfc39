/** The interface strings the search interface needs, for one locale, to hand to the browser. */
import { langToLocale, locales, type Lang } from '../../i18n/locales';
import { dictionaries, type UIKey } from '../../i18n/ui';
import type { SearchOptions } from './client';

/** Options for mountSearch() in a locale (everything but the mode). */
export function searchOptions(lang: Lang, base: string): Omit<SearchOptions, 'mode' | 'onNavigate'> {
  const dictionary = dictionaries[lang];
  const keys = (Object.keys(dictionary) as UIKey[]).filter((k) => k.startsWith('search.') || k.startsWith('audience.'));
  return {
    strings: Object.fromEntries(keys.map((k) => [k, dictionary[k]])),
    lang,
    intl: langToLocale(lang).intl,
    base,
    locales: locales.map((l) => ({ code: l.code, label: l.label })),
  };
}
