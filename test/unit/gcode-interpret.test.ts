/**
 * The G-code interpreter against positions computed by hand: straight moves, arcs by centre and by
 * radius (both signs), incremental moves, diameter programming, work offsets, inch input, canned
 * cycles, and each kind of error at its line. Ends with the real programs of the library.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { controlOf, interpret, pointsOf, type InterpretOptions, type Point, type Segment } from '../../src/lib/gcode/interpret';
import { isFragment } from '../../src/lib/gcode/tokenize';

const mill = (source: string, options: Partial<InterpretOptions> = {}) => interpret(source, { mode: 'milling', ...options });
const turn = (source: string, options: Partial<InterpretOptions> = {}) =>
  interpret(source, { mode: 'turning', control: 'fanuc', ...options });

/** Expects a point to equal the given coordinates to 1 µm. */
function near(actual: Point | undefined, expected: Partial<Point>) {
  expect(actual).toBeDefined();
  for (const [axis, value] of Object.entries(expected)) expect(actual![axis as keyof Point], axis).toBeCloseTo(value, 3);
}

/** The segments as [kind, end] pairs, rounded, for comparing a whole path. */
const path = (segments: Segment[]) =>
  segments.map((s) => [s.kind, Math.round(s.end.x * 1000) / 1000, Math.round(s.end.y * 1000) / 1000, Math.round(s.end.z * 1000) / 1000]);

describe('straight moves', () => {
  it('starts at the reference point and moves rapid and at feed to absolute and incremental positions', () => {
    const r = mill(['G90 G0 X10 Y20 Z5', 'G1 Z-2 F200', 'G91 X5 Y-5', 'G90 X0'].join('\n'));
    expect(r.errors).toEqual([]);
    near(r.initial.machine, { x: 150, y: 120, z: 100 });
    expect(path(r.segments)).toEqual([
      ['rapid', 10, 20, 5],
      ['feed', 10, 20, -2],
      ['feed', 15, 15, -2],
      ['feed', 0, 15, -2],
    ]);
    expect(r.segments.map((s) => s.line)).toEqual([1, 2, 3, 4]);
    expect(r.steps[2]).toMatchObject({ line: 3, distance: 'incremental', feed: 200, feedMode: 'perMinute' });
    near(r.steps[2]!.position, { x: 15, y: 15, z: -2 });
  });

  it('keeps the motion code modal and does not move for a block without coordinates', () => {
    const r = mill('G0 X1 Y1 Z1\nX2\nS1000 M3\nY3');
    expect(path(r.segments)).toEqual([
      ['rapid', 1, 1, 1],
      ['rapid', 2, 1, 1],
      ['rapid', 2, 3, 1],
    ]);
    expect(r.steps.map((s) => s.spindle.direction)).toEqual(['off', 'off', 'cw', 'cw']);
    expect(r.steps[2]!.spindle).toMatchObject({ speed: 1000, rpm: 1000 });
  });

  it('skips comments, program numbers, tape marks and block numbers', () => {
    const r = mill('%\nO0001 (TEST)\n(ONLY A COMMENT)\nN10 G0 X5 Y5 Z5 (MOVE)\nN20 M30\n%');
    expect(r.errors).toEqual([]);
    expect(r.steps.map((s) => [s.line, s.blockNumber])).toEqual([
      [4, 10],
      [5, 20],
    ]);
    expect(r.steps[1]!.ended).toBe(true);
  });

  it('stops at the end of the program', () => {
    const r = mill('G0 X1 Y1 Z1\nM30\nG0 X50');
    expect(r.steps).toHaveLength(2);
    expect(r.segments).toHaveLength(1);
  });
});

