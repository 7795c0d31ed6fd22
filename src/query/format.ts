// Query results as text: a readable table, TSV (one row per evidence sentence) or JSON.
import type { EvidenceAttr } from '../graph/schema.ts';
import type { ClaimResult, PositionResult } from './claims.ts';
import type { Neighbor, Path, RelationResult } from './query.ts';

export type Format = 'table' | 'tsv' | 'json';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const tsvCell = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

/** Left-aligned columns separated by two spaces; the last column is not padded. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

export function tsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(tsvCell).join('\t')).join('\n') + '\n';
}

const relName = (r: RelationResult) => `${r.negated ? 'not ' : ''}${r.predicate}${r.modality !== 'asserted' ? ` (${r.modality})` : ''}`;
const dates = (r: { firstDate: string | null; lastDate: string | null }) =>
  r.firstDate ? (r.firstDate === r.lastDate ? r.firstDate : `${r.firstDate}..${r.lastDate}`) : '';
const EVIDENCE_TSV = ['document', 'date', 'sentence', 'start', 'end', 'evidence'];
const evidenceCells = (e: EvidenceAttr) => [e.doc, e.date ?? '', e.sentence, e.start, e.end, e.text];

/** Relations: one row per relation in a table (with its first sentence), one row per evidence sentence in TSV. */
export function formatRelations(rs: RelationResult[], format: Format): string {
  if (format === 'json') return JSON.stringify(rs, null, 2) + '\n';
  if (format === 'tsv') {
    return tsv(['source', 'relation', 'target', 'negated', 'modality', 'attributed_to', 'weight', ...EVIDENCE_TSV],
      rs.flatMap((r) => r.evidence.map((e) => [r.source, r.predicate, r.target, r.negated, e.modality ?? r.modality, e.attributedTo ?? r.attributedTo, r.weight, ...evidenceCells(e)])));
  }
  if (!rs.length) return 'no relations match\n';
  // the dates column only when some document has a date
  const dated = rs.some((r) => r.firstDate);
  const rows = rs.map((r) => [
    r.sourceLabel, relName(r), r.targetLabel, String(r.weight), ...(dated ? [dates(r)] : []),
    cut(oneLine(r.evidence[0]?.text ?? ''), 100) + (r.attributedTo ? ` [says ${r.attributedTo}]` : ''),
  ]);
  return table(['source', 'relation', 'target', 'n', ...(dated ? ['dates'] : []), 'evidence'], rows);
}

/** Neighbours: one row per neighbour with the relations between the two. */
export function formatNeighbors(ns: Neighbor[], format: Format): string {
  if (format === 'json') return JSON.stringify(ns, null, 2) + '\n';
  if (format === 'tsv') return formatRelations(ns.flatMap((n) => n.relations), 'tsv');
  if (!ns.length) return 'no neighbours\n';
  return table(['neighbour', 'kind', 'n', 'relations'], ns.map((n) => [
    n.label, n.kind, String(n.weight), n.relations.map((r) => `${r.sourceLabel} ${relName(r)} ${r.targetLabel}${r.weight > 1 ? ` ×${r.weight}` : ''}`).join('; '),
  ]));
}

/** Paths: one block per path, each step with its relations. */
export function formatPaths(ps: Path[], format: Format): string {
  if (format === 'json') return JSON.stringify(ps, null, 2) + '\n';
  if (format === 'tsv') {
    return tsv(['path', 'step', 'source', 'relation', 'target', 'weight', ...EVIDENCE_TSV], ps.flatMap((p, i) => p.steps.flatMap((s, j) =>
      s.relations.flatMap((r) => (r.evidence.length ? r.evidence : [null]).map((e) => [i + 1, j + 1, r.source, r.predicate, r.target, r.weight, ...(e ? evidenceCells(e) : ['', '', '', '', '', ''])])))));
  }
  if (!ps.length) return 'no path\n';
  return ps.map((p, i) => `path ${i + 1}: ${p.labels.join(' — ')}\n${p.steps.map((s) =>
    s.relations.map((r) => `  ${r.sourceLabel} ${relName(r)} ${r.targetLabel}${r.evidence[0] ? `: ${cut(oneLine(r.evidence[0].text), 90)}` : ''}`).join('\n')).join('\n')}\n`).join('');
}

/** Positions: one row per issue. */
export function formatPositions(ps: PositionResult[], format: Format): string {
  if (format === 'json') return JSON.stringify(ps, null, 2) + '\n';
  if (format === 'tsv') return tsv(['issue', 'issue_label', 'position', 'agree', 'disagree', ...EVIDENCE_TSV], ps.flatMap((p) => p.evidence.map((e) => [p.issue, p.issueLabel, p.position, p.agree, p.disagree, ...evidenceCells(e)])));
  if (!ps.length) return 'no positions\n';
  return table(['position', 'agree', 'disagree', 'issue'], ps.map((p) => [p.position, String(p.agree), String(p.disagree), cut(p.issueLabel, 100)]));
}

/** Claims: one row per claim sentence. */
export function formatClaims(cs: ClaimResult[], format: Format): string {
  if (format === 'json') return JSON.stringify(cs, null, 2) + '\n';
  if (format === 'tsv') return tsv(['speaker', 'stance', 'cue', 'issue', 'claim', ...EVIDENCE_TSV], cs.map((c) => [c.speaker, c.stance, c.cue, c.issue, c.text, ...evidenceCells(c.evidence)]));
  if (!cs.length) return 'no claims\n';
  return table(['speaker', 'stance', 'cue', 'claim'], cs.map((c) => [c.speakerLabel, c.stance > 0 ? '+' : '-', c.cue, cut(oneLine(c.text), 100)]));
}
