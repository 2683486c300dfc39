/**
 * The GitHub files, checked for the structure GitHub needs (a small schema of each, in Zod): the CI
 * workflow runs the README's test command on pull requests and pushes and publishes dist/ to Pages
 * from main; the issue forms are valid issue forms; CODEOWNERS covers every language folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultLang, langs } from '../../src/i18n/locales';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** A step: either an action (`uses`, pinned to a version) or a shell command (`run`). */
const step = z
  .strictObject({
    name: z.string().min(3),
    id: z.string().optional(),
    uses: z
      .string()
      .regex(/^[\w.-]+\/[\w.-]+@(v\d+(\.\d+)*|[0-9a-f]{40})$/)
      .optional(),
    run: z.string().optional(),
    with: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    env: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .refine((s) => (s.uses === undefined) !== (s.run === undefined), 'a step has either "uses" or "run"');

const job = z.strictObject({
  name: z.string(),
  'runs-on': z.string(),
  needs: z.union([z.string(), z.array(z.string())]).optional(),
  if: z.string().optional(),
  'timeout-minutes': z.number().optional(),
  permissions: z.record(z.string(), z.enum(['read', 'write', 'none'])).optional(),
  environment: z.strictObject({ name: z.string(), url: z.string().optional() }).optional(),
  steps: z.array(step).min(1),
});

const workflowSchema = z.strictObject({
  name: z.string(),
  on: z.strictObject({
    pull_request: z.null().or(z.object({})),
    push: z.strictObject({ branches: z.array(z.string()) }),
    workflow_dispatch: z.null().optional(),
  }),
  permissions: z.record(z.string(), z.enum(['read', 'write', 'none'])),
  concurrency: z.strictObject({ group: z.string(), 'cancel-in-progress': z.union([z.boolean(), z.string()]) }).optional(),
  env: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  jobs: z.record(z.string(), job),
});

type Job = z.infer<typeof job>;
const workflow = workflowSchema.parse(parse(read('.github/workflows/ci.yml')));
const uses = (j: Job, action: string) => j.steps.find((s) => s.uses?.startsWith(`${action}@`));
const needs = (j: Job) => [j.needs ?? []].flat();

/** The test command the README gives ("Run all tests"), read from its table. */
function readmeTestCommand(): string {
  const row = read('README.md')
    .split('\n')
    .find((line) => line.startsWith('| Run all tests'));
  const command = /`([^`]+)`/.exec(row ?? '')?.[1];
  if (!command) throw new Error('README.md has no "Run all tests" row with a command');
  return command;
}

describe('the CI workflow', () => {
  const jobs = Object.values(workflow.jobs);
  const testJob = jobs.find((j) => j.steps.some((s) => s.run === readmeTestCommand()));

  it('runs on pull requests and on pushes to main', () => {
    expect(workflow.on.pull_request === null || typeof workflow.on.pull_request === 'object').toBe(true);
    expect(workflow.on.push.branches).toContain('main');
  });

  it('has a job that runs the README’s test command after installing with npm ci, on the project’s Node', () => {
    expect(readmeTestCommand()).toBe('npm test');
    expect(testJob, 'a job with a step `run: npm test`').toBeDefined();
    const runs = testJob!.steps.map((s) => s.run ?? s.uses!);
    expect(runs.findIndex((r) => r.startsWith('npm ci'))).toBeGreaterThan(-1);
    expect(runs.findIndex((r) => r.startsWith('npm ci'))).toBeLessThan(runs.indexOf(readmeTestCommand()));
    expect(testJob!.if, 'tests run on every event').toBeUndefined();
    const checkout = uses(testJob!, 'actions/checkout');
    expect(checkout?.with?.['fetch-depth'], 'full history for git dates').toBe(0);
    const node = uses(testJob!, 'actions/setup-node');
    expect(node?.with?.['cache']).toBe('npm');
    // Node comes from the project: .nvmrc, which agrees with package.json's engines.
    expect(node?.with?.['node-version-file']).toBe('.nvmrc');
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    expect(engines).toContain(read('.nvmrc').trim());
  });

  it('builds, checks and publishes dist/ to GitHub Pages from main only, after the tests', () => {
    const deploy = jobs.find((j) => uses(j, 'actions/deploy-pages'));
    expect(deploy, 'a job using actions/deploy-pages').toBeDefined();
    expect(deploy!.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(deploy!.environment?.name).toBe('github-pages');
    const buildName = needs(deploy!)[0]!;
    const build = workflow.jobs[buildName]!;
    expect(build.if).toContain("github.ref == 'refs/heads/main'");
    expect(build.if).toContain("github.event_name == 'push'");
    const testName = Object.entries(workflow.jobs).find(([, j]) => j === testJob)![0];
    expect(needs(build)).toContain(testName);
    const runs = build.steps.map((s) => s.run ?? s.uses!);
    const at = (prefix: string) => runs.findIndex((r) => r.startsWith(prefix));
    expect(at('npm ci')).toBeLessThan(at('npm run build'));
    expect(at('actions/configure-pages')).toBeLessThan(at('npm run build'));
    // The built pages' links are checked before they are published.
    expect(at('npm run build')).toBeLessThan(at('npm run check'));
    expect(at('npm run check')).toBeLessThan(at('actions/upload-pages-artifact'));
    expect(uses(build, 'actions/upload-pages-artifact')?.with?.['path']).toBe('dist');
    // The site is built for the Pages address (site.config.ts reads these).
    const buildStep = build.steps.find((s) => s.run === 'npm run build')!;
    expect(Object.keys(buildStep.env ?? {}).sort()).toEqual(['SITE_BASE', 'SITE_URL']);
    expect(read('src/site.config.ts')).toContain('process.env.SITE_URL');
    expect(read('src/site.config.ts')).toContain('process.env.SITE_BASE');
  });

  it('uses npm scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
    for (const run of jobs.flatMap((j) => j.steps.flatMap((s) => (s.run ? [s.run] : [])))) {
      const script = /^npm (?:run (\S+)|test)/.exec(run);
      if (script) expect(scripts, run).toContain(script[1] ?? 'test');
    }
  });
});

/** GitHub's issue-form syntax (the parts these forms use). */
const id = z.string().regex(/^[A-Za-z0-9_-]+$/);
const field = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('markdown'), attributes: z.strictObject({ value: z.string().min(1) }) }),
  z.strictObject({
    type: z.enum(['input', 'textarea']),
    id,
    attributes: z.strictObject({ label: z.string().min(1), description: z.string().optional(), placeholder: z.string().optional() }),
    validations: z.strictObject({ required: z.boolean() }).optional(),
  }),
  z.strictObject({
    type: z.literal('dropdown'),
    id,
    attributes: z.strictObject({ label: z.string().min(1), description: z.string().optional(), options: z.array(z.string()).min(2) }),
    validations: z.strictObject({ required: z.boolean() }).optional(),
  }),
  z.strictObject({
    type: z.literal('checkboxes'),
    id,
    attributes: z.strictObject({
      label: z.string().min(1),
      options: z.array(z.strictObject({ label: z.string().min(1), required: z.boolean().optional() })).min(1),
    }),
  }),
]);
const issueForm = z.strictObject({
  name: z.string().min(3),
  description: z.string().min(10),
  title: z.string().optional(),
  labels: z.array(z.string()).optional(),
  body: z.array(field).min(2),
});

describe('the issue forms', () => {
  const dir = '.github/ISSUE_TEMPLATE';
  const forms = readdirSync(join(root, dir)).filter((f) => f !== 'config.yml');

  it('are the three the project needs, each a valid issue form with unique field ids and a required field', () => {
    expect(forms.sort()).toEqual(['content-error.yml', 'new-material.yml', 'translation.yml']);
    for (const name of forms) {
      const form = issueForm.parse(parse(read(`${dir}/${name}`)));
      const ids = form.body.flatMap((f) => ('id' in f ? [f.id] : []));
      expect(new Set(ids).size, name).toBe(ids.length);
      expect(
        form.body.some((f) => 'validations' in f && f.validations?.required),
        `${name} has a required field`,
      ).toBe(true);
    }
  });

  it('offer every language but the source language in the translation form', () => {
    const form = issueForm.parse(parse(read(`${dir}/translation.yml`)));
    const language = form.body.find((f) => 'id' in f && f.id === 'language');
    const options = language && 'options' in language.attributes ? (language.attributes.options as string[]) : [];
    expect(options.map((o) => /\((\w+)\)$/.exec(o)?.[1])).toEqual(langs.filter((l) => l !== defaultLang));
  });

  it('have a config that links to CONTRIBUTING.md', () => {
    const config = z
      .strictObject({
        blank_issues_enabled: z.boolean(),
        contact_links: z.array(z.strictObject({ name: z.string(), url: z.url(), about: z.string() })),
      })
      .parse(parse(read(`${dir}/config.yml`)));
    expect(config.contact_links.some((l) => l.url.endsWith('/CONTRIBUTING.md'))).toBe(true);
  });
});

describe('the pull-request template and CODEOWNERS', () => {
  it('the template has a checklist that asks for the checks and no TODO left', () => {
    const template = read('.github/pull_request_template.md');
    const items = template.split('\n').filter((l) => l.startsWith('- [ ] '));
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.some((i) => i.includes('npm run check'))).toBe(true);
    expect(items.some((i) => i.includes('TODO'))).toBe(true);
  });

  it('CODEOWNERS names an owner for every language folder', () => {
    const rules = read('.github/CODEOWNERS')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.trim().split(/\s+/));
    for (const lang of langs) {
      const rule = rules.find(([pattern]) => pattern === `/src/content/*/${lang}/`);
      expect(rule, lang).toBeDefined();
      expect(rule![1], lang).toMatch(/^@[\w-]+\/[\w-]+$/);
    }
    // Until real teams exist, the names say they are placeholders, and the file says how to replace them.
    if (rules.some(([, owner]) => owner!.includes('PLACEHOLDER'))) expect(read('.github/CODEOWNERS')).toMatch(/^# PLACEHOLDERS: /m);
  });
});
