import Graph from 'graphology';
import type { Dictionary } from '../actors/dictionary.ts';
import { POLARITY, type ActorEntry, type DocumentResult, type Mention, type Relation } from '../types.ts';
import { KIND_COLORS, POLARITY_COLORS, type ActorGraph, type EvidenceAttr } from './schema.ts';

export interface BuildOptions {
  name?: string;
}

/** Kind of an actor that is not in the dictionary: guessed from its surface form. */
function guessEntry(id: string, mention: Mention | undefined): ActorEntry {
  return { id, label: mention?.text ?? id, kind: 'organization', aliases: [], affiliation: null };
}

const relKey = (r: Relation) => `${r.source}\u0000${r.predicate}\u0000${r.target}\u0000${r.negated ? 1 : 0}`;
const rel = (m: Mention, base: number): [number, number] => [m.start - base, m.end - base];

/**
 * Builds the typed graph from extraction results: one node per actor that takes part in a relation
 * or speaks a claim, one edge per (source, predicate, target, negated) with every mention as evidence,
 * and person -> affiliation edges. Pure: same results, same graph.
 */
export function buildGraph(results: DocumentResult[], dict: Dictionary, opts: BuildOptions = {}): ActorGraph {
  const graph: ActorGraph = new Graph({ multi: true, type: 'directed', allowSelfLoops: false }) as ActorGraph;
  const sentences = results.reduce((n, r) => n + r.sentences.length, 0);
  graph.replaceAttributes({ name: opts.name ?? 'actorgraph', documents: results.length, sentences, generator: 'actorgraph' });

  const aliasCounts = new Map<string, Map<string, number>>();
  const mentionCounts = new Map<string, number>();
  const firstMention = new Map<string, Mention>();
  for (const r of results) {
    for (const m of r.mentions) {
      mentionCounts.set(m.actorId, (mentionCounts.get(m.actorId) ?? 0) + 1);
      if (!firstMention.has(m.actorId)) firstMention.set(m.actorId, m);
      const a = aliasCounts.get(m.actorId) ?? aliasCounts.set(m.actorId, new Map()).get(m.actorId)!;
      a.set(m.text, (a.get(m.text) ?? 0) + 1);
    }
  }
  const ensureNode = (id: string) => {
    if (graph.hasNode(id)) return;
    const e = dict.entries.get(id) ?? guessEntry(id, firstMention.get(id));
    const aliases = Object.fromEntries([...(aliasCounts.get(id) ?? new Map()).entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
    graph.addNode(id, {
      nodeKind: 'actor', label: e.label, kind: e.kind, aliases, iso3: e.iso3 ?? null, affiliation: e.affiliation ?? null,
      mentions: mentionCounts.get(id) ?? 0, pagerank: 0, weightedDegree: 0, community: 0, x: 0, y: 0, size: 1, color: KIND_COLORS[e.kind],
    });
  };

  const all: Array<{ r: Relation; date?: string }> = [];
  for (const res of results) for (const r of res.relations) all.push({ r, date: res.doc.date });
  const ids = new Set<string>();
  for (const { r } of all) { ids.add(r.source); ids.add(r.target); }
  for (const res of results) for (const c of res.claims) if (c.speaker) ids.add(c.speaker);
  for (const id of [...ids].sort()) ensureNode(id);

  const edges = new Map<string, string>();
  for (const { r, date } of all) {
    const ev: EvidenceAttr = {
      doc: r.evidence.docId, sentence: r.evidence.sentence, start: r.evidence.start, end: r.evidence.end, text: r.evidence.text,
      ...(date && { date }), marks: [rel(r.sourceMention, r.evidence.start), rel(r.targetMention, r.evidence.start)], cue: r.cue,
    };
    const key = relKey(r);
    const existing = edges.get(key);
    if (existing) {
      const a = graph.getEdgeAttributes(existing);
      a.weight += 1;
      a.evidence.push(ev);
      if (!a.documents.includes(ev.doc)) a.documents.push(ev.doc);
      if (date) {
        if (!a.firstDate || date < a.firstDate) a.firstDate = date;
        if (!a.lastDate || date > a.lastDate) a.lastDate = date;
      }
      continue;
    }
    const polarity = POLARITY[r.predicate];
    const id = graph.addDirectedEdgeWithKey(`e${edges.size}`, r.source, r.target, {
      edgeKind: 'relation', predicate: r.predicate, polarity, negated: r.negated, modality: r.modality, attributedTo: r.attributedTo,
      weight: 1, documents: [ev.doc], firstDate: date ?? null, lastDate: date ?? null, evidence: [ev],
      label: r.negated ? `not ${r.predicate}` : r.predicate, size: 1,
      color: polarity > 0 ? POLARITY_COLORS.cooperative : POLARITY_COLORS.conflictual,
    });
    edges.set(key, id);
  }
  for (const a of graph.edges()) graph.setEdgeAttribute(a, 'size', Math.min(6, 1 + Math.log2(graph.getEdgeAttribute(a, 'weight'))));

  // person -> country or organisation they speak for
  for (const id of graph.nodes()) {
    const aff = graph.getNodeAttribute(id, 'affiliation');
    if (!aff || aff === id) continue;
    ensureNode(aff);
    graph.addDirectedEdgeWithKey(`a:${id}`, id, aff, {
      edgeKind: 'affiliation', predicate: 'member-of', polarity: 0, negated: false, modality: 'asserted', attributedTo: null,
      weight: 1, documents: [], firstDate: null, lastDate: null, evidence: [], label: 'member of', size: 0.5, color: POLARITY_COLORS.neutral,
    });
  }
  return graph;
}
