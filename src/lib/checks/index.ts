/**
 * All content checks in one call, in the order a contributor should fix things: files the site cannot
 * read, data that breaks its schema, references between files, translation parity, then each text
 * (content is data, headings, code blocks, glossary terms, pictures, links), unfinished placeholders,
 * and last the built site in dist/ when there is one. `scripts/check.ts` is the command line around it.
 */
import { join } from 'node:path';
import { site } from '../../site.config';
import { checkBuiltSite, isBuilt } from './built-site';
import { contentIsDataFindings, registeredComponents } from './content-is-data';
import { imageFindings } from './images';
import { linkFindings, SiteMap } from './links';
import { checkParity } from './parity';
import { placeholderFindings } from './placeholders';
import { outdatedFindings } from './outdated';
import { ParseCache } from './parse-cache';
import { glossaryIdsOf, isDocument, parseFile, readContent } from './read-content';
import { checkReferences } from './references';
import { sortFindings, type Finding } from './report';
import { checkSchemas } from './schema';
import { codeBlockFindings, headingFindings } from './structure';
import { termFindings } from './terms';

export type { Finding, Severity } from './report';

/** What to check. */
export interface CheckOptions {
  /** The folder holding src/content and public/ (and dist/): the project itself, or a test fixture. */
  root: string;
  /** The project whose code defines the components and pages (src/components/content, src/pages). */
  projectRoot: string;
  /** The built site to check: a folder, false to skip it, or undefined for `<root>/dist` when it has been built. */
  dist?: string | false | undefined;
  /** Keep parsed files in the project's node_modules/.cache to make the next run faster. */
  cache?: boolean;
}

/** What the checks found, and how much they read. */
export interface CheckResult {
  findings: Finding[];
  /** Content files read. */
  files: number;
  /** Built pages read, or undefined when the built site was not checked. */
  builtPages?: number;
}

/** Runs every check over the library at `options.root`. */
export function runChecks(options: CheckOptions): CheckResult {
  const { root, projectRoot } = options;
  const cache = options.cache ? new ParseCache(projectRoot) : undefined;
  const reading = readContent(root, cache ? cache.wrap(parseFile) : parseFile);
  cache?.prune();
  const { files } = reading;
  const schema = checkSchemas(files, root);
  const documents = files.filter(isDocument);
  const glossaryIds = glossaryIdsOf(files);
  const components = registeredComponents(projectRoot);
  const siteMap = new SiteMap(projectRoot, documents, glossaryIds);
  const publicDir = join(root, 'public');

  const findings: Finding[] = [
    ...reading.findings,
    ...schema.findings,
    ...checkReferences(files, schema.data, root),
    ...checkParity(files, schema.data),
  ];
  for (const doc of documents) {
    if (!doc.tree) continue;
    findings.push(
      ...contentIsDataFindings(doc.file, doc.tree, components),
      ...headingFindings(doc.file, doc.tree),
      ...codeBlockFindings(doc.file, doc.tree),
      ...termFindings(doc.file, doc.tree, glossaryIds),
      ...imageFindings(doc.file, doc.tree, publicDir),
      ...linkFindings(doc, siteMap, publicDir),
    );
  }
  for (const f of files) findings.push(...placeholderFindings(f.file, f.text));
  findings.push(...outdatedFindings(documents, root));

  const result: CheckResult = { findings: sortFindings(findings), files: files.length };
  const dist = options.dist === undefined ? join(root, 'dist') : options.dist;
  if (dist !== false && (options.dist !== undefined || isBuilt(dist))) {
    const built = checkBuiltSite({ dist, root, siteUrl: site.url, base: site.base });
    result.findings.push(...sortFindings(built.findings));
    result.builtPages = built.pages;
  }
  return result;
}
