import type { Claim, Relation } from '../types.ts';
import { scopes } from './claims.ts';

const inside = (c: Claim, start: number, end: number) => start >= c.contentStart && end <= (scopes.get(c) ?? c.contentEnd);
const firstWord = (s: string) => s.toLowerCase().split(/\s+/)[0];
const sameSpan = (a: { start: number; end: number } | null | undefined, b: { start: number; end: number }) => Boolean(a && a.start === b.start && a.end === b.end);

/**
 * Sets `attributedTo` on relations read inside reported speech: when both actors of a relation lie in a
 * claim's content, the relation is the claim speaker's word ("Stent says Russia's goal is to keep Assad in
 * power"). The innermost such claim wins, so nested speech goes to the nearer speaker. Claims in the
 * document's own voice (speaker null) leave the relation as it was. A relation from the speaker itself to an actor
 * in the content is the speaker's word too ("the Administration demands the exclusion of Assad"). Returns new relation objects.
 */
export function attributeRelations(relations: Relation[], claims: Claim[]): Relation[] {
  if (!claims.length) return relations;
  const bySentence = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!c.speaker) continue;
    const k = `${c.evidence.docId}\u0000${c.evidence.sentence}`;
    (bySentence.get(k) ?? bySentence.set(k, []).get(k)!).push(c);
  }
  return relations.map((r) => {
    const cands = bySentence.get(`${r.evidence.docId}\u0000${r.evidence.sentence}`);
    if (!cands) return r;
    const start = Math.min(r.sourceMention.start, r.targetMention.start);
    const end = Math.max(r.sourceMention.end, r.targetMention.end);
    // ... unless the relation is the speech act itself ("Finland accused Sweden": the document reports the accusation)
    const act = (c: Claim) => firstWord(c.cue) === firstWord(r.cue);
    const own = (c: Claim) => sameSpan(c.speakerMention, r.sourceMention) && inside(c, r.targetMention.start, r.targetMention.end) && !act(c);
    const holder = cands.filter((c) => inside(c, start, end) || own(c))
      .sort((a, b) => (a.contentEnd - a.contentStart) - (b.contentEnd - b.contentStart))[0];
    return holder ? { ...r, attributedTo: holder.speaker } : r;
  });
}
