/**
 * Content collections. Schemas live in src/schemas/ (one file per concept); every loader is wrapped
 * by `checked()` so that a broken file stops the build with a message a contributor can act on.
 * Translations share a file name across locale folders: modules/en/cnc-turning.mdx ↔ modules/de/cnc-turning.mdx.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { checked } from './lib/content/checked-loader';
import { glossarySchema } from './schemas/glossary';
import { moduleSchema } from './schemas/module';
import { pageSchema } from './schemas/page';
import { partnerSchema } from './schemas/partner';
import { programmeSchema } from './schemas/programme';
import { quizSchema } from './schemas/quiz';
import { toolkitSchema } from './schemas/toolkit';

/** MDX files in <lang>/ folders; the entry id is "<lang>/<slug>". */
function localized(folder: string) {
  return glob({ pattern: '*/*.mdx', base: `./src/content/${folder}` });
}

export const collections = {
  programme: defineCollection({ loader: checked(localized('programme'), programmeSchema), schema: programmeSchema }),
  modules: defineCollection({ loader: checked(localized('modules'), moduleSchema), schema: moduleSchema }),
  toolkits: defineCollection({ loader: checked(localized('toolkits'), toolkitSchema), schema: toolkitSchema }),
  pages: defineCollection({ loader: checked(localized('pages'), pageSchema), schema: pageSchema }),
  glossary: defineCollection({
    loader: checked(glob({ pattern: '*.yaml', base: './src/content/glossary' }), glossarySchema),
    schema: glossarySchema,
  }),
  // Self-check quizzes: src/content/quizzes/<lang>/<module-slug>.yaml, the entry id is "<lang>/<module-slug>".
  quizzes: defineCollection({
    loader: checked(glob({ pattern: '*/*.yaml', base: './src/content/quizzes' }), quizSchema),
    schema: quizSchema,
  }),
  partners: defineCollection({
    loader: checked(file('./src/content/partners.yaml'), partnerSchema, true),
    schema: partnerSchema,
  }),
};
