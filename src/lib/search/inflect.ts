/**
 * Inflected forms of Latvian glossary labels, for the search index. Pagefind has no Latvian stemmer,
 * so "virpošanai" (dative of "virpošana", turning) would not find the term; indexing the common case
 * forms of each label's last word (its head noun) lets it. Only regular noun endings are handled; the
 * glossary's hand-written `also` forms cover the rest. (Lithuanian and Estonian are stemmed by Pagefind.)
 */

/** Endings of the singular and plural cases for each regular Latvian noun ending, most specific first. */
const declensions: [ending: string, forms: string[]][] = [
  // 1st declension (masculine -s): darbgalds, nodilums, mikrometrs
  ['s', ['a', 'am', 'u', 'ā', 'i', 'u', 'iem', 'us', 'os']],
  // 2nd declension (-is): only the forms without consonant change
  ['is', ['im', 'i', 'ī', 'iem', 'us', 'os']],
  // 3rd declension (-us): tirgus
  ['us', ['um', 'u', 'ū', 'i', 'iem', 'os']],
  // 4th declension (feminine -a): virpošana, patrona, virpa
  ['a', ['as', 'ai', 'u', 'ā', 'ām', 'ās']],
  // 5th declension (feminine -e): pielaide, frēze (genitive plural changes the stem; left to `also`)
  ['e', ['es', 'ei', 'i', 'ē', 'ēm', 'ēs']],
];

/** Case forms of the label's last word ("griešanas ātrums" → "griešanas ātruma", "griešanas ātrumam" …). */
export function latvianForms(label: string): string[] {
  const words = label.split(' ');
  const last = words.pop()!;
  if (!/^\p{Ll}+$/u.test(last)) return []; // abbreviations, names, numbers
  const match = declensions
    .filter(([ending]) => last.endsWith(ending) && last.length > ending.length + 2)
    .sort((a, b) => b[0].length - a[0].length)[0];
  if (!match) return [];
  const stem = last.slice(0, -match[0].length);
  return [...new Set(match[1].map((ending) => [...words, stem + ending].join(' ')))];
}
