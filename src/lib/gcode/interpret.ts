/**
 * An interpreter for ISO 6983 / DIN 66025 word-address programs, for the G-code simulator: it runs a
 * listing block by block and returns the toolpath (rapid, feed and arc segments) and the machine state
 * after every block, so that a page can draw the path and step through it. Pure TypeScript, no I/O.
 *
 * What it simulates:
 * - G0/G1/G2/G3 (arcs by I/J/K centre or by radius R, CR= on Sinumerik; helices), G17/G18/G19,
 *   G20/G21 (Sinumerik G70/G71/G700/G710), G90/G91, G54–G59 work offsets, G92 / G50 coordinate setting,
 *   G28 and Sinumerik G74 (reference point), G53, G4 dwell, F, S, T, D, H, M0–M9, M30;
 * - turning (XZ plane, X as a diameter, Fanuc U/W incremental addresses) and milling (XYZ);
 * - canned cycles that can be drawn exactly: drilling G73, G81–G89 (milling), the Fanuc lathe's
 *   single-pass cycles G90, G92, G94 and its finishing cycle G70 (which runs the contour blocks P…Q).
 * What it accepts without simulating, with a notice at the line (never a silently wrong path):
 * tool radius compensation G41/G42 (the programmed contour is drawn), and multi-pass cycles such as
 * G71–G76 on lathes or Sinumerik CYCLE… calls (the tool stays at the cycle's start point).
 * Everything else — an unknown code or address, an arc whose end is not on its circle, a feed move
 * without a feed rate — is an error with its line and a plain message.
 *
 * Controls differ, so the dialect matters (`controlOf`): on Fanuc, a coordinate without a decimal
 * point is in least input increments (X12 = 0.012 mm) and a lathe uses G-code system A (G90/G92/G94
 * are cycles, G98/G99 choose the feed unit, U/W are incremental); Sinumerik writes arc radii as CR=,
 * speed limits as LIMS= and uses G70/G71 for inch/metric, which on a Fanuc lathe are cycles.
 */
import { dialectFamily, tokenize, type Token } from './tokenize';

/** Turning: X (as a diameter) and Z, in the XZ plane. Milling: X, Y and Z. */
export type MachineMode = 'turning' | 'milling';

/** The family of control a program is written for: its codes mean different things. */
export type Control = 'iso' | 'fanuc' | 'sinumerik';

/** A point in millimetres. In geometry (`Segment`, `MachineState.machine`) a turning X is a radius. */
export interface Point {
  x: number;
  y: number;
  z: number;
}

export type Plane = 'G17' | 'G18' | 'G19';
export type WorkOffset = 'G54' | 'G55' | 'G56' | 'G57' | 'G58' | 'G59';

/** One straight or circular move of the tool, in machine coordinates (mm; turning X as a radius). */
export interface Segment {
  kind: 'rapid' | 'feed' | 'arc';
  start: Point;
  end: Point;
  /** For arcs: the centre (with the start's coordinate along the plane's normal), sense, radius and swept angle (radians, > 0). */
  arc?: { center: Point; direction: 'cw' | 'ccw'; radius: number; sweep: number; plane: Plane };
  /** A thread-cutting move (G32, G33, or a pass of the Fanuc lathe cycle G92): the feed is the lead. */
  thread?: boolean;
  /** 1-based line of the listing that made this move. */
  line: number;
  /** Index of the step (in `Interpretation.steps`) that made this move. */
  step: number;
}

/** The spindle: direction, programmed speed (min⁻¹, or m/min — ft/min in inch — under G96), limit and actual speed. */
export interface Spindle {
  direction: 'cw' | 'ccw' | 'off';
  mode: 'rpm' | 'css';
  speed: number;
  /** Maximum speed for constant surface speed (G50 S, G92 S, LIMS=), min⁻¹. */
  limit?: number;
  /** Actual speed at the end of the block, min⁻¹; null where it cannot be known (G96 at the centre without a limit). */
  rpm: number | null;
}

/** The machine after a block: what a control's position and status screens would show. */
export interface MachineState {
  /** 1-based line of the block in the listing (0 for the state before the program starts). */
  line: number;
  /** The block as written. */
  code: string;
  /** Its block number N, if it has one. */
  blockNumber?: number;
  /** Tool position in program coordinates and units (work coordinates; a turning X is shown as a diameter when diameter programming is on). */
  position: Point;
  /** Tool position in machine coordinates, mm (turning X as a radius): the drawing's coordinates. */
  machine: Point;
  units: 'mm' | 'inch';
  distance: 'absolute' | 'incremental';
  plane: Plane;
  /** Active motion or cycle, e.g. "G1", "G81". */
  motion: string;
  /** Feed rate in program units per minute or per revolution; 0 when none has been programmed. */
  feed: number;
  feedMode: 'perMinute' | 'perRevolution';
  spindle: Spindle;
  /** Tool in use as written ("T1", "T0101", "T2 D1"), or "" before the first tool. */
  tool: string;
  workOffset: WorkOffset;
  compensation: 'G40' | 'G41' | 'G42';
  coolant: boolean;
  /** Turning: X values are diameters. */
  diameter: boolean;
  mode: MachineMode;
  /** The program has ended (M30/M02). */
  ended: boolean;
}

/** A problem in the program, at a 1-based line and column. */
export interface Diagnostic {
  line: number;
  column: number;
  message: string;
}

