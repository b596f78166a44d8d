import type { FilterNode, SavedView } from '../customers.types.js';

/**
 * A saved view without what names fields that are gone (a custom field archived since it was
 * saved): its conditions, sort keys and columns. The server rejects a filter or sort on an unknown
 * field, so such a view would otherwise open as an error. `dropped` lists the missing fields.
 */
export function fitView(view: SavedView, known: ReadonlySet<string>): { view: SavedView; dropped: string[] } {
  const dropped = new Set<string>();
  const isKnown = (field: string) => {
    if (known.has(field)) return true;
    dropped.add(field);
    return false;
  };
  const prune = (node: FilterNode): FilterNode | null => {
    if ('and' in node || 'or' in node) {
      const kind = 'and' in node ? 'and' : 'or';
      const kids = ('and' in node ? node.and : node.or).map(prune).filter((n): n is FilterNode => n !== null);
      return kids.length ? ({ [kind]: kids } as FilterNode) : null;
    }
    if ('not' in node) {
      const inner = prune(node.not);
      return inner && { not: inner };
    }
    return isKnown(node.field) ? node : null;
  };
  const filter = view.filter && prune(view.filter);
  const sort = (view.sort ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && isKnown(s.replace(/^-/, '')))
    .join(',');
  const columns = view.columns.filter((c) => c === 'name' || isKnown(c));
  return { view: { ...view, filter, sort: sort || null, columns }, dropped: [...dropped] };
}
