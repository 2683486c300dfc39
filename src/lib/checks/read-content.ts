/**
 * Reads the library for the checks, without Astro: every file under src/content, its frontmatter
 * (or YAML) and, for MDX, its Markdown tree (mdast, parsed with remark like the site's exports).
 * Reports what stops a file from being read at all: a file the site would silently ignore (wrong
 * folder, wrong extension, a name that is not a slug), broken YAML and MDX syntax errors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';
import { defaultLang, isLang, langs, type Lang } from '../../i18n/locales';
import { yamlSourceOf, type YamlSource } from '../content/schema-errors';
import { slug as slugSchema } from '../../schemas/shared';
import { suggestSlug } from './file-names';
import { finding, type Finding } from './report';

/** Collections whose files are MDX in one folder per language: src/content/<collection>/<lang>/<slug>.mdx. */
export const localizedCollections = ['programme', 'modules', 'toolkits', 'pages'] as const;
export type LocalizedCollection = (typeof localizedCollections)[number];

/** Where content lives, relative to the checked root. */
export const contentDir = 'src/content';

/** One file of the library. */
export interface ContentFile {
  /** Path relative to the root, with forward slashes: "src/content/modules/de/cnc-turning.mdx". */
  file: string;
  /** "modules", "toolkits", "pages", "programme", "glossary", "quizzes" or "partners". */
  collection: LocalizedCollection | 'glossary' | 'quizzes' | 'partners';
  /** Language folder, for MDX files and quizzes. */
  lang?: Lang;
  /** File name without extension. */
  slug: string;
  /** The whole file. */
  text: string;
  /** Its YAML: the frontmatter of an MDX file, or the whole YAML file. */
  yaml: YamlSource;
  /** The data as written (before the schema fills in defaults); undefined when the YAML is broken. */
  raw?: unknown;
  /** True when the YAML could not be read (the problem is reported when the file is read). */
  yamlBroken?: true;
  /** The Markdown tree of an MDX file; undefined for YAML files and MDX that cannot be parsed. */
  tree?: Root;
}

/** An MDX file in a language folder. */
export type Document = ContentFile & { collection: LocalizedCollection; lang: Lang };

/** True for an MDX file in a language folder. */
export function isDocument(f: ContentFile): f is Document {
  return f.lang !== undefined && (localizedCollections as readonly string[]).includes(f.collection);
}

const mdx = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm);

/** Parses MDX the way the checks need it: frontmatter, MDX (JSX, expressions, ESM) and GFM tables. */
export function parseMdx(text: string): Root {
  return mdx.parse(text);
}

/** Explains an MDX syntax error (thrown by remark-mdx) in plain words. */
export function mdxSyntaxFinding(file: string, error: unknown): Finding {
  const e = error as { reason?: string; message?: string; ruleId?: string; line?: number; column?: number; place?: unknown };
  const reason = (e.reason ?? e.message ?? String(error)).replace(/\s+/g, ' ');
  const place = e.place as { line?: number; column?: number; start?: { line: number; column: number } } | undefined;
  // Some errors carry only a range in their text, e.g. "Expected a closing tag for `<Callout>` (12:1-12:22)".
  const inText = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  const line = e.line ?? place?.start?.line ?? place?.line ?? Number(inText?.[1] ?? 1);
  const column = e.column ?? place?.start?.column ?? place?.column ?? Number(inText?.[2] ?? 1);
  let expected = 'text, Markdown and the components of the site, written the way CONTRIBUTING.md shows';
  let fix =
    'Look at this line and the lines just above it. A bare "<", "{" or "}" in the text is the most common cause: write "less than", or put the character in `backticks`.';
  const closing = /closing tag for `<([^>]+)>`/.exec(reason);
  if (e.ruleId === 'end-tag-mismatch' && closing) {
    expected = `a closing tag </${closing[1]}> for the tag <${closing[1]}> opened here`;
    fix = `Add </${closing[1]}> where the component ends, on its own line after an empty line when there is Markdown inside. Check that opening and closing tags are spelt the same.`;
  } else if (e.ruleId === 'unexpected-closing-slash') {
    expected = 'a closing tag only after a matching opening tag';
    fix = 'Remove the closing tag, or add the opening tag it belongs to.';
  } else if (e.ruleId === 'unexpected-character' || e.ruleId === 'unexpected-eof') {
    if (/expression|brace/.test(reason)) {
      expected = 'a "{" only inside `backticks` (MDX reads { … } as program code)';
      fix = 'Put the text with "{" or "}" in `backticks`, or write it in words.';
    } else {
      expected = 'a "<" only where a component or an HTML tag starts, like <Term id="…">';
      fix =
        'A "<" followed by a letter, "=" or another sign starts a tag. Write "less than" or "≤", or put the text in `backticks` (e.g. `a<b`).';
    }
  }
  return finding(file, { line, column }, { summary: 'the text cannot be read: it is not valid MDX', found: reason, expected, fix });
}

