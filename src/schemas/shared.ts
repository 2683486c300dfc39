import { z } from 'astro/zod';
import { langs, type Lang } from '../i18n/locales';

/** A slug: the file name without extension, lower case words joined by hyphens ("cnc-turning"). */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'a file name in lower case letters, digits and hyphens, without ".mdx" (for example "cnc-turning")',
});

/** Licences content may carry. CC BY-SA 4.0 is the library's default (Erasmus+ open-licence rule). */
export const licence = z.enum(['CC-BY-SA-4.0', 'CC-BY-4.0']);

/** People or organisations credited for a text; shown in the attribution line and in downloads. */
export const authors = z.array(z.string().min(2)).min(1);

/** Teaching hours of a unit, split the ECVET way. Whole hours. */
export const hours = z.strictObject({
  /** Classroom hours: theory, demonstrations, calculations. */
  theory: z.int().min(0),
  /** Practical hours in the school workshop. */
  practice: z.int().min(0),
  /** Work-based learning hours in a company, with a mentor. */
  workBased: z.int().min(0),
});

/**
 * For translations: the git commit (hash, 7–40 characters) of the English file this translation was
 * made from. The translation status compares it with later changes to the English file; without it,
 * the translation file's own last commit is used. `npm run new -- translation …` fills it in.
 */
export const sourceRevision = z
  .string()
  .regex(/^[0-9a-f]{7,40}$/, { error: 'a git commit hash of 7 to 40 characters (0-9, a-f)' })
  .optional();

/** Total hours of an `hours` record. */
export function totalHours(h: z.infer<typeof hours>): number {
  return h.theory + h.practice + h.workBased;
}

/** A record with one value per locale: every language must be present. */
export function perLocale<T extends z.ZodType>(value: T) {
  return z.strictObject(Object.fromEntries(langs.map((l) => [l, value])) as Record<Lang, T>);
}
