// Position-network ties as positions.json stores them, made whole for the edge panel.

type Json = Record<string, any>;
const list = (x: unknown): Json[] => (Array.isArray(x) ? x.filter((v) => v && typeof v === 'object') : []);

/**
 * A congruence or conflict tie names its shared issues by id only (positions.json stays small on big corpora):
 * each gets its issue's label and the first sentence behind each actor's position, for the edge panel.
 * Strings are shared, not copied. Entries that already carry a label (older files) are left as they are.
 */
export function resolveTies(data: Json): void {
  const labels = new Map(list(data.issues).map((i) => [String(i.id), typeof i.label === 'string' ? i.label : String(i.id)]));
  const sentence = new Map<string, string>();
  for (const p of list(data.positions)) {
    const first = list(p.evidence)[0];
    if (typeof first?.text === 'string') sentence.set(`${p.actor}\u0000${p.issue}`, first.text);
  }
  for (const key of ['congruence', 'conflict']) {
    for (const edge of list(data[key]?.edges)) {
      for (const item of list(edge.attributes?.explanation)) {
        if (item.label !== undefined || typeof item.issue !== 'string') continue;
        item.label = labels.get(item.issue) ?? item.issue;
        item.evidence = [edge.source, edge.target].map((a) => sentence.get(`${a}\u0000${item.issue}`)).filter((t): t is string => t !== undefined);
      }
    }
  }
}
