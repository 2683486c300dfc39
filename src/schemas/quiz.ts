import { z } from 'astro/zod';

/** An answer option of a choice question. */
const option = z.strictObject({
  /** The option as the learner reads it. Plain text. */
  text: z.string().min(1),
  /** true for a right answer; leave it out for a wrong one. */
  correct: z.boolean().default(false),
  /** One sentence shown when the learner picks this option: why it is right or wrong. */
  feedback: z.string().min(3),
});

/**
 * One question. The fields depend on `type`: `single` and `multiple` have `options`; `numeric` has
 * `answer`, `tolerance`, `unit` and a required `explanation`. Checked below, so that the author gets
 * one plain message per mistake rather than a list of union branches.
 */
const question = z
  .strictObject({
    /** Stable identifier, the same in every language, e.g. "spindle-speed". */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'an identifier in lower case letters, digits and hyphens, like "spindle-speed"',
    }),
    /** single: one right option (radio buttons); multiple: one or more (check boxes); numeric: a number with a tolerance. */
    type: z.enum(['single', 'multiple', 'numeric']),
    /** The question. Plain text. */
    question: z.string().min(5),
    /** single and multiple: 2 to 6 options. */
    options: z.array(option).min(2).max(6).optional(),
    /** numeric: the right answer, with a decimal point (0.25). */
    answer: z.number().optional(),
    /** numeric: accepted absolute deviation from `answer`, in the same unit. */
    tolerance: z.number().min(0).optional(),
    /** numeric: unit shown next to the input, e.g. "min⁻¹" (optional for counts). */
    unit: z.string().min(1).optional(),
    /** Why the answer is what it is. Required for numeric questions (show the calculation with units), optional otherwise. */
    explanation: z.string().min(3).optional(),
  })
  .superRefine((q, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (q.type === 'numeric') {
      if (q.answer === undefined) issue('answer', 'a number: the right answer (numeric questions need one)');
      if (q.tolerance === undefined) issue('tolerance', 'a number of 0 or more: how far an answer may be from "answer" and still count');
      if (q.explanation === undefined) issue('explanation', 'text: the calculation with units (numeric questions need one)');
      if (q.options !== undefined)
        issue('options', 'no options: a numeric question is answered with a number (remove "options", or change "type")');
      return;
    }
    for (const field of ['answer', 'tolerance', 'unit'] as const)
      if (q[field] !== undefined) issue(field, `no "${field}": only numeric questions have one (remove it, or change "type" to numeric)`);
    if (q.options === undefined) {
      issue('options', `a list of 2 to 6 options, each with "text" and "feedback" (a ${q.type}-choice question needs them)`);
      return;
    }
    const right = q.options.filter((o) => o.correct).length;
    if (q.type === 'single' && right !== 1)
      issue('options', `exactly one option with "correct: true" (a single-choice question has one right answer; this one has ${right})`);
    if (q.type === 'multiple' && right === 0) issue('options', 'at least one option with "correct: true"');
  });

/** A module's self-check quiz in one language: `src/content/quizzes/<lang>/<module-slug>.yaml`. */
export const quizSchema = z
  .strictObject({
    /** Optional heading; the component has a localized default ("Check your understanding"). */
    title: z.string().min(3).optional(),
    /** The questions, in the order shown. */
    questions: z.array(question).min(1),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((q, i) => {
      if (seen.has(q.id))
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'id'],
          message: `an id not used by another question of this quiz ("${q.id}" is used twice)`,
        });
      seen.add(q.id);
    });
  });

export type QuizData = z.infer<typeof quizSchema>;
export type QuizQuestion = QuizData['questions'][number];
