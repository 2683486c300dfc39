/**
 * What `npm run new` does, as functions the tests can call: make a new module or toolkit from the
 * templates in scripts/templates/, or start a translation as a marked copy of the English file that
 * records the revision it was made from (`sourceRevision`). Never overwrites a file.
 *
 * The templates fill every required field with a placeholder marked TODO that the schema accepts, so
 * a new file can be previewed at once (`npm run dev`); `npm run check` lists the TODOs left as
 * warnings, and the pull-request checklist asks for none.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { defaultLang, isLang, langs, langToLocale, type Lang } from '../../src/i18n/locales.ts';
import { suggestSlug } from '../../src/lib/checks/file-names.ts';
import { yamlSourceOf } from '../../src/lib/content/schema-errors.ts';
import { slug as slugSchema } from '../../src/schemas/shared.ts';

/** Collections a translation can be started for (those whose schema has `sourceRevision`). */
export const translatable = ['modules', 'toolkits', 'pages', 'programme'] as const;
export type Translatable = (typeof translatable)[number];

/** A file the scaffolder made, and what to tell the author. */
export interface Created {
  /** Path relative to the root. */
  file: string;
  /** Lines to print after "Created …". */
  notes: string[];
  /** Next steps, numbered when printed. */
  next: string[];
}

/** A request the scaffolder refuses, with the reason in plain words. */
export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
  /** True when the command was not written right (the usage text helps); false when it was refused. */
  readonly badArguments: boolean;
  constructor(message: string, badArguments = true) {
    super(message);
    this.badArguments = badArguments;
  }
}

const templates = join(import.meta.dirname, '../templates');

/** The data of every English file of a collection. */
function englishData(root: string, collection: string): { slug: string; data: Record<string, unknown> }[] {
  const dir = join(root, 'src/content', collection, defaultLang);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const path = join(dir, f);
      let data: unknown;
      try {
        data = parse(yamlSourceOf(readFileSync(path, 'utf8'), path).text);
      } catch {
        data = undefined; // a broken file does not stop a new one from being made
      }
      return { slug: f.replace(/\.mdx$/, ''), data: (data && typeof data === 'object' ? data : {}) as Record<string, unknown> };
    });
}

/** The next free unit code: the most used prefix ("4C-") with the highest number plus one, same width. */
export function nextModuleCode(codes: readonly string[]): string {
  const numbered = codes.flatMap((code) => {
    const m = /^(.*-)(\d+)$/.exec(code);
    return m ? [{ prefix: m[1]!, number: Number(m[2]), width: m[2]!.length }] : [];
  });
  if (numbered.length === 0) return 'TODO-01';
  const counts = new Map<string, number>();
  for (const n of numbered) counts.set(n.prefix, (counts.get(n.prefix) ?? 0) + 1);
  const prefix = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const same = numbered.filter((n) => n.prefix === prefix);
  const next = Math.max(...same.map((n) => n.number)) + 1;
  return `${prefix}${String(next).padStart(Math.max(...same.map((n) => n.width)), '0')}`;
}

/** Checks a new file name; explains what a good one looks like. */
function checkSlug(slug: string | undefined, kind: string): string {
  if (!slug) throw new ScaffoldError(`Give the file name of the new ${kind}, e.g. npm run new -- ${kind} hydraulics-basics`);
  const name = slug.replace(/\.mdx$/, '');
  if (!slugSchema.safeParse(name).success)
    throw new ScaffoldError(
      `"${slug}" cannot be a file name here: use lower case letters (a–z), digits and hyphens, e.g. "${suggestSlug(name) || 'hydraulics-basics'}". The file name becomes the page address and is the same in every language.`,
    );
  return name;
}

/** Writes a new file; refuses when it exists. */
function writeNew(root: string, file: string, text: string): void {
  const path = join(root, file);
  if (existsSync(path))
    throw new ScaffoldError(`${file} already exists. Nothing was changed: edit that file, or choose another name.`, false);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
}

/** Makes src/content/modules/en/<slug>.mdx from the template, with the next free unit code. */
export function newModule(root: string, slugArg: string | undefined): Created {
  const slug = checkSlug(slugArg, 'module');
  const file = `src/content/modules/${defaultLang}/${slug}.mdx`;
  const codes = englishData(root, 'modules').flatMap(({ data }) => (typeof data['code'] === 'string' ? [data['code']] : []));
  const code = nextModuleCode(codes);
  writeNew(root, file, readFileSync(join(templates, 'module.mdx'), 'utf8').replace('__CODE__', code));
  return {
    file,
    notes: [`A new module with the unit code ${code}; every field to fill in is marked TODO.`],
    next: [
      `Open ${file} and replace every TODO (the notes after "#" say what goes there).`,
      `Preview it: npm run dev, then open http://localhost:4321/${defaultLang}/modules/${slug}/`,
      'Run npm run check: it lists the TODOs still left (as warnings) and any mistakes.',
      `To show the module in the programme, add ${slug} to "modules:" in src/content/programme/${defaultLang}/ and in its translations, and add its points and hours to the totals there.`,
      'Commit the file and open a pull request (see CONTRIBUTING.md).',
    ],
  };
}

/** Makes src/content/toolkits/en/<slug>.mdx from the template, placed last in the list. */
export function newToolkit(root: string, slugArg: string | undefined): Created {
  const slug = checkSlug(slugArg, 'toolkit');
  const file = `src/content/toolkits/${defaultLang}/${slug}.mdx`;
  const orders = englishData(root, 'toolkits').flatMap(({ data }) => (typeof data['order'] === 'number' ? [data['order']] : []));
  const order = Math.max(0, ...orders) + 1;
  writeNew(root, file, readFileSync(join(templates, 'toolkit.mdx'), 'utf8').replace('__ORDER__', String(order)));
  return {
    file,
    notes: [`A new toolkit, number ${order} in the list; every field to fill in is marked TODO.`],
    next: [
      `Open ${file} and replace every TODO (the notes after "#" say what goes there).`,
      `Preview it: npm run dev, then open http://localhost:4321/${defaultLang}/toolkits/${slug}/`,
      'Run npm run check: it lists the TODOs still left (as warnings) and any mistakes.',
      'Commit the file and open a pull request (see CONTRIBUTING.md).',
    ],
  };
}

