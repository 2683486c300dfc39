/**
 * Content checks (`npm run check`): reads every file in src/content and, when the site has been
 * built, every page in dist/, and prints each problem with its file:line:column, what was found,
 * what was expected and how to fix it. Exits with 1 when there are errors; warnings are printed
 * and do not fail. The checks themselves are in src/lib/checks/.
 *
 * Usage: npm run check [-- --root <folder>] [--dist <folder> | --no-dist] [--no-cache]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runChecks, type Finding } from '../src/lib/checks/index.ts';

const usage = `Usage: npm run check [-- options]

Checks the content in src/content (and the built site in dist/, after npm run build).

Options:
  --root <folder>   check the library in another folder (it holds src/content and public/)
  --dist <folder>   check this built site instead of <root>/dist
  --no-dist         do not check the built site
  --no-cache        read every file again (normally files unchanged since the last run are not parsed again)
  --help            show this text`;

let args;
try {
  args = parseArgs({
    options: {
      root: { type: 'string' },
      dist: { type: 'string' },
      'no-dist': { type: 'boolean' },
      'no-cache': { type: 'boolean' },
      help: { type: 'boolean' },
    },
    allowPositionals: false,
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}

const projectRoot = resolve(import.meta.dirname, '..');
const root = resolve(args.root ?? projectRoot);
const result = runChecks({
  root,
  projectRoot,
  dist: args['no-dist'] ? false : args.dist === undefined ? undefined : resolve(args.dist),
  cache: !args['no-cache'],
});
const seconds = (performance.now() / 1000).toFixed(1);

const errors = result.findings.filter((f) => f.severity === 'error');
const warnings = result.findings.filter((f) => f.severity === 'warning');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const print = (list: Finding[]) => console.log(list.map((f) => f.message).join('\n\n'));

if (errors.length) {
  console.log(`Errors (these must be fixed):\n`);
  print(errors);
  console.log('');
}
if (warnings.length) {
  console.log(`Warnings (these do not stop the check, but please look at them):\n`);
  print(warnings);
  console.log('');
}
const scope = `${plural(result.files, 'content file')}${result.builtPages === undefined ? '' : ` and ${plural(result.builtPages, 'built page')}`}`;
const summary = errors.length
  ? `✗ ${plural(errors.length, 'error')} and ${plural(warnings.length, 'warning')} in ${scope} (${seconds} s).`
  : `✓ No errors in ${scope}${warnings.length ? `, ${plural(warnings.length, 'warning')}` : ''} (${seconds} s).`;
console.log(summary);
if (result.builtPages === undefined && !args['no-dist'])
  console.log('  The built site was not checked: run `npm run build` first to check its links too.');
if (errors.length)
  console.log(
    '  Each message says where the problem is (file:line:column), what was found, what was expected and how to fix it.\n  More help: CONTRIBUTING.md, "What the checks say, and how to read them".',
  );
process.exit(errors.length ? 1 : 0);
