import Graph from 'graphology';
import type { Dictionary } from '../actors/dictionary.ts';
import { MODALITIES, POLARITY, type ActorEntry, type ActorKind, type DocumentResult, type Mention, type Relation } from '../types.ts';
import { addIssueLayer, issuesOf } from './issues.ts';
import type { Issue } from './positions.ts';
import { KIND_COLORS, POLARITY_COLORS, type ActorGraph, type EvidenceAttr, type RelationEdgeAttrs } from './schema.ts';

export interface BuildOptions {
  name?: string;
  /** The issues claims are grouped into (default: positions.ts's grouping of these results). */
  issues?: Issue[];
}

const GROUP_WORDS = /\b(rebels?|militias?|front|brigades?|army|forces|fighters|insurgents|movement|jihadists?|militants?|taliban|hezbollah|hamas|al[- ]qaeda)\b/i;
const ORG_WORDS = /\b(ministry|party|council|agency|union|organi[sz]ation|nations|bank|committee|commission|institute|university|times|post|news|press|television|tv|radio|company|corporation|inc|ltd|foundation|fund|alliance|league|court|parliament|congress|senate|assembly|government|administration|department|office|service|coalition|nato|un)\b/i;
const PERSON_NAME = /^(?:(?:mr|mrs|ms|dr|president|prime minister|minister|senator|general|king|queen|sheikh)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:al-|bin\s|de\s|van\s|von\s)?\p{Lu}[\p{L}'’.-]+){1,3}$/u;

/** Kind of a name that is not in the dictionary, guessed from its words ("Free Syrian Army" is a group, "Jane Doe" a person). */
export function guessKind(name: string): ActorKind {
  if (GROUP_WORDS.test(name)) return 'group';
  if (ORG_WORDS.test(name)) return 'organization';
  if (PERSON_NAME.test(name.trim())) return 'person';
  return 'organization';
}

/** Entry of an actor that is not in the dictionary: labelled by its most frequent mention text, kind guessed from it. */
function newEntry(id: string, aliases: Map<string, number> | undefined): ActorEntry {
  const best = [...(aliases ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const label = (best ?? id.replace(/-/g, ' ')).replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim() || id;
  return { id, label, kind: guessKind(label), aliases: [], affiliation: null };
}

/**
 * Entries of the actors the extraction found outside the dictionary (DocumentResult.actors), one per id across
 * documents: the kind most documents gave, the label most documents gave (the longer on a tie: "Angela Stent"
 * over "Stent"), the first affiliation.
 */
function newActorEntries(results: DocumentResult[]): Map<string, ActorEntry> {
  const byId = new Map<string, ActorEntry[]>();
  for (const r of results) for (const e of r.actors ?? []) (byId.get(e.id) ?? byId.set(e.id, []).get(e.id)!).push(e);
  const out = new Map<string, ActorEntry>();
  for (const [id, es] of byId) {
    const kind = mostFrequent(es.map((e) => e.kind), () => 0);
    const label = mostFrequent(es.map((e) => e.label.replace(/\s+/g, ' ').trim()).filter(Boolean), (a, b) => b.length - a.length || byCodeUnit(a, b));
    out.set(id, { id, label: label ?? id, kind, aliases: [], affiliation: es.find((e) => e.affiliation)?.affiliation ?? null, iso3: es.find((e) => e.iso3)?.iso3 ?? null });
  }
  return out;
}

const relKey = (r: Relation) => `${r.source}\u0000${r.predicate}\u0000${r.target}\u0000${r.negated ? 1 : 0}`;
const rel = (m: Mention, base: number): [number, number] => [m.start - base, m.end - base];
/** Marks of the mentions that lie inside the evidence sentence (a coreference may point to an earlier one). */
const marksOf = (ms: Mention[], ev: { start: number; end: number }) => ms.filter((m) => m.start >= ev.start && m.end <= ev.end).map((m) => rel(m, ev.start));
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The most frequent value; ties go to the one that `order` puts first. */
function mostFrequent<T>(values: T[], order: (a: T, b: T) => number): T {
  // stable sort: among equal counts and equal order, the first seen wins
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || order(a[0], b[0]))[0]?.[0] as T;
}

const widenDates = (a: { firstDate: string | null; lastDate: string | null }, date: string | undefined) => {
  if (!date) return;
  if (!a.firstDate || date < a.firstDate) a.firstDate = date;
  if (!a.lastDate || date > a.lastDate) a.lastDate = date;
};

/** Results in document-id order, so that the graph does not depend on the order the inputs were listed in. */
export function orderResults(results: DocumentResult[]): DocumentResult[] {
  return results.map((r, i) => ({ r, i })).sort((a, b) => byCodeUnit(a.r.doc.id, b.r.doc.id) || a.i - b.i).map((x) => x.r);
}

/**
 * Builds the typed graph from extraction results: one node per actor that takes part in a relation
 * or speaks a claim, one edge per (source, predicate, target, negated) with every mention as evidence,
 * and person -> affiliation edges. Pure: the same results, in any order, give the same graph.
 */
export function buildGraph(input: DocumentResult[], dict: Dictionary, opts: BuildOptions = {}): ActorGraph {
  const results = orderResults(input);
  const graph: ActorGraph = new Graph({ multi: true, type: 'directed', allowSelfLoops: false }) as ActorGraph;
  const sentences = results.reduce((n, r) => n + r.sentences.length, 0);
  graph.replaceAttributes({ name: opts.name ?? 'actorgraph', documents: results.length, sentences, generator: 'actorgraph' });

  const aliasCounts = new Map<string, Map<string, number>>();
  const mentionStats = new Map<string, { mentions: number; firstDate: string | null; lastDate: string | null; resolvedBy: Mention['resolvedBy'] }>();
  for (const r of results) {
    for (const m of r.mentions) {
      const s = mentionStats.get(m.actorId) ?? mentionStats.set(m.actorId, { mentions: 0, firstDate: null, lastDate: null, resolvedBy: m.resolvedBy }).get(m.actorId)!;
      s.mentions += 1;
      if (m.resolvedBy === 'dictionary') s.resolvedBy = 'dictionary';
      widenDates(s, r.doc.date);
      const a = aliasCounts.get(m.actorId) ?? aliasCounts.set(m.actorId, new Map()).get(m.actorId)!;
      const surface = m.text.replace(/\s+/g, ' ');
      a.set(surface, (a.get(surface) ?? 0) + 1);
    }
  }
  const found = newActorEntries(results);
  const ensureNode = (id: string) => {
    if (graph.hasNode(id)) return;
    const known = dict.entries.get(id);
    const e = known ?? found.get(id) ?? newEntry(id, aliasCounts.get(id));
    const aliases = Object.fromEntries([...(aliasCounts.get(id) ?? new Map()).entries()].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0])));
    const s = mentionStats.get(id);
    graph.addNode(id, {
      nodeKind: 'actor', label: e.label, kind: e.kind, aliases, iso3: e.iso3 ?? null, affiliation: e.affiliation ?? null,
      resolvedBy: known ? 'dictionary' : s?.resolvedBy === 'coreference' ? 'coreference' : 'new',
      mentions: s?.mentions ?? 0, firstDate: s?.firstDate ?? null, lastDate: s?.lastDate ?? null,
      pagerank: 0, weightedDegree: 0, community: 0, x: 0, y: 0, size: 1, color: KIND_COLORS[e.kind],
    });
  };

  const all: Array<{ r: Relation; date?: string; voice?: EvidenceAttr['voice'] }> = [];
  for (const res of results) {
    const voices = new Map(res.sentences.map((s) => [s.index, s.voice]));
    for (const r of res.relations) all.push({ r, date: res.doc.date, voice: voices.get(r.evidence.sentence) });
  }
  const ids = new Set<string>();
  for (const { r } of all) { ids.add(r.source); ids.add(r.target); }
  for (const res of results) for (const c of res.claims) if (c.speaker) ids.add(c.speaker);
  for (const id of [...ids].sort(byCodeUnit)) ensureNode(id);

  const edges = new Map<string, string>();
  for (const { r, date, voice } of all) {
    if (r.source === r.target) continue;
    const ev: EvidenceAttr = {
      doc: r.evidence.docId, sentence: r.evidence.sentence, start: r.evidence.start, end: r.evidence.end, text: r.evidence.text,
      ...(date && { date }), marks: marksOf([r.sourceMention, r.targetMention], r.evidence), cue: r.cue,
      modality: r.modality, attributedTo: r.attributedTo, ...(voice && { voice }),
    };
    const key = relKey(r);
    const existing = edges.get(key);
    if (existing) {
      const a = graph.getEdgeAttributes(existing);
      a.weight += 1;
      a.evidence.push(ev);
      // results come in document order, so a document already counted is the last one
      if (a.documents[a.documents.length - 1] !== ev.doc) a.documents.push(ev.doc);
      widenDates(a, date);
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
  graph.forEachEdge((e, a) => summariseEdge(graph, e, a));

  // person -> country or organisation they speak for
  for (const id of graph.nodes()) {
    const aff = graph.getNodeAttribute(id, 'affiliation' as never) as string | null | undefined;
    if (!aff || aff === id) continue;
    ensureNode(aff);
    graph.addDirectedEdgeWithKey(`a:${id}`, id, aff, {
      edgeKind: 'affiliation', predicate: 'member-of', polarity: 0, negated: false, modality: 'asserted', attributedTo: null,
      weight: 1, documents: [], firstDate: null, lastDate: null, evidence: [], label: 'member of', size: 0.5, color: POLARITY_COLORS.neutral,
    });
  }
  addIssueLayer(graph, opts.issues ?? issuesOf(results));
  return graph;
}

/** Edge-level modality and attribution (the most frequent among its mentions) and a display size from the weight. */
function summariseEdge(graph: ActorGraph, e: string, a: RelationEdgeAttrs): void {
  const modality = mostFrequent(a.evidence.map((x) => x.modality ?? a.modality), (x, y) => MODALITIES.indexOf(x) - MODALITIES.indexOf(y));
  const attributedTo = mostFrequent(a.evidence.map((x) => x.attributedTo ?? null), (x, y) => (x === null ? -1 : y === null ? 1 : byCodeUnit(x, y)));
  graph.mergeEdgeAttributes(e, { modality, attributedTo, size: Math.min(6, 1 + Math.log2(a.weight)) });
}