describe('arcs in the XY plane', () => {
  // From (10, 0) a quarter circle counter-clockwise about the origin to (0, 10).
  it('G03 with I/J: centre from the start point, counter-clockwise quarter circle', () => {
    const r = mill('G0 X10 Y0 Z0\nG3 X0 Y10 I-10 J0 F100');
    expect(r.errors).toEqual([]);
    const arc = r.segments[1]!;
    expect(arc.kind).toBe('arc');
    near(arc.end, { x: 0, y: 10, z: 0 });
    near(arc.arc!.center, { x: 0, y: 0 });
    expect(arc.arc!.direction).toBe('ccw');
    expect(arc.arc!.radius).toBeCloseTo(10, 6);
    expect(arc.arc!.sweep).toBeCloseTo(Math.PI / 2, 6);
    // A point half way along lies at 45°.
    const points = pointsOf(arc, 45);
    near(points[1], { x: 10 * Math.SQRT1_2, y: 10 * Math.SQRT1_2 });
  });

  it('G02 with I/J: the same end point reached clockwise is three quarters of a circle', () => {
    const arc = mill('G0 X10 Y0 Z0\nG2 X0 Y10 I-10 J0 F100').segments[1]!;
    expect(arc.arc!.direction).toBe('cw');
    expect(arc.arc!.sweep).toBeCloseTo((3 * Math.PI) / 2, 6);
    near(pointsOf(arc, 90)[1], { x: 0, y: -10 });
  });

  it('a full circle when the end point is the start point', () => {
    const arc = mill('G0 X10 Y0 Z0\nG2 X10 Y0 I-10 F100').segments[1]!;
    expect(arc.arc!.sweep).toBeCloseTo(2 * Math.PI, 6);
    near(arc.arc!.center, { x: 0, y: 0 });
  });

  // From (0, 0) to (10, 10) with radius 10: the centre is (10, 0) or (0, 10).
  it.each([
    ['G2', 'R10', { x: 10, y: 0 }, 'cw', Math.PI / 2],
    ['G2', 'R-10', { x: 0, y: 10 }, 'cw', (3 * Math.PI) / 2],
    ['G3', 'R10', { x: 0, y: 10 }, 'ccw', Math.PI / 2],
    ['G3', 'R-10', { x: 10, y: 0 }, 'ccw', (3 * Math.PI) / 2],
  ])('%s X10 Y10 %s from the origin: centre %o, %s, sweep %f', (motion, radius, center, direction, sweep) => {
    const r = mill(`G0 X0 Y0 Z0\n${motion} X10 Y10 ${radius} F100`);
    expect(r.errors).toEqual([]);
    const arc = r.segments[1]!.arc!;
    near(arc.center, center);
    expect(arc.direction).toBe(direction);
    expect(arc.sweep).toBeCloseTo(sweep, 6);
    expect(arc.radius).toBeCloseTo(10, 6);
  });

  it('a half circle by radius has its centre in the middle of the chord', () => {
    near(mill('G0 X0 Y0 Z0\nG2 X20 Y0 R10 F100').segments[1]!.arc!.center, { x: 10, y: 0 });
  });

  it('a helix: the third axis moves evenly along the arc', () => {
    const arc = mill('G0 X10 Y0 Z0\nG3 X-10 Y0 Z-4 I-10 J0 F100').segments[1]!;
    const points = pointsOf(arc, 90);
    near(points[1], { x: 0, y: 10, z: -2 });
    near(points[2], { x: -10, y: 0, z: -4 });
  });

  it('the corner of the exercise plate: G02 X14 Y72 R6 from (8, 66) turns about (14, 66)', () => {
    const arc = mill('G0 X8 Y66 Z0\nG2 X14 Y72 R6 F1000').segments[1]!.arc!;
    near(arc.center, { x: 14, y: 66 });
    expect(arc.sweep).toBeCloseTo(Math.PI / 2, 6);
  });
});

describe('arcs in the other planes', () => {
  it('G18: I and K give the centre, counter-clockwise seen from +Y with Z to the right and X up', () => {
    // From Z=10, X=0 to Z=0, X=10 about the origin: counter-clockwise in the (Z, X) plane.
    const arc = mill('G18 G0 X0 Y0 Z10\nG3 X10 Z0 I0 K-10 F100').segments[1]!.arc!;
    near(arc.center, { x: 0, z: 0 });
    expect(arc.sweep).toBeCloseTo(Math.PI / 2, 6);
    expect(arc.plane).toBe('G18');
  });

  it('G19: J and K give the centre', () => {
    const arc = mill('G19 G0 X0 Y10 Z0\nG2 Y0 Z-10 J-10 K0 F100').segments[1]!.arc!;
    near(arc.center, { y: 0, z: 0 });
    expect(arc.direction).toBe('cw');
    expect(arc.sweep).toBeCloseTo(Math.PI / 2, 6);
  });

  it('a centre word outside the plane is an error', () => {
    expect(mill('G0 X10 Y0 Z0\nG3 X0 Y10 I-10 K0 F100').errors[0]).toMatchObject({
      line: 2,
      message: 'K is not a centre coordinate in the G17 plane (use I and J)',
    });
  });
});

