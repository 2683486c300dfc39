/**
 * Wraps Astro's glob and file loaders so that a content file breaking its schema stops the build with
 * a plain-language message (file:line:column, field, found, expected, fix) instead of Zod's terse one.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { formatSchemaIssues, yamlSourceOf } from './schema-errors';

/** The schema node at a path of the data (through objects, lists, optional and default wrappers). */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.core.$ZodType | undefined {
  type Def = { type: string; innerType?: z.core.$ZodType; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
  let current: z.core.$ZodType | undefined = schema;
  const unwrap = () => {
    for (
      let def = current?._zod.def as Def | undefined;
      def?.innerType && ['optional', 'default', 'nullable'].includes(def.type);
      def = current?._zod.def as Def
    ) {
      current = def.innerType;
    }
  };
  unwrap();
  for (const key of path) {
    const def = current?._zod.def as Def | undefined;
    if (def?.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else if (def?.type === 'array') current = def.element;
    else return undefined;
    unwrap();
  }
  return current;
}

/** What the schema says about a path: allowed field names (for "did you mean") and whether it wants a whole number. */
export function describeSchemaAt(schema: z.ZodType, path: readonly PropertyKey[]): { keys: string[]; integer: boolean } {
  const def = schemaAt(schema, path)?._zod.def as { type: string; shape?: Record<string, unknown>; format?: string } | undefined;
  return {
    keys: def?.type === 'object' && def.shape ? Object.keys(def.shape) : [],
    integer: def?.type === 'number' && (def.format === 'safeint' || def.format === 'int32'),
  };
}

/**
 * Validates one entry and throws a ContentSchemaError that an author can act on.
 * @param itemIndex for list files (partners.yaml), the position of the entry in the list
 */
export function validateEntry<T extends z.ZodType>(
  schema: T,
  data: unknown,
  filePath: string,
  root: string,
  itemIndex?: number,
): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const relativeFile = relative(root, filePath).split('\\').join('/');
  const source = yamlSourceOf(readFileSync(filePath, 'utf8'), filePath);
  throw formatSchemaIssues(relativeFile, source, data, result.error.issues, itemIndex === undefined ? [] : [itemIndex], (path) =>
    describeSchemaAt(schema, path),
  );
}

/**
 * Returns `loader` whose schema failures are reported the plain-language way: Astro validates each
 * entry as usual, and when that fails the entry is checked against `schema` to explain why.
 * @param listFile true for a file loader over a YAML list (entries are found by their position)
 */
export function checked(loader: Loader, schema: z.ZodType, listFile = false): Loader {
  return {
    ...loader,
    load: (context) => {
      const root = fileURLToPath(context.config.root);
      const seen = new Map<string, number>();
      return loader.load({
        ...context,
        parseData: async (props) => {
          // A list file holds several entries, parsed in order: count them to find each one's lines.
          const index = listFile && props.filePath ? (seen.get(props.filePath) ?? 0) : undefined;
          if (index !== undefined) seen.set(props.filePath!, index + 1);
          try {
            return await context.parseData(props);
          } catch (error) {
            // Only a failing entry is validated a second time, to explain the failure to its author.
            if (props.filePath) validateEntry(schema, props.data, props.filePath, root, index);
            throw error;
          }
        },
      });
    },
  };
}
