/**
 * Typed interface dictionaries, one per locale, and the functions that read them.
 * A missing or extra key in any locale is a type error (`satisfies UIDictionary` in each file).
 */
import { langToLocale, type Lang } from '../locales';
import { de } from './de';
import { en } from './en';
import { et } from './et';
import { lt } from './lt';
import { lv } from './lv';

/** A plural string: Intl.PluralRules categories; `other` is always required. */
export type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** A key of the interface dictionary. */
export type UIKey = keyof typeof en;

/** Every locale's dictionary has the English keys, with a plain string where English has one and a plural where English has one. */
export type UIDictionary = { [K in UIKey]: (typeof en)[K] extends string ? string : Plural };

export const dictionaries: Record<Lang, UIDictionary> = { en, de, lt, lv, et };

/** Fills {placeholders} in a template. Unknown placeholders are left as they are, so mistakes show. */
function fill(template: string, vars: Record<string, string | number>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

/** Translates a key in a locale; plural strings choose their form from `vars.count`. */
export function t(lang: Lang, key: UIKey, vars: Record<string, string | number> = {}): string {
  const value = dictionaries[lang][key];
  if (typeof value === 'string') return fill(value, vars, lang);
  const count = typeof vars['count'] === 'number' ? vars['count'] : 0;
  const category = new Intl.PluralRules(langToLocale(lang).intl).select(count);
  return fill(value[category] ?? value.other, vars, lang);
}

/** A translate function bound to one locale, for use in components: `const tr = translator(lang)`. */
export function translator(lang: Lang) {
  return (key: UIKey, vars?: Record<string, string | number>) => t(lang, key, vars);
}

/** Formats a number the locale's way (decimal comma in de, lt, lv, et). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(langToLocale(lang).intl, { maximumFractionDigits: 2 }).format(value);
}

/** Formats a date the locale's way, e.g. "25 November 2026" / "25. November 2026" / "2026 m. lapkričio 25 d.". */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(langToLocale(lang).intl, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A country's name in a locale, from Intl (ISO 3166 code, e.g. "LT"). */
export function countryName(code: string, lang: Lang): string {
  return new Intl.DisplayNames([langToLocale(lang).intl], { type: 'region' }).of(code) ?? code;
}
