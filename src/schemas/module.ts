import { z } from 'astro/zod';
import { authors, hours, licence, slug, sourceRevision } from './shared';

/** One learning outcome, with an identifier that stays the same in every translation. */
function outcome(prefix: string, example: string) {
  return z.strictObject({
    /** Stable identifier, the same in every language (K1, S2, R1 …). */
    id: z.string().regex(new RegExp(`^${prefix}\\d+$`), {
      error: `an identifier made of "${prefix}" and a number, like "${example}"`,
    }),
    /** The outcome as a sentence: what the learner knows / can do / takes responsibility for. */
    text: z.string().min(10),
  });
}

/** An ECVET unit of learning outcomes: the frontmatter of `src/content/modules/<lang>/<slug>.mdx`. */
export const moduleSchema = z.strictObject({
  /** Unit code, the same in every language, e.g. "4C-05". Shown on the page and in downloads. */
  code: z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)+$/, {
    error: 'a code in capital letters and digits joined by hyphens, like "4C-05"',
  }),
  /** Title of the unit in this language. */
  title: z.string().min(3),
  /** One or two sentences: shown in lists, search results and as the page description. */
  summary: z.string().min(20).max(320),
  /** EQF level of the unit (1–8). The programme is level 4. */
  eqfLevel: z.int().min(1).max(8),
  /** ECVET credit points (60 points = one year of full-time VET); halves allowed. */
  ecvetPoints: z.number().positive().multipleOf(0.5),
  /** Hours split into theory, practice and work-based learning. */
  hours,
  /** Slugs of modules a learner should complete first (file names, without ".mdx"). */
  prerequisites: z.array(slug).default([]),
  /** Learning outcomes in the three EQF categories. */
  outcomes: z.strictObject({
    /** Knowledge: facts, principles, theories (ids K1, K2 …). */
    knowledge: z.array(outcome('K', 'K1')).min(1),
    /** Skills: cognitive and practical (ids S1, S2 …). */
    skills: z.array(outcome('S', 'S1')).min(1),
    /** Responsibility and autonomy (ids R1, R2 …). */
    responsibility: z.array(outcome('R', 'R1')).min(1),
  }),
  /** How achievement of the outcomes is judged. */
  assessmentCriteria: z
    .array(
      z.strictObject({
        /** Stable identifier, the same in every language (AC1, AC2 …). */
        id: z.string().regex(/^AC\d+$/, { error: 'an identifier made of "AC" and a number, like "AC1"' }),
        /** The criterion as an observable statement. */
        text: z.string().min(10),
        /** Ids of the outcomes this criterion assesses (optional). */
        outcomes: z.array(z.string().regex(/^[KSR]\d+$/, { error: 'an outcome id like "K1", "S2" or "R1"' })).default([]),
      }),
    )
    .min(1),
  /** Key topics, in this language; used for search filters. */
  topics: z.array(z.string().min(2)).default([]),
  /** Licence of this text. */
  licence: licence.default('CC-BY-SA-4.0'),
  /** Authors (and translators) of this text. */
  authors,
  /** For translations: the git commit of the English file this translation was made from (7–40 hex characters). */
  sourceRevision,
});

export type ModuleData = z.infer<typeof moduleSchema>;
