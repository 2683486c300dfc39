// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { gcodeGrammar } from './src/lib/markdown/gcode-grammar.ts';
import { pagefindSearch } from './src/lib/search/pagefind.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  // Absolute URLs (canonical, hreflang, OpenGraph) are built from this.
  site: site.url,
  base: site.base,
  // Tests build throw-away copies of the project that share node_modules; each needs its own cache
  // (Astro keeps the content data store in node_modules/.astro by default).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Folder URLs (/en/modules/cnc-turning/) work on every static host, GitHub Pages included.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Every locale, English included, lives under /<lang>/. The root page is our own language chooser
  // (src/pages/index.astro); missing translations are handled by src/i18n/routing.ts, not by Astro's
  // i18n.fallback, which conflicts with dynamic [lang] routes (DESIGN.md).
  i18n: {
    locales: ['en', 'de', 'lt', 'lv', 'et'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // MDX for content; pages render with Astro's default Markdown processor (Sätteri).
  // The search index is built at the end of every build (src/lib/search/pagefind.ts).
  integrations: [mdx(), pagefindSearch()],
  markdown: {
    shikiConfig: {
      // Light and dark code colours follow the reader's preference (see global.css); the high-contrast
      // variants meet WCAG AA contrast for every token.
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      // Shiki has no G-code grammar: register ours so listings are highlighted without warnings.
      langs: [gcodeGrammar],
    },
  },
  vite: {
    build: {
      // Silences a per-MDX-file warning flood that is a known upstream issue (DESIGN.md).
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
