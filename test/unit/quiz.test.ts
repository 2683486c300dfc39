/**
 * Self-check quizzes: the schema on the library's real quiz files and on a broken fixture (message
 * wording checked), the cross-file checks (module exists, translation parity), and the spec's rules
 * over every quiz in src/content/quizzes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/locales';
import { validateEntry } from '../../src/lib/content/checked-loader';
import type { EntryRef } from '../../src/lib/content/integrity';
import { findQuizProblems } from '../../src/lib/content/quizzes';
import { ContentSchemaError } from '../../src/lib/content/schema-errors';
import { quizSchema, type QuizData } from '../../src/schemas/quiz';

const root = join(import.meta.dirname, '../..');
const quizzes = join(root, 'src/content/quizzes');

/** Every quiz file of the library, validated the way the content loader does. */
const library: EntryRef<QuizData>[] = langs.flatMap((lang) => {
  const dir = join(quizzes, lang);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const file = join(dir, f);
      return {
        collection: 'quizzes',
        lang,
        slug: f.replace(/\.yaml$/, ''),
        file: `src/content/quizzes/${lang}/${f}`,
        data: validateEntry(quizSchema, parse(readFileSync(file, 'utf8')), file, root),
      };
    });
});
const moduleSlugs = new Set(readdirSync(join(root, 'src/content/modules/en')).map((f) => f.replace(/\.mdx$/, '')));

describe('quiz schema', () => {
  it('accepts the example quiz in all five languages, with defaults filled in', () => {
    const turning = library.filter((q) => q.slug === 'cnc-turning');
    expect(turning.map((q) => q.lang).sort()).toEqual([...langs].sort());
    const en = turning.find((q) => q.lang === 'en')!.data;
    expect(en.questions.map((q) => q.type)).toEqual(['single', 'multiple', 'numeric', 'numeric', 'single', 'single', 'numeric']);
    expect(en.questions[0]!.options!.map((o) => o.correct)).toEqual([true, false, false]);
  });

  it('explains each mistake of a broken quiz with its line, and suggests the field meant', () => {
    const path = join(root, 'test/fixtures/content/quiz-bad.yaml');
    let error: ContentSchemaError | undefined;
    try {
      validateEntry(quizSchema, parse(readFileSync(path, 'utf8')), path, root);
    } catch (e) {
      error = e as ContentSchemaError;
    }
    expect(error).toBeInstanceOf(ContentSchemaError);
    const message = error!.message;
    expect(message).toContain('test/fixtures/content/quiz-bad.yaml has 5 problems in its data:');
    expect(message).toContain(
      'quiz-bad.yaml:6:7: the field "questions.0.options" is not valid.\n  Found:    a list of 2 item(s)\n  Expected: exactly one option with "correct: true" (a single-choice question has one right answer; this one has 2)',
    );
    expect(message).toContain(
      'quiz-bad.yaml:12:5: the field "questions.1.explanation" is not valid.\n  Found:    nothing (the field is missing)',
    );
    expect(message).toContain('Fix:      Rename "anwser" to "answer" (field names are case-sensitive).');
    expect(message).toContain('("speed" is used twice)');
    expect(message).toContain('quiz-bad.yaml:22:7: the field "questions.2.options" is not valid.');
    expect(message).not.toContain('"questions.1.answer"');
  });

  it('rejects options on a numeric question and an answer on a choice question', () => {
    const base = { id: 'a', question: 'How much?', explanation: 'Because.' };
    const numeric = quizSchema.safeParse({
      questions: [
        {
          ...base,
          type: 'numeric',
          answer: 1,
          tolerance: 0,
          options: [
            { text: 'x', feedback: 'yes' },
            { text: 'y', feedback: 'No.' },
          ],
        },
      ],
    });
    expect(numeric.error?.issues.map((i) => i.path.join('.'))).toEqual(['questions.0.options']);
    const single = quizSchema.safeParse({
      questions: [
        {
          ...base,
          type: 'single',
          answer: 1,
          options: [
            { text: 'x', correct: true, feedback: 'yes' },
            { text: 'y', feedback: 'No.' },
          ],
        },
      ],
    });
    expect(single.error?.issues.map((i) => i.path.join('.'))).toEqual(['questions.0.answer']);
  });
});

describe('quiz cross-checks', () => {
  const quiz = (lang: string, data: QuizData, slug = 'cnc-turning'): EntryRef<QuizData> => ({
    collection: 'quizzes',
    lang,
    slug,
    file: `src/content/quizzes/${lang}/${slug}.yaml`,
    data,
  });
  const english = library.find((q) => q.lang === 'en' && q.slug === 'cnc-turning')!.data;

  it('finds nothing wrong in the library', () => {
    expect(findQuizProblems(library, moduleSlugs)).toEqual([]);
  });

  it('reports a translation whose right answers differ from the English original', () => {
    const changed: QuizData = structuredClone(english);
    changed.questions[0]!.options![0]!.correct = false;
    changed.questions[0]!.options![1]!.correct = true;
    changed.questions[2]!.answer = 1423;
    const problems = findQuizProblems([quiz('en', english), quiz('lv', changed)], moduleSlugs);
    expect(problems.map((p) => p.path.join('.'))).toEqual([
      'questions.0.options.0.correct',
      'questions.0.options.1.correct',
      'questions.2.answer',
    ]);
    expect(problems[2]!.message).toBe(
      'question "spindle-speed" has answer 1423, but in the English original (src/content/quizzes/en/cnc-turning.yaml) it is 1432. A translation changes the words only.',
    );
  });

  it('reports questions missing or reordered in a translation, a translation without original and a quiz without module', () => {
    const reordered: QuizData = { ...english, questions: [...english.questions].reverse() };
    expect(findQuizProblems([quiz('en', english), quiz('de', reordered)], moduleSlugs)[0]?.message).toMatch(
      /^has the questions thread-depth, .* but in the English original .* they are css-limit, .* Use the same ids in the same order\.$/,
    );
    expect(findQuizProblems([quiz('et', english)], moduleSlugs)[0]?.message).toBe(
      'is a translation without an English original: src/content/quizzes/en/cnc-turning.yaml does not exist.',
    );
    expect(findQuizProblems([quiz('en', english, 'cnc-turnig')], moduleSlugs)[0]?.message).toMatch(
      /^is a quiz for the module "cnc-turnig", which does not exist\. Name the file after a module in src\/content\/modules\/en\/: .*cnc-turning/,
    );
  });
});

describe('the quizzes of the library follow the agreed format', () => {
  it.each(library.map((q) => [q.file, q] as const))('%s has 5 to 8 questions, mixes types and explains every number', (_, q) => {
    const questions = q.data.questions;
    expect(questions.length).toBeGreaterThanOrEqual(5);
    expect(questions.length).toBeLessThanOrEqual(8);
    expect(new Set(questions.map((x) => x.type)).size).toBeGreaterThanOrEqual(2);
    for (const x of questions) if (x.type === 'numeric') expect(x.explanation, x.id).toBeTruthy();
  });
});
