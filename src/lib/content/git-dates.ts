/**
 * Last-updated dates of content files from git history, read once per build with a single
 * `git log` call. Files git does not know (new, or a shallow clone without history) get no date.
 */
import { execFileSync } from 'node:child_process';

let cache: Map<string, Date> | undefined;

/** Parses `git log --format=%x00%cI --name-only` output into the newest date per file. */
export function parseGitLog(output: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const record of output.split('\0').filter(Boolean)) {
    const [date, ...files] = record.trim().split('\n');
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      // Newest commits come first: keep the first date seen for each file.
      if (!dates.has(file) && date) dates.set(file, new Date(date));
    }
  }
  return dates;
}

/** Date of the last commit that changed `file` (path relative to the repository root), if known. */
export function lastUpdated(file: string): Date | undefined {
  if (!cache) {
    try {
      const out = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', 'src/content'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      });
      cache = parseGitLog(out);
    } catch {
      cache = new Map(); // Not a git checkout: pages simply show no date.
    }
  }
  return cache.get(file);
}
