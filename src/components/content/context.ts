import { readFileSync } from 'node:fs';
/** Reads the rendering context a page sets in Astro.locals, with safe defaults for content components. */
import { defaultLang, type Lang } from '../../i18n/locales';

/** Interface locale, content language and source file of the page being rendered. */
export function contentContext(locals: App.Locals): { lang: Lang; contentLang: Lang; sourceFile: string } {
  const lang = locals.lang ?? defaultLang;
  return { lang, contentLang: locals.contentLang ?? lang, sourceFile: locals.sourceFile ?? '(unknown file)' };
}

/** 1-based line and column of the first occurrence of `needle` in a file, or '' when not found. */
function positionOf(file: string, needle: string | undefined): string {
  if (!needle) return '';
  try {
    const text = readFileSync(file, 'utf8');
    const index = text.indexOf(needle);
    if (index < 0) return '';
    const before = text.slice(0, index).split('\n');
    return `:${before.length}:${before.at(-1)!.length + 1}`;
  } catch {
    return '';
  }
}

/**
 * An error in how content uses a component: names the file (and line, found by searching the source
 * for `needle`, e.g. 'id="machine-tool"'), the component and the fix.
 */
export class ContentComponentError extends Error {
  override name = 'ContentComponentError';
  constructor(file: string, component: string, problem: string, fix: string, needle?: string) {
    super(`${file}${positionOf(file, needle)}: <${component}> ${problem}\n  Fix: ${fix}`);
  }
}

let counter = 0;
/** A page-unique, build-stable element id (deterministic, unlike random ids). */
export function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