/** Lists files below a folder, relative to `root`, with forward slashes; dotfiles are skipped. */
function listFiles(root: string, dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => relative(root, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

/** Reads one YAML block; returns its data, or a finding for broken YAML, explained for the common mistakes. */
function readYaml(file: string, yaml: YamlSource): { raw?: unknown; problem?: Finding } {
  const doc = parseDocument(yaml.text);
  const error = doc.errors[0];
  if (!error) return { raw: doc.toJS() };
  let offset = error.pos[0];
  let found = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  let fix =
    'Put text that contains ": " or starts with a special character (* & ! [ { > | # @ `) in "double quotes", and check the indentation of this line and the one before.';
  const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
  if (quote) {
    // The parser notices the missing quote at the end; the mistake is where the text starts.
    offset = Math.max(0, yaml.text.lastIndexOf(quote, offset - 1));
    found = `a text that starts with ${quote} here but has no closing ${quote}`;
    fix = `Add the closing ${quote} at the end of the text (on the same line), or remove the opening one.`;
  } else if (error.code === 'TAB_AS_INDENT') {
    found = 'a tab used to indent the line';
    fix = 'Indent with spaces instead of tabs (two spaces per level, as in the lines around it).';
  } else if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /compact mappings/.test(error.message)) {
    found = 'a second ": " in a value';
    fix = 'Put the value in "double quotes", because it contains ": ".';
  }
  const before = yaml.text.slice(0, offset).split('\n');
  return {
    problem: finding(
      file,
      { line: before.length + yaml.firstLine - 1, column: before.at(-1)!.length + 1 },
      {
        summary: 'the data at the top of the file cannot be read (a YAML error)',
        found,
        expected: 'lines of the form `name: value`, lists as lines starting with "- ", indented with spaces (not tabs)',
        fix,
      },
    ),
  };
}

/** Where a file should be, when it is not where the site looks for content. */
function misplaced(file: string, parts: string[]): Finding {
  const [collection, ...rest] = parts;
  const place = { line: 1, column: 1 };
  const where = `src/content/<collection>/<language>/<name>.mdx (collections: ${localizedCollections.join(', ')}; languages: ${langs.join(', ')}), src/content/glossary/<term>.yaml, src/content/quizzes/<language>/<module>.yaml or src/content/partners.yaml`;
  if ((localizedCollections as readonly string[]).includes(collection!)) {
    if (rest.length === 2 && !isLang(rest[0])) {
      return finding(file, place, {
        summary: `the folder "${rest[0]}" is not a language of the site, so the site ignores this file`,
        found: `a file in src/content/${collection}/${rest[0]}/`,
        expected: `one of the language folders: ${langs.join(', ')}`,
        fix: `Move the file into the folder of its language, e.g. src/content/${collection}/${defaultLang}/. Estonian is "et", Latvian "lv", Lithuanian "lt", German "de".`,
      });
    }
    if (rest.length === 2 && !rest[1]!.endsWith('.mdx')) {
      return finding(file, place, {
        summary: 'this file has the wrong extension, so the site ignores it',
        found: `a file named "${rest[1]}"`,
        expected: 'a file name ending in ".mdx"',
        fix: `Rename it to ${rest[1]!.replace(/\.[^.]*$/, '')}.mdx.`,
      });
    }
    if (rest.length === 1) {
      return finding(file, place, {
        summary: 'this file is not inside a language folder, so the site ignores it',
        found: `src/content/${collection}/${rest[0]}`,
        expected: `src/content/${collection}/<language>/${rest[0]} with a language folder (${langs.join(', ')})`,
        fix: `Move it into the folder of its language, e.g. src/content/${collection}/${defaultLang}/${rest[0]}.`,
      });
    }
  }
  if (collection === 'glossary' && rest.length === 1 && !/\.yaml$/.test(rest[0]!)) {
    return finding(file, place, {
      summary: 'a glossary file must be a YAML file, so the site ignores this one',
      found: `a file named "${rest[0]}"`,
      expected: 'a file name ending in ".yaml"',
      fix: `Rename it to ${rest[0]!.replace(/\.[^.]*$/, '')}.yaml.`,
    });
  }
  return finding(file, place, {
    summary: 'the site does not read this file: it is not where content belongs',
    found: file,
    expected: where,
    fix: 'Move the file to the right folder, or remove it if it is not content.',
  });
}

/** What reading one file gives: its data, its Markdown tree, and what stopped either from being read. */
export interface ParsedFile {
  /** The YAML data; undefined when the YAML is broken. */
  raw?: unknown;
  /** True when the YAML could not be read. */
  yamlBroken?: true;
  /** The Markdown tree of an MDX file that could be parsed. */
  tree?: Root;
  /** Broken YAML, a missing frontmatter, an MDX syntax error. */
  findings: Finding[];
}

/** Reads one file's YAML and, for MDX, its Markdown. A pure function of the path and the text (so it can be cached). */
export function parseFile(file: string, text: string): ParsedFile {
  const result: ParsedFile = { findings: [] };
  const yaml = readYaml(file, yamlSourceOf(text, file));
  if (yaml.problem) {
    result.findings.push(yaml.problem);
    result.yamlBroken = true;
  } else result.raw = yaml.raw;
  if (!file.endsWith('.mdx')) return result;
  if (!/^---\r?\n/.test(text))
    result.findings.push(
      finding(
        file,
        { line: 1, column: 1 },
        {
          summary: 'the file does not start with its data (frontmatter)',
          found: `the first line ${JSON.stringify(text.split('\n')[0]!.slice(0, 40))}`,
          expected: 'a first line with three hyphens (---), then the fields, then another --- line',
          fix: 'Start the file with --- on a line of its own, as in the other files of this folder.',
        },
      ),
    );
  try {
    result.tree = parseMdx(text);
  } catch (error) {
    result.findings.push(mdxSyntaxFinding(file, error));
  }
  return result;
}

/** Everything the checks read from the library, and the problems found while reading it. */
export interface ContentReading {
  files: ContentFile[];
  findings: Finding[];
}

/**
 * Reads every file under `<root>/src/content`.
 * @param parse how to read one file: `parseFile`, or a cached version of it
 */
export function readContent(root: string, parse: (file: string, text: string) => ParsedFile = parseFile): ContentReading {
  const files: ContentFile[] = [];
  const findings: Finding[] = [];
  for (const file of listFiles(root, contentDir)) {
    const parts = file.slice(contentDir.length + 1).split('/');
    const text = readFileSync(join(root, file), 'utf8');
    let entry: ContentFile | undefined;
    const name = parts.at(-1)!;
    const slug = name.replace(/\.(mdx|yaml)$/, '');
    const [collection, lang] = parts;
    if (parts.length === 3 && (localizedCollections as readonly string[]).includes(collection!) && isLang(lang) && name.endsWith('.mdx')) {
      entry = { file, collection: collection as LocalizedCollection, lang, slug, text, yaml: yamlSourceOf(text, file) };
    } else if (parts.length === 3 && collection === 'quizzes' && isLang(lang) && name.endsWith('.yaml')) {
      entry = { file, collection: 'quizzes', lang, slug, text, yaml: yamlSourceOf(text, file) };
    } else if (parts.length === 2 && collection === 'glossary' && name.endsWith('.yaml')) {
      entry = { file, collection: 'glossary', slug, text, yaml: yamlSourceOf(text, file) };
    } else if (parts.length === 1 && name === 'partners.yaml') {
      entry = { file, collection: 'partners', slug, text, yaml: yamlSourceOf(text, file) };
    } else {
      findings.push(misplaced(file, parts));
      continue;
    }
    if (entry.collection !== 'partners' && !slugSchema.safeParse(slug).success) {
      const extension = name.slice(slug.length);
      findings.push(
        finding(
          file,
          { line: 1, column: 1 },
          {
            summary: 'the file name is not in the form the site uses for addresses and for matching translations',
            found: `"${name}"`,
            expected: `lower case letters (a–z), digits and hyphens, e.g. "${suggestSlug(slug) || 'cnc-turning'}${extension}"`,
            fix: `Rename the file to "${suggestSlug(slug) || 'cnc-turning'}${extension}" (in every language folder, so translations keep the same name).`,
          },
        ),
      );
    }
    const parsed = parse(file, text);
    findings.push(...parsed.findings);
    if (parsed.yamlBroken) entry.yamlBroken = true;
    else entry.raw = parsed.raw;
    if (parsed.tree) entry.tree = parsed.tree;
    files.push(entry);
  }
  return { files, findings };
}

/** Glossary ids (file names) found in the library. */
export function glossaryIdsOf(files: readonly ContentFile[]): string[] {
  return files.filter((f) => f.collection === 'glossary').map((f) => f.slug);
}

/** Slugs of the English files of a collection: what exists in every language (translated or as fallback). */
export function englishSlugs(files: readonly ContentFile[], collection: LocalizedCollection): string[] {
  return files.filter((f) => f.collection === collection && f.lang === defaultLang).map((f) => f.slug);
}
