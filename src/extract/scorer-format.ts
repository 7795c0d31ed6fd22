import type { Claim, DocumentResult, Relation } from '../types.ts';
import type { Dictionary } from '../actors/dictionary.ts';

/** One line of `actorgraph extract`: the format `../shared/tools/score.mjs` reads. Offsets are in the record's text. */
export interface ScorerRecord {
  id: string;
  relations: Array<Record<string, unknown>>;
  claims: Array<Record<string, unknown>>;
}

/** ISO 3166 alpha-3 of a country actor, or of the country a person or agency speaks for (CAMEO codes them so). */
const iso3 = (dict: Dictionary, id: string, depth = 0): string | undefined => {
  const e = dict.entries.get(id);
  if (!e) return undefined;
  if (e.kind === 'country') return e.iso3 ?? undefined;
  return e.affiliation && depth < 2 ? iso3(dict, e.affiliation, depth + 1) : undefined;
};

function relationRecord(dict: Dictionary, r: Relation): Record<string, unknown> {
  const s = iso3(dict, r.source), t = iso3(dict, r.target);
  return {
    source: r.source, relation: r.predicate, target: r.target, negated: r.negated, modality: r.modality, attributed_to: r.attributedTo,
    source_text: r.sourceMention.text, target_text: r.targetMention.text,
    source_span: [r.sourceMention.start, r.sourceMention.end], target_span: [r.targetMention.start, r.targetMention.end],
    evidence: { start: r.evidence.start, end: r.evidence.end }, cue: r.cue,
    ...(s && { source_iso3: s }), ...(t && { target_iso3: t }),
  };
}

function claimRecord(c: Claim): Record<string, unknown> {
  return {
    speaker: c.speaker, stance: c.stance, text: c.text, cue: c.cue,
    // an unnamed source ("a senior official") still has words in the sentence: the span lets span-based scorers match it
    speaker_text: c.speakerMention?.text ?? c.speakerSource?.text ?? null,
    speaker_span: c.speakerMention ? [c.speakerMention.start, c.speakerMention.end] : c.speakerSource ? [c.speakerSource.start, c.speakerSource.end] : null,
    content_span: [c.contentStart, c.contentEnd], voice: c.voice,
    evidence: { start: c.evidence.start, end: c.evidence.end },
  };
}

/** Converts one document's result to a scorer record. */
export function toScorerRecord(dict: Dictionary, res: DocumentResult): ScorerRecord {
  return { id: res.doc.id, relations: res.relations.map((r) => relationRecord(dict, r)), claims: res.claims.map(claimRecord) };
}
