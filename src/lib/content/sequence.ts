/** Orders modules into stages for the programme's sequence visual: a module's stage is one after its latest prerequisite. */

/** Groups slugs into stages (arrays), keeping the given order inside each stage. */
export function stagesOf(modules: readonly { slug: string; prerequisites: readonly string[] }[]): string[][] {
  const bySlug = new Map(modules.map((m) => [m.slug, m]));
  const depth = new Map<string, number>();
  const visit = (slug: string, path: Set<string>): number => {
    const known = depth.get(slug);
    if (known !== undefined) return known;
    if (path.has(slug))
      throw new Error(`Module prerequisites form a loop: ${[...path, slug].join(' → ')}. Remove one of these prerequisites.`);
    const m = bySlug.get(slug);
    const d = m ? 1 + Math.max(0, ...m.prerequisites.filter((p) => bySlug.has(p)).map((p) => visit(p, new Set([...path, slug])))) : 1;
    depth.set(slug, d);
    return d;
  };
  const stages: string[][] = [];
  for (const m of modules) {
    const d = visit(m.slug, new Set());
    (stages[d - 1] ??= []).push(m.slug);
  }
  return stages.filter(Boolean);
}
