// Extraction results written by hand, so that graph, export and query tests need no NLP.
import type { Dictionary } from '../../src/actors/dictionary.ts';
import type { ActorEntry, Claim, DocumentResult, Mention, Modality, Predicate, Relation, Sentence } from '../../src/types.ts';

export const ENTRIES: ActorEntry[] = [
  { id: 'russia', label: 'Russia', kind: 'country', aliases: ['Moscow', 'the Kremlin'], affiliation: null, iso3: 'RUS' },
  { id: 'syria', label: 'Syria', kind: 'country', aliases: ['Damascus'], affiliation: null, iso3: 'SYR' },
  { id: 'united-states', label: 'United States', kind: 'country', aliases: ['US', 'Washington'], affiliation: null, iso3: 'USA' },
  { id: 'france', label: 'France', kind: 'country', aliases: ['Paris'], affiliation: null, iso3: 'FRA' },
  { id: 'bashar-al-assad', label: 'Bashar al-Assad', kind: 'person', aliases: ['Assad', 'President Assad'], affiliation: 'syria' },
  { id: 'vladimir-putin', label: 'Vladimir Putin', kind: 'person', aliases: ['Putin'], affiliation: 'russia' },
  { id: 'isis', label: 'Islamic State', kind: 'group', aliases: ['ISIS', 'IS'], affiliation: null },
];
export const dict = (entries = ENTRIES) => ({ entries: new Map(entries.map((e) => [e.id, e])) }) as unknown as Dictionary;

/** A relation row: [source id, surface, predicate, target id, surface, options]. */
export type RelRow = [string, string, Predicate, string, string, { negated?: boolean; modality?: Modality; attributedTo?: string | null }?];
/** A claim row: [speaker id, surface, stance, content (a substring of the sentence), cue, actors named in the content]. */
export type ClaimRow = [string, string, 1 | -1, string, string, Array<[string, string]>?];
export interface SentenceSpec { text: string; rels?: RelRow[]; claims?: ClaimRow[]; voice?: 'article' | 'comment' }

/** A document result whose sentences are joined by one space; offsets are computed from the surfaces. */
export function doc(id: string, date: string | undefined, specs: SentenceSpec[]): DocumentResult {
  const sentences: Sentence[] = [];
  const mentions: Mention[] = [];
  const relations: Relation[] = [];
  const claims: Claim[] = [];
  let at = 0;
  specs.forEach((s, index) => {
    const sent: Sentence = { docId: id, index, start: at, end: at + s.text.length, text: s.text, voice: s.voice ?? 'article' };
    sentences.push(sent);
    const evidence = { docId: id, sentence: index, start: sent.start, end: sent.end, text: s.text };
    const mention = (actorId: string, surface: string): Mention => {
      const i = s.text.indexOf(surface);
      if (i < 0) throw new Error(`"${surface}" not in "${s.text}"`);
      const m: Mention = { actorId, start: at + i, end: at + i + surface.length, text: surface, resolvedBy: 'dictionary' };
      if (!mentions.some((x) => x.start === m.start && x.actorId === actorId)) mentions.push(m);
      return m;
    };
    for (const [src, sText, predicate, tgt, tText, o = {}] of s.rels ?? []) {
      relations.push({
        source: src, predicate, target: tgt, negated: o.negated ?? false, modality: o.modality ?? 'asserted', attributedTo: o.attributedTo ?? null,
        sourceMention: mention(src, sText), targetMention: mention(tgt, tText), cue: predicate, evidence,
      });
    }
    for (const [speaker, sText, stance, content, cue, inside = []] of s.claims ?? []) {
      const i = s.text.indexOf(content);
      for (const [id, surface] of inside) mention(id, surface);
      claims.push({
        speaker, stance, text: content, cue, contentStart: at + i, contentEnd: at + i + content.length,
        speakerMention: mention(speaker, sText), voice: sent.voice, evidence,
      });
    }
    at += s.text.length + 1;
  });
  return { doc: { id, ...(date && { date }) }, sentences, mentions, relations, claims, messages: [] };
}

/** A small corpus with merged, negated, hedged, attributed and dated relations, and claims. */
export function corpus(): DocumentResult[] {
  return [
    doc('d1', '2015-10-01', [
      { text: 'Russia supports Assad.', rels: [['russia', 'Russia', 'supports', 'bashar-al-assad', 'Assad']] },
      { text: 'The US opposes Assad, officials said.', rels: [['united-states', 'US', 'opposes', 'bashar-al-assad', 'Assad']] },
      { text: 'Putin said Assad must stay.', claims: [['vladimir-putin', 'Putin', 1, 'Assad must stay', 'said', [['bashar-al-assad', 'Assad']]]] },
    ]),
    doc('d2', '2015-11-15', [
      { text: 'Moscow backs Damascus and supports Assad.', rels: [['russia', 'Moscow', 'supports', 'bashar-al-assad', 'Assad'], ['russia', 'Moscow', 'supports', 'syria', 'Damascus']] },
      { text: 'France does not support Assad.', rels: [['france', 'France', 'supports', 'bashar-al-assad', 'Assad', { negated: true }]] },
      { text: 'Washington may attack ISIS.', rels: [['united-states', 'Washington', 'attacks', 'isis', 'ISIS', { modality: 'possible' }]] },
      { text: 'Putin denied that Assad must stay.', claims: [['vladimir-putin', 'Putin', -1, 'Assad must stay', 'denied', [['bashar-al-assad', 'Assad']]]] },
    ]),
    doc('d3', undefined, [
      { text: 'Putin said France opposes Assad.', rels: [['france', 'France', 'opposes', 'bashar-al-assad', 'Assad', { attributedTo: 'vladimir-putin' }]] },
    ]),
  ];
}
