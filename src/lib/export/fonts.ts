/**
 * The fonts of the downloads. PDFs use Noto Sans (shipped as npm packages, OFL) for text, with Noto
 * Sans Math, Symbols and Symbols 2 for the signs of technical drawings (⌀, ⌖, ⏥, ≤ …), and Typst's
 * own DejaVu Sans Mono for code; SVG figures are drawn with the same fonts. A character none of them
 * has would be printed with whatever font a machine happens to have (or as an empty box), so the
 * exporters check every character first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkitten';

/** Font families in the order Typst and resvg try them for each character. */
export const textFamilies = ['Noto Sans', 'Noto Sans Math', 'Noto Sans Symbols', 'Noto Sans Symbols 2'] as const;

const require = createRequire(import.meta.url);
const font = (pkg: string, file: string) =>
  require.resolve(`@expo-google-fonts/${pkg}/${file.replace(/^[A-Za-z0-9]+_/, '').replace(/\.ttf$/, '')}/${file}`);

let files: string[] | undefined;
/** Paths of the font files: Noto Sans in four styles, then the symbol fonts (first file of each family is its regular). */
export function fontFiles(): string[] {
  files ??= [
    ...['400Regular', '700Bold', '400Regular_Italic', '700Bold_Italic'].map((w) => font('noto-sans', `NotoSans_${w}.ttf`)),
    font('noto-sans-math', 'NotoSansMath_400Regular.ttf'),
    font('noto-sans-symbols', 'NotoSansSymbols_400Regular.ttf'),
    font('noto-sans-symbols', 'NotoSansSymbols_700Bold.ttf'),
    font('noto-sans-symbols-2', 'NotoSansSymbols2_400Regular.ttf'),
  ];
  return files;
}

let regulars: Font[] | undefined;

/** Characters of `text` that none of the text fonts can print (spaces and controls are fine). */
export function missingGlyphs(text: string): string[] {
  regulars ??= [0, 4, 5, 7].map((i) => create(readFileSync(fontFiles()[i]!)) as Font);
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x7f || /\s/.test(char) || code === 0xad || (code >= 0x300 && code <= 0x36f) || (code >= 0xfe00 && code <= 0xfe0f)) continue;
    if (!regulars.some((f) => f.hasGlyphForCodePoint(code))) missing.add(char);
  }
  return [...missing];
}

/** "↑ (U+2191)" */
export function describeChars(chars: string[]): string {
  return chars.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
}
