/**
 * A tokenizer for the G-code listings in the library, so that a test can check every listing is
 * well-formed for the control it names. Three families are recognised from the listing's `dialect`:
 * - ISO 6983 / DIN 66025 word-address code (Fanuc, PAL, generic ISO): words like G01 X25.5 F0.2,
 *   comments in ( ), program numbers O1234, % tape marks, / block skip;
 * - Siemens Sinumerik: the same words plus `;` comments, NAME=value assignments (CR=6, LIMS=2500),
 *   keywords (DIAMON, MCALL) and cycle calls CYCLE81(…);
 * - Heidenhain Klartext: numbered blocks with Klartext statements (L, CC, C, TOOL CALL, CYCL DEF …),
 *   `~` continuation lines and `;` comments.
 */

export type DialectFamily = 'iso' | 'sinumerik' | 'heidenhain';

/** One meaningful piece of a block. */
export interface Token {
  kind: 'word' | 'comment' | 'program' | 'tape' | 'skip' | 'keyword' | 'assignment' | 'call' | 'statement';
  text: string;
  line: number;
  column: number;
}

/** Something the tokenizer could not read, with its 1-based position in the listing. */
export interface TokenError {
  line: number;
  column: number;
  message: string;
}

/** The dialect family of a listing from its `dialect="…"` label. */
export function dialectFamily(label: string): DialectFamily {
  if (/heidenhain|klartext/i.test(label)) return 'heidenhain';
  if (/siemens|sinumerik/i.test(label) && !/iso dialect on/i.test(label)) return 'sinumerik';
  return 'iso';
}

const number = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)`;
const isoWord = new RegExp(String.raw`^[A-Z]${number}`);

/** Tokenizes one listing. `errors` is empty when every line was understood. */
export function tokenize(source: string, family: DialectFamily): { tokens: Token[]; errors: TokenError[] } {
  return family === 'heidenhain' ? tokenizeKlartext(source) : tokenizeWordAddress(source, family);
}

function tokenizeWordAddress(source: string, family: 'iso' | 'sinumerik'): { tokens: Token[]; errors: TokenError[] } {
  const tokens: Token[] = [];
  const errors: TokenError[] = [];
  source.split('\n').forEach((text, index) => {
    const line = index + 1;
    let i = 0;
    const push = (kind: Token['kind'], length: number) => {
      tokens.push({ kind, text: text.slice(i, i + length), line, column: i + 1 });
      i += length;
    };
    while (i < text.length) {
      const rest = text.slice(i);
      const space = /^\s+/.exec(rest);
      if (space) {
        i += space[0].length;
        continue;
      }
      let m: RegExpExecArray | null;
      if (rest.startsWith('(')) {
        const end = rest.indexOf(')');
        if (end < 0) {
          errors.push({ line, column: i + 1, message: 'a comment "(" is not closed with ")" on the same line' });
          return;
        }
        push('comment', end + 1);
      } else if (rest.startsWith(';') && family === 'sinumerik') {
        push('comment', rest.length);
      } else if (rest.startsWith('%') && i === 0) {
        push('tape', rest.length);
      } else if (rest.startsWith('/') && tokens.every((t) => t.line !== line)) {
        push('skip', 1);
      } else if ((m = /^O\d{1,5}\b/.exec(rest)) && family === 'iso') {
        push('program', m[0].length);
      } else if (family === 'sinumerik' && (m = /^[A-Z_][A-Z0-9_]*\((?:[^()]|\([^()]*\))*\)/.exec(rest))) {
        push('call', m[0].length);
      } else if (
        family === 'sinumerik' &&
        (m = new RegExp(String.raw`^[A-Z_][A-Z0-9_]*=(?:${number}|"[^"]*"|[A-Z]+\(${number}\))`).exec(rest))
      ) {
        push('assignment', m[0].length);
      } else if ((m = isoWord.exec(rest)) && !/^[A-Z0-9_]/.test(rest.slice(m[0].length))) {
        push('word', m[0].length);
      } else if (family === 'sinumerik' && (m = /^[A-Z_][A-Z0-9_]*/.exec(rest))) {
        push('keyword', m[0].length);
      } else {
        errors.push({
          line,
          column: i + 1,
          message: `"${rest.split(/\s/)[0]}" is not a word of ${family === 'iso' ? 'ISO 6983 word-address' : 'Sinumerik'} code`,
        });
        return;
      }
    }
  });
  return { tokens, errors };
}

/** Klartext statements a block may start with. */
const klartext =
  /^(?:BEGIN PGM|END PGM|BLK FORM|TOOL CALL|TOOL DEF|CYCL DEF|CYCL CALL|CALL LBL|CALL PGM|LBL|LP|L|CC|CR|CT|CP|C|RND|CHF|APPR \w+|DEP \w+|FN \d+:|Q\d+ ?=|M\d+|STOP|PLANE|FUNCTION|\*)(?=\s|$)/;

function tokenizeKlartext(source: string): { tokens: Token[]; errors: TokenError[] } {
  const tokens: Token[] = [];
  const errors: TokenError[] = [];
  let continued = false;
  let expected = -1;
  source.split('\n').forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    // The continuation mark "~" ends the line, after any comment.
    const goesOn = text.trimEnd().endsWith('~');
    const code = text.replace(/;.*$/, '').replace(/~\s*$/, '').trimEnd();
    if (text.includes(';')) tokens.push({ kind: 'comment', text: text.slice(text.indexOf(';')), line, column: text.indexOf(';') + 1 });
    if (continued) {
      // A parameter line of a cycle definition: Q200=+2 ;COMMENT ~
      if (!/^\s*Q\d+\s*=\s*[+-]?\d+(?:\.\d+)?$/.test(code))
        errors.push({ line, column: 1, message: 'a continuation line should be a cycle parameter like "Q200=+2"' });
      continued = goesOn;
      return;
    }
    const m = /^(\d+)\s+(.*)$/.exec(code);
    if (!m) {
      errors.push({ line, column: 1, message: 'a Klartext block starts with its block number' });
      return;
    }
    const blockNumber = Number(m[1]);
    if (expected >= 0 && blockNumber !== expected)
      errors.push({ line, column: 1, message: `block number ${blockNumber} follows ${expected - 1}; expected ${expected}` });
    expected = blockNumber + 1;
    const statement = klartext.exec(m[2]!);
    if (!statement) {
      errors.push({ line, column: m[1]!.length + 2, message: `"${m[2]!.split(/\s/)[0]}" is not a Klartext statement` });
      return;
    }
    tokens.push({ kind: 'statement', text: statement[0], line, column: code.indexOf(m[2]!) + 1 });
    continued = goesOn;
  });
  return { tokens, errors };
}

/** True when a listing is marked as a fragment in its first line (it need not end the program). */
export function isFragment(source: string): boolean {
  return /fragment/i.test(source.split('\n')[0] ?? '');
}

/** True when the tokens end a main program (M30 or M02, or Klartext END PGM). */
export function endsProgram(tokens: readonly Token[]): boolean {
  return tokens.some((t) => (t.kind === 'word' && /^M0?(?:30|2)$/.test(t.text)) || (t.kind === 'statement' && t.text === 'END PGM'));
}
