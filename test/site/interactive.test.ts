/**
 * The interactive parts in a real browser: the G-code simulator (step, play, pause, speed, reduced
 * motion, keyboard, readout and highlighted block, in English and German, and without JavaScript) and
 * the self-check quiz (single, multiple and numeric answers right and wrong, the decimal comma, progress
 * kept over a reload and cleared, and the answers in disclosures without JavaScript), then axe on a page
 * with both, in light and dark, after they have been used.
 *
 * Expected positions and numbers come from the programs and quizzes as printed in the module (worked
 * out by hand below), not from the code under test.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contentSlugs, page as built } from './dist';
import { useBrowser } from './browser';

const site = useBrowser();

/** The module with both components: the turning module, which simulates its Sinumerik finishing program. */
const slug = contentSlugs('modules')['en']!.find((s) => {
  const doc = built(`/en/modules/${s}/`);
  return doc.querySelector('.gsim--turning') !== null && doc.querySelector('.quiz') !== null;
})!;

const sim = (page: Page) => page.locator('.gsim').first();
const textOf = (page: Page, selector: string) => sim(page).locator(selector).first().innerText();
/** The readout as { label: value }. */
const readout = async (page: Page) =>
  Object.fromEntries(
    await sim(page)
      .locator('.gsim__readout > div')
      .evaluateAll((rows) => rows.map((r) => [r.querySelector('dt')!.textContent!.trim(), r.querySelector('dd')!.textContent!.trim()])),
  );
const press = async (page: Page, label: string, times = 1) => {
  for (let i = 0; i < times; i++) await sim(page).getByRole('button', { name: label, exact: true }).click();
};
/** The tool marker's position in the (first) drawing. */
const marker = (page: Page) => sim(page).locator('.toolpath__tool').first().getAttribute('transform');

