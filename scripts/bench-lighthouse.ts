/**
 * Lighthouse benchmark (mobile, Lighthouse's default): serves the built site (run `npm run build`
 * first) on 127.0.0.1 and audits the home, a module and the search page. Saves the HTML and JSON
 * reports in bench/lighthouse/ and prints the four category scores; exits non-zero below the targets
 * (Performance 95, Accessibility, Best Practices and SEO 100). Not part of `npm test`: Lighthouse
 * timings depend on the machine.
 *
 * Usage: npm run bench:lighthouse
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, findChromium, serveDist } from './lib/serve-dist.ts';

const root = join(import.meta.dirname, '..');
const out = join(root, 'bench/lighthouse');
mkdirSync(out, { recursive: true });

const targets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
const pages = [
  ['home', '/en/'],
  ['module', '/de/modules/cnc-turning/'],
  ['search', '/lt/search/?q=tekinimas'],
] as const;

const { server, port } = await serveDist(join(root, 'dist'));
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: chromiumFlags });
let failed = false;
try {
  for (const [name, path] of pages) {
    const result = await lighthouse(`http://127.0.0.1:${port}${path}`, { port: chrome.port, output: ['html', 'json'], logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const [html, json] = result.report as string[];
    writeFileSync(join(out, `${name}.html`), html!);
    writeFileSync(join(out, `${name}.json`), json!);
    const scores = Object.entries(targets).map(([category, target]) => {
      const score = Math.round((result.lhr.categories[category]?.score ?? 0) * 100);
      if (score < target) failed = true;
      return `${category} ${score}${score < target ? ` (target ${target})` : ''}`;
    });
    console.log(`${name.padEnd(7)} ${path}: ${scores.join(', ')}`);
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(`Reports: ${out}`);
process.exit(failed ? 1 : 0);
