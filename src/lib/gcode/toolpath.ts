/**
 * Draws an interpreted program's toolpath as SVG markup, at build time: turning in the XZ plane (Z to
 * the right, X upwards as the radius above the spindle axis), milling in plan view (XY) or as an
 * isometric view. Rapid moves are dashed and feed moves solid, so the drawing does not rely on colour;
 * the viewBox is fitted to the path. Output: `<svg role="img" aria-labelledby="…">` with a title and
 * a description given by the caller (localized); the moves as paths in the order they are made, each
 * with the `data-step` (index of the block) that made it, so that a script can follow the tool along
 * them and mark the moves done so far; and a tool marker (`.toolpath__tool`) at the start for it to move.
 */
import { pointsOf, type Interpretation, type Point } from './interpret';

/** Which drawing: the lathe's XZ plane, the milling plan view, or an isometric view of a milling path. */
export type ToolpathView = 'turning' | 'plan' | 'iso';

/** A fitted drawing area: where a machine point lands in the SVG's user space. */
export interface ToolpathFrame {
  view: ToolpathView;
  width: number;
  height: number;
  toSvg(p: Point): [number, number];
}

const cos30 = Math.cos(Math.PI / 6);
const sin30 = 0.5;

/** The view's projection of a machine point to 2D with y upwards. */
const project: Record<ToolpathView, (p: Point) => [number, number]> = {
  turning: (p) => [p.z, p.x],
  plan: (p) => [p.x, p.y],
  iso: (p) => [(p.x - p.y) * cos30, (p.x + p.y) * sin30 + p.z],
};

/** Longest side of the drawing, and the margin around it, in SVG user units. */
const size = 640;
const margin = 48;

/** All points a drawing must show: the path, the start, the program zero and, on a lathe, the spindle axis. */
function extentPoints(run: Interpretation): Point[] {
  const points = [run.initial.machine, ...run.segments.flatMap((s) => pointsOf(s))];
  const zero = workZero(run);
  points.push(zero);
  if (run.mode === 'turning') points.push({ ...zero, x: 0 });
  return points;
}

/** The program zero (work zero) in machine coordinates: where the position readout shows 0. */
function workZero(run: Interpretation): Point {
  const s = run.initial;
  const k = s.units === 'inch' ? 25.4 : 1;
  const xf = s.mode === 'turning' && s.diameter ? 2 : 1;
  return { x: s.machine.x - (s.position.x * k) / xf, y: s.machine.y - s.position.y * k, z: s.machine.z - s.position.z * k };
}

