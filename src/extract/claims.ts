import type { Claim, Mention, Sentence } from '../types.ts';
import type { ExtractContext } from './context.ts';
import type { SentenceInput } from './document.ts';
import { speechLexicon, type SpeechCue } from './claims/lexicon.ts';
import { breaksAfter, has, tokensOf, type Tok } from './claims/tokens.ts';
import { npEnd, npStart, skipLeft, speakerOf, type SpeakerRef } from './claims/speaker.ts';
import { nominalClaims } from './claims/nominal.ts';
import { commentClaim } from './claims/comments.ts';
import { contentStart, forwardContent, quotedPart, restHasNoClause, spanText } from './claims/content.ts';

/** What the document pass still has to settle for a claim: a pronoun speaker ("he says") to resolve against earlier sentences. */
export interface PendingSpeaker {
  pronoun: { start: number; end: number; text: string } | null;
  /** Coreference's own reading of the pronoun, if any. */
  fallback?: Mention;
}
/** Where a claim's reach for attribution ends when it goes past its content (a quotation followed by more of the report). */
export const scopes = new WeakMap<Claim, number>();
/** Claims whose speaker the document pass resolves (see claims/discourse.ts). */
export const pending = new WeakMap<Claim, PendingSpeaker>();

const SUBORDINATORS = new Set(['while', 'although', 'though', 'as', 'since', 'because', 'if', 'when', 'after', 'before', 'whereas', 'once', 'until', 'unless']);
const isVerbStart = (t: Tok) => has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Gerund') && !/^\p{Lu}/u.test(t.text);
const firstComma = (toks: Tok[]) => { const i = toks.findIndex((t) => /,/.test(t.post)); return i < 0 ? toks.length : i; };

