/**
 * Checks over all quizzes that one file's schema cannot do: every quiz belongs to a module, every
 * translation has an English original, and a translation asks the same questions with the same right
 * answers (ids, types, number and order of options, which are correct, answers, tolerances, units).
 * Wording is free; anything that decides whether a learner is right must be identical.
 */
import { defaultLang } from '../../i18n/locales';
import type { QuizData } from '../../schemas/quiz';
import type { EntryRef, Problem } from './integrity';

/** Lists every broken quiz reference and every translation that differs from its English original in what counts as right. */
export function findQuizProblems(quizzes: EntryRef<QuizData>[], moduleSlugs: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const english = new Map(quizzes.filter((q) => q.lang === defaultLang).map((q) => [q.slug, q]));
  for (const quiz of quizzes) {
    if (!moduleSlugs.has(quiz.slug))
      problems.push({
        file: quiz.file,
        path: [],
        message: `is a quiz for the module "${quiz.slug}", which does not exist. Name the file after a module in src/content/modules/${defaultLang}/: ${[...moduleSlugs].sort().join(', ')}.`,
      });
    if (quiz.lang === defaultLang) continue;
    const original = english.get(quiz.slug);
    if (!original) {
      problems.push({
        file: quiz.file,
        path: [],
        message: `is a translation without an English original: src/content/quizzes/${defaultLang}/${quiz.slug}.yaml does not exist.`,
      });
      continue;
    }
    const source = `in the English original (${original.file})`;
    const theirs = original.data.questions;
    const ours = quiz.data.questions;
    if (ours.map((q) => q.id).join() !== theirs.map((q) => q.id).join()) {
      problems.push({
        file: quiz.file,
        path: ['questions'],
        message: `has the questions ${ours.map((q) => q.id).join(', ')}, but ${source} they are ${theirs.map((q) => q.id).join(', ')}. Use the same ids in the same order.`,
      });
      continue;
    }
    ours.forEach((q, i) => {
      const e = theirs[i]!;
      const differ = (field: string, ourValue: unknown, theirValue: unknown, path: (string | number)[] = ['questions', i, field]) => {
        if (JSON.stringify(ourValue) !== JSON.stringify(theirValue))
          problems.push({
            file: quiz.file,
            path,
            message: `question "${q.id}" has ${field} ${JSON.stringify(ourValue) ?? 'missing'}, but ${source} it is ${JSON.stringify(theirValue) ?? 'missing'}. A translation changes the words only.`,
          });
      };
      differ('type', q.type, e.type);
      differ('answer', q.answer, e.answer);
      differ('tolerance', q.tolerance, e.tolerance);
      differ('unit', q.unit, e.unit);
      const ourOptions = q.options ?? [];
      const theirOptions = e.options ?? [];
      if (ourOptions.length !== theirOptions.length)
        differ('the number of options', ourOptions.length, theirOptions.length, ['questions', i, 'options']);
      else
        ourOptions.forEach((o, j) =>
          differ(`option ${j + 1} correct:`, o.correct, theirOptions[j]!.correct, ['questions', i, 'options', j, 'correct']),
        );
    });
  }
  return problems;
}
