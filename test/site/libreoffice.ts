/**
 * LibreOffice for the tests that open the DOCX downloads the way a teacher's computer does. Found in
 * this order: SOFFICE_PATH; soffice on the system; as root on Debian, `apt-get install -y
 * libreoffice-writer-nogui`; otherwise the tests fail and say how to install it. They never skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findSoffice(): string {
  const fromEnv = process.env['SOFFICE_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = [
    '/usr/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
    '/usr/local/bin/soffice',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  ].find((p) => existsSync(p));
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    try {
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'libreoffice-writer-nogui'], {
        stdio: 'ignore',
        timeout: 900_000,
      });
    } catch {
      // Fall through to the explanation below.
    }
    if (existsSync('/usr/bin/soffice')) return '/usr/bin/soffice';
  }
  throw new Error(
    'No LibreOffice found for the DOCX tests. Install it with:\n  sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui\nor set SOFFICE_PATH to a soffice binary.',
  );
}

/** Converts files with LibreOffice (e.g. DOCX → PDF) into `outDir`, as a user opening and saving them would. */
export function convertWithLibreOffice(files: string[], format: string, outDir: string): void {
  execFileSync(
    findSoffice(),
    ['--headless', '--norestore', `-env:UserInstallation=file://${outDir}/profile`, '--convert-to', format, '--outdir', outDir, ...files],
    {
      stdio: 'pipe',
      timeout: 180_000,
    },
  );
}
