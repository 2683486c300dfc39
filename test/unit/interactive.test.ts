/**
 * The interactive components rendered with Astro's Container API from real MDX (so the listing goes
 * through the same Shiki highlighting as on the site) and from the library's real quiz files: what a
 * reader gets without JavaScript, in English and in translated locales, and misuse by an author.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import GCodeSimulator from '../../src/components/content/GCodeSimulator.astro';
import { contentComponents } from '../../src/components/content';
import QuizView from '../../src/components/QuizView.astro';
import { quizSchema } from '../../src/schemas/quiz';
import Klartext from '../fixtures/components/simulator-klartext.mdx';
import Broken from '../fixtures/components/simulator-error.mdx';
import Milling from '../fixtures/components/simulator-milling.mdx';
import Turning from '../fixtures/components/simulator.mdx';

let astro: AstroContainer;
beforeAll(async () => {
  astro = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
});

const fixtures = 'test/fixtures/components';
type Lang = 'en' | 'de' | 'lt' | 'lv' | 'et';

/** Renders an MDX fixture with the content components, as a page of the given language would. */
async function page(component: unknown, file: string, lang: Lang): Promise<HTMLElement> {
  const html = await astro.renderToString(component as never, {
    props: { components: contentComponents },
    locals: { lang, contentLang: lang, sourceFile: `${fixtures}/${file}` },
  });
  return parseHtml(html, { blockTextElements: { script: true, style: true } });
}

const text = (el: HTMLElement | null | undefined) => el?.textContent.replace(/\s+/g, ' ').trim();

