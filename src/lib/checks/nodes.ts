/**
 * The nodes of a Markdown tree by type, collected in one walk per tree and kept for the next check:
 * every check asks for a few node types, and walking each tree once instead of once per check saves
 * most of the time the checks spend outside parsing.
 */
import type { Nodes, Root } from 'mdast';

const index = new WeakMap<Root, Map<string, Nodes[]>>();

/** The nodes of the given types, each type in document order. */
export function nodesOfType<T extends Nodes['type']>(tree: Root, ...types: T[]): Extract<Nodes, { type: T }>[] {
  let byType = index.get(tree);
  if (!byType) {
    byType = new Map();
    const stack: Nodes[] = [tree];
    while (stack.length) {
      const node = stack.pop()!;
      const list = byType.get(node.type);
      if (list) list.push(node);
      else byType.set(node.type, [node]);
      if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
    index.set(tree, byType);
  }
  return types.flatMap((type) => (byType.get(type) ?? []) as Extract<Nodes, { type: T }>[]);
}