describe('turning: X as a diameter', () => {
  it('X is a diameter, U and W are incremental, and the geometry uses the radius', () => {
    const r = turn('G0 X40. Z2.\nG1 Z-10. F0.2\nU-3.\nW-5.');
    expect(r.errors).toEqual([]);
    near(r.steps[0]!.machine, { x: 20, z: 2 });
    near(r.steps[0]!.position, { x: 40, z: 2 });
    near(r.steps[2]!.machine, { x: 18.5, z: -10 });
    near(r.steps[2]!.position, { x: 37, z: -10 });
    near(r.steps[3]!.position, { x: 37, z: -15 });
    expect(r.steps[1]).toMatchObject({ feedMode: 'perRevolution', feed: 0.2, plane: 'G18' });
  });

  it('the concave fillet R2 of the example shaft: G02 X40 Z-40 R2 from Ø36 Z-38 turns about Z-38, radius 20', () => {
    const r = turn('G0 X36. Z-38.\nG2 X40. Z-40. R2. F0.1');
    const arc = r.segments.find((s) => s.kind === 'arc')!.arc!;
    near(arc.center, { x: 20, z: -38 });
    expect(arc.direction).toBe('cw');
    expect(arc.sweep).toBeCloseTo(Math.PI / 2, 6);
  });

  it('I on a lathe is a radius value: G03 X30 Z-22 I0 K-2 from Ø26 Z-20 turns about Z-22, radius 13', () => {
    const arc = turn('G0 X26. Z-20.\nG3 X30. Z-22. I0 K-2. F0.1').segments[1]!.arc!;
    near(arc.center, { x: 13, z: -22 });
    expect(arc.direction).toBe('ccw');
  });

  it('Sinumerik: DIAMOF switches to radius programming, CR= gives the radius, R is not a radius', () => {
    const r = interpret('G18 G90 DIAMOF\nG0 X20 Z0\nDIAMON\nG1 X30 F0.1\nG2 X40 Z-5 CR=5', { mode: 'turning', control: 'sinumerik' });
    expect(r.errors).toEqual([]);
    near(r.steps[1]!.machine, { x: 20 });
    near(r.steps[3]!.machine, { x: 15 });
    // From Ø30 Z0 to Ø40 Z-5 clockwise: a concave quarter circle about Z0, radius 20.
    near(r.segments.at(-1)!.arc!.center, { x: 20, z: 0 });
    expect(interpret('G0 X20 Z0\nG2 X30 Z-5 R5 F0.1', { mode: 'turning', control: 'sinumerik' }).errors[0]?.message).toBe(
      'Sinumerik gives the arc radius as CR=…; R is an arithmetic parameter',
    );
  });

  it('constant surface speed: the spindle speed follows the diameter and stops at the limit', () => {
    // n = 1000 · 180 / (π · 40) = 1432.4 min⁻¹; on Ø10, 5729.6 min⁻¹, limited to 2500.
    const r = turn('G50 S2500\nG96 S180 M3\nG0 X40. Z2.\nX10.');
    expect(r.steps[1]!.spindle).toMatchObject({ mode: 'css', speed: 180, limit: 2500, direction: 'cw' });
    expect(r.steps[2]!.spindle.rpm).toBe(1432);
    expect(r.steps[3]!.spindle.rpm).toBe(2500);
    expect(turn('G96 S180 M3\nG0 X0 Z2.').steps[1]!.spindle.rpm).toBeNull();
  });

  it('G92 S on a lathe limits the speed; G92 with X and Z is the threading cycle', () => {
    // On Ø10 at 200 m/min the speed would be 1000 · 200 / (π · 10) = 6366 min⁻¹; the limit holds it at 2500.
    const fanuc = turn('G92 S2500\nG96 S200 M3\nG0 X10. Z2.');
    expect(fanuc.errors).toEqual([]);
    expect(fanuc.steps[2]).toMatchObject({ motion: 'G0', spindle: { limit: 2500, rpm: 2500 } });
    const pal = turn('G92 S2500\nG96 S200 M3\nG0 X10 Z2', { control: 'iso' });
    expect(pal.steps[2]!.spindle).toMatchObject({ limit: 2500, rpm: 2500 });
  });

  it('there is no Y axis and no other plane than G18', () => {
    expect(turn('G0 Y10.').errors[0]?.message).toBe('there is no Y axis in turning mode');
    expect(turn('G17').errors[0]?.message).toBe('turning is simulated in the XZ plane (G18) only, not G17');
  });
});

