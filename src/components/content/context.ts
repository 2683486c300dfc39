/** Reads the rendering context a page sets in Astro.locals, with safe defaults for content components. */
import { defaultLang, type Lang } from '../../i18n/locales';

/** Interface locale, content language and source file of the page being rendered. */
export function contentContext(locals: App.Locals): { lang: Lang; contentLang: Lang; sourceFile: string } {
  const lang = locals.lang ?? defaultLang;
  return { lang, contentLang: locals.contentLang ?? lang, sourceFile: locals.sourceFile ?? '(unknown file)' };
}

/** An error in how content uses a component: names the file, the component and the fix. */
export class ContentComponentError extends Error {
  override name = 'ContentComponentError';
  constructor(file: string, component: string, problem: string, fix: string) {
    super(`${file}: <${component}> ${problem}\n  Fix: ${fix}`);
  }
}

let counter = 0;
/** A page-unique, build-stable element id (deterministic, unlike random ids). */
export function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