/** The last commit that changed a file, or undefined when git has no history for it. */
export function lastRevision(root: string, file: string): string | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%H', '--', file], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return /^[0-9a-f]{7,40}$/.test(out.trim()) ? out.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** True when git knows the file has changes that are not committed. */
function hasUncommittedChanges(root: string, file: string): boolean {
  try {
    return (
      execFileSync('git', ['status', '--porcelain', '--', file], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() !== ''
    );
  } catch {
    return false;
  }
}

/** "German (Deutsch, de)". */
function languageName(lang: Lang): string {
  const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  return `${english} (${langToLocale(lang).label}, ${lang})`;
}

/**
 * The text of a new translation: the English file with a TODO note at the top of its frontmatter,
 * `sourceRevision` when known, and links to English pages pointed at the same pages in `lang`.
 */
export function translationText(english: string, englishFile: string, lang: Lang, revision: string | undefined): string {
  const note = [
    `# TODO: Translate this file into ${languageName(lang)}. It is a copy of ${englishFile}.`,
    '# Translate the text: title, summary (or description), the text of each outcome and criterion,',
    '# topics, the text below the second "---" line, and the title, alt and caption of components.',
    '# Keep codes, numbers, ids, file names and component names as they are, and add yourself to',
    '# authors. Delete these notes when the translation is finished.',
  ];
  // sourceRevision is quoted: a hash made only of digits and one "e" would otherwise be read as a number.
  const revisionLine = revision ? [`sourceRevision: '${revision}'`] : [];
  const withoutOld = english.replace(/^(---\r?\n[\s\S]*?)^sourceRevision:.*\r?\n/m, '$1');
  const withNote = withoutOld.replace(/^---\r?\n/, `---\n${[...note, ...revisionLine].join('\n')}\n`);
  return withNote.replace(/\]\(\/en\//g, `](/${lang}/`).replace(/href="\/en\//g, `href="/${lang}/`);
}

/** Reads "modules/cnc-turning", "modules/en/cnc-turning" or "src/content/modules/en/cnc-turning.mdx". */
export function parseSource(source: string | undefined): { collection: Translatable; slug: string } {
  const parts = (source ?? '')
    .replace(/^\.?\/?(src\/content\/)?/, '')
    .replace(/\.mdx$/, '')
    .split('/')
    .filter(Boolean);
  const [collection] = parts;
  const slug = parts.at(-1);
  const valid = parts.length === 2 || (parts.length === 3 && isLang(parts[1]));
  if (!valid || !slug || !(translatable as readonly string[]).includes(collection!))
    throw new ScaffoldError(
      `Say what to translate as <collection>/<file name>, e.g. modules/cnc-turning. Collections: ${translatable.join(', ')}. (The glossary has all languages in one file per term.)`,
    );
  return { collection: collection as Translatable, slug };
}

/** Starts a translation: copies the English file into the language's folder, marked and with its source revision. */
export function newTranslation(root: string, sourceArg: string | undefined, langArg: string | undefined): Created {
  const { collection, slug } = parseSource(sourceArg);
  const others = langs.filter((l) => l !== defaultLang);
  if (!isLang(langArg) || langArg === defaultLang)
    throw new ScaffoldError(
      `Say which language to translate into: one of ${others.join(', ')}, e.g. npm run new -- translation ${collection}/${slug} ${others[0]}`,
    );
  const lang = langArg;
  const englishFile = `src/content/${collection}/${defaultLang}/${slug}.mdx`;
  if (!existsSync(join(root, englishFile))) {
    const available = englishData(root, collection).map((e) => e.slug);
    throw new ScaffoldError(
      `There is no English ${collection} file named "${slug}" (${englishFile}). Available: ${available.join(', ') || '(none)'}.`,
      false,
    );
  }
  const file = `src/content/${collection}/${lang}/${slug}.mdx`;
  if (existsSync(join(root, file)))
    throw new ScaffoldError(
      `${file} already exists: this page is translated already. Nothing was changed; edit that file to improve the translation.`,
      false,
    );
  const revision = lastRevision(root, englishFile);
  writeNew(root, file, translationText(readFileSync(join(root, englishFile), 'utf8'), englishFile, lang, revision));
  const notes = [`A copy of ${englishFile}, marked with a TODO note at the top.`];
  if (revision) {
    notes.push(`It records the English revision it was made from: sourceRevision ${revision.slice(0, 10)}.`);
    if (hasUncommittedChanges(root, englishFile))
      notes.push('Note: the English file has changes that are not committed yet; sourceRevision names its last commit, without them.');
  } else {
    notes.push('Git has no history for the English file (it is new, or this is not a git clone), so sourceRevision was left out.');
  }
  const path = collection === 'pages' ? slug : collection === 'programme' ? 'programme' : `${collection}/${slug}`;
  return {
    file,
    notes,
    next: [
      `Translate the text in ${file}, as the note at its top says. Use the glossary's terms for your language (src/content/glossary/).`,
      `Preview it: npm run dev, then open http://localhost:4321/${lang}/${path}/`,
      'Run npm run check: it finds changed numbers or ids and lists the TODOs still left (as warnings).',
      'Delete the TODO note, commit the file and open a pull request (see CONTRIBUTING.md).',
    ],
  };
}
