import { z } from 'astro/zod';
import { perLocale } from './shared';

/** A term in one language. */
const localizedTerm = z.strictObject({
  /** The term as used in this language's trade (lower case unless it is a noun in German or a name). */
  label: z.string().min(1),
  /** A one- to three-sentence definition in this language. */
  definition: z.string().min(20),
  /** Other names, abbreviations and common inflected forms, to help readers and search find the term. */
  also: z.array(z.string().min(1)).default([]),
});

/** Subject areas, used to group and filter terms. */
export const termCategory = z.enum([
  'machining',
  'cnc',
  'measurement',
  'drawing',
  'materials',
  'safety',
  'maintenance',
  'industry40',
  'training',
]);

/** A glossary entry: `src/content/glossary/<id>.yaml`, the same term in all five languages. */
export const glossarySchema = z
  .strictObject({
    /** Subject area. */
    category: termCategory,
    /** Ids (file names) of related terms. */
    related: z.array(z.string()).default([]),
  })
  .extend(perLocale(localizedTerm).shape);

export type GlossaryData = z.infer<typeof glossarySchema>;
