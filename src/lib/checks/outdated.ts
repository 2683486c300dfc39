/**
 * Outdated translations as warnings of `npm run check`: the same computation as the build's warnings
 * and the translation status page (src/lib/content/translation-status.ts), over the files read here.
 * A warning, not an error: an outdated translation is still better than none.
 */
import { defaultLang } from '../../i18n/locales';
import { readGitHistory } from '../content/git-dates';
import { translationStatus, type ContentFile as StatusFile } from '../content/translation-status';
import type { Document } from './read-content';
import { finding, type Finding } from './report';

const short = (hash: string) => hash.slice(0, 7);

/** One warning per translation whose English source changed after the revision it was made from. */
export function outdatedFindings(documents: readonly Document[], root: string): Finding[] {
  const files: StatusFile[] = documents
    .filter((d) => ['programme', 'modules', 'toolkits', 'pages'].includes(d.collection))
    .map((d) => {
      const raw = (d.raw ?? {}) as { title?: unknown; sourceRevision?: unknown };
      return {
        collection: d.collection,
        lang: d.lang,
        slug: d.slug,
        file: d.file,
        title: typeof raw.title === 'string' ? raw.title : d.slug,
        sourceRevision: typeof raw.sourceRevision === 'string' ? raw.sourceRevision : undefined,
      };
    });
  if (!files.some((f) => f.lang === defaultLang)) return [];
  const report = translationStatus(files, readGitHistory(root));
  if (report.problem) return []; // no history (not a git checkout, or a shallow clone): nothing can be said
  return report.items.flatMap((item) =>
    item.translations
      .filter((t) => t.state === 'outdated')
      .map((t) => {
        const latest = t.sourceChanges[0]!;
        const count = t.sourceChanges.length;
        const since = short(t.basis!.revision);
        return finding(
          t.file,
          { line: 1, column: 1 },
          {
            summary: 'this translation may be outdated: its English source changed after the revision it was made from',
            found: `${t.basis!.recorded ? `sourceRevision ${since}` : `no sourceRevision (compared with the translation's own commits)`}; ${item.source.file} changed in ${count} commit${count === 1 ? '' : 's'} since, most recently on ${latest.date.toISOString().slice(0, 10)}`,
            expected: 'a translation of the current English text',
            fix: `See what changed with "git diff ${since} ${short(latest.hash)} -- ${item.source.file}", bring the translation in line, then set "sourceRevision: ${short(latest.hash)}" in its frontmatter.`,
          },
          'warning',
        );
      }),
  );
}
