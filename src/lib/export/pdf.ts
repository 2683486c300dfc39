/**
 * Typst source → PDF through the Typst compiler's Node binding. Fonts: the Noto Sans family (shipped
 * as npm packages, see fonts.ts) and Typst's own DejaVu Sans Mono; a font Typst cannot find is an error, not a silent
 * substitute, so every machine produces the same file.
 */
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { readFileSync } from 'node:fs';
import { fontFiles } from './fonts';
import type { TypstSource } from './typst';

let compiler: NodeCompiler | undefined;
/** A virtual root: figures are mapped into it from memory, nothing is read from the disk. */
const WORKSPACE = '/4change-typst';

function get(): NodeCompiler {
  compiler ??= NodeCompiler.create({ workspace: WORKSPACE, fontArgs: [{ fontBlobs: fontFiles().map((f) => readFileSync(f)) }] });
  return compiler;
}

/** A Typst error, with the lines of generated source around it (an exporter bug, not a content one). */
export class TypstError extends Error {
  override name = 'TypstError';
}

interface Diagnostic {
  severity?: string;
  message?: string;
  range?: string;
  path?: string;
}

/** Compiles Typst to PDF; warnings about fonts count as errors. */
export function compilePdf(source: TypstSource, title: string): Uint8Array {
  const c = get();
  c.resetShadow();
  for (const [path, bytes] of source.files) c.mapShadow(`${WORKSPACE}${path}`, Buffer.from(bytes));
  const result = c.compile({ mainFileContent: source.main });
  const errors = (result.takeError()?.shortDiagnostics ?? []) as Diagnostic[];
  const fontWarnings = ((result.takeWarnings()?.shortDiagnostics ?? []) as Diagnostic[]).filter((d) => /font|glyph/i.test(d.message ?? ''));
  const problems = [...errors, ...fontWarnings];
  if (!result.result || problems.length) {
    const lines = source.main.split('\n');
    const detail = problems
      .map((d) => {
        const line = Number(/^(\d+):/.exec(d.range ?? '')?.[1] ?? 0);
        return `${d.severity}: ${d.message} (generated line ${line + 1}: ${lines[line]?.slice(0, 160) ?? ''})`;
      })
      .join('\n');
    throw new TypstError(`The PDF of "${title}" could not be made:\n${detail}`);
  }
  const pdf = new Uint8Array(c.pdf(result.result));
  // Typst falls back to any font installed on the machine for a character Noto Sans lacks: such a
  // file would differ from machine to machine, so it is an error.
  const fonts = new Set(
    [...new TextDecoder('latin1').decode(pdf).matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([A-Za-z0-9-]+)/g)].map((m) => m[1]!),
  );
  const foreign = [...fonts].filter((f) => !/^(NotoSans(Math|Symbols2?)?|DejaVuSansMono)(-[A-Za-z]+)?(-Identity-H)?$/.test(f));
  if (foreign.length)
    throw new TypstError(
      `The PDF of "${title}" needs the font(s) ${foreign.join(', ')} from this computer: a character in the text or in a figure is in none of the Noto Sans fonts.\n  How to fix: use a similar character, or draw the symbol as a shape in the SVG.`,
    );
  return pdf;
}
