/**
 * Astro integration that builds the search index at the end of `astro build`, so that nobody has to
 * remember a second command. Pagefind's Node API indexes the built pages (only elements marked
 * data-pagefind-body: real content, never fallback pages or navigation) into one index per language,
 * and adds every glossary term as its own record. The index is written to dist/pagefind/.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { glossaryRecords } from './glossary-records';

export function pagefindSearch(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: '4change-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`The search index could not be created: ${errors.join('; ')}`);
        const pages = await index.addDirectory({ path: outDir });
        if (pages.errors.length) throw new Error(`Search indexing failed: ${pages.errors.join('; ')}`);
        const terms = glossaryRecords(join(root, 'src/content/glossary'), base);
        for (const record of terms) {
          const added = await index.addCustomRecord(record);
          if (added.errors.length) throw new Error(`Glossary term ${record.url} could not be indexed: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`The search index could not be written: ${written.errors.join('; ')}`);
        await close();
        logger.info(
          `Search index: ${pages.page_count} pages and ${terms.length} glossary records in ${Math.round(performance.now() - started)} ms.`,
        );
      },
    },
  };
}
