/**
 * Scaffolder (`npm run new`): starts a new module, a new toolkit or a translation from the templates
 * in scripts/templates/, prints the file it made and what to do next. Never overwrites a file.
 * The work is done in scripts/lib/scaffold.ts.
 *
 * Usage: npm run new -- module <file-name>
 *        npm run new -- toolkit <file-name>
 *        npm run new -- translation <collection>/<file-name> <language>
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { langs } from '../src/i18n/locales.ts';
import { newModule, newToolkit, newTranslation, ScaffoldError, translatable, type Created } from './lib/scaffold.ts';

const usage = `Usage:
  npm run new -- module <file-name>                            a new module (English), e.g. hydraulics-basics
  npm run new -- toolkit <file-name>                           a new toolkit (English)
  npm run new -- translation <collection>/<file-name> <lang>   start a translation, e.g. modules/cnc-turning de

File names are lower case words joined by hyphens. Collections that can be translated: ${translatable.join(', ')}.
Languages: ${langs.filter((l) => l !== 'en').join(', ')}. Option: --root <folder> makes the file in another copy of the library.`;

let parsed;
try {
  parsed = parseArgs({ options: { root: { type: 'string' }, help: { type: 'boolean' } }, allowPositionals: true });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const root = resolve(values.root ?? resolve(import.meta.dirname, '..'));
const [kind, ...rest] = positionals;
const expectedCount: Record<string, number> = { module: 1, toolkit: 1, translation: 2 };
if (!kind || !(kind in expectedCount)) {
  console.error(`${kind ? `"${kind}" is not something npm run new can make.` : 'Say what to make.'}\n\n${usage}`);
  process.exit(2);
}
if (rest.length > expectedCount[kind]!) {
  console.error(`Too many words after "${kind}": ${rest.join(' ')}\n\n${usage}`);
  process.exit(2);
}

let created: Created;
try {
  created =
    kind === 'module' ? newModule(root, rest[0]) : kind === 'toolkit' ? newToolkit(root, rest[0]) : newTranslation(root, rest[0], rest[1]);
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(error.badArguments ? `${error.message}\n\n${usage}` : error.message);
  process.exit(error.badArguments ? 2 : 1);
}

console.log(`Created ${created.file}`);
for (const note of created.notes) console.log(`  ${note}`);
console.log('\nNext steps:');
created.next.forEach((step, i) => console.log(`  ${i + 1}. ${step}`));