/** Something accepted but not simulated, for the reader: radius compensation, or a cycle whose passes are not drawn. */
export interface Notice {
  line: number;
  kind: 'compensation' | 'cycle';
  /** The code concerned, e.g. "G41", "G71", "CYCLE81". */
  code: string;
  /** For cycles that name their contour blocks (P…Q): the block numbers. */
  from?: number;
  to?: number;
}

export interface Interpretation {
  mode: MachineMode;
  control: Control;
  /** The state before the first block: the tool at the reference point. */
  initial: MachineState;
  /** The state after each executed block, in execution order (G70 runs its contour blocks again). */
  steps: MachineState[];
  segments: Segment[];
  errors: Diagnostic[];
  notices: Notice[];
}

export interface InterpretOptions {
  mode: MachineMode;
  /** Default 'iso' (generic DIN 66025). Use `controlOf(dialect)` to read it from a listing's dialect label. */
  control?: Control;
  /** Work offsets: machine coordinates of each work zero, mm (turning X as a diameter). Unset values are 0. */
  workOffsets?: Partial<Record<WorkOffset, Partial<Point>>>;
  /** The reference point (home), where the tool starts and where G28/G74 send it, in machine coordinates, mm (turning X as a diameter). */
  home?: Partial<Point>;
  /** How far, in mm, an arc's end may be from its circle before it is an error (controls alarm at a parameter value of this order). */
  arcTolerance?: number;
  /** Clearance above the previous depth for G83 re-entry and retract amount for G73, mm (Fanuc parameters 5115 and 5114). */
  peckClearance?: number;
}

/**
 * Default reference points, in the direction where machines have them (turret back along +X and +Z;
 * spindle up, table at the end of +X and +Y travel), but near a part of the library's size so that the
 * drawing stays readable. A listing can give its own (`home`).
 */
export const defaultHome: Record<MachineMode, Point> = {
  turning: { x: 100, y: 0, z: 50 },
  milling: { x: 150, y: 120, z: 100 },
};

/** The control family of a listing from its `dialect="…"` label; undefined for Heidenhain Klartext, which is not word-address code. */
export function controlOf(dialect: string): Control | undefined {
  const family = dialectFamily(dialect);
  if (family === 'heidenhain') return undefined;
  if (family === 'sinumerik') return 'sinumerik';
  return /fanuc|haas|iso dialect on/i.test(dialect) ? 'fanuc' : 'iso';
}

const workOffsets: readonly WorkOffset[] = ['G54', 'G55', 'G56', 'G57', 'G58', 'G59'];

/** One address word of a block, e.g.. */
interface Word {
  letter: string;
  value: number;
  text: string;
  column: number;
  /** The number was written with a decimal point (matters on Fanuc). */
  point: boolean;
}

/** A block (one line) read into its parts. */
interface Block {
  line: number;
  text: string;
  n?: number;
  g: Word[];
  m: Word[];
  words: Map<string, Word>;
  keywords: Token[];
  assignments: Map<string, { value: number | string; token: Token }>;
  calls: Token[];
}

/** Thrown inside a block to report one error there; the interpreter then continues with the next block. */
class BlockError extends Error {
  constructor(
    message: string,
    readonly column = 1,
  ) {
    super(message);
  }
}

const fmt = (n: number) => (Math.abs(n) < 5e-7 ? 0 : n).toFixed(3);
const gName = (w: Word) => `G${w.value}`;

/** Reads a listing's tokens into blocks, one per line that has something to execute. */
function readBlocks(tokens: Token[], lines: string[], errors: Diagnostic[]): Block[] {
  const blocks = new Map<number, Block>();
  for (const token of tokens) {
    if (token.kind === 'comment' || token.kind === 'program' || token.kind === 'tape' || token.kind === 'skip') continue;
    let block = blocks.get(token.line);
    if (!block) {
      block = {
        line: token.line,
        text: lines[token.line - 1]!.trim(),
        g: [],
        m: [],
        words: new Map(),
        keywords: [],
        assignments: new Map(),
        calls: [],
      };
      blocks.set(token.line, block);
    }
    if (token.kind === 'keyword') block.keywords.push(token);
    else if (token.kind === 'call') block.calls.push(token);
    else if (token.kind === 'assignment') {
      const [, name = '', raw = ''] = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(token.text) ?? [];
      const value = /^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(raw) ? Number(raw) : raw;
      block.assignments.set(name, { value, token });
    } else if (token.kind === 'word') {
      const letter = token.text[0]!;
      const number = token.text.slice(1);
      const word: Word = { letter, value: Number(number), text: token.text, column: token.column, point: number.includes('.') };
      if (letter === 'G') block.g.push(word);
      else if (letter === 'M') block.m.push(word);
      else if (letter === 'N' && block.n === undefined && block.words.size === 0 && block.g.length === 0) block.n = word.value;
      else if (block.words.has(letter))
        errors.push({ line: token.line, column: token.column, message: `the address ${letter} appears twice in this block` });
      else block.words.set(letter, word);
    } else {
      errors.push({ line: token.line, column: token.column, message: `"${token.text}" is not something the simulator can run` });
    }
  }
  return [...blocks.values()].filter(
    (b) => b.g.length + b.m.length + b.words.size + b.keywords.length + b.assignments.size + b.calls.length > 0,
  );
}

