/** Groups glossary labels under initial letters the way the locale's alphabet does (Č is its own letter in Lithuanian, Ä files under A in German). */

/** Sorted groups of items by their initial letter, using the locale's collation. */
export function groupByInitial<T>(items: readonly T[], labelOf: (item: T) => string, intlLocale: string): { letter: string; items: T[] }[] {
  const collator = new Intl.Collator(intlLocale, { sensitivity: 'base' });
  const sorted = [...items].sort((a, b) => collator.compare(labelOf(a), labelOf(b)));
  const groups: { letter: string; items: T[] }[] = [];
  for (const item of sorted) {
    const initial = labelOf(item).charAt(0).toLocaleUpperCase(intlLocale);
    const last = groups.at(-1);
    if (last && collator.compare(last.letter, initial) === 0) last.items.push(item);
    else groups.push({ letter: initial, items: [item] });
  }
  return groups;
}
