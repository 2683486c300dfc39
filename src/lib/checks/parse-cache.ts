/**
 * A disk cache of read files (YAML data, Markdown tree, syntax problems), so that `npm run check`
 * after editing one file parses only that file again. Parsing the MDX is most of the check's time
 * (about 2–3 s for the library on 2 cores; a cached tree loads in a few milliseconds).
 *
 * An entry is keyed by the file's path and text and by what could change the result: the installed
 * package versions (package-lock.json) and the source of the reading code. A stale entry is
 * therefore never used; unused entries are removed once they outnumber the used ones.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedFile } from './read-content';

/** Caches `parse(file, text)` results in `dir`. */
export class ParseCache {
  private readonly dir: string;
  private readonly version: string;
  private readonly used = new Set<string>();
  /** Entries read from the cache, and entries parsed. */
  hits = 0;
  misses = 0;

  /** @param projectRoot the project whose package-lock.json and reading code make up the cache version */
  constructor(projectRoot: string, dir = join(projectRoot, 'node_modules/.cache/4change-checks')) {
    this.dir = dir;
    const inputs = [
      'package-lock.json',
      'src/lib/checks/read-content.ts',
      'src/lib/checks/report.ts',
      'src/lib/content/schema-errors.ts',
    ].map((f) => {
      try {
        return readFileSync(join(projectRoot, f), 'utf8');
      } catch {
        return f;
      }
    });
    this.version = createHash('sha256').update(inputs.join('\0')).digest('hex');
    mkdirSync(this.dir, { recursive: true });
  }

  /** `parse(file, text)`, from the cache when the same file with the same text was read before. */
  wrap(parse: (file: string, text: string) => ParsedFile): (file: string, text: string) => ParsedFile {
    return (file, text) => {
      const key = createHash('sha256').update(`${this.version}\0${file}\0${text}`).digest('hex');
      this.used.add(key);
      const path = join(this.dir, `${key}.json`);
      try {
        const cached = JSON.parse(readFileSync(path, 'utf8')) as ParsedFile;
        this.hits += 1;
        return cached;
      } catch {
        // Not cached yet (or unreadable): parse and store.
      }
      const result = parse(file, text);
      this.misses += 1;
      try {
        // Write then rename, so a run in parallel never reads half an entry.
        const temporary = `${path}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify(result));
        renameSync(temporary, path);
      } catch {
        // A cache that cannot be written only costs time.
      }
      return result;
    };
  }

  /** Removes the entries this run did not use, once they outnumber the used ones (old versions of files). */
  prune(): void {
    const entries = readdirSync(this.dir);
    if (entries.length <= 2 * this.used.size + 100) return;
    for (const entry of entries) if (!this.used.has(entry.replace(/\.json$/, ''))) rmSync(join(this.dir, entry), { force: true });
  }
}