/** G codes per group, for each control and mode. A code not listed is unknown there (an error). */
function groupsOf(control: Control, mode: MachineMode): Map<number, string> {
  const table = new Map<number, string>();
  const add = (group: string, codes: number[]) => codes.forEach((c) => table.set(c, group));
  add('motion', [0, 1, 2, 3]);
  add('plane', [17, 18, 19]);
  add('compensation', [40, 41, 42]);
  add('offset', [54, 55, 56, 57, 58, 59]);
  add('css', [96, 97]);
  add('once', [4, 28, 53]);
  if (control === 'sinumerik') {
    add('units', [70, 71, 700, 710]);
    add('distance', [90, 91]);
    add('feedMode', [94, 95]);
    add('motion', [33]);
    add('once', [74]);
    add('offset', [500]);
  } else if (control === 'fanuc' && mode === 'turning') {
    // Fanuc lathe, G-code system A: G90/G92/G94 are single-pass cycles, G98/G99 the feed unit.
    add('units', [20, 21]);
    add('motion', [32, 90, 92, 94]);
    add('feedMode', [98, 99]);
    add('once', [50, 70, 71, 72, 73, 74, 75, 76]);
    add('cycle', [80, 83, 84, 85, 87, 88, 89]);
  } else {
    add('units', control === 'iso' ? [20, 21, 70, 71] : [20, 21]);
    add('distance', [90, 91]);
    add('feedMode', [94, 95]);
    if (mode === 'milling') {
      add('length', [43, 44, 49]);
      add('cycle', [73, 74, 76, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89]);
      add('returnLevel', [98, 99]);
      add('once', [92]);
    } else {
      add('motion', [33]);
      add('once', [50, 92]);
    }
  }
  return table;
}

