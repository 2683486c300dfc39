import { z } from 'astro/zod';
import { sourceRevision } from './shared';

/** A standalone page (about, licence …): `src/content/pages/<lang>/<slug>.mdx`. */
export const pageSchema = z.strictObject({
  /** Page title in this language. */
  title: z.string().min(2),
  /** One sentence for search engines and link previews. */
  description: z.string().min(20).max(320),
  /** For translations: the git commit of the English file this translation was made from (7–40 hex characters). */
  sourceRevision,
});

export type PageData = z.infer<typeof pageSchema>;