describe('G-code simulator', () => {
  it('has a page to test', () => {
    expect(slug).toBeTruthy();
  });

  it('steps forward and back: highlights the block, moves the tool and shows its position', async () => {
    const page = await site.open(`/en/modules/${slug}/`);
    await expect(textOf(page, '.gsim__progress')).resolves.toBe('Start: the tool is at the reference point.');
    // The listing starts with a comment line; N10 to N50 are the first five blocks.
    await press(page, 'Step forward', 5);
    await expect(textOf(page, '.gsim__progress')).resolves.toBe('Block 5 of 24');
    await expect(sim(page).locator('.line.gsim__current').innerText()).resolves.toMatch(/^\s*N50 G0 X54 Z0\s*$/);
    await expect(sim(page).locator('.line[aria-current="step"]').count()).resolves.toBe(1);
    // At Ø54 and 250 m/min: n = 1000 · 250 / (π · 54) = 1474 min⁻¹, under the limit LIMS=2500.
    expect(await readout(page)).toEqual({
      'X (Ø)': '54.000 mm',
      Z: '0.000 mm',
      Feed: '–',
      Spindle: '250 m/min (G96), now 1,474 min⁻¹, clockwise (M3)',
      Tool: 'T2 D1',
    });
    // The marker sits at the end of the rapid move of that block.
    const end = await sim(page)
      .locator('.gsim__drawing path[data-step="4"]')
      .getAttribute('d')
      .then((d) =>
        d!
          .match(/-?[\d.]+/g)!
          .slice(-2)
          .join(' '),
      );
    await expect(marker(page)).resolves.toBe(`translate(${end})`);
    // N60 faces to at 0.12 mm/rev; near the centre the speed is held at the limit.
    await press(page, 'Step forward');
    expect(await readout(page)).toMatchObject({
      'X (Ø)': '-0.800 mm',
      Feed: '0.12 mm/rev',
      Spindle: '250 m/min (G96), now 2,500 min⁻¹, clockwise (M3)',
    });
    await expect(sim(page).locator('.gsim__status').innerText()).resolves.toBe(
      'Line 7: N60 G1 X-0.8 F0.12 ; face past centre by one nose radius (X is a diameter). X (Ø) -0.800 mm, Z 0.000 mm',
    );
    await press(page, 'Step back');
    await expect(sim(page).locator('.line.gsim__current').innerText()).resolves.toMatch(/N50 G0 X54 Z0/);
    await expect(marker(page)).resolves.toBe(`translate(${end})`);
    await press(page, 'Back to start');
    await expect(sim(page).locator('.line.gsim__current').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('plays at the chosen speed without speaking, and says where it stopped on Pause', async () => {
    const page = await site.open(`/en/modules/${slug}/`);
    await sim(page).getByLabel('Speed').selectOption('4');
    await press(page, 'Play');
    await expect(sim(page).getByRole('button', { name: 'Pause', exact: true }).count()).resolves.toBe(1);
    await page.waitForFunction(() => /Block ([4-9]|1\d)/.test(document.querySelector('.gsim__progress')!.textContent!));
    // The live region is quiet while the program plays.
    await expect(sim(page).locator('.gsim__status').innerText()).resolves.toBe('');
    await press(page, 'Pause');
    const progress = await textOf(page, '.gsim__progress');
    const n = Number(/Block (\d+) of 24/.exec(progress)![1]);
    // Block n is on line n + 1 (line 1 is a comment).
    const status = await sim(page).locator('.gsim__status').innerText();
    expect(status).toMatch(new RegExp(`^Line ${n + 1}: N${n * 10} `));
    await expect(sim(page).locator('.line.gsim__current').innerText()).resolves.toMatch(new RegExp(`N${n * 10}\\b`));
    // Played to the end, it stops by itself at the last block.
    await press(page, 'Play');
    await page.waitForFunction(() => document.querySelector('.gsim__progress')!.textContent === 'Block 24 of 24', null, {
      timeout: 15_000,
    });
    await page.waitForFunction(() => document.querySelector('.gsim__play')!.textContent === 'Play');
    await expect(sim(page).locator('.gsim__status').innerText()).resolves.toMatch(/^Line 25: N240 M30/);
    await page.context().close();
  });

  it('animates the tool along a move, but not when the reader prefers reduced motion', async () => {
    /** Samples the marker while one block with a long move plays, and counts positions that are not the end of a block. */
    const between = async (reducedMotion: 'reduce' | 'no-preference') => {
      const page = await site.open(`/en/modules/${slug}/`, { reducedMotion });
      await press(page, 'Step forward', 4);
      const ends = await sim(page)
        .locator('.gsim__drawing path[data-step]')
        .evaluateAll((paths) =>
          paths.map(
            (p) =>
              `translate(${p
                .getAttribute('d')!
                .match(/-?[\d.]+/g)!
                .slice(-2)
                .join(' ')})`,
          ),
        );
      const start = await marker(page);
      await press(page, 'Play');
      const samples: string[] = [];
      for (let i = 0; i < 12; i++) {
        samples.push((await marker(page))!);
        await page.waitForTimeout(60);
      }
      await press(page, 'Pause');
      await page.context().close();
      return samples.filter((s) => s !== start && !ends.includes(s)).length;
    };
    expect(await between('no-preference')).toBeGreaterThan(0);
    expect(await between('reduce')).toBe(0);
  });

  it('is used with the keyboard alone', async () => {
    const page = await site.open(`/en/modules/${slug}/`);
    await sim(page).getByRole('button', { name: 'Back to start' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Step forward');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    await expect(textOf(page, '.gsim__progress')).resolves.toBe('Block 2 of 24');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Pause');
    await page.keyboard.press('Space');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Play');
    await page.context().close();
  });

  it('speaks German and writes the decimal comma', async () => {
    const page = await site.open(`/de/modules/${slug}/`);
    await press(page, 'Satz vor', 5);
    await expect(textOf(page, '.gsim__progress')).resolves.toBe('Satz 5 von 24');
    expect(await readout(page)).toMatchObject({ 'X (Ø)': '54,000 mm', Z: '0,000 mm', Werkzeug: 'T2 D1' });
    await press(page, 'Satz vor');
    expect(await readout(page)).toMatchObject({ 'X (Ø)': '-0,800 mm', Vorschub: '0,12 mm/U' });
    await page.context().close();
  });

  it('without JavaScript shows the listing and the drawing, and no controls', async () => {
    const page = await site.open(`/lt/modules/${slug}/`, { javaScriptEnabled: false });
    await expect(sim(page).locator('svg[role="img"]').isVisible()).resolves.toBe(true);
    await expect(sim(page).locator('.gsim__listing .line').count()).resolves.toBe(25);
    await expect(sim(page).locator('.gsim__panel').isVisible()).resolves.toBe(false);
    await expect(sim(page).locator('.gsim__drawing .toolpath__tool').isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});

describe('self-check quiz', () => {
  const question = (page: Page, n: number) => page.locator('.quiz__question').nth(n);
  const check = (page: Page, n: number) =>
    question(page, n)
      .getByRole('button', { name: /Check answer|Antwort prüfen/ })
      .click();
  const status = (page: Page, n: number) => question(page, n).locator('.quiz__status').innerText();

  it('single choice: a wrong answer and then the right one, with feedback in words', async () => {
    const page = await site.open(`/en/modules/${slug}/`);
    await check(page, 0);
    await expect(status(page, 0)).resolves.toBe('Choose an answer first.');
    await question(page, 0).getByLabel('G96 cannot start the spindle without a G50 block.').check();
    await check(page, 0);
    await expect(status(page, 0)).resolves.toMatch(/Not correct\.$/);
    const shown = question(page, 0).locator('.quiz__feedback:visible');
    await expect(shown.count()).resolves.toBe(1);
    await expect(shown.innerText()).resolves.toMatch(/^✗\s*Wrong:\s*No\. M03 starts the spindle/);
    await question(page, 0)
      .getByLabel(/^Under G96 the control raises the spindle speed/)
      .check();
    await check(page, 0);
    await expect(status(page, 0)).resolves.toMatch(/Correct\.$/);
    await expect(question(page, 0).locator('.quiz__feedback:visible').innerText()).resolves.toMatch(/^✓\s*Right:\s*Right\. n = 1000/);
    await expect(page.locator('.quiz__score').innerText()).resolves.toBe('Score: 1 of 7 correct');
    await page.context().close();
  });

  it('multiple choice: every right option and no wrong one', async () => {
    const page = await site.open(`/en/modules/${slug}/`);
    const q = question(page, 1);
    await q.getByLabel('The maximum speed of the machine.').check();
    await q.getByLabel('The feed per revolution in the F word.').check();
    await check(page, 1);
    await expect(status(page, 1)).resolves.toMatch(/Not correct\.$/);
    await q.getByLabel('The feed per revolution in the F word.').uncheck();
    await check(page, 1);
    await expect(status(page, 1)).resolves.toMatch(/Not correct\.$/);
    await q.getByLabel('The permitted speed of the chuck, stamped on its body.').check();
    await q.getByLabel('The speed at which an unbalanced or long workpiece still runs safely.').check();
    await check(page, 1);
    await expect(status(page, 1)).resolves.toMatch(/Correct\.$/);
    await expect(q.locator('.quiz__feedback:visible').count()).resolves.toBe(3);
    await page.context().close();
  });

  it('numeric answers in German, with a decimal comma, within the tolerance and outside it', async () => {
    const page = await site.open(`/de/modules/${slug}/`);
    // n = 1000 · 180 / (π · 40) = 1432.4 min⁻¹, accepted ± 15.
    const speed = question(page, 2).getByLabel('Ihre Antwort');
    await speed.fill('1432,4');
    await speed.press('Enter');
    await expect(status(page, 2)).resolves.toMatch(/Richtig\.$/);
    await expect(question(page, 2).locator('.quiz__explanation').isVisible()).resolves.toBe(true);
    await speed.fill('1.460');
    await check(page, 2);
    await expect(status(page, 2)).resolves.toMatch(/Nicht richtig\.$/);
    // U-3.0 moves the tool 1.5 mm towards the centre, accepted ± 0.01.
    const radial = question(page, 3).getByLabel('Ihre Antwort');
    await radial.fill('1,49');
    await check(page, 3);
    await expect(status(page, 3)).resolves.toMatch(/Richtig\.$/);
    await radial.fill('3');
    await check(page, 3);
    await expect(status(page, 3)).resolves.toMatch(/Nicht richtig\.$/);
    await radial.fill('anderthalb');
    await check(page, 3);
    await expect(status(page, 3)).resolves.toBe('Geben Sie eine Zahl ein, zum Beispiel 12,5.');
    await page.context().close();
  });

  it('keeps the answers over a reload, per language, until the reader starts again', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.base}/en/modules/${slug}/`);
    await question(page, 0)
      .getByLabel(/^Under G96 the control raises/)
      .check();
    await check(page, 0);
    await question(page, 6).getByLabel('Your answer').fill('0.92');
    await check(page, 6);
    await question(page, 3).getByLabel('Your answer').fill('3');
    await check(page, 3);
    await page.reload();
    await expect(
      question(page, 0)
        .getByLabel(/^Under G96 the control raises/)
        .isChecked(),
    ).resolves.toBe(true);
    await expect(question(page, 6).getByLabel('Your answer').inputValue()).resolves.toBe('0.92');
    await expect(status(page, 6)).resolves.toMatch(/Correct\.$/);
    await expect(status(page, 3)).resolves.toMatch(/Not correct\.$/);
    await expect(page.locator('.quiz__score').innerText()).resolves.toBe('Score: 2 of 7 correct');
    // The German quiz has its own progress.
    await page.goto(`${site.base}/de/modules/${slug}/`);
    await expect(question(page, 0).locator('input:checked').count()).resolves.toBe(0);
    await expect(page.locator('.quiz__score').innerText()).resolves.toBe('Ergebnis: 0 von 7 richtig');
    await page.goto(`${site.base}/en/modules/${slug}/`);
    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(page.locator('.quiz__score').innerText()).resolves.toBe('Score: 0 of 7 correct');
    await page.reload();
    await expect(question(page, 0).locator('input:checked').count()).resolves.toBe(0);
    await expect(question(page, 6).getByLabel('Your answer').inputValue()).resolves.toBe('');
    await context.close();
  });

  it('without JavaScript shows each question with its answer in a disclosure', async () => {
    const page = await site.open(`/en/modules/${slug}/`, { javaScriptEnabled: false });
    await expect(page.locator('.quiz__check').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.quiz__intro--static').isVisible()).resolves.toBe(true);
    const key = question(page, 0).locator('details.quiz__key');
    await expect(key.locator('li').first().isVisible()).resolves.toBe(false);
    await key.locator('summary').click();
    await expect(key.locator('li').first().innerText()).resolves.toMatch(/^✓ Right: Under G96 the control raises/);
    await question(page, 2).locator('details.quiz__key summary').click();
    await expect(question(page, 2).locator('details.quiz__key').innerText()).resolves.toContain(
      'The answer is 1,432 min⁻¹. Answers from 1,417 to 1,447 are accepted.',
    );
    await page.context().close();
  });
});

describe('accessibility after use', () => {
  it.each(['en', 'lt'])(
    'a page with both components has no axe violations in light and dark, with a block highlighted and feedback shown (%s)',
    async (lang) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await site.open(`/${lang}/modules/${slug}/`, { colorScheme });
        await sim(page).locator('[data-action="forward"]').click();
        await sim(page).locator('[data-action="forward"]').click();
        await page.locator('.quiz__question').first().locator('input').nth(1).check();
        await page.locator('.quiz__check').first().click();
        await page.locator('.quiz__question').nth(2).locator('input').fill('1432');
        await page.locator('.quiz__check').nth(2).click();
        await page.locator('.quiz__key summary').first().click();
        const { violations } = await new AxeBuilder({ page })
          .include('.gsim')
          .include('.quiz')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await page.context().close();
      }
    },
  );
});
