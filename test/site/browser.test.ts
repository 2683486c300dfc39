/** Real-browser checks of what needs a browser: the language chooser, keyboard use of the switcher, term tooltips and the localized 404. */
import { describe, expect, it } from 'vitest';
import { contentSlugs } from './dist';
import { useBrowser } from './browser';

const site = useBrowser();

describe('language chooser at /', () => {
  it.each([
    ['lt-LT', 'lt'],
    ['de-AT', 'de'],
    ['et', 'et'],
    ['lv-LV', 'lv'],
    ['fr-FR', null],
  ])('a browser preferring %s goes to its language (or stays on the chooser)', async (locale, expected) => {
    const context = await site.browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`${site.base}/`);
    if (expected) await page.waitForURL(`${site.base}/${expected}/`);
    else await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(expected ? `/${expected}/` : '/');
    await context.close();
  });

  it('without JavaScript it is a list of links to the five languages', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, locale: 'lt-LT' });
    const page = await context.newPage();
    await page.goto(`${site.base}/`);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.locator('.chooser__list a').allTextContents()).resolves.toHaveLength(5);
    await page.getByRole('link', { name: /Latviešu/ }).click();
    expect(new URL(page.url()).pathname).toBe('/lv/');
    await context.close();
  });
});

describe('language switcher', () => {
  it('is usable with the keyboard alone and leads to the same page in the chosen language', async () => {
    const slug = contentSlugs('modules')['en']![0]!;
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.base}/de/modules/${slug}/`);
    const summary = page.locator('.lang-switcher summary');
    // Tab from the top of the page until the switcher has focus.
    for (let i = 0; i < 20 && !(await summary.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('.lang-switcher').getAttribute('open')).resolves.not.toBeNull();
    await page.keyboard.press('Tab'); // English
    await page.keyboard.press('Tab'); // Deutsch
    await page.keyboard.press('Tab'); // Lietuvių
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Lietuvių');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.base}/lt/modules/${slug}/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('lt');
    await context.close();
  });
});

describe('term tooltip', () => {
  it('shows the definition on keyboard focus and hides it with Escape', async () => {
    const slug = contentSlugs('modules')['en']![0]!;
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.base}/en/modules/${slug}/`);
    const link = page.locator('.term__link').first();
    const tip = page.locator('.term__tip').first();
    await expect(tip.isVisible()).resolves.toBe(false);
    await link.focus();
    await expect(tip.isVisible()).resolves.toBe(true);
    const describedBy = await link.getAttribute('aria-describedby');
    await expect(tip.getAttribute('id')).resolves.toBe(describedBy);
    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('404 page', () => {
  it('speaks the language of the path the reader was on', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${site.base}/lt/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('lt');
    const visible = await page.locator('.not-found__lang:visible').all();
    expect(visible).toHaveLength(1);
    await expect(visible[0]!.getAttribute('lang')).resolves.toBe('lt');
    await context.close();
  });
});
