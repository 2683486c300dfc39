import { z } from 'astro/zod';
import { perLocale } from './shared';

/** A project partner: one item of `src/content/partners.yaml`. */
export const partnerSchema = z.strictObject({
  /** Short, stable identifier (lower case, hyphens). */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'lower case letters, digits and hyphens, like "linpra"' }),
  /** The organisation's official name (not translated). */
  name: z.string().min(2),
  /** ISO 3166-1 alpha-2 country code. */
  country: z.enum(['LT', 'DE', 'LV', 'EE']),
  /** Coordinator or partner. */
  role: z.enum(['coordinator', 'partner']),
  /** What kind of organisation it is, in each language. */
  kind: perLocale(z.string().min(3)),
});

export type PartnerData = z.infer<typeof partnerSchema>;
