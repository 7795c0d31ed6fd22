// The document-level pass over claims: speakers named once for several sentences. Pronoun speakers
// ("he says") take the actor they refer to, and quotations that run over several sentences, or stand
// alone right after a quoted speaker, are claims of that speaker.
import type { Claim, Evidence, Mention, Sentence } from '../../types.ts';
import type { Dictionary } from '../../actors/dictionary.ts';
import { pending } from '../claims.ts';
import { quotesOf, type Quotes } from './tokens.ts';
import { replyClaims } from './replies.ts';
import { trailingRun } from '../../text/trail.ts';

const PERSONAL = new Set(['he', 'she', 'him', 'her']);
const GROUP = new Set(['they', 'it', 'them']);
/** Definite descriptions that stand for an actor named before ("The group has claimed ..."), with the kinds they fit. */
const DEFINITE: Record<string, 'person' | string[]> = {
  group: ['group'], militants: ['group'], militia: ['group'], rebels: ['group'], organization: ['organization', 'group'], organisation: ['organization', 'group'],
  ministry: ['country', 'organization'], government: ['country'], administration: ['country'], regime: ['country'], country: ['country'], kremlin: ['country'],
  president: 'person', minister: 'person', leader: 'person', spokesman: 'person', spokeswoman: 'person',
};
/** How many sentences back a pronoun may find its actor. */
const LOOKBACK = 4;

export interface DiscourseInput {
  sentences: Sentence[];
  mentions: Mention[][];
  claims: Claim[];
  evidence: (s: Sentence) => Evidence;
}

const isPerson = (dict: Dictionary, m: Mention) => {
  const kind = dict.entries.get(m.actorId)?.kind;
  return kind ? kind === 'person' : m.resolvedBy === 'new';
};

/** The actor a speaker pronoun refers to: the subject (first fitting actor) of the nearest earlier sentence that has one. */
function antecedent(dict: Dictionary, pronoun: string, at: number, s: Sentence, input: DiscourseInput, bySentence: Map<number, Claim[]>, quoted: (m: Mention, i: number) => boolean): Mention | null {
  const p = pronoun.toLowerCase().replace(/^the\s+/, '');
  const definite = DEFINITE[p];
  if (!PERSONAL.has(p) && !GROUP.has(p) && !definite) return null;
  // "the group" takes a group, "the ministry" a country or organisation, "the president" a person
  const fits = (m: Mention) => definite
    ? (definite === 'person' ? isPerson(dict, m) : definite.includes(dict.entries.get(m.actorId)?.kind ?? 'none'))
    : PERSONAL.has(p) ? isPerson(dict, m) : !isPerson(dict, m);
  for (let i = s.index; i >= Math.max(0, s.index - LOOKBACK); i--) {
    const sent = input.sentences[i];
    if (sent.voice !== s.voice) break;
    const speakers = (bySentence.get(i) ?? []).map((c) => c.speakerMention).filter((m): m is Mention => Boolean(m && m.start < at));
    // actors named inside quotations are what the speaker talks about, not who speaks
    const unquoted = (m: Mention) => !quoted(m, i);
    const cands = [...speakers, ...input.mentions[i].filter((m) => m.start < at && unquoted(m))].filter(fits).sort((a, b) => a.start - b.start);
    if (cands.length) return cands[0];
  }
  return null;
}

const overlaps = (c: Claim, q: [number, number]) => c.contentStart < q[1] && q[0] < c.contentEnd;
const sameLine = (text: string, a: Sentence, b: Sentence) => !text.slice(a.end, b.start).includes('\n');

/**
 * New names given by a surname alone ("Kupchan said") take the full name used elsewhere in the document
 * ("Cliff Kupchan"), when exactly one known or new actor id ends with that surname.
 */
function linkSurnames(input: DiscourseInput): void {
  const ids = new Set<string>();
  for (const ms of input.mentions) for (const m of ms) ids.add(m.actorId);
  for (const c of input.claims) if (c.speaker) ids.add(c.speaker);
  for (const c of input.claims) {
    const m = c.speakerMention;
    if (!m || m.resolvedBy !== 'new' || m.actorId.includes('-')) continue;
    const full = [...ids].filter((id) => id.endsWith(`-${m.actorId}`));
    if (full.length !== 1) continue;
    c.speaker = full[0];
    c.speakerMention = { ...m, actorId: full[0] };
  }
}

