import { z } from 'astro/zod';
import { authors, licence, slug, sourceRevision } from './shared';

/** The qualification the modules build up: `src/content/programme/<lang>/<slug>.mdx`. */
export const programmeSchema = z.strictObject({
  /** Name of the programme in this language. */
  title: z.string().min(3),
  /** One or two sentences: shown on the home page and as the page description. */
  summary: z.string().min(20).max(320),
  /** EQF level of the qualification. */
  eqfLevel: z.int().min(1).max(8),
  /** Total ECVET points; must equal the sum of the modules' points. */
  ecvetPoints: z.number().positive(),
  /** Total hours of all modules (theory, practice and work-based together); must equal their sum. */
  hours: z.int().positive(),
  /** Module slugs in the order they are taught. Each must exist as an English module. */
  modules: z.array(slug).min(1),
  /** The occupation the programme prepares for. */
  occupation: z.strictObject({
    /** Occupation name in this language. */
    label: z.string().min(3),
    /** ISCO-08 unit group code (four digits). */
    isco: z.string().regex(/^\d{4}$/, { error: 'a four-digit ISCO-08 code, like "7223"' }),
    /** ESCO occupation URI. */
    esco: z.url().optional(),
  }),
  licence: licence.default('CC-BY-SA-4.0'),
  authors,
  /** For translations: the git commit of the English file this translation was made from (7–40 hex characters). */
  sourceRevision,
});

export type ProgrammeData = z.infer<typeof programmeSchema>;
