/**
 * Schema check: every file's data against the collection's schema (src/schemas/), with the
 * project's plain-language messages (src/lib/content/schema-errors.ts, the same text the build shows).
 */
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { validateEntry } from '../content/checked-loader';
import { ContentSchemaError } from '../content/schema-errors';
import { glossarySchema } from '../../schemas/glossary';
import { moduleSchema } from '../../schemas/module';
import { pageSchema } from '../../schemas/page';
import { partnerSchema } from '../../schemas/partner';
import { programmeSchema } from '../../schemas/programme';
import { quizSchema } from '../../schemas/quiz';
import { toolkitSchema } from '../../schemas/toolkit';
import type { ContentFile } from './read-content';
import type { Finding } from './report';

/** The schema of each collection, as src/content.config.ts pairs them. */
export const schemas: Record<ContentFile['collection'], z.ZodType> = {
  programme: programmeSchema,
  modules: moduleSchema,
  toolkits: toolkitSchema,
  pages: pageSchema,
  glossary: glossarySchema,
  quizzes: quizSchema,
  partners: partnerSchema,
};

/** Splits the project's schema report into one finding per problem (each block names its own line). */
function findingsOf(error: ContentSchemaError): Finding[] {
  // The report is: a heading line, one block per problem, a closing hint; blocks are separated by blank lines.
  const blocks = error.message.split('\n\n').filter((b) => /^\S+:\d+:\d+: /.test(b));
  return blocks.map((message) => {
    const [, line, column] = /^\S+?:(\d+):(\d+): /.exec(message)!;
    return { severity: 'error', file: error.file, line: Number(line), column: Number(column), message };
  });
}

/** Result of the schema check: problems, and the valid data (defaults filled in) of each file that passed. */
export interface SchemaResult {
  findings: Finding[];
  /** Valid data by file path; for partners.yaml, the list of valid items. */
  data: Map<string, unknown>;
}

/** Validates every file that could be read against its collection's schema. */
export function checkSchemas(files: readonly ContentFile[], root: string): SchemaResult {
  const findings: Finding[] = [];
  const data = new Map<string, unknown>();
  for (const f of files) {
    if (f.yamlBroken) continue; // broken YAML is reported when the file is read
    const schema = schemas[f.collection];
    const path = join(root, f.file);
    const items = f.collection === 'partners' ? (Array.isArray(f.raw) ? f.raw : [f.raw]) : [f.raw];
    const valid: unknown[] = [];
    items.forEach((item, i) => {
      try {
        valid.push(validateEntry(schema, item, path, root, f.collection === 'partners' ? i : undefined));
      } catch (error) {
        if (!(error instanceof ContentSchemaError)) throw error;
        findings.push(...findingsOf(error));
      }
    });
    if (f.collection === 'partners') data.set(f.file, valid);
    else if (valid.length === 1) data.set(f.file, valid[0]);
  }
  return { findings, data };
}