/** Word ranges of a quoted content, cut where "and" joins two quotations ("“A” remains and “B,” she said"). */
function splitQuotes(toks: Tok[], a: number, b: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = a;
  for (let i = a + 1; i < b - 1; i++) if (toks[i].lower === 'and' && /[“"]/.test(toks[i + 1].pre) && i > s + 1) { out.push([s, i]); s = i + 1; }
  out.push([s, b]);
  return out;
}

/** One claim over the words on both sides of an interrupting cue; the text leaves the cue out. */
function joinAround(input: SentenceInput, toks: Tok[], a: number, b: number, c: number, d: number, spk: SpeakerRef | null, cue: string, stance: 1 | -1): Claim | null {
  const left = make(input, toks, spk, cue, stance, a, b), right = make(input, toks, spk, cue, stance, c, d);
  if (!left || !right) return left ?? right;
  const joined = { ...left, text: `${left.text} ${right.text}`, contentEnd: right.contentEnd };
  const p = pending.get(left);
  if (p) pending.set(joined, p);
  return joined;
}

/**
 * Whether a clause starts at `c0`: after "that", a colon or a quotation mark, or when a tensed verb or modal
 * follows within a few words ("maintained Assad should remain" yes, "maintaining power" no).
 */
function opensClause(toks: Tok[], c0: number, k: number): boolean {
  if (c0 >= toks.length) return false;
  if (toks[c0 - 1]?.lower === 'that' && c0 - 1 >= k) return true;
  if (/[“":]/.test(toks[c0].pre) || /:/.test(toks[c0 - 1]?.post ?? '')) return true;
  for (let i = c0; i < Math.min(toks.length, c0 + 24); i++) {
    const t = toks[i];
    if (i > c0 && toks[i - 1].lower !== 'to' && (has(t, 'Modal') || (has(t, 'Verb') && (has(t, 'PresentTense') || has(t, 'PastTense') || has(t, 'Copula')) && !has(t, 'Gerund')))) return true;
    if (breaksAfter(t)) return false;
  }
  return false;
}

const LEADING_CONJ = new Set(['but', 'and', 'or', 'so', 'yet', 'nor']);
const WH = new Set(['what', 'whatever', 'how', 'why', 'whether']);
const isFinite = (t: Tok) => has(t, 'Modal') || has(t, 'Copula') || (has(t, 'Verb') && (has(t, 'PresentTense') || has(t, 'PastTense')) && !has(t, 'Gerund'));
const RELATIVE = new Set(['who', 'which', 'whose', 'whom']);

/**
 * Start of the subject before an inserted phrase that ends at `j` with a comma: an apposition, a participle
 * or a relative clause between commas. Null when there is no such subject.
 */
function insertionSubject(toks: Tok[], j: number): { start: number; end: number; apposition: boolean } | null {
  let p = j - 1;
  while (p >= 0 && !breaksAfter(toks[p])) p--;
  if (p < 0) return null;
  const inserted = toks.slice(p + 1, j + 1);
  const relative = RELATIVE.has(inserted[0]?.lower ?? '');
  const participle = has(inserted[0], 'Gerund') || has(inserted[0], 'Participle') || (has(inserted[0], 'PastTense') && !has(inserted[0], 'Noun'));
  // an apposition holds no finite verb; a relative clause or participle may
  if (!relative && !participle && inserted.some((t) => isFinite(t))) return null;
  const s = npStart(toks, p);
  if (s > p) return null;
  // an apposition may hold the name ("The U.N. envoy, Staffan de Mistura, said"); a participle or relative clause does not
  return { start: s, end: p + 1, apposition: !relative && !participle };
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const NEGATION = new Set(['not', "n't", 'never', 'no']);

interface Found { i: number; end: number; cue: SpeechCue | 'according'; text: string }

/** Speech cues in the words: verbs of the lexicon (with their particle) and "according to"; passives, infinitives and negated cues are left out. */
function findCues(toks: Tok[]): Found[] {
  const lex = speechLexicon();
  const out: Found[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to') { out.push({ i, end: i + 2, cue: 'according', text: `${t.text} ${toks[i + 1].text}` }); i++; continue; }
    const cues = lex.forms.get(t.lower.replace(/[’']s$/, ''));
    if (!cues) continue;
    const cue = cues.find((c) => !c.particle || toks[i + 1]?.lower === c.particle);
    if (!cue) continue;
    const prev = toks[i - 1];
    // the tagger now and then reads "He said ..." as an adjective: an inflected cue right after a name or pronoun is a verb
    const afterSubject = t.lower !== cue.lemma && Boolean(prev) && (has(prev, 'Pronoun') || has(prev, 'ProperNoun')) && !has(prev, 'Possessive');
    const verbal = has(t, 'Verb') || afterSubject || (cue.particle && /^\p{Lu}/u.test(t.text)) || (t.lower.endsWith('ing') && toks[i - 1]?.lower === 'as');
    if (!verbal) continue;
    if (prev?.lower === 'to' || prev?.lower === 'so') continue;
    let j = i - 1, negated = false, passive = false;
    while (j >= 0 && i - j <= 3 && (has(toks[j], 'Auxiliary') || has(toks[j], 'Adverb') || has(toks[j], 'Negative') || NEGATION.has(toks[j].lower) || BE.has(toks[j].lower) || /n[’']t$/.test(toks[j].lower))) {
      if (NEGATION.has(toks[j].lower) || has(toks[j], 'Negative') || /n[’']t$/.test(toks[j].lower)) negated = true;
      if (BE.has(toks[j].lower) && !t.lower.endsWith('ing')) passive = true;
      j--;
    }
    if (negated || passive || toks[(cue.particle ? i + 2 : i + 1)]?.lower === 'by') continue;
    const end = cue.particle ? i + 2 : i + 1;
    out.push({ i, end, cue, text: toks.slice(i, end).map((x) => x.text).join(' ') });
    i = end - 1;
  }
  return out;
}

const lastSpeaker = (claims: Claim[]) => claims.length ? claims[claims.length - 1] : null;

/** Whether extractClaims will parse this sentence: it holds a speech cue, or it is a comment that names an actor. */
export function claimsNeedParse(sentence: Pick<Sentence, 'text' | 'voice'>, mentions: readonly unknown[]): boolean {
  return (sentence.voice === 'comment' && mentions.length > 0) || speechLexicon().anyCue.test(sentence.text);
}

/** Claims of one sentence: reported speech in its common forms (see data/lexicon/speech.json for the cues). */
export function extractClaims(ctx: ExtractContext, input: SentenceInput): Claim[] {
  const { sentence } = input;
  const comment = sentence.voice === 'comment' && input.mentions.length > 0;
  if (!claimsNeedParse(sentence, input.mentions)) return [];
  const toks = tokensOf(input.parse(), sentence.start);
  const out = reported(ctx, input, toks);
  if (comment && !out.length) {
    // a reader's own claim: no speaker, voice 'comment'
    const cc = commentClaim(toks, input.mentions, sentence.text);
    const c = cc && make(input, toks, null, cc.cue, 1, cc.a, cc.b);
    if (c) out.push(c);
  }
  return out;
}

/** Reported speech in the words of a sentence. */
function reported(ctx: ExtractContext, input: SentenceInput, toks: Tok[]): Claim[] {
  const cues = findCues(toks);
  const out: Claim[] = [];
  for (const nc of nominalClaims(toks, input.mentions, speechLexicon())) {
    // a noun inside another cue's content is still its possessor's claim ("Fabius said Putin's call for ...")
    for (const [a, b] of nc.spans) { const c = make(input, toks, nc.speaker, nc.cue, nc.stance, a, b); if (c) out.push(c); }
  }
  if (!cues.length) return out;
  const cueStarts = cues.map((c) => c.i);
  let consumed = 0; // words before this index already belong to an earlier claim's content
  for (let n = 0; n < cues.length; n++) {
    const f = cues[n];
    const made = layout(ctx, input, toks, f, cueStarts, consumed, out);
    for (const c of made) out.push(c);
    if (made.length) consumed = Math.max(consumed, ...made.map((c) => toks.findIndex((t) => t.start >= c.contentEnd)).map((x) => (x < 0 ? toks.length : x)));
  }
  return out;
}

function make(input: SentenceInput, toks: Tok[], spk: SpeakerRef | null, cue: string, stance: 1 | -1, a: number, b: number): Claim | null {
  // a leading "But"/"And" links the content to what came before; it is not part of what was said
  while (a < b - 1 && LEADING_CONJ.has(toks[a].lower) && !breaksAfter(toks[a])) a++;
  const span = spanText(input.sentence.text, input.sentence.start, toks, a, b);
  if (!span || span.text.split(/\s+/).length < 2) return null;
  const claim: Claim = {
    speaker: spk?.mention?.actorId ?? null, stance, text: span.text, cue, contentStart: span.start, contentEnd: span.end,
    speakerMention: spk?.mention ?? null, voice: input.sentence.voice, evidence: input.evidence,
    speakerSource: spk?.source ?? null,
  };
  if (spk?.pronoun && !spk.mention) pending.set(claim, { pronoun: spk.pronoun, fallback: spk.fallback });
  // "The group said ...": a definite description of an actor named before
  else if (!spk?.mention && spk?.source && /^the\s+\p{L}+$/iu.test(spk.source.text)) pending.set(claim, { pronoun: spk.source });
  return claim;
}

/** Speaker and content of one cue, by where the cue stands: "X said C", "C, X said", "“C,” said X", "according to X, C". */
function layout(ctx: ExtractContext, input: SentenceInput, toks: Tok[], f: Found, cueStarts: number[], consumed: number, before: Claim[]): Claim[] {
  const dict = ctx.dictionary;
  const mentions: Mention[] = input.mentions;
  const n = toks.length;
  const each = (spk: SpeakerRef | null): Array<SpeakerRef | null> =>
    spk?.also?.length ? [spk, ...spk.also.map((m) => ({ mention: m, pronoun: null, source: { start: m.start, end: m.end, text: m.text } }))] : [spk];
  const claims = (spk: SpeakerRef | null, cue: string, stance: 1 | -1, spans: Array<[number, number]>) =>
    each(spk).flatMap((sp) => spans.map(([a, b]) => make(input, toks, sp, cue, stance, a, b))).filter((c): c is Claim => c !== null);
  const backStart = (upto: number) => (consumed < upto ? consumed : 0);

  if (f.cue === 'according') {
    const s = f.end, e = npEnd(toks, s);
    const spk = speakerOf(toks, s, e, mentions, dict);
    if (f.i === 0 || breaksAfter(toks[f.i - 1]) === false && f.i <= 1) {
      return claims(spk, f.text, 1, forwardContent(toks, e, n, cueStarts.filter((c) => c > e)));
    }
    // "..., he says, according to Interfax": the source of a source is not a speaker of its own
    if (cueStarts.some((c) => c >= backStart(f.i) && c < f.i)) return [];
    return claims(spk, f.text, 1, [[backStart(f.i), f.i]]);
  }
  const cue = f.cue;
  let j = skipLeft(toks, f.i - 1);
  const leftBoundary = j < 0 || breaksAfter(toks[j]) || /[”"’]/.test(toks[j].post);
  const k = f.end;
  const ing = toks[f.i].lower.endsWith('ing');
  const backward = !ing && (k >= n || /,/.test(toks[f.end - 1].post) || ((cue.frame === 'clause' || cue.frame === 'object') && restHasNoClause(toks, k)));

  if (backward) {
    if (!leftBoundary) {
      // "..., Fabius said." / "“...,” he says."
      const s = npStart(toks, j);
      if (s === 0 || !(breaksAfter(toks[s - 1]) || /[”"]/.test(toks[s - 1].post))) return [];
      const spk = speakerOf(toks, s, j + 1, mentions, dict);
      // "The trouble, she says, lies in ...": the cue interrupts its content
      if (k < n && /,/.test(toks[f.end - 1].post) && s > 0 && !/[”"]/.test(toks[s - 1].post) && !cueStarts.some((c) => c > k)
        && !toks.slice(backStart(s), s).some((t) => isFinite(t))) {
        const joined = joinAround(input, toks, backStart(s), s, k, n, spk, f.text, cue.stance);
        return joined ? [joined] : [];
      }
      // "“We will win,” Trump said, “and we will win big.”": one content around the cue
      if (k < n && /[“"]/.test(toks[k].pre) && /[”"]/.test(toks[s - 1].post)) {
        const joined = joinAround(input, toks, backStart(s), s, k, n, spk, f.text, cue.stance);
        return joined ? [joined] : [];
      }
      return claims(spk, f.text, cue.stance, splitQuotes(toks, backStart(s), s));
    }
    if (j < 0) return [];
    // "“...,” says Stent, director of ..."
    const e = npEnd(toks, k);
    if (e <= k) return [];
    return claims(speakerOf(toks, k, e, mentions, dict), f.text, cue.stance, splitQuotes(toks, backStart(j + 1), j + 1));
  }

  // forward: the content follows the cue
  let spk: SpeakerRef | null;
  if (!leftBoundary) {
    let t = toks[j];
    // "Putin was quoted as saying ...": the subject of "was quoted"
    if (t.lower === 'as' && toks[j - 1]?.lower === 'quoted') {
      j = skipLeft(toks, j - 2);
      if (j < 0) return [];
      t = toks[j];
    }
    const prev = lastSpeaker(before);
    if ((t.lower === 'and' || t.lower === 'but') && prev) {
      // "Sanders said ..., but added that ...": the same speaker goes on
      spk = { mention: prev.speakerMention, pronoun: null, source: prev.speakerSource ?? null };
    } else {
      // "... who want X and believe ...": no subject right before the cue, so no speaker to name
      if (!(has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Pronoun') || has(t, 'Acronym') || RELATIVE.has(t.lower) || /^\p{Lu}/u.test(t.text))) return [];
      let s0 = npStart(toks, j);
      // "what the lawyers think": a free relative names no one who says something
      if (WH.has(toks[s0 - 1]?.lower ?? '')) return [];
      let e0 = j + 1;
      // "Trump, who has called for ...": the relative pronoun stands for the name before it
      if (RELATIVE.has(t.lower)) {
        if (!(s0 === j && s0 > 0 && breaksAfter(toks[s0 - 1]))) return [];
        e0 = s0; s0 = npStart(toks, s0 - 1);
        // "..., who knows where ...": a question, unless a name stands before the comma
        if (!toks.slice(s0, e0).some((x) => /^\p{Lu}/u.test(x.text)) && !mentions.some((m) => m.end === toks[e0 - 1].end)) return [];
      }
      spk = speakerOf(toks, s0, e0, mentions, dict);
    }
  } else if (j >= 0 && toks[f.i].lower.endsWith('ing')) {
    // "..., noting that ...": the main clause's subject speaks
    const prev = lastSpeaker(before);
    const subject = mentions.find((m) => m.end <= toks[j].end);
    spk = prev ? { mention: prev.speakerMention, pronoun: null, source: prev.speakerSource ?? null } : subject ? { mention: subject, pronoun: null, source: { start: subject.start, end: subject.end, text: subject.text } } : null;
  } else if (j >= 0) {
    // "Pushkov, head of the committee, says ...", "Clinton, speaking in Iowa, said ...", "Trump, who ..., said ...":
    // the name before the inserted phrase
    const ins = insertionSubject(toks, j);
    spk = ins === null ? null : speakerOf(toks, ins.start, ins.apposition ? j + 1 : ins.end, mentions, dict);
  } else spk = null;
  if (!spk || (!spk.mention && !spk.pronoun && !spk.source)) return [];
  let c0 = k;
  if (cue.frame === 'object') {
    // "told France Inter radio on Thursday (that) ...": step over the addressee
    let i = k;
    while (i < n && i < k + 8 && toks[i].lower !== 'that' && !/[“"]/.test(toks[i].pre) && !/[:,]/.test(toks[i - 1]?.post ?? '') ) i++;
    c0 = i < n && (toks[i].lower === 'that' || /[“"]/.test(toks[i].pre) || i > k) ? i : k;
  }
  c0 = contentStart(toks, c0, n);
  if (cue.stance < 0) {
    // "rejected (the) claims that C", "denied reports of C": the content is C
    const d = ['the', 'any', 'all', 'these', 'those'].includes(toks[c0]?.lower ?? '') ? c0 + 1 : c0;
    const noun = toks[d]?.lower ?? '';
    if ((speechLexicon().denialNouns.has(noun) || speechLexicon().nouns.has(noun)) && (toks[d + 1]?.lower === 'that' || toks[d + 1]?.lower === 'of')) c0 = d + 2;
  }
  // a content must be a proposition: not a bare verb phrase ("what activists said were ...") or an infinitive ("admit to ...")
  if (cue.frame !== 'object-content' && c0 < n && toks[c0].lower === 'to') return [];
  if ((cue.frame === 'clause' || cue.frame === 'object') && c0 < n && toks[c0 - 1]?.lower !== 'that' && isVerbStart(toks[c0]) && !/[“"]/.test(toks[c0].pre)) return [];
  // weak cues ("found", "showed") report a claim only with "that", a colon or a quotation
  if (cue.needsThat && !(toks[c0 - 1]?.lower === 'that' || /[“":]/.test(toks[c0]?.pre ?? '') || /:/.test(toks[c0 - 1]?.post ?? ''))) return [];
  if ((cue.frame === 'clause' || cue.frame === 'object') && !opensClause(toks, c0, k)) return [];
  // "is maintaining power": a progressive speech verb needs an explicit "that", colon or quotation
  if (ing && cue.frame !== 'np' && BE.has(toks[f.i - 1]?.lower ?? '') && !(toks[c0 - 1]?.lower === 'that' || /[“":]/.test(toks[c0]?.pre ?? ''))) return [];
  let limit = cueStarts.find((c) => c > c0 && isBackwardAttribution(toks, c)) ?? n;
  // "While Obama demanded X, his administration ...": the subordinate clause ends at its comma
  if (SUBORDINATORS.has(toks[0].lower) && f.i < firstComma(toks)) limit = Math.min(limit, firstComma(toks) + 1);
  const spans = forwardContent(toks, c0, limit === n ? n : Math.max(c0, npStartBefore(toks, limit)), cueStarts.filter((c) => c > c0));
  return each(spk).flatMap((sp) => spans.map(([a, b]) => {
    const q = quotedPart(toks, a, b);
    const c = make(input, toks, sp, f.text, cue.stance, a, q);
    if (c && q < b) scopes.set(c, toks[b - 1].end);
    return c;
  })).filter((c): c is Claim => c !== null);
}

/** A later cue that closes its own quotation ("..., he said"): the content before it is that cue's, not ours. */
function isBackwardAttribution(toks: Tok[], c: number): boolean {
  const j = skipLeft(toks, c - 1);
  if (j < 0) return false;
  if (breaksAfter(toks[j]) || /[”"]/.test(toks[j].post)) return true;
  const s = npStart(toks, j);
  return s > 0 && (breaksAfter(toks[s - 1]) || /[”"]/.test(toks[s - 1].post)) && (c + 1 >= toks.length || restHasNoClause(toks, c + 1));
}

const npStartBefore = (toks: Tok[], c: number) => {
  const j = skipLeft(toks, c - 1);
  return j < 0 || breaksAfter(toks[j]) || /[”"]/.test(toks[j].post) ? j + 1 : npStart(toks, j);
};
