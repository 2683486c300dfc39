/** The G-code tokenizer on hand-written listings: good programs in each dialect family, and typical mistakes. */
import { describe, expect, it } from 'vitest';
import { dialectFamily, endsProgram, isFragment, tokenize } from '../../src/lib/gcode/tokenize';

describe('dialect families', () => {
  it('are recognised from the dialect label', () => {
    expect(dialectFamily('Fanuc 0i-TF (ISO)')).toBe('iso');
    expect(dialectFamily('PAL 2020 (DIN 66025)')).toBe('iso');
    expect(dialectFamily('Siemens Sinumerik 840D sl')).toBe('sinumerik');
    expect(dialectFamily('Heidenhain TNC 640 Klartext')).toBe('heidenhain');
  });
});

describe('ISO word-address code', () => {
  it('reads a complete Fanuc turning program', () => {
    const program = [
      '%',
      'O0100 (SHAFT)',
      'N10 G21 G40 G99',
      'N20 T0101',
      'N30 G50 S2500',
      'N40 G96 S200 M03',
      'N50 G00 X52. Z2.',
      'N60 G01 X-0.8 F0.15',
      '/N70 M01',
      'N80 G28 U0 W0',
      'N90 M30',
      '%',
    ].join('\n');
    const { tokens, errors } = tokenize(program, 'iso');
    expect(errors).toEqual([]);
    expect(tokens.filter((t) => t.kind === 'word').map((t) => t.text)).toContain('X-0.8');
    expect(tokens.find((t) => t.kind === 'program')?.text).toBe('O0100');
    expect(tokens.find((t) => t.kind === 'skip')?.line).toBe(9);
    expect(endsProgram(tokens)).toBe(true);
  });

  it('reports an unclosed comment and a malformed word at their line and column', () => {
    expect(tokenize('G00 X10 (RAPID', 'iso').errors).toEqual([
      { line: 1, column: 9, message: 'a comment "(" is not closed with ")" on the same line' },
    ]);
    expect(tokenize('G01 X10\nG01 XX5 F100', 'iso').errors).toEqual([
      { line: 2, column: 5, message: '"XX5" is not a word of ISO 6983 word-address code' },
    ]);
    expect(tokenize('G01 X=10', 'iso').errors[0]?.message).toMatch(/"X=10" is not a word/);
  });

  it('knows a program that does not end', () => {
    expect(endsProgram(tokenize('G00 X0 Y0', 'iso').tokens)).toBe(false);
    expect(isFragment('(FRAGMENT - roughing only)\nG01 X1')).toBe(true);
  });
});

describe('Sinumerik', () => {
  it('reads assignments, keywords, cycle calls and ; comments', () => {
    const program = [
      'N10 G18 G54 G90 G95 DIAMON ; turning',
      'N20 G96 S250 LIMS=2500 M3',
      'N30 G2 X40 Z-40 CR=2',
      'N40 MCALL CYCLE83(10, 0, 2, -15, , -4)',
      'N50 G74 X1=0 Z1=0',
      'N60 M30',
    ].join('\n');
    const { tokens, errors } = tokenize(program, 'sinumerik');
    expect(errors).toEqual([]);
    expect(tokens.filter((t) => t.kind === 'assignment').map((t) => t.text)).toEqual(['LIMS=2500', 'CR=2', 'X1=0', 'Z1=0']);
    expect(tokens.find((t) => t.kind === 'call')?.text).toBe('CYCLE83(10, 0, 2, -15, , -4)');
  });

  it('rejects what is not Sinumerik code', () => {
    expect(tokenize('N10 G1 X10 $ Y5', 'sinumerik').errors[0]).toMatchObject({ line: 1, column: 12 });
  });
});

describe('Heidenhain Klartext', () => {
  const program = [
    '0 BEGIN PGM TEST MM',
    '1 TOOL CALL 1 Z S3000',
    '2 CYCL DEF 200 DRILLING ~',
    '  Q200=+2 ;SET-UP CLEARANCE ~',
    '  Q201=-20 ;DEPTH',
    '3 L X+10 Y+5 R0 FMAX M99',
    '4 END PGM TEST MM',
  ].join('\n');

  it('reads numbered blocks and cycle parameters', () => {
    const { tokens, errors } = tokenize(program, 'heidenhain');
    expect(errors).toEqual([]);
    expect(tokens.filter((t) => t.kind === 'statement').map((t) => t.text)).toEqual(['BEGIN PGM', 'TOOL CALL', 'CYCL DEF', 'L', 'END PGM']);
    expect(endsProgram(tokens)).toBe(true);
  });

  it('reports a missing block number, a skipped number and an unknown statement', () => {
    expect(tokenize('L X+10', 'heidenhain').errors[0]?.message).toBe('a Klartext block starts with its block number');
    expect(tokenize('0 BEGIN PGM A MM\n2 L X+1', 'heidenhain').errors[0]?.message).toBe('block number 2 follows 0; expected 1');
    expect(tokenize('0 GOTO X+1', 'heidenhain').errors[0]?.message).toBe('"GOTO" is not a Klartext statement');
  });
});