/** Settles pronoun speakers and adds the claims of quotations whose speaker is named in another sentence. */
export function resolveDiscourse(dict: Dictionary, docText: string, input: DiscourseInput): Claim[] {
  const bySentence = new Map<number, Claim[]>();
  for (const c of input.claims) (bySentence.get(c.evidence.sentence) ?? bySentence.set(c.evidence.sentence, []).get(c.evidence.sentence)!).push(c);
  const quotes: Quotes[] = input.sentences.map((s) => quotesOf(s.text, s.start));
  // sentences wholly inside a quotation that began earlier and ends later
  const within: boolean[] = [];
  let open = false;
  input.sentences.forEach((s, i) => {
    within.push(open && !quotes[i].spans.length);
    if (quotes[i].openAtEnd) open = true;
    else if (quotes[i].spans.length || !sameLine(docText, input.sentences[i - 1] ?? s, s)) open = false;
  });
  const quoted = (m: Mention, i: number) => within[i] || quotes[i].spans.some(([qs, qe]) => m.start >= qs && m.end <= qe);
  linkSurnames(input);
  for (const s of input.sentences) {
    for (const c of bySentence.get(s.index) ?? []) {
      const p = pending.get(c);
      if (!p?.pronoun || c.speakerMention) continue;
      const m = antecedent(dict, p.pronoun.text, p.pronoun.start, s, input, bySentence, quoted) ?? p.fallback;
      if (!m) continue;
      c.speaker = m.actorId;
      c.speakerMention = { actorId: m.actorId, start: p.pronoun.start, end: p.pronoun.end, text: p.pronoun.text, resolvedBy: 'coreference' };
    }
  }
  const quoteClaim = (i: number) => (bySentence.get(i) ?? []).find((c) => quotes[i].spans.some((q) => overlaps(c, q)) && (c.speaker || c.speakerSource));
  const added: Claim[] = [];
  const addFor = (i: number, from: Claim, range: [number, number]) => {
    if ((bySentence.get(i) ?? []).some((c) => overlaps(c, range) || (c.speaker !== null && c.speaker === from.speaker))) return;
    const s = input.sentences[i];
    const raw = docText.slice(range[0], range[1]);
    const lead = raw.length - raw.replace(/^[\s“"‘]+/, '').length;
    const body = raw.slice(lead);
    const text = body.slice(0, body.length - trailingRun(body, ' ,;:—–”"’-'));
    if (text.split(/\s+/).length < 2) return;
    const claim: Claim = {
      speaker: from.speaker, stance: from.stance, text, cue: from.cue, contentStart: range[0] + lead, contentEnd: range[0] + lead + text.length,
      speakerMention: from.speakerMention, speakerSource: from.speakerSource ?? null, voice: s.voice, evidence: input.evidence(s),
    };
    added.push(claim);
    (bySentence.get(i) ?? bySentence.set(i, []).get(i)!).push(claim);
  };
  // quotations over several sentences: every sentence of the run takes the speaker named in one of them
  let run: Array<{ i: number; range: [number, number] }> = [];
  const closeRun = () => {
    const speaker = [...run].reverse().map((r) => quoteClaim(r.i)).find(Boolean);
    if (speaker) for (const r of run) addFor(r.i, speaker, r.range);
    run = [];
  };
  for (let i = 0; i < input.sentences.length; i++) {
    const s = input.sentences[i], q = quotes[i];
    if (run.length) {
      const prev = input.sentences[i - 1];
      const quoteFree = !q.spans.length && sameLine(docText, prev, s);
      const newParagraphQuote = !sameLine(docText, prev, s) && /^[“"]/.test(s.text);
      if (q.closesEarlier) { run.push({ i, range: q.spans[0] }); closeRun(); }
      else if (quoteFree) run.push({ i, range: [s.start, s.end] });
      else if (newParagraphQuote) {
        run.push({ i, range: q.spans[0] });
        if (!q.openAtEnd) closeRun();
        continue;
      } else closeRun();
    }
    if (!run.length && q.openAtEnd) run.push({ i, range: q.spans[q.spans.length - 1] });
  }
  if (run.length) closeRun();
  // a whole quoted sentence right after a speaker's claim goes on in that speaker's voice, when only one actor spoke there
  const soleSpeaker = (i: number) => {
    const named = (bySentence.get(i) ?? []).filter((c) => c.speaker);
    return named.length && named.every((c) => c.speaker === named[0].speaker) ? named[named.length - 1] : undefined;
  };
  for (let i = 1; i < input.sentences.length; i++) {
    const s = input.sentences[i], q = quotes[i];
    if (!/^[“"]/.test(s.text) || q.openAtEnd || !q.spans.length || (bySentence.get(i) ?? []).length) continue;
    // the quotation must be the whole sentence
    if (s.end - q.spans[q.spans.length - 1][1] > 2) continue;
    const prev = quoteClaim(i - 1) ?? soleSpeaker(i - 1);
    if (prev && prev.voice === s.voice) addFor(i, prev, [q.spans[0][0], q.spans[q.spans.length - 1][1]]);
  }
  // "Russia thinks differently.": the opposite stance on the claim just made
  added.push(...replyClaims(docText, input.sentences, input.mentions, bySentence, input.evidence));
  return [...input.claims, ...added].sort((a, b) => a.evidence.start - b.evidence.start || a.contentStart - b.contentStart);
}
