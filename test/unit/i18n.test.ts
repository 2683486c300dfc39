/** Locales, routing and fallback logic, and the completeness of the interface dictionaries. */
import { describe, expect, it } from 'vitest';
import { defaultLang, isLang, langs, langToLocale, locales } from '../../src/i18n/locales';
import { alternates, entryIdToLangSlug, localizedPath, localizeEntries, pathToLang, switchLangInPath } from '../../src/i18n/routing';
import { countryName, dictionaries, formatDate, formatNumber, t } from '../../src/i18n/ui';
import { en } from '../../src/i18n/ui/en';

describe('locales', () => {
  it('defines the five languages once, English first as the default', () => {
    expect(langs).toEqual(['en', 'de', 'lt', 'lv', 'et']);
    expect(defaultLang).toBe('en');
    for (const l of locales) {
      expect(l.dir).toBe('ltr');
      expect(() => new Intl.Locale(l.tag)).not.toThrow();
      expect(new Intl.Locale(l.intl).language).toBe(l.code);
    }
    expect(isLang('de')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(() => langToLocale('xx' as never)).toThrow(/Unknown locale "xx"/);
  });
});

describe('routing', () => {
  it('builds and reads localized paths', () => {
    expect(localizedPath('lt', 'modules', 'cnc-turning')).toBe('/lt/modules/cnc-turning/');
    expect(localizedPath('et')).toBe('/et/');
    expect(pathToLang('/lv/glossary/')).toBe('lv');
    expect(pathToLang('/')).toBeUndefined();
    expect(pathToLang('/fr/x/')).toBeUndefined();
    expect(switchLangInPath('/de/modules/cnc-turning/', 'et')).toBe('/et/modules/cnc-turning/');
    expect(switchLangInPath('/', 'lt')).toBe('/lt/');
  });

  it('rejects content outside a language folder with a fix', () => {
    expect(entryIdToLangSlug('de/cnc-turning')).toEqual({ lang: 'de', slug: 'cnc-turning' });
    expect(() => entryIdToLangSlug('cnc-turning')).toThrow(/not inside a language folder. Move it to one of: en\/, de\//);
  });

  it('publishes every English entry in every locale, falling back where there is no translation', () => {
    const entries = [{ id: 'en/a' }, { id: 'de/a' }, { id: 'en/b' }, { id: 'lt/orphan' }];
    const pages = localizeEntries(entries);
    expect(pages).toHaveLength(10); // a and b in five locales; the orphan has no English original
    const a = pages.filter((p) => p.slug === 'a');
    expect(a.map((p) => [p.lang, p.entry.id, p.isFallback, p.contentLang])).toEqual([
      ['en', 'en/a', false, 'en'],
      ['de', 'de/a', false, 'de'],
      ['lt', 'en/a', true, 'en'],
      ['lv', 'en/a', true, 'en'],
      ['et', 'en/a', true, 'en'],
    ]);
    expect(a[0]!.translatedIn).toEqual(['en', 'de']);
    expect(pages.some((p) => p.slug === 'orphan')).toBe(false);
  });

  it('lists hreflang alternates for real translations only, plus x-default', () => {
    expect(alternates(['en', 'de'], (l) => `/${l}/x/`)).toEqual([
      { hreflang: 'en', href: '/en/x/' },
      { hreflang: 'de', href: '/de/x/' },
      { hreflang: 'x-default', href: '/en/x/' },
    ]);
  });
});

describe('interface dictionaries', () => {
  const keys = Object.keys(en);

  it.each(langs)('%s has exactly the English keys, in the same order', (lang) => {
    expect(Object.keys(dictionaries[lang])).toEqual(keys);
  });

  it.each(langs.filter((l) => l !== 'en'))('%s is translated (not a copy of English) and keeps the placeholders', (lang) => {
    const dict = dictionaries[lang] as Record<string, unknown>;
    let same = 0;
    for (const key of keys) {
      const value = JSON.stringify(dict[key]);
      const english = JSON.stringify((en as Record<string, unknown>)[key]);
      if (value === english) same += 1;
      const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();
      expect(placeholders(value), `${lang} ${key}`).toEqual(placeholders(english));
    }
    // A few strings may legitimately be identical (names, "Erasmus+", codes); most must differ.
    expect(same).toBeLessThan(keys.length * 0.1);
  });

  it.each(langs)('%s plurals cover every category the language uses', (lang) => {
    const categories = new Intl.PluralRules(langToLocale(lang).intl).resolvedOptions().pluralCategories;
    for (const [key, value] of Object.entries(dictionaries[lang])) {
      if (typeof value === 'string') continue;
      for (const c of categories) expect(value, `${lang} ${key} needs "${c}"`).toHaveProperty(c);
    }
  });

  it('fills placeholders and chooses plural forms per locale', () => {
    expect(t('en', 'count.modules', { count: 1 })).toBe('1 module');
    expect(t('en', 'count.modules', { count: 11 })).toBe('11 modules');
    expect(t('lt', 'count.modules', { count: 2 })).not.toBe(t('lt', 'count.modules', { count: 10 }));
    expect(t('de', 'page.lastUpdated', { date: 'X' })).toContain('X');
  });

  it('formats numbers, dates and country names the locale way', () => {
    expect(formatNumber(2.5, 'en')).toBe('2.5');
    expect(formatNumber(2.5, 'de')).toBe('2,5');
    expect(formatNumber(2.5, 'lt')).toBe('2,5');
    const date = new Date('2026-11-25T12:00:00Z');
    expect(formatDate(date, 'en')).toBe('25 November 2026');
    expect(formatDate(date, 'de')).toBe('25. November 2026');
    expect(formatDate(date, 'lt')).toMatch(/2026 m\. lapkričio 25 d\./);
    expect(countryName('DE', 'lt')).toBe('Vokietija');
    expect(countryName('EE', 'et')).toBe('Eesti');
  });
});