describe('GCodeSimulator without JavaScript', () => {
  it('shows the listing as highlighted, the toolpath drawn at build time and a legend, in German', async () => {
    const doc = await page(Turning, 'simulator.mdx', 'de');
    const figure = doc.querySelector('figure.gsim')!;
    expect(text(figure.querySelector('.gsim__title'))).toBe('Finishing pass');
    expect(text(figure.querySelector('.gsim__control'))).toBe('Steuerung: Fanuc 0i-TF (ISO, G-code system A)');
    // The listing is the fenced block of the text, highlighted line by line.
    expect(figure.querySelector('.gsim__listing pre')!.getAttribute('data-language')).toBe('gcode');
    const lines = figure.querySelectorAll('.gsim__listing pre .line').map((l) => l.textContent);
    expect(lines).toHaveLength(11);
    expect(lines[7]).toBe('G02 X30. Z-15. R5.');
    // One drawing in the XZ plane, named and described in German; counted by hand: 3 feed moves, 2 rapid moves.
    const svgs = figure.querySelectorAll('svg[role="img"]');
    expect(svgs).toHaveLength(1);
    const [titleId, descId] = svgs[0]!.getAttribute('aria-labelledby')!.split(' ');
    expect(text(svgs[0]!.querySelector(`#${titleId}`))).toBe('Finishing pass: Werkzeugbahn in der XZ-Ebene');
    expect(text(svgs[0]!.querySelector(`#${descId}`))).toContain('Vorschubbewegungen: 3; Eilgänge: 2.');
    expect(text(svgs[0]!.querySelector(`#${descId}`))).toContain('X von 20 bis 100 (Durchmesser), Z von -15 bis 50 mm');
    expect(svgs[0]!.querySelectorAll('path.toolpath__rapid')).toHaveLength(2);
    expect(svgs[0]!.querySelectorAll('path.toolpath__feed')).toHaveLength(3);
    expect(svgs[0]!.querySelector('.toolpath__centre')).not.toBeNull();
    // The arc is drawn as a curve: many points between (Z-10, X20) and (Z-15, X30).
    const arc = svgs[0]!.querySelectorAll('path.toolpath__feed')[1]!.getAttribute('d')!;
    expect(arc.split('L').length).toBeGreaterThan(10);
    expect(figure.querySelectorAll('.gsim__legend li').map(text)).toEqual([
      'Eilgang (G0), gestrichelt',
      'Vorschubbewegung (G1, G2, G3), durchgezogen',
      'Drehmitte',
      'Werkstücknullpunkt W',
      'Referenzpunkt R',
      'Werkzeugposition',
    ]);
    expect(figure.querySelectorAll('.gsim__notices li').map(text)).toEqual([
      'Zeile 6, G42: Die Schneidenradiuskorrektur wird nicht simuliert; die Zeichnung zeigt die programmierte Kontur.',
    ]);
  });

  it('carries one step per block for the script, with the readout in the reader’s number format', async () => {
    const figure = (await page(Turning, 'simulator.mdx', 'de')).querySelector('figure.gsim')!;
    // The controls and the readout wait for the script.
    expect(figure.querySelector('.gsim__panel')!.hasAttribute('hidden')).toBe(true);
    expect(figure.querySelectorAll('.gsim__controls button').map(text)).toEqual(['Zum Anfang', 'Satz zurück', 'Abspielen', 'Satz vor']);
    expect(figure.querySelectorAll('.gsim__speed option').map(text)).toEqual(['0,5×', '1×', '2×', '4×']);
    expect(figure.querySelectorAll('.gsim__readout dt').map(text)).toEqual(['X (Ø)', 'Z', 'Vorschub', 'Spindel', 'Werkzeug']);
    const data = JSON.parse(figure.getAttribute('data-gsim')!) as { steps: [number, string[]][] };
    // Lines 2 to 11 are blocks; line 1 is only a program number.
    expect(data.steps.map((s) => s[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(data.steps[5]![1]).toEqual([
      '20,000 mm',
      '-10,000 mm',
      '0,2 mm/U',
      '200 m/min (G96), zurzeit 2.500 min⁻¹, im Uhrzeigersinn (M3)',
      'T0101',
    ]);
    // At Ø30, 200 m/min is 1000 · 200 / (π · 30) = 2122 min⁻¹, under the limit of 2500.
    expect(data.steps[6]![1][3]).toContain('zurzeit 2.122 min⁻¹');
    // The moves each step makes are in the drawing, in order: block 5 (G00 G42 X20. Z2.) is the first rapid move.
    const moves = figure.querySelectorAll('.toolpath__moves path').map((p) => [p.getAttribute('class'), p.getAttribute('data-step')]);
    expect(moves).toEqual([
      ['toolpath__rapid', '4'],
      ['toolpath__feed', '5'],
      ['toolpath__feed', '6'],
      ['toolpath__feed', '7'],
      ['toolpath__rapid', '8'],
    ]);
  });

  it('draws a milling program in plan view and as an isometric view', async () => {
    const figure = (await page(Milling, 'simulator-milling.mdx', 'en')).querySelector('figure.gsim')!;
    const svgs = figure.querySelectorAll('svg[role="img"]');
    expect(svgs.map((s) => text(s.querySelector('title')))).toEqual([
      'Pocket corner: toolpath in plan view (XY)',
      'Pocket corner: toolpath in isometric view',
    ]);
    expect(text(svgs[0]!.querySelector('desc'))).toMatch(/^X runs to the right and Y upwards\. .* Feed moves: 2; rapid moves: 3\./);
    expect(figure.querySelectorAll('.gsim__readout dt').map(text)).toEqual(['X', 'Y', 'Z', 'Feed', 'Spindle', 'Tool']);
    // The plunge G01 Z-2. has no length seen from above: the plan view marks it, the isometric view draws it.
    expect(svgs[0]!.querySelectorAll('circle.toolpath__plunge').map((c) => c.getAttribute('data-step'))).toEqual(['4']);
    expect(svgs[1]!.querySelectorAll('circle.toolpath__plunge')).toHaveLength(0);
    expect(text(figure.querySelector('.gsim__key--plunge'))).toBe('Feed move in Z only (drilling, plunging)');
    expect(figure.querySelector('.gsim__notices')).toBeNull();
  });

  it('stops on a program the interpreter cannot run, with the file and line of each error', async () => {
    // The fence opens on line 3 of the file: the arc on line 3 of the listing is line 6 of the file.
    await expect(page(Broken, 'simulator-error.mdx', 'lt')).rejects.toThrow(
      `${fixtures}/simulator-error.mdx:6:1: <GCodeSimulator> has a program the simulator cannot run:\n  ${fixtures}/simulator-error.mdx:6:1: the arc's end point is not on its circle: it is 10.012 mm from the centre at the start and 9.500 mm at the end`,
    );
  });

  it('refuses what it cannot simulate, with the file and a fix', async () => {
    await expect(page(Klartext, 'simulator-klartext.mdx', 'en')).rejects.toThrow(
      /simulator-klartext\.mdx:3: <GCodeSimulator> has a listing for "Heidenhain TNC 640 Klartext", which the simulator cannot run\.\n {2}Fix: /,
    );
    await expect(
      astro.renderToString(GCodeSimulator, { props: { mode: 'turning', title: 'X' }, slots: { default: '<p>No code here.</p>' } }),
    ).rejects.toThrow('<GCodeSimulator> contains 0 ```gcode code blocks.');
    await expect(astro.renderToString(GCodeSimulator, { props: { mode: 'drilling', title: 'X' } })).rejects.toThrow(
      '<GCodeSimulator> has mode="drilling".\n  Fix: use mode="turning" or mode="milling".',
    );
  });
});

describe('Quiz without JavaScript', () => {
  const quizOf = (lang: Lang) =>
    quizSchema.parse(parseYaml(readFileSync(join(import.meta.dirname, `../../src/content/quizzes/${lang}/cnc-turning.yaml`), 'utf8')));
  const render = async (lang: Lang, contentLang: Lang = lang) =>
    parseHtml(
      await astro.renderToString(QuizView, { props: { id: 'cnc-turning', quiz: quizOf(lang), quizLang: lang, contentLang } }),
    ).querySelector('section.quiz')!;

  it('asks every question in a fieldset with its legend, and keeps the answers in disclosures (Latvian)', async () => {
    const quiz = await render('lv');
    expect(quiz.getAttribute('lang')).toBeUndefined();
    expect(text(quiz.querySelector('h3'))).toBe('Pārbaudiet savas zināšanas CNC virpošanā');
    const questions = quiz.querySelectorAll('fieldset.quiz__question');
    expect(questions).toHaveLength(7);
    expect(text(questions[0]!.querySelector('legend'))).toMatch(/^1\. jautājums no 7 Kāpēc pirms G96/);
    // Single choice: radio buttons sharing a name; multiple choice: check boxes.
    const radios = questions[0]!.querySelectorAll('input[type="radio"]');
    expect(radios).toHaveLength(3);
    expect(new Set(radios.map((r) => r.getAttribute('name'))).size).toBe(1);
    expect(questions[1]!.querySelectorAll('input[type="checkbox"]')).toHaveLength(4);
    // Numeric: a text input for a decimal number, labelled, with its unit.
    const input = questions[2]!.querySelector('input')!;
    expect(input.getAttribute('inputmode')).toBe('decimal');
    expect(text(questions[2]!.querySelector(`label[for="${input.id}"]`))).toBe('Jūsu atbilde');
    expect(text(questions[2]!.querySelector(`#${input.getAttribute('aria-describedby')}`))).toBe('min⁻¹');
    // The answers, in <details>: the right options marked with a word, the numeric answer with its accepted range.
    const keys = quiz.querySelectorAll('details.quiz__key');
    expect(keys).toHaveLength(7);
    expect(text(keys[0]!.querySelector('summary'))).toBe('Atbilde');
    expect(text(keys[1]!.querySelectorAll('li')[3])).toMatch(/^✗ Nepareizi: Padeve uz apgriezienu F vārdā\. – Nē\./);
    expect(text(keys[2])).toContain('Pareizā atbilde: 1432 min⁻¹. Tiek pieņemtas atbildes no 1417 līdz 1447.');
    expect(text(keys[3])).toContain('Pareizā atbilde: 1,5 mm. Tiek pieņemtas atbildes no 1,49 līdz 1,51.');
    // What needs the script stays hidden without it.
    expect(quiz.querySelectorAll('.quiz__actions').every((a) => a.hasAttribute('hidden'))).toBe(true);
    expect(quiz.querySelector('.quiz__summary')!.hasAttribute('hidden')).toBe(true);
    expect(quiz.querySelectorAll('.quiz__feedback').every((f) => f.hasAttribute('hidden'))).toBe(true);
  });

  it('shows an English quiz on a page whose quiz is not translated, marked as English', async () => {
    const quiz = await render('en', 'lt');
    expect(quiz.getAttribute('lang')).toBe('en');
    expect(text(quiz.querySelector('.quiz__number'))).toBe('Question 1 of 7');
    expect(quiz.getAttribute('data-quiz')).toBe('en/cnc-turning');
  });
});
