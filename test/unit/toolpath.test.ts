/** The toolpath drawing: which way each view's axes point, and a viewBox fitted to the path. */
import { describe, expect, it } from 'vitest';
import { interpret } from '../../src/lib/gcode/interpret';
import { frameFor, toolpathSvg } from '../../src/lib/gcode/toolpath';

const mill = interpret('G0 X0 Y0 Z0\nG1 X100 F500\nY50\nZ-10', { mode: 'milling', home: { x: 0, y: 0, z: 0 } });
const turn = interpret('G0 X20. Z0\nG1 Z-40. F0.2\nX40.', { mode: 'turning', control: 'fanuc', home: { x: 40, z: 0 } });

describe('views', () => {
  it('turning: Z to the right, X (as the radius) upwards', () => {
    const frame = frameFor(turn, 'turning');
    const [x0, y0] = frame.toSvg({ x: 10, y: 0, z: 0 });
    const [x1, y1] = frame.toSvg({ x: 20, y: 0, z: -40 });
    expect(x1).toBeLessThan(x0); // −Z is to the left
    expect(y1).toBeLessThan(y0); // a larger radius is higher (SVG y grows downwards)
  });

  it('plan view: X to the right, Y upwards, Z not shown', () => {
    const frame = frameFor(mill, 'plan');
    expect(frame.toSvg({ x: 100, y: 0, z: 0 })[0]).toBeGreaterThan(frame.toSvg({ x: 0, y: 0, z: 0 })[0]);
    expect(frame.toSvg({ x: 0, y: 50, z: 0 })[1]).toBeLessThan(frame.toSvg({ x: 0, y: 0, z: 0 })[1]);
    expect(frame.toSvg({ x: 0, y: 0, z: -10 })).toEqual(frame.toSvg({ x: 0, y: 0, z: 0 }));
  });

  it('isometric view: X to the right and up, Y to the left and up, Z straight up, at 30°', () => {
    const frame = frameFor(mill, 'iso');
    const [ox, oy] = frame.toSvg({ x: 0, y: 0, z: 0 });
    const dir = (p: { x: number; y: number; z: number }) => {
      const [x, y] = frame.toSvg(p);
      return (Math.atan2(oy - y, x - ox) * 180) / Math.PI;
    };
    expect(dir({ x: 50, y: 0, z: 0 })).toBeCloseTo(30, 0);
    expect(dir({ x: 0, y: 50, z: 0 })).toBeCloseTo(150, 0);
    expect(dir({ x: 0, y: 0, z: 50 })).toBeCloseTo(90, 0);
  });

  it('fits the viewBox to the path: its longer side 640 units, with a margin of 48', () => {
    // The plan view spans 100 × 50 mm: 640 × 320 units plus the margins.
    const frame = frameFor(mill, 'plan');
    expect([frame.width, frame.height]).toEqual([736, 416]);
    expect(frame.toSvg({ x: 0, y: 50, z: 0 })).toEqual([48, 48]);
    expect(frame.toSvg({ x: 100, y: 0, z: 0 })).toEqual([688, 368]);
  });
});

describe('drawing', () => {
  it('dashes rapid moves and draws feed moves solid, in the order they are made, with a title and a description', () => {
    const svg = toolpathSvg(turn, frameFor(turn, 'turning'), { title: 'Shaft & collar', description: 'Z < 0 is left.' }, 't1');
    expect(svg).toMatch(
      /^<svg class="toolpath toolpath--turning" [^>]*viewBox="0 0 \d+ \d+"[^>]* role="img" aria-labelledby="t1-title t1-desc">/,
    );
    expect(svg).toContain('<title id="t1-title">Shaft &amp; collar</title><desc id="t1-desc">Z &lt; 0 is left.</desc>');
    expect([...svg.matchAll(/<path class="toolpath__(\w+)" data-step="(\d+)"/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual([
      'rapid:0',
      'feed:1',
      'feed:2',
    ]);
    expect(svg).toContain('class="toolpath__centre"');
  });
});
