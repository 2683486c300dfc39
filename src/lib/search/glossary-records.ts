/**
 * Every glossary term becomes its own search result, in every language's index. A term's record in
 * one language also carries its labels and other forms in the other four languages, so that a reader
 * on the English site who types "Fräsen" finds "milling" (and a German reader typing "milling" finds
 * "Fräsen"). Inflected forms listed under `also` help languages whose words Pagefind cannot stem (Latvian).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { langs, langToLocale, type Lang } from '../../i18n/locales';
import { latvianForms } from './inflect';

/** One glossary term in one language, ready for Pagefind's addCustomRecord. */
export interface GlossaryRecord {
  url: string;
  language: Lang;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface TermData {
  category: string;
  [lang: string]: unknown;
}

type LocalizedTerm = { label: string; definition: string; also?: string[] };

/** Search records for every term in every language, read from src/content/glossary/*.yaml. */
export function glossaryRecords(glossaryDir: string, base: string): GlossaryRecord[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return readdirSync(glossaryDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) => {
      const id = file.replace(/\.yaml$/, '');
      const data = parse(readFileSync(join(glossaryDir, file), 'utf8')) as TermData;
      const term = (lang: Lang) => data[lang] as LocalizedTerm;
      return langs.map((lang) => {
        const own = term(lang);
        // Inflected forms: the glossary's own list, and (Pagefind cannot stem Latvian) generated Latvian
        // case forms. SEARCH_WITHOUT_FORMS=1 leaves both out, to measure what they add (docs/search.md).
        const forms =
          process.env['SEARCH_WITHOUT_FORMS'] === '1' ? [] : [...(own.also ?? []), ...(lang === 'lv' ? latvianForms(own.label) : [])];
        // "Deutsch: Fräsen": readable in an excerpt, and findable. Only the labels: the other languages'
        // inflected forms would make every index much larger (and the first search slower) for little gain.
        const others = langs.filter((l) => l !== lang).map((l) => `${langToLocale(l).label}: ${term(l).label}`);
        return {
          url: `${prefix}${lang}/glossary/#${id}`,
          language: lang,
          // The label and its forms first (they weigh most in a short record), then the definition,
          // then the names in the other languages.
          content: [`${own.label}${forms.length ? ` (${[...new Set(forms)].join(', ')})` : ''}`, own.definition, ...others].join('. '),
          // `terms`: every language's label, so the interface can put an exact match first.
          meta: { title: own.label, type: 'glossary', terms: langs.map((l) => term(l).label.toLocaleLowerCase()).join('|') },
          filters: { type: ['glossary'] },
        };
      });
    });
}
