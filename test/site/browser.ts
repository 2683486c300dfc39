/**
 * A real browser for the site tests: finds (or installs) Chromium, serves dist/ on 127.0.0.1 the way
 * a static host does, and opens pages. Never skips: without a browser, the tests fail and say
 * how to install one.
 */
import { chromium, type Browser } from 'playwright-core';
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