describe('work offsets, reference point, units', () => {
  it('G54–G59 shift the programmed coordinates by their offset; the position shown stays in work coordinates', () => {
    const r = mill('G55 G0 X10 Y10 Z5\nG54 X10', { workOffsets: { G55: { x: 100, y: 50, z: -200 }, G54: { x: -5 } } });
    expect(r.errors).toEqual([]);
    near(r.segments[0]!.end, { x: 110, y: 60, z: -195 });
    near(r.steps[0]!.position, { x: 10, y: 10, z: 5 });
    expect(r.steps[0]!.workOffset).toBe('G55');
    // G54 (X offset −5) has no Z offset: Z−195 in the machine reads Z−195 there.
    near(r.segments[1]!.end, { x: 5, y: 60, z: -195 });
    near(r.steps[1]!.position, { x: 10, y: 60, z: -195 });
  });

  it('G92 makes the current position read as the programmed coordinates', () => {
    const r = mill('G0 X10 Y10 Z10\nG92 X0 Y0\nG0 X5');
    near(r.steps[1]!.position, { x: 0, y: 0, z: 10 });
    near(r.segments[1]!.end, { x: 15, y: 10 });
  });

  it('G28 goes home through the intermediate point, only on the axes named', () => {
    const r = mill('G0 X10 Y10 Z5\nG91 G28 Z0\nG90 G28 X20 Y10', { home: { x: -300, y: 0, z: 80 } });
    expect(path(r.segments)).toEqual([
      ['rapid', 10, 10, 5],
      ['rapid', 10, 10, 80],
      ['rapid', 20, 10, 80],
      ['rapid', -300, 0, 80],
    ]);
  });

  it('G28 U0 W0 on a lathe and G74 on Sinumerik send the axes to the reference point', () => {
    near(turn('G0 X40. Z2.\nG28 U0.').steps[1]!.position, { x: 100, z: 2 });
    near(interpret('G0 X40 Z2\nG74 X1=0 Z1=0', { mode: 'turning', control: 'sinumerik', home: { x: 200, z: 150 } }).steps[1]!.position, {
      x: 200,
      z: 150,
    });
  });

  it('G53 moves to machine coordinates for one block', () => {
    const r = mill('G54 G0 X0 Y0 Z0\nG53 Z-10', { workOffsets: { G54: { x: 50, y: 50, z: -100 } } });
    near(r.segments[1]!.end, { x: 50, y: 50, z: -10 });
    near(r.steps[1]!.position, { z: 90 });
  });

  it('G20 reads inches: 1 in = 25.4 mm in the drawing, shown in inches', () => {
    const r = mill('G20 G0 X1 Y2 Z0.5\nG1 X1.5 F10\nG21 G0 X10');
    near(r.segments[0]!.end, { x: 25.4, y: 50.8, z: 12.7 });
    near(r.steps[0]!.position, { x: 1, y: 2, z: 0.5 });
    expect(r.steps[1]).toMatchObject({ units: 'inch', feed: 10 });
    near(r.segments[2]!.end, { x: 10 });
  });

  it('Fanuc reads a coordinate without a decimal point in thousandths of a millimetre; other controls in millimetres', () => {
    near(mill('G0 X12 Y12. Z0', { control: 'fanuc' }).segments[0]!.end, { x: 0.012, y: 12, z: 0 });
    near(mill('G20 G0 X12', { control: 'fanuc' }).segments[0]!.end, { x: 0.0012 * 25.4 });
    near(mill('G0 X12 Y12 Z0', { control: 'iso' }).segments[0]!.end, { x: 12, y: 12 });
    near(mill('G0 X12 Y12 Z0', { control: 'sinumerik' }).segments[0]!.end, { x: 12, y: 12 });
  });

  it('reads the control from a dialect label', () => {
    expect(controlOf('Fanuc 0i-TF (ISO, G-code system A)')).toBe('fanuc');
    expect(controlOf('Siemens Sinumerik 840D sl')).toBe('sinumerik');
    expect(controlOf('PAL 2020 (DIN 66025)')).toBe('iso');
    expect(controlOf('Heidenhain TNC 640 Klartext')).toBeUndefined();
  });
});

