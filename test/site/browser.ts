/**
 * A real browser for the site tests: finds (or installs) Chromium, serves dist/ on 127.0.0.1 the way
 * a static host does, and opens pages. Never skips: without a browser, the tests fail and say
 * how to install one.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumFlags, findChromium, serveDist } from '../../scripts/lib/serve-dist';
import { dist } from './dist';

/** Starts the browser and a preview server of dist/; returns them with a stop function. */
export async function startBrowser(): Promise<{ browser: Browser; base: string; stop: () => Promise<void> }> {
  const { server, port } = await serveDist(dist);
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: chromiumFlags,
  });
  return {
    browser,
    base,
    stop: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * One browser and server for the tests of a file (registered as Vitest hooks). `open` loads a path in a
 * fresh browser context, so tests do not share cookies, storage or settings.
 */
export function useBrowser() {
  let session: Awaited<ReturnType<typeof startBrowser>> | undefined;
  beforeAll(async () => {
    session = await startBrowser();
  });
  afterAll(async () => session?.stop());
  return {
    get browser(): Browser {
      return session!.browser;
    },
    get base(): string {
      return session!.base;
    },
    async open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
      const context = await session!.browser.newContext(options);
      const page = await context.newPage();
      await page.goto(`${session!.base}${path}`);
      return page;
    },
  };
}
