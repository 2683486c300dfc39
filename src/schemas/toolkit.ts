import { z } from 'astro/zod';
import { authors, licence, slug, sourceRevision } from './shared';

/** Who a toolkit is written for. */
export const audience = z.enum(['teacher', 'mentor', 'learner']);

/** A toolkit for teachers, company mentors or learners: `src/content/toolkits/<lang>/<slug>.mdx`. */
export const toolkitSchema = z.strictObject({
  /** Title in this language. */
  title: z.string().min(3),
  /** One or two sentences: shown in the toolkit list and as the page description. */
  summary: z.string().min(20).max(320),
  /** The readers: teacher, mentor (company mentor / coach) or learner. */
  audience,
  /** Position in the toolkit list (1 first). */
  order: z.int().min(1),
  /** Modules this toolkit refers to (slugs), if any. */
  modules: z.array(slug).default([]),
  licence: licence.default('CC-BY-SA-4.0'),
  authors,
  /** For translations: the git commit of the English file this translation was made from (7–40 hex characters). */
  sourceRevision,
});

export type ToolkitData = z.infer<typeof toolkitSchema>;
