/**
 * The repository's git history, read once per build with two git calls for the whole library:
 * `git rev-parse --is-shallow-repository` and one `git log` that lists every commit with its
 * parents, date, author and changed files. Content pages take their last-updated date from it;
 * the translation status (translation-status.ts) compares commits in it.
 *
 * Nothing is guessed: without git the history is empty and says so, and in a shallow clone the
 * commits at the cut (whose parents are missing) are not taken as changes of the files they list,
 * because git shows every file there as if it had been added.
 */
import { execFileSync } from 'node:child_process';

/** One commit. */
export interface Commit {
  /** Full 40-character hash. */
  hash: string;
  /** Hashes of the parent commits (none for the first commit, and at the cut of a shallow clone). */
  parents: string[];
  /** Committer date: when the change landed on the branch. */
  date: Date;
  /** Author's name (as mapped by .mailmap). */
  author: string;
}

/** Why the history cannot be used to compare revisions. */
export type HistoryProblem = 'no-git' | 'shallow';

export interface GitHistory {
  /** Set when the history is missing or incomplete; comparisons must then say "unknown". */
  problem?: HistoryProblem;
  /** Every commit reachable from HEAD, by full hash. */
  commits: Map<string, Commit>;
  /** The commits that changed each file (path relative to the project root), newest first. */
  changes: Map<string, Commit[]>;
}

/** `git log` format: NUL, then hash, parents, committer date and author, separated by tabs. */
const logFormat = '%x00%H%x09%P%x09%cI%x09%aN';

/**
 * Parses `git log --format=<logFormat> --name-only` output. With `shallow`, commits without parents
 * are the cut of a shallow clone: they are kept as commits, but not as changes of the files they list.
 */
export function parseGitLog(output: string, shallow = false): GitHistory {
  const commits = new Map<string, Commit>();
  const changes = new Map<string, Commit[]>();
  for (const record of output.split('\0')) {
    const [header = '', ...files] = record.trim().split('\n');
    const [hash, parents = '', date = '', ...author] = header.split('\t');
    if (!hash || !date) continue;
    const commit: Commit = { hash, parents: parents.split(' ').filter(Boolean), date: new Date(date), author: author.join('\t') };
    commits.set(hash, commit);
    if (shallow && commit.parents.length === 0) continue;
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      if (!changes.has(file)) changes.set(file, []);
      changes.get(file)!.push(commit);
    }
  }
  // git log lists commits newest first by date; sort anyway, so clock skew between machines cannot reorder a file's changes.
  for (const list of changes.values()) list.sort((a, b) => b.date.getTime() - a.date.getTime());
  return shallow ? { problem: 'shallow', commits, changes } : { commits, changes };
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

/**
 * Reads the history of the git repository at `cwd` (paths relative to `cwd`). Never throws: without
 * git, or outside a repository, it returns an empty history with `problem: 'no-git'`.
 */
export function readGitHistory(cwd: string = process.cwd()): GitHistory {
  try {
    const shallow = git(['rev-parse', '--is-shallow-repository'], cwd).trim() === 'true';
    // No path filter: ancestry needs every commit. --relative gives paths relative to cwd;
    // --no-renames lists a renamed file under its new name as a change, whatever the user's git config.
    const log = git(['log', `--format=${logFormat}`, '--name-only', '--no-renames', '--relative'], cwd);
    return parseGitLog(log, shallow);
  } catch {
    return { problem: 'no-git', commits: new Map(), changes: new Map() };
  }
}

let cache: GitHistory | undefined;

/** The project's git history, read once per process. */
export function projectHistory(): GitHistory {
  return (cache ??= readGitHistory());
}

/** Date of the last commit that changed `file` (path relative to the project root), if known. */
export function lastUpdated(file: string, history: GitHistory = projectHistory()): Date | undefined {
  return history.changes.get(file)?.[0]?.date;
}
