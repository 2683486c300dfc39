/// <reference types="astro/client" />

declare namespace App {
  /** Set by a page before it renders content, read by the content components (Term, LearningOutcomes, Figure). */
  interface Locals {
    /** Locale of the page's interface (the URL's /<lang>/). */
    lang?: import('./i18n/locales').Lang;
    /** Language of the content shown: differs from `lang` on a fallback page. */
    contentLang?: import('./i18n/locales').Lang;
    /** Source file being rendered (relative to the project root), for error messages. */
    sourceFile?: string;
    /** The module being rendered, for <LearningOutcomes /> without a `module` attribute. */
    moduleSlug?: string;
  }
}
