/**
 * Pictures: every Markdown image (![alt](/figures/…)) and every <Figure src="…" alt="…"> points to a
 * file in public/ and has alt text, which describes the picture for readers who cannot see it
 * (WCAG 1.1.1). Pictures are part of the library (no links to other sites: the pages must work
 * offline and must not load anything from elsewhere).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Image, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { nodesOfType } from './nodes';
import { finding, placeOf, quote, type Finding, type Place } from './report';
import { attributeOf } from './terms';

/** Alt text of a <Figure> needs at least this many characters (as Figure.astro requires). */
export const minFigureAlt = 5;

/** A problem with where a picture is, or undefined when `src` is a file in `publicDir`. */
function sourceProblem(src: string | undefined, publicDir: string): { found: string; expected: string; fix: string } | undefined {
  const example = '/figures/cnc-turning/shaft-contour.svg';
  if (!src) {
    return {
      found: 'no src="…"',
      expected: `the path of a picture in public/, starting with "/", e.g. src="${example}"`,
      fix: 'Add src="…" with the path of the picture.',
    };
  }
  if (/^[a-z]+:|^\/\//i.test(src)) {
    return {
      found: `a picture on another site: ${src}`,
      expected: `a picture stored in the library, under public/, e.g. "${example}"`,
      fix: 'Save the picture (if its licence allows it) in public/figures/<module>/ and use its path, starting with "/".',
    };
  }
  if (!src.startsWith('/')) {
    return {
      found: `the relative path "${src}"`,
      expected: `a path from the public/ folder, starting with "/", e.g. "${example}"`,
      fix: 'Put the picture in public/figures/<module>/ and write its path starting with "/figures/".',
    };
  }
  const path = decodeURI(src.split(/[?#]/)[0]!);
  if (!existsSync(join(publicDir, path))) {
    return {
      found: `"${src}", but there is no file public${path}`,
      expected: 'the path of a file that exists under public/ (names are case-sensitive)',
      fix: `Add the picture as public${path}, or correct the path.`,
    };
  }
  return undefined;
}

/** Images whose file is missing or elsewhere, and images without alt text. */
export function imageFindings(file: string, tree: Root, publicDir: string): Finding[] {
  const findings: Finding[] = [];
  const report = (place: Place, what: string, problem: { found: string; expected: string; fix: string }) =>
    findings.push(finding(file, place, { summary: `${what} cannot be shown`, ...problem }));
  for (const node of nodesOfType(tree, 'image', 'mdxJsxFlowElement', 'mdxJsxTextElement')) {
    if (node.type === 'image') {
      const image = node as Image;
      const problem = sourceProblem(image.url, publicDir);
      if (problem) report(placeOf(node), `the picture ${quote(image.url)}`, problem);
      if (!image.alt?.trim())
        findings.push(
          finding(file, placeOf(node), {
            summary: `the picture ${quote(image.url)} has no alt text`,
            found: `![](${image.url}) with nothing between the square brackets`,
            expected: 'a short description of what the picture shows, between the square brackets: ![description](…)',
            fix: 'Describe the picture for readers who cannot see it, e.g. ![Shaft drawn in the X-Z plane with the contour points 1 to 10](…).',
          }),
        );
      continue;
    }
    if (node.name !== 'Figure') continue;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    const src = attributeOf(element, 'src');
    const problem = sourceProblem(src, publicDir);
    if (problem) report(placeOf(node), `<Figure${src ? ` src="${src}"` : ''}>`, problem);
    const alt = attributeOf(element, 'alt');
    if (!alt || alt.trim().length < minFigureAlt)
      findings.push(
        finding(file, placeOf(node), {
          summary: `<Figure${src ? ` src="${src}"` : ''}> has ${alt === undefined ? 'no' : 'too short an'} alt text`,
          found: alt === undefined ? 'no alt="…"' : `alt="${alt}"`,
          expected: `alt="…" describing what the picture shows, at least ${minFigureAlt} characters`,
          fix: 'Describe the picture for readers who cannot see it: what it shows and what matters in it, e.g. alt="Slant-bed lathe with the turret behind the centre line and the X and Z axes marked".',
        }),
      );
  }
  return findings;
}
