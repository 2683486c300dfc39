/**
 * Serving dist/ and finding a browser, shared by the browser tests (test/site/) and the Lighthouse
 * benchmark (scripts/bench-lighthouse.ts). Self-contained, so Node runs it directly.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Flags for a headless Chromium on a machine without network access (DESIGN.md). */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

/** Text files a static host compresses on the way (Pagefind's own index files are compressed already). */
const compressible = new Set(['.html', '.css', '.js', '.svg', '.json', '.txt']);

/**
 * Serves dist/ like a static host: folders serve index.html, missing paths get /404.html with status
 * 404, and text is sent gzip-compressed when the browser accepts it (as GitHub Pages does), so that
 * transfer sizes measured in tests are the ones readers get.
 */
export function serveDist(dist: string): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file.startsWith(dist) && existsSync(file);
    const served = found ? file : join(dist, '404.html');
    const extension = found ? extname(file) : '.html';
    let body = readFileSync(served);
    const headers: Record<string, string> = { 'content-type': types[extension] ?? 'application/octet-stream' };
    if (compressible.has(extension) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(found ? 200 : 404, headers);
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })),
  );
}

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Path of a Chromium-family browser, in the order DESIGN.md gives; installs Debian's chromium when run as root on Debian. */
export function findChromium(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    try {
      execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'ignore', timeout: 600_000 });
    } catch {
      // Fall through to the explanation below.
    }
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one with:\n  sudo apt-get install -y chromium\nor set CHROME_PATH to a Chrome or Chromium binary.',
  );
}