/** Fits a view to the whole path. */
export function frameFor(run: Interpretation, view: ToolpathView): ToolpathFrame {
  const projected = extentPoints(run).map(project[view]);
  const xs = projected.map((p) => p[0]);
  const ys = projected.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = Math.max(maxX - minX, 1);
  const spanY = Math.max(maxY - minY, 1);
  const scale = size / Math.max(spanX, spanY);
  const width = Math.round(spanX * scale + 2 * margin);
  const height = Math.round(spanY * scale + 2 * margin);
  return {
    view,
    width,
    height,
    toSvg: (p) => {
      const [x, y] = project[view](p);
      return [round(margin + (x - minX) * scale), round(margin + (maxY - y) * scale)];
    },
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Text of a drawing: its accessible name and description, and the axis letters. */
export interface ToolpathText {
  title: string;
  description: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An arrow from `from` along the unit direction (dx, dy) in SVG space, with a letter at its tip. */
function axisArrow(from: [number, number], dx: number, dy: number, letter: string): string {
  const length = 44;
  const [x1, y1] = [from[0] + dx * length, from[1] + dy * length];
  const head = 8;
  const [px, py] = [-dy, dx];
  const tip = `${round(x1)},${round(y1)} ${round(x1 - dx * head + px * head * 0.5)},${round(y1 - dy * head + py * head * 0.5)} ${round(x1 - dx * head - px * head * 0.5)},${round(y1 - dy * head - py * head * 0.5)}`;
  // The letter sits beside the tip, on the side away from the path drawn along the axis.
  const [tx, ty] = [x1 + dy * 14 + dx * 4, y1 - dx * 14 + dy * 4 + 6];
  return `<line x1="${from[0]}" y1="${from[1]}" x2="${round(x1 - dx * head)}" y2="${round(y1 - dy * head)}"/><polygon points="${tip}"/><text x="${round(tx)}" y="${round(ty)}" text-anchor="middle">${letter}</text>`;
}

/** The SVG direction of a machine axis in a frame. */
function direction(frame: ToolpathFrame, axis: Point): [number, number] {
  const [ax, ay] = frame.toSvg({ x: 0, y: 0, z: 0 });
  const [bx, by] = frame.toSvg(axis);
  const length = Math.hypot(bx - ax, by - ay) || 1;
  return [(bx - ax) / length, (by - ay) / length];
}

/** Draws the toolpath of an interpreted program. `id` must be unique in the page. */
export function toolpathSvg(run: Interpretation, frame: ToolpathFrame, text: ToolpathText, id: string): string {
  const parts: string[] = [];
  const zero = workZero(run);
  const origin = frame.toSvg(zero);
  const unit = (p: Partial<Point>): Point => ({ x: 1000 * (p.x ?? 0), y: 1000 * (p.y ?? 0), z: 1000 * (p.z ?? 0) });

  // Axes: the spindle axis on a lathe; arrows for the directions at the program zero.
  const axes: string[] = [];
  if (frame.view === 'turning') {
    const y = frame.toSvg({ ...zero, x: 0 })[1];
    axes.push(`<line class="toolpath__centre" x1="8" y1="${y}" x2="${frame.width - 8}" y2="${y}"/>`);
    axes.push(axisArrow(origin, ...direction(frame, unit({ z: 1 })), 'Z'), axisArrow(origin, ...direction(frame, unit({ x: 1 })), 'X'));
  } else {
    axes.push(axisArrow(origin, ...direction(frame, unit({ x: 1 })), 'X'), axisArrow(origin, ...direction(frame, unit({ y: 1 })), 'Y'));
    if (frame.view === 'iso') axes.push(axisArrow(origin, ...direction(frame, unit({ z: 1 })), 'Z'));
  }
  parts.push(`<g class="toolpath__axes" aria-hidden="true">${axes.join('')}</g>`);

  // Moves in the order they are made: one path for each run of moves of the same kind in a step.
  const paths: { kind: 'rapid' | 'feed'; step: number; points: [number, number][] }[] = [];
  for (const segment of run.segments) {
    const kind = segment.kind === 'rapid' ? 'rapid' : 'feed';
    const points = pointsOf(segment).map(frame.toSvg);
    const last = paths.at(-1);
    if (last && last.kind === kind && last.step === segment.step) last.points.push(...points.slice(1));
    else paths.push({ kind, step: segment.step, points });
  }
  // Seen from above, a feed move along Z alone (drilling, plunging) has no length: mark where it is.
  const plunges =
    frame.view === 'plan'
      ? run.segments
          .filter((s) => s.kind === 'feed' && Math.hypot(s.end.x - s.start.x, s.end.y - s.start.y) < 1e-6)
          .map((s) => {
            const [x, y] = frame.toSvg(s.end);
            return `<circle class="toolpath__plunge" data-step="${s.step}" cx="${x}" cy="${y}" r="5"/>`;
          })
      : [];
  parts.push(
    `<g class="toolpath__moves">${plunges.join('')}${paths
      .map((p) => `<path class="toolpath__${p.kind}" data-step="${p.step}" d="M${p.points.map(([x, y]) => `${x} ${y}`).join('L')}"/>`)
      .join('')}</g>`,
  );

  // The reference point, where the tool starts and where G28/G74 send it.
  const [rx, ry] = frame.toSvg(run.initial.machine);
  parts.push(
    `<g class="toolpath__home" transform="translate(${rx} ${ry})"><rect x="-7" y="-7" width="14" height="14"/><text x="16" y="-10">R</text></g>`,
  );

  // The program zero (the ISO 7000 zero-point sign: a circle with two opposite quadrants filled) and the tool.
  const [wx, wy] = origin;
  parts.push(
    `<g class="toolpath__zero" transform="translate(${wx} ${wy})"><circle r="8"/><path d="M0 0V-8A8 8 0 0 1 8 0ZM0 0V8A8 8 0 0 1 -8 0Z"/><text x="-14" y="22" text-anchor="middle">W</text></g>`,
  );
  const [tx, ty] = frame.toSvg(run.initial.machine);
  parts.push(`<g class="toolpath__tool" transform="translate(${tx} ${ty})"><circle r="9"/><path d="M-15 0H15M0 -15V15"/></g>`);

  return `<svg class="toolpath toolpath--${frame.view}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${frame.width} ${frame.height}" width="${frame.width}" height="${frame.height}" role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${escape(text.title)}</title><desc id="${id}-desc">${escape(text.description)}</desc>${parts.join('')}</svg>`;
}
