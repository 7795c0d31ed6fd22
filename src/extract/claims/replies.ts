// Replies without content of their own: "Russia thinks differently." or "Moscow disagreed." takes a stance
// on the claim just made by someone else; "Paris agreed." endorses it. The reply repeats that claim's text.
import type { Claim, Evidence, Mention, Sentence } from '../../types.ts';

const LEAD = /^(?:(?:but|and|yet|so|however|the|still)\W+)*$/i;
const REPLY = /^(?:\s*,?\s*(?:also|however|has|have|had|still|clearly|strongly|firmly|flatly),?)*\s+(disagree[sd]?|thinks? differently|thought differently|sees? (?:it|things) differently|saw (?:it|things) differently|begs? to differ|agree[sd]?)(?=\s*(?:[.;,!:—–]|$))/i;
/** How many sentences back the claim replied to may stand. */
const BACK = 2;

/** Claims of sentences that only answer an earlier claim; `bySentence` holds the claims found so far. */
export function replyClaims(docText: string, sentences: Sentence[], mentions: Mention[][], bySentence: Map<number, Claim[]>, evidence: (s: Sentence) => Evidence): Claim[] {
  const out: Claim[] = [];
  for (const s of sentences) {
    const m = mentions[s.index][0];
    if (!m || !LEAD.test(docText.slice(s.start, m.start))) continue;
    const r = REPLY.exec(docText.slice(m.end, s.end));
    if (!r) continue;
    if ((bySentence.get(s.index) ?? []).some((c) => c.speaker === m.actorId)) continue;
    let prev: Claim | undefined;
    for (let i = s.index - 1; i >= Math.max(0, s.index - BACK) && !prev; i--) {
      if (sentences[i].voice !== s.voice) break;
      prev = [...(bySentence.get(i) ?? [])].reverse().find((c) => c.speaker && c.speaker !== m.actorId);
    }
    if (!prev) continue;
    const cueStart = m.end + r.index + r[0].length - r[1].length;
    const agrees = /^agree/i.test(r[1]);
    const reply: Claim = {
      speaker: m.actorId, stance: (agrees ? prev.stance : -prev.stance) as 1 | -1, text: prev.text, cue: r[1],
      contentStart: cueStart, contentEnd: cueStart + r[1].length, speakerMention: m, speakerSource: { start: m.start, end: m.end, text: m.text },
      voice: s.voice, evidence: evidence(s),
    };
    out.push(reply);
    // a reply can be replied to ("Finland thinks differently. Denmark agreed.")
    (bySentence.get(s.index) ?? bySentence.set(s.index, []).get(s.index)!).push(reply);
  }
  return out;
}
