/** File names of content: they are the page addresses and link a translation to its original. */

/** A name made into a valid file name (a slug): "CNC Turning_2" → "cnc-turning-2", "Übung" → "ubung". */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