/** Runs a listing and returns its toolpath, the state after every block, errors and notices. */
export function interpret(source: string, options: InterpretOptions): Interpretation {
  const mode = options.mode;
  const control = options.control ?? 'iso';
  const tolerance = options.arcTolerance ?? 0.01;
  const clearance = options.peckClearance ?? 0.5;
  const lines = source.split('\n');
  const errors: Diagnostic[] = [];
  const notices: Notice[] = [];
  const segments: Segment[] = [];
  const steps: MachineState[] = [];
  const turning = mode === 'turning';

  const { tokens, errors: tokenErrors } = tokenize(source, control === 'sinumerik' ? 'sinumerik' : 'iso');
  errors.push(...tokenErrors);
  const blocks = readBlocks(tokens, lines, errors);
  const groups = groupsOf(control, mode);

  /** Program X (diameter on a lathe) to geometry (radius). */
  const fromDiameter = (p: Partial<Point>): Point => ({ x: (p.x ?? 0) / (turning ? 2 : 1), y: p.y ?? 0, z: p.z ?? 0 });
  const home = fromDiameter({ ...defaultHome[mode], ...options.home });
  if (turning && options.home?.x === undefined) home.x = defaultHome.turning.x / 2;
  const offsets = Object.fromEntries(workOffsets.map((o) => [o, fromDiameter(options.workOffsets?.[o] ?? {})])) as Record<
    WorkOffset,
    Point
  >;

  // The modal state.
  let pos: Point = { ...home };
  let units: 'mm' | 'inch' = 'mm';
  let distance: 'absolute' | 'incremental' = 'absolute';
  let plane: Plane = turning ? 'G18' : 'G17';
  let motion = 'G0';
  let feed = 0;
  let feedMode: 'perMinute' | 'perRevolution' = turning ? 'perRevolution' : 'perMinute';
  const spindle: Spindle = { direction: 'off', mode: 'rpm', speed: 0, rpm: 0 };
  let tool = '';
  let nextTool = '';
  let workOffset: WorkOffset = 'G54';
  let shift: Point = { x: 0, y: 0, z: 0 };
  let compensation: 'G40' | 'G41' | 'G42' = 'G40';
  let coolant = false;
  let diameter = turning;
  let ended = false;
  let returnToInitial = true;
  /** Drilling cycle data, modal until G80 or a motion code (Fanuc and ISO milling). */
  let drilling: { code: string; r: number; z: number; q: number; p: number; initialZ: number } | null = null;
  /** Fanuc lathe single-pass cycle data (G90, G92, G94): modal like a motion code. */
  let box: { code: string; x: number; z: number; r: number } | null = null;
  /** Block numbers of a stock removal cycle's contour, skipped when the blocks follow it. */
  let skipTo: number | undefined;
  let inFinishing = false;

  const offset = (): Point => ({
    x: offsets[workOffset].x + shift.x,
    y: offsets[workOffset].y + shift.y,
    z: offsets[workOffset].z + shift.z,
  });
  const scale = () => (units === 'inch' ? 25.4 : 1);
  const xFactor = () => (turning && diameter ? 2 : 1);

  function state(block: Block | undefined): MachineState {
    const o = offset();
    const k = scale();
    const rpm =
      spindle.mode === 'rpm'
        ? spindle.speed
        : (() => {
            const d = (2 * Math.abs(pos.x)) / k; // diameter in program units
            const n = d > 1e-6 ? ((units === 'inch' ? 12 : 1000) * spindle.speed) / (Math.PI * d) : Infinity;
            const limited = spindle.limit !== undefined ? Math.min(n, spindle.limit) : n;
            return Number.isFinite(limited) && turning ? Math.round(limited) : null;
          })();
    return {
      line: block?.line ?? 0,
      code: block?.text ?? '',
      ...(block?.n !== undefined ? { blockNumber: block.n } : {}),
      position: { x: ((pos.x - o.x) / k) * xFactor(), y: (pos.y - o.y) / k, z: (pos.z - o.z) / k },
      machine: { ...pos },
      units,
      distance,
      plane,
      motion: drilling?.code ?? box?.code ?? motion,
      feed,
      feedMode,
      spindle: { ...spindle, rpm },
      tool,
      workOffset,
      compensation,
      coolant,
      diameter,
      mode,
      ended,
    };
  }

  const initial = state(undefined);
  const blockIndexOfN = (n: number) => blocks.findIndex((b) => b.n === n);

  /** Executes one block; throws BlockError for a problem in it. */
  function run(block: Block, index: number): number | undefined {
    const used = new Set<string>();
    const take = (letter: string): Word | undefined => {
      const w = block.words.get(letter);
      if (w) used.add(letter);
      return w;
    };
    /** A number in program units, with the Fanuc rule for values without a decimal point. */
    const valueOf = (w: Word): number => {
      if (control === 'fanuc' && !w.point && 'XYZUWIJKRQ'.includes(w.letter)) return w.value * (units === 'inch' ? 0.0001 : 0.001);
      return w.value;
    };
    const step = steps.length;
    const move = (kind: 'rapid' | 'feed', to: Point, thread = false) => {
      if (kind === 'feed' && !thread && feed <= 0)
        throw new BlockError(`a feed move needs a feed rate, and no F has been programmed yet (add F… to this block)`);
      if (Math.hypot(to.x - pos.x, to.y - pos.y, to.z - pos.z) > 1e-9)
        segments.push({ kind, start: { ...pos }, end: { ...to }, ...(thread ? { thread } : {}), line: block.line, step });
      pos = { ...to };
    };

    const lathe = control === 'fanuc' && turning;
    // G codes: each known, at most one per group.
    const codes = new Map<string, Word>();
    for (const g of block.g) {
      let group = groups.get(g.value);
      // G92 with only an S word is the speed limit (as in G-code systems B and C), not a threading pass of system A.
      if (lathe && g.value === 92 && block.words.has('S') && !['X', 'U', 'Z', 'W'].some((l) => block.words.has(l))) group = 'once';
      if (group === undefined)
        throw new BlockError(
          `${gName(g)} is not a G code the simulator knows for ${control === 'fanuc' ? 'Fanuc' : control === 'sinumerik' ? 'Sinumerik' : 'ISO/DIN 66025'} ${mode}`,
          g.column,
        );
      const other = codes.get(group);
      if (other && group !== 'once') throw new BlockError(`${gName(other)} and ${gName(g)} cannot be in the same block`, g.column);
      if (group === 'once' && [...block.g].some((x) => x !== g && groups.get(x.value) === 'once'))
        throw new BlockError(
          `only one of ${block.g
            .filter((x) => groups.get(x.value) === 'once')
            .map(gName)
            .join(', ')} can be in a block`,
          g.column,
        );
      codes.set(group, g);
    }
    const code = (group: string) => codes.get(group)?.value;

    // Sinumerik keywords and assignments.
    for (const k of block.keywords) {
      if (k.text === 'DIAMON' && turning) diameter = true;
      else if (k.text === 'DIAMOF' && turning) diameter = false;
      else if (k.text === 'MCALL') {
        if (block.calls.length === 0) continue; // MCALL alone switches a modal call off
      } else throw new BlockError(`"${k.text}" is not something the simulator can run`, k.column);
    }
    const assignment = (name: string) => {
      const a = block.assignments.get(name);
      if (a && typeof a.value !== 'number')
        throw new BlockError(`${a.token.text}: the simulator needs a plain number here`, a.token.column);
      return a as { value: number; token: Token } | undefined;
    };
    for (const [name, a] of block.assignments)
      if (!['CR', 'LIMS', 'X1', 'Y1', 'Z1', 'T'].includes(name) && !(name === 'X' || name === 'Y' || name === 'Z'))
        throw new BlockError(`"${a.token.text}" is not something the simulator can run`, a.token.column);
    for (const [name, a] of block.assignments)
      if (['X', 'Y', 'Z'].includes(name))
        throw new BlockError(
          `"${a.token.text}": AC/IC and expressions are not simulated; write the coordinate as ${name}…`,
          a.token.column,
        );

    // Modal settings that the coordinates of this block depend on.
    const unitCode = code('units');
    if (unitCode !== undefined) units = unitCode === 20 || unitCode === 70 || unitCode === 700 ? 'inch' : 'mm';
    const planeCode = code('plane');
    if (planeCode !== undefined) {
      if (turning && planeCode !== 18)
        throw new BlockError(`turning is simulated in the XZ plane (G18) only, not G${planeCode}`, codes.get('plane')!.column);
      plane = `G${planeCode}` as Plane;
    }
    const distanceCode = code('distance');
    if (distanceCode !== undefined) distance = distanceCode === 91 ? 'incremental' : 'absolute';
    const feedCode = code('feedMode');
    if (feedCode !== undefined) feedMode = feedCode === 95 || feedCode === 99 ? 'perRevolution' : 'perMinute';
    const offsetCode = code('offset');
    if (offsetCode !== undefined) workOffset = offsetCode === 500 ? 'G54' : (`G${offsetCode}` as WorkOffset);
    if (offsetCode === 500) shift = { x: -offsets.G54.x, y: -offsets.G54.y, z: -offsets.G54.z };
    else if (offsetCode !== undefined) shift = { x: 0, y: 0, z: 0 };
    const returnCode = code('returnLevel');
    if (returnCode !== undefined) returnToInitial = returnCode === 98;
    const compCode = code('compensation');
    if (compCode !== undefined) {
      compensation = `G${compCode}` as typeof compensation;
      if (compCode !== 40) notices.push({ line: block.line, kind: 'compensation', code: compensation });
    }
    if (code('length') !== undefined) take('H');
    if (compCode !== undefined && compCode !== 40) take('D');

    // F, S, T and the other words every block may carry. In a dwell (G4) block, X, U and P (and on
    // Sinumerik F and S) give the time, not a position, a feed or a speed.
    const onceCode = code('once');
    const dwell = onceCode === 4;
    if (dwell) for (const letter of control === 'sinumerik' ? ['P', 'X', 'U', 'F', 'S'] : ['P', 'X', 'U']) take(letter);
    const f = dwell && control === 'sinumerik' ? undefined : take('F');
    if (f) {
      if (f.value < 0) throw new BlockError(`the feed rate ${f.text} is negative`, f.column);
      feed = f.value;
    }
    const css = code('css');
    if (css !== undefined) spindle.mode = css === 96 ? 'css' : 'rpm';
    const s = dwell && control === 'sinumerik' ? undefined : take('S');
    const lims = assignment('LIMS');
    if (lims) spindle.limit = lims.value;
    if (s) {
      if ((onceCode === 50 || onceCode === 92) && turning) spindle.limit = s.value;
      else spindle.speed = s.value;
    }
    const t = take('T') ?? undefined;
    const tName = block.assignments.get('T');
    const d = take('D');
    if (t || tName) {
      const name = t ? `T${t.text.slice(1)}` : `T="${String(tName!.value)}"`;
      if (turning) tool = control === 'sinumerik' && d ? `${name} D${d.value}` : name;
      else nextTool = name;
    } else if (d && control === 'sinumerik' && turning && tool) tool = `${tool.split(' ')[0]} D${d.value}`;

    // M codes.
    for (const m of block.m) {
      switch (m.value) {
        case 0:
        case 1:
        case 19:
          break;
        case 2:
        case 30:
          ended = true;
          break;
        case 3:
          spindle.direction = 'cw';
          break;
        case 4:
          spindle.direction = 'ccw';
          break;
        case 5:
          spindle.direction = 'off';
          break;
        case 6:
          if (!nextTool && !turning) throw new BlockError('M6 changes the tool, but no tool has been selected with T', m.column);
          if (!turning) tool = nextTool;
          break;
        case 7:
        case 8:
          coolant = true;
          break;
        case 9:
          coolant = false;
          break;
        case 98:
        case 99:
          throw new BlockError(`M${m.value} (subprogram ${m.value === 98 ? 'call' : 'end'}) is not simulated`, m.column);
        default:
          throw new BlockError(`M${m.value} is not an M code the simulator knows`, m.column);
      }
    }

    // Target of the axis words of this block.
    const axisWords = (): { target: Point; given: Set<'x' | 'y' | 'z'> } => {
      const target = { ...pos };
      const given = new Set<'x' | 'y' | 'z'>();
      const o = offset();
      const k = scale();
      const set = (axis: 'x' | 'y' | 'z', letter: string, incremental: boolean) => {
        const w = take(letter);
        if (!w) return;
        if (given.has(axis))
          throw new BlockError(`${axis.toUpperCase()} is given twice (${axis === 'x' ? 'X and U' : 'Z and W'})`, w.column);
        given.add(axis);
        const v = (valueOf(w) * k) / (axis === 'x' ? xFactor() : 1);
        target[axis] = incremental ? pos[axis] + v : o[axis] + v;
      };
      set('x', 'X', distance === 'incremental');
      set('z', 'Z', distance === 'incremental');
      if (turning) {
        if (block.words.has('Y')) throw new BlockError('there is no Y axis in turning mode', block.words.get('Y')!.column);
        if (control === 'fanuc') {
          set('x', 'U', true);
          set('z', 'W', true);
        }
      } else set('y', 'Y', distance === 'incremental');
      return { target, given };
    };

    // Non-modal functions that use the axis words themselves.
    if (onceCode !== undefined) {
      const once = `G${onceCode}`;
      if (dwell) return finish();
      if (onceCode === 28) {
        const { target, given } = axisWords();
        if (given.size === 0) throw new BlockError('G28 needs the axes to send home, e.g. G28 U0 W0 or G91 G28 Z0');
        move('rapid', target);
        const homeTarget = { ...pos };
        for (const axis of given) homeTarget[axis] = home[axis];
        move('rapid', homeTarget);
        return finish();
      }
      if (onceCode === 74 && control === 'sinumerik') {
        const homeTarget = { ...pos };
        let any = false;
        for (const axis of ['x', 'y', 'z'] as const)
          if (block.assignments.has(`${axis.toUpperCase()}1`)) {
            homeTarget[axis] = home[axis];
            any = true;
          }
        if (!any) throw new BlockError('G74 needs the axes to send to the reference point, e.g. G74 X1=0 Z1=0');
        move('rapid', homeTarget);
        return finish();
      }
      if (onceCode === 53) {
        const target = { ...pos };
        const k = scale();
        for (const [axis, letter] of [
          ['x', 'X'],
          ['y', 'Y'],
          ['z', 'Z'],
        ] as const) {
          const w = take(letter);
          if (w) target[axis] = (valueOf(w) * k) / (axis === 'x' ? xFactor() : 1);
        }
        move('rapid', target);
        return finish();
      }
      if (onceCode === 92 || onceCode === 50) {
        // Coordinate system setting: the current position gets the programmed coordinates.
        const k = scale();
        for (const [axis, letter] of [
          ['x', 'X'],
          ['y', 'Y'],
          ['z', 'Z'],
        ] as const) {
          const w = take(letter);
          if (w) shift[axis] = pos[axis] - offsets[workOffset][axis] - (valueOf(w) * k) / (axis === 'x' ? xFactor() : 1);
        }
        return finish();
      }
      if (lathe && onceCode === 70) {
        const p = take('P');
        const q = take('Q');
        if (!p || !q) throw new BlockError('G70 needs the first and last block of the contour: G70 P… Q…');
        if (inFinishing) throw new BlockError('G70 cannot run inside a G70 contour');
        const from = blockIndexOfN(p.value);
        const to = blockIndexOfN(q.value);
        if (from < 0 || to < from)
          throw new BlockError(`G70 refers to blocks N${p.value} to N${q.value}, which are not in this program in that order`, p.column);
        const start = { ...pos };
        const savedMotion = motion;
        inFinishing = true;
        for (let i = from; i <= to; i++) execute(blocks[i]!, i);
        inFinishing = false;
        motion = savedMotion;
        move('rapid', start);
        return finish();
      }
      if (lathe && onceCode >= 71 && onceCode <= 76) {
        // Multi-pass cycles: not simulated. Their data words are accepted; the tool stays where it is.
        for (const letter of ['P', 'Q', 'R', 'U', 'W', 'X', 'Z', 'F', 'D', 'K', 'I']) take(letter);
        const p = block.words.get('P');
        const q = block.words.get('Q');
        const contour = onceCode <= 73 && p && q;
        const defining =
          contour ||
          ((onceCode === 74 || onceCode === 75 || onceCode === 76) &&
            (block.words.has('X') || block.words.has('Z') || block.words.has('U') || block.words.has('W')));
        if (defining) notices.push({ line: block.line, kind: 'cycle', code: once, ...(contour ? { from: p.value, to: q.value } : {}) });
        if (contour) {
          const from = blockIndexOfN(p.value);
          const to = blockIndexOfN(q.value);
          if (from < 0 || to < from)
            throw new BlockError(
              `${once} refers to blocks N${p.value} to N${q.value}, which are not in this program in that order`,
              p.column,
            );
          if (from === index + 1) skipTo = to + 1;
        }
        return finish();
      }
    }

    // Motion: a new motion code cancels a drilling cycle or a lathe single-pass cycle.
    const motionCode = code('motion');
    const cycleCode = code('cycle');
    if (motionCode !== undefined) {
      drilling = null;
      box = null;
      motion = `G${motionCode}`;
      if (lathe && [90, 92, 94].includes(motionCode)) box = { code: motion, x: pos.x, z: pos.z, r: 0 };
    }
    if (cycleCode === 80) drilling = null;

    // Cycle calls (Sinumerik): not simulated.
    for (const call of block.calls) {
      const name = /^[A-Z_][A-Z0-9_]*/.exec(call.text)![0];
      if (!/^CYCLE\d+/.test(name)) throw new BlockError(`"${name}" is not something the simulator can run`, call.column);
      notices.push({ line: block.line, kind: 'cycle', code: name });
    }

    if (cycleCode !== undefined && cycleCode !== 80) {
      const name = `G${cycleCode}`;
      if (turning || [76, 87, 88].includes(cycleCode)) {
        // Not simulated (lathe drilling with driven tools, fine and back boring): the tool only moves to the hole position.
        for (const letter of ['R', 'Q', 'P', 'K', 'L', 'Z', 'W']) take(letter);
        notices.push({ line: block.line, kind: 'cycle', code: name });
        drilling = null;
        const { target } = axisWords();
        move('rapid', { ...target, z: pos.z });
        return finish();
      }
      const previous = drilling;
      drilling = {
        code: name,
        r: previous?.r ?? NaN,
        z: previous?.z ?? NaN,
        q: previous?.q ?? 0,
        p: previous?.p ?? 0,
        initialZ: previous?.initialZ ?? pos.z,
      };
    }
    if (drilling && !turning) return drillCycle();
    if (box) return boxCycle();

    // Plain motion.
    const { target, given } = axisWords();
    if (motion === 'G2' || motion === 'G3') {
      if (given.size === 0 && !['I', 'J', 'K', 'R'].some((l) => block.words.has(l)) && !block.assignments.has('CR')) return finish();
      arc(target);
    } else if (given.size > 0) {
      if (motion === 'G0') move('rapid', target);
      else if (motion === 'G32' || motion === 'G33') {
        if (motion === 'G33') take('K');
        move('feed', target, true);
      } else move('feed', target);
    }
    return finish();

    function arc(end: Point) {
      const axes: Record<Plane, ['x' | 'y' | 'z', 'x' | 'y' | 'z', 'x' | 'y' | 'z', string, string]> = {
        G17: ['x', 'y', 'z', 'I', 'J'],
        G18: ['z', 'x', 'y', 'K', 'I'],
        G19: ['y', 'z', 'x', 'J', 'K'],
      };
      const [a, b, , ia, ib] = axes[plane];
      const name = motion === 'G2' ? 'G02' : 'G03';
      const cw = motion === 'G2';
      const k = scale();
      const r = control === 'sinumerik' ? assignment('CR') : undefined;
      const rWord = control === 'sinumerik' ? undefined : take('R');
      if (control === 'sinumerik' && block.words.has('R'))
        throw new BlockError('Sinumerik gives the arc radius as CR=…; R is an arithmetic parameter', block.words.get('R')!.column);
      const iw = take(ia);
      const jw = take(ib);
      const offPlane = ['I', 'J', 'K'].find((l) => l !== ia && l !== ib && block.words.has(l));
      if (offPlane)
        throw new BlockError(
          `${offPlane} is not a centre coordinate in the ${plane} plane (use ${ia} and ${ib})`,
          block.words.get(offPlane)!.column,
        );
      if (feed <= 0) throw new BlockError(`a feed move needs a feed rate, and no F has been programmed yet (add F… to this block)`);
      const s = { ...pos };
      const chord = Math.hypot(end[a] - s[a], end[b] - s[b]);
      let center: Point;
      let radius: number;
      const radiusValue = r ? r.value * k : rWord ? valueOf(rWord) * k : undefined;
      if (radiusValue !== undefined) {
        if (radiusValue === 0) throw new BlockError(`${name} with a radius of 0 is not an arc`);
        if (chord < 1e-9)
          throw new BlockError(
            `${name} with a radius cannot draw a full circle (start and end are the same point); give the centre with ${ia}/${ib} instead`,
          );
        radius = Math.abs(radiusValue);
        if (chord / 2 > radius + tolerance)
          throw new BlockError(
            `the arc radius ${fmt(radius)} mm is too small: start and end are ${fmt(chord)} mm apart, more than the diameter ${fmt(2 * radius)} mm`,
          );
        const h = Math.sqrt(Math.max(0, radius * radius - (chord / 2) ** 2));
        const ua = (end[a] - s[a]) / chord;
        const ub = (end[b] - s[b]) / chord;
        // The centre of the short arc is left of the chord for counter-clockwise motion; R < 0 takes the long arc.
        const side = (cw ? -1 : 1) * (radiusValue > 0 ? 1 : -1);
        center = { ...s };
        center[a] = (s[a] + end[a]) / 2 - ub * h * side;
        center[b] = (s[b] + end[b]) / 2 + ua * h * side;
      } else {
        if (!iw && !jw)
          throw new BlockError(`${name} needs its centre (${ia}, ${ib}) or its radius (${control === 'sinumerik' ? 'CR=' : 'R'})`);
        center = { ...s };
        center[a] = s[a] + (iw ? valueOf(iw) * k : 0);
        center[b] = s[b] + (jw ? valueOf(jw) * k : 0);
        radius = Math.hypot(s[a] - center[a], s[b] - center[b]);
        const endRadius = Math.hypot(end[a] - center[a], end[b] - center[b]);
        if (radius < 1e-9) throw new BlockError(`the arc's centre is its start point (${ia} and ${ib} are both 0)`);
        if (Math.abs(radius - endRadius) > tolerance)
          throw new BlockError(
            `the arc's end point is not on its circle: it is ${fmt(radius)} mm from the centre at the start and ${fmt(endRadius)} mm at the end (difference ${fmt(Math.abs(radius - endRadius))} mm, allowed ${fmt(tolerance)} mm)`,
          );
      }
      const angle = (p: Point) => Math.atan2(p[b] - center[b], p[a] - center[a]);
      let sweep = cw ? angle(s) - angle(end) : angle(end) - angle(s);
      sweep = ((sweep % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
      if (sweep < 1e-9) sweep = chord < 1e-9 ? 2 * Math.PI : sweep;
      segments.push({
        kind: 'arc',
        start: s,
        end: { ...end },
        arc: { center, direction: cw ? 'cw' : 'ccw', radius, sweep, plane },
        line: block.line,
        step,
      });
      pos = { ...end };
    }

    function drillCycle() {
      const cycle = drilling!;
      const k = scale();
      const o = offset();
      const r = take('R');
      const z = take('Z');
      const q = take('Q');
      const p = take('P');
      const repeat = take('K') ?? take('L');
      const incremental = distance === 'incremental';
      const rChanged = r !== undefined;
      if (r) cycle.r = incremental ? cycle.initialZ + valueOf(r) * k : o.z + valueOf(r) * k;
      if (z) cycle.z = incremental ? cycle.r + valueOf(z) * k : o.z + valueOf(z) * k;
      if (q) cycle.q = Math.abs(valueOf(q) * k);
      if (p) cycle.p = p.value;
      const { target, given } = axisWords();
      if (given.has('z')) given.delete('z');
      if (given.size === 0 && !z && !rChanged && codes.get('cycle') === undefined) return finish();
      if (Number.isNaN(cycle.r) || Number.isNaN(cycle.z))
        throw new BlockError(`${cycle.code} needs the R plane and the depth Z in its first block`);
      if ((cycle.code === 'G83' || cycle.code === 'G73') && cycle.q <= 0)
        throw new BlockError(`${cycle.code} needs a peck depth Q greater than zero`);
      if (feed <= 0) throw new BlockError(`a drilling cycle needs a feed rate, and no F has been programmed yet (add F… to this block)`);
      // K (L on some controls) repeats the hole; in G91 each repeat moves on by the programmed distance. K0 only stores the data.
      const times = repeat ? repeat.value : 1;
      const delta = { x: target.x - pos.x, y: target.y - pos.y };
      for (let i = 0; i < times; i++) drill(i === 0 || !incremental ? target : { ...pos, x: pos.x + delta.x, y: pos.y + delta.y });
      return finish();

      function drill(at: Point) {
        move('rapid', { ...pos, x: at.x, y: at.y });
        const top = { ...pos, z: cycle.r };
        move('rapid', top);
        if (cycle.code === 'G83' || cycle.code === 'G73') {
          let depth = cycle.r;
          while (depth - cycle.z > 1e-9) {
            const next = Math.max(cycle.z, depth - cycle.q);
            if (depth < cycle.r) move('rapid', { ...pos, z: cycle.code === 'G83' ? depth + clearance : pos.z });
            move('feed', { ...pos, z: next });
            depth = next;
            if (depth - cycle.z > 1e-9) move('rapid', { ...pos, z: cycle.code === 'G83' ? cycle.r : depth + clearance });
          }
        } else move('feed', { ...pos, z: cycle.z });
        const feedOut = ['G84', 'G85', 'G89', 'G74'].includes(cycle.code);
        const level = returnToInitial ? cycle.initialZ : cycle.r;
        if (feedOut) {
          move('feed', { ...pos, z: cycle.r });
          move('rapid', { ...pos, z: level });
        } else move('rapid', { ...pos, z: level });
      }
    }

    function boxCycle() {
      const cycle = box!;
      const k = scale();
      const rw = take('R');
      if (rw) cycle.r = valueOf(rw) * k;
      const { target, given } = axisWords();
      if (given.size === 0) return finish();
      if (given.has('x')) cycle.x = target.x;
      if (given.has('z')) cycle.z = target.z;
      const start = { ...pos };
      const taper = cycle.code === 'G94' ? { x: 0, z: cycle.r } : { x: cycle.r, z: 0 };
      if (feed <= 0) throw new BlockError(`${cycle.code} needs a feed rate, and no F has been programmed yet (add F… to this block)`);
      if (cycle.code === 'G94') {
        move('rapid', { ...start, z: cycle.z + taper.z });
        move('feed', { ...pos, x: cycle.x, z: cycle.z });
        move('feed', { ...pos, z: start.z });
        move('rapid', start);
      } else {
        const thread = cycle.code === 'G92';
        move('rapid', { ...start, x: cycle.x + taper.x });
        move('feed', { ...pos, x: cycle.x, z: cycle.z }, thread);
        move(thread ? 'rapid' : 'feed', { ...pos, x: start.x });
        move('rapid', start);
      }
      return finish();
    }

    /** After the block: every word must have been used by something. */
    function finish(): number | undefined {
      for (const [letter, w] of block.words)
        if (!used.has(letter)) throw new BlockError(`"${w.text}" has no meaning in this block`, w.column);
      const jump = skipTo;
      skipTo = undefined;
      return jump;
    }
  }

  /** Runs a block and records its state, or records its error. Returns the index to continue at, if it jumps. */
  function execute(block: Block, index: number): number | undefined {
    const before = segments.length;
    const at = { ...pos };
    try {
      const jump = run(block, index);
      steps.push(state(block));
      return jump;
    } catch (error) {
      if (!(error instanceof BlockError)) throw error;
      segments.length = before;
      pos = at;
      errors.push({ line: block.line, column: error.column, message: error.message });
      steps.push(state(block));
      return undefined;
    }
  }

  for (let i = 0; i < blocks.length && !ended;) {
    const jump = execute(blocks[i]!, i);
    i = jump ?? i + 1;
  }
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return { mode, control, initial, steps, segments, errors, notices };
}

/** Points along a segment for drawing: its ends, and for arcs (and helices) one point at least every `maxDegrees`. */
export function pointsOf(segment: Segment, maxDegrees = 5): Point[] {
  const { start, end, arc } = segment;
  if (!arc) return [start, end];
  const axes: Record<Plane, ['x' | 'y' | 'z', 'x' | 'y' | 'z', 'x' | 'y' | 'z']> = {
    G17: ['x', 'y', 'z'],
    G18: ['z', 'x', 'y'],
    G19: ['y', 'z', 'x'],
  };
  const [a, b, n] = axes[arc.plane];
  const begin = Math.atan2(start[b] - arc.center[b], start[a] - arc.center[a]);
  const count = Math.max(2, Math.ceil((arc.sweep * 180) / Math.PI / maxDegrees));
  const sign = arc.direction === 'ccw' ? 1 : -1;
  const points: Point[] = [];
  for (let i = 0; i <= count; i++) {
    const t = i / count;
    const angle = begin + sign * arc.sweep * t;
    const p = { ...start };
    p[a] = arc.center[a] + arc.radius * Math.cos(angle);
    p[b] = arc.center[b] + arc.radius * Math.sin(angle);
    p[n] = start[n] + (end[n] - start[n]) * t;
    points.push(p);
  }
  points[points.length - 1] = { ...end };
  return points;
}
