/**
 * Reading a G-code listing back where a component only gets HTML: `<GCodeSimulator>` wraps a
 * ```gcode code block, which reaches it as the highlighted `<pre>` that Shiki made (one
 * `<span class="line">` per source line). The program text is recovered from that HTML; its fence is
 * then found in the source file for the `dialect="…"` label and for error lines in the file.
 */

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an HTML serializer writes. */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return entities[ref.toLowerCase()] ?? whole;
  });
}

/** The ```gcode code blocks in rendered HTML, as their source text (lines joined with "\n"). */
export function gcodeBlocksInHtml(html: string): string[] {
  return [...html.matchAll(/<pre\b[^>]*\bdata-language="gcode"[^>]*>([\s\S]*?)<\/pre>/g)].map((m) => {
    const inner = m[1]!.replace(/^<code[^>]*>/, '').replace(/<\/code>$/, '');
    const lines = [...inner.matchAll(/<span class="line">([\s\S]*?)<\/span>(?=\n|$)/g)].map((l) => l[1]!);
    const text = lines.length > 0 ? lines.join('\n') : inner;
    return decode(text.replace(/<[^>]+>/g, ''));
  });
}

/** Where a code block with this text is fenced in a Markdown/MDX file: the 1-based line of its opening fence and the text after ```gcode. */
export function findFence(fileText: string, code: string): { line: number; meta: string } | undefined {
  const wanted = code
    .replace(/\s+$/, '')
    .split('\n')
    .map((l) => l.trimEnd());
  const lines = fileText.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```gcode\b(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]!); j++)
      body.push(lines[j]!.slice(Math.min(indent, lines[j]!.length - lines[j]!.trimStart().length)).trimEnd());
    if (body.length === wanted.length && body.every((l, k) => l === wanted[k])) return { line: i + 1, meta: open[2]!.trim() };
    i = j;
  }
  return undefined;
}

/** The value of `dialect="…"` in a code fence's meta text, or ''. */
export function dialectOf(meta: string): string {
  return /dialect="([^"]*)"/.exec(meta)?.[1] ?? '';
}