describe('tools, compensation and notices', () => {
  it('T selects and M6 changes the milling tool; a lathe indexes at once', () => {
    const r = mill('T1 M6\nT2\nM6');
    expect(r.steps.map((s) => s.tool)).toEqual(['T1', 'T1', 'T2']);
    expect(turn('T0101').steps[0]!.tool).toBe('T0101');
    expect(interpret('T2 D1', { mode: 'turning', control: 'sinumerik' }).steps[0]!.tool).toBe('T2 D1');
  });

  it('G41/G42 draw the programmed path and say that compensation is not simulated', () => {
    const r = mill('G0 X0 Y0 Z0\nG41 D1 G1 X10 F100\nG40 X20');
    expect(r.errors).toEqual([]);
    expect(r.notices).toEqual([{ line: 2, kind: 'compensation', code: 'G41' }]);
    near(r.segments[1]!.end, { x: 10 });
    expect(r.steps[1]!.compensation).toBe('G41');
  });

  it('accepts the safe-start codes of the library without moving', () => {
    const r = mill('G17 G40 G49 G80 G90 G94 G21\nG43 H1 Z50\nG96 S100\nG97 S1000\nM8\nM9\nM0\nM1', { control: 'fanuc' });
    expect(r.errors).toEqual([]);
    expect(r.steps.map((s) => s.coolant)).toEqual([false, false, false, false, true, false, false, false]);
  });
});

describe('canned cycles', () => {
  it('G81 with G99 returns to the R plane and with G98 to the initial level', () => {
    const r = mill('G0 X0 Y0 Z10\nG99 G81 X25 Y25 Z-4.5 R2 F300\nX75\nG98 Y55\nG80 G0 Z50');
    expect(r.errors).toEqual([]);
    expect(path(r.segments).slice(1)).toEqual([
      ['rapid', 25, 25, 10],
      ['rapid', 25, 25, 2],
      ['feed', 25, 25, -4.5],
      ['rapid', 25, 25, 2],
      ['rapid', 75, 25, 2],
      ['feed', 75, 25, -4.5],
      ['rapid', 75, 25, 2],
      ['rapid', 75, 55, 2],
      ['feed', 75, 55, -4.5],
      ['rapid', 75, 55, 10],
      ['rapid', 75, 55, 50],
    ]);
    expect(r.steps[1]!.motion).toBe('G81');
    expect(r.steps[4]!.motion).toBe('G0');
  });

  it('G83 pecks by Q, retracts to R each time and comes back to just above the last depth', () => {
    // Q4000 without a decimal point is 4 mm on Fanuc. Depths −2, −6, −10 from R2; re-entry 0.5 mm above the last depth.
    const r = mill('G0 X0 Y0 Z10\nG99 G83 Z-10. R2. Q4000 F100', { control: 'fanuc' });
    expect(r.errors).toEqual([]);
    expect(
      path(r.segments)
        .slice(1)
        .map(([kind, , , z]) => [kind, z]),
    ).toEqual([
      ['rapid', 2],
      ['feed', -2],
      ['rapid', 2],
      ['rapid', -1.5],
      ['feed', -6],
      ['rapid', 2],
      ['rapid', -5.5],
      ['feed', -10],
      ['rapid', 2],
    ]);
  });

  it('G91 cycles: R from the initial level, Z from R, K repeats at the incremental distance', () => {
    const r = mill('G0 X0 Y0 Z10\nG91 G98 G81 X10 R-8 Z-5 K3 F100');
    expect(r.errors).toEqual([]);
    const bottoms = r.segments.filter((s) => s.kind === 'feed').map((s) => [s.end.x, s.end.z]);
    expect(bottoms).toEqual([
      [10, -3],
      [20, -3],
      [30, -3],
    ]);
  });

  it('G85 feeds out of the hole', () => {
    const r = mill('G0 X0 Y0 Z5\nG99 G85 Z-10 R1 F50');
    expect(path(r.segments).slice(1)).toEqual([
      ['rapid', 0, 0, 1],
      ['feed', 0, 0, -10],
      ['feed', 0, 0, 1],
    ]);
  });

  it('Fanuc lathe G90: rapid in, cut along Z, feed out, rapid back, for every new diameter', () => {
    const r = turn('G0 X52. Z2.\nG90 X46. Z-30. F0.25\nX42.\nG0 X60.');
    expect(r.errors).toEqual([]);
    expect(
      path(r.segments)
        .slice(1)
        .map(([kind, x, , z]) => [kind, x, z]),
    ).toEqual([
      ['rapid', 23, 2],
      ['feed', 23, -30],
      ['feed', 26, -30],
      ['rapid', 26, 2],
      ['rapid', 21, 2],
      ['feed', 21, -30],
      ['feed', 26, -30],
      ['rapid', 26, 2],
      ['rapid', 30, 2],
    ]);
  });

  it('Fanuc lathe G92: thread passes at the lead, retract and return in rapid', () => {
    const r = turn('G0 X26. Z6.\nG92 X23.3 Z-22.5 F1.5\nX22.9');
    expect(r.errors).toEqual([]);
    const cuts = r.segments.filter((s) => s.kind === 'feed');
    expect(cuts.every((s) => s.thread)).toBe(true);
    expect(cuts.map((s) => [s.start.x, s.end.z])).toEqual([
      [11.65, -22.5],
      [11.45, -22.5],
    ]);
    expect(r.steps[1]!.feed).toBe(1.5);
  });

  it('Fanuc lathe G71 is not simulated: a notice, its contour blocks are skipped, and G70 runs them', () => {
    const program = [
      'G0 X52. Z2.',
      'G71 U2. R0.5',
      'G71 P10 Q30 U0.4 W0.1 F0.25',
      'N10 G0 X20.',
      'N20 G1 Z-10. F0.1',
      'N30 X52.',
      'G70 P10 Q30',
      'M30',
    ].join('\n');
    const r = turn(program);
    expect(r.errors).toEqual([]);
    expect(r.notices).toEqual([{ line: 3, kind: 'cycle', code: 'G71', from: 10, to: 30 }]);
    // Steps: line 1, the two G71 blocks, then G70 running lines 4–6, then G70's own return, then M30.
    expect(r.steps.map((s) => s.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(path(r.segments).map(([kind, x, , z]) => [kind, x, z])).toEqual([
      ['rapid', 26, 2],
      ['rapid', 10, 2],
      ['feed', 10, -10],
      ['feed', 26, -10],
      ['rapid', 26, 2],
    ]);
    expect(r.segments[2]!.line).toBe(5);
  });

  it('G76 and Sinumerik cycle calls are not simulated and say so at their line', () => {
    const r = turn('G0 X26. Z6.\nG76 P010060 Q50 R0.05\nG76 X22.16 Z-22.5 P920 Q350 F1.5');
    expect(r.errors).toEqual([]);
    expect(r.notices).toEqual([{ line: 3, kind: 'cycle', code: 'G76' }]);
    expect(r.segments).toHaveLength(1);
    const s = interpret('G0 X50 Y40 Z50\nF110\nMCALL CYCLE81(10, 0, 2, -4)\nX12 Y12\nMCALL', { mode: 'milling', control: 'sinumerik' });
    expect(s.errors).toEqual([]);
    expect(s.notices).toEqual([{ line: 3, kind: 'cycle', code: 'CYCLE81' }]);
  });
});

describe('errors, each at its line', () => {
  it('an arc whose end point is not on its circle', () => {
    // Centre (0, 0.5): 10.0125 mm from the start (10, 0), 9.5 mm from the end (0, 10).
    expect(mill('G0 X10 Y0 Z0\nG3 X0 Y10 I-10 J0.5 F100').errors).toEqual([
      {
        line: 2,
        column: 1,
        message:
          "the arc's end point is not on its circle: it is 10.012 mm from the centre at the start and 9.500 mm at the end (difference 0.512 mm, allowed 0.010 mm)",
      },
    ]);
  });

  it('accepts an end point within the tolerance', () => {
    expect(mill('G0 X10 Y0 Z0\nG3 X0 Y10.005 I-10 J0 F100').errors).toEqual([]);
  });

  it('a radius too small for the distance between start and end', () => {
    expect(mill('G0 X0 Y0 Z0\nG2 X30 Y0 R10 F100').errors[0]).toEqual({
      line: 2,
      column: 1,
      message: 'the arc radius 10.000 mm is too small: start and end are 30.000 mm apart, more than the diameter 20.000 mm',
    });
  });

  it('an arc without a centre or radius, and a full circle by radius', () => {
    expect(mill('G0 X0 Y0 Z0\nG2 X10 Y10 F100').errors[0]?.message).toBe('G02 needs its centre (I, J) or its radius (R)');
    expect(turn('G0 X0 Z0\nG3 X10. Z-5. F0.1').errors[0]?.message).toBe('G03 needs its centre (K, I) or its radius (R)');
    expect(mill('G0 X0 Y0 Z0\nG2 X0 Y0 R5 F100').errors[0]?.message).toMatch(/cannot draw a full circle/);
  });

  it('a feed move before any feed rate', () => {
    expect(mill('G0 X0 Y0 Z0\n\nG1 X10').errors).toEqual([
      { line: 3, column: 1, message: 'a feed move needs a feed rate, and no F has been programmed yet (add F… to this block)' },
    ]);
  });

  it('an unknown G code, M code, address or word, at its column', () => {
    expect(mill('G0 X0\nG12 X5').errors).toEqual([
      { line: 2, column: 1, message: 'G12 is not a G code the simulator knows for ISO/DIN 66025 milling' },
    ]);
    expect(mill('M77').errors[0]).toEqual({ line: 1, column: 1, message: 'M77 is not an M code the simulator knows' });
    expect(mill('G0 X1 A90').errors[0]).toEqual({ line: 1, column: 7, message: '"A90" has no meaning in this block' });
    expect(mill('G1 X1 X2 F100').errors[0]).toEqual({ line: 1, column: 7, message: 'the address X appears twice in this block' });
    expect(mill('G0 G1 X1').errors[0]?.message).toBe('G0 and G1 cannot be in the same block');
    expect(mill('G0 XX1').errors[0]?.message).toMatch(/"XX1" is not a word/);
    expect(mill('M98 P100').errors[0]?.message).toBe('M98 (subprogram call) is not simulated');
  });

  it('codes that mean something else on the machine type are errors, not silently wrong', () => {
    // On a Fanuc lathe G91 does not exist (U and W are incremental); on Fanuc milling G70 is not inch.
    expect(turn('G91 G0 U1.').errors[0]?.message).toBe('G91 is not a G code the simulator knows for Fanuc turning');
    expect(mill('G70', { control: 'fanuc' }).errors[0]?.message).toBe('G70 is not a G code the simulator knows for Fanuc milling');
  });

  it('continues after an error, so that every error of a program is listed', () => {
    const r = mill('G1 X1\nG0 X1 Y1 Z1\nG2 X5 Y5 F100\nG0 X2');
    expect(r.errors.map((e) => e.line)).toEqual([1, 3]);
    expect(r.steps.at(-1)!.position.x).toBeCloseTo(2);
  });
});

describe('the programs of the library', () => {
  const content = join(import.meta.dirname, '../../src/content/modules');
  const listings = readdirSync(content).flatMap((lang) =>
    readdirSync(join(content, lang))
      .filter((f) => f.startsWith('cnc-') || ['technical-drawing.mdx', 'safety-at-machine-tools.mdx', 'cad-cam.mdx'].includes(f))
      .flatMap((f) =>
        [...readFileSync(join(content, lang, f), 'utf8').matchAll(/```gcode dialect="([^"]+)"\n([\s\S]*?)```/g)].map((m) => ({
          where: `${lang}/${f} (${m[1]})`,
          dialect: m[1]!,
          code: m[2]!,
        })),
      ),
  );
  const complete = listings.filter((l) => controlOf(l.dialect) && !isFragment(l.code));

  it('has complete ISO and Sinumerik programs to run', () => {
    expect(complete.length).toBeGreaterThanOrEqual(20);
  });

  it.each(complete.map((l) => [l.where, l] as const))('%s runs without errors', (_, l) => {
    const mode = /-TF|turret|lathe/i.test(l.dialect) || /\bG18\b|T0\d0\d/.test(l.code) ? 'turning' : 'milling';
    const r = interpret(l.code, { mode, control: controlOf(l.dialect)! });
    expect(r.errors).toEqual([]);
    expect(r.steps.at(-1)!.ended).toBe(true);
    expect(r.segments.length).toBeGreaterThan(0);
  });
});
