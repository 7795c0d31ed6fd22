import type { Tok } from './tokens.ts';

/** A sentence ready for argument finding: its words and, per mention, its first and last word. */
export interface Sent {
  toks: Tok[];
  spans: Array<[number, number] | null>;
  /** For each mention, the longer mention that contains it ("Assad" in "anti-Assad forces"), or -1. */
  outer: number[];
}

/** The mention that acts for a word: the containing mention when the word's actor is named inside another. */
const head = (s: Sent, mi: number) => (s.outer[mi] >= 0 && s.spans[s.outer[mi]] ? s.outer[mi] : mi);

/** Mentions that act together ("Russia and Iran"), with the words they cover. */
export interface Group {
  ms: number[];
  from: number;
  to: number;
}

const DETS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'any', 'all', 'both', 'some', 'several', 'other', 'many', 'most', 'various', 'two', 'three', 'fellow', 'neighbouring', 'neighboring', 'main', 'key']);
const PREPS = new Set(['of', 'in', 'on', 'at', 'with', 'by', 'for', 'from', 'to', 'against', 'into', 'over', 'between', 'among', 'toward', 'towards', 'across', 'under', 'within', 'without', 'through', 'during', 'after', 'before', 'near', 'like', 'than', 'amid', 'about', 'including', 'despite', 'via', 'inside', 'throughout', 'beyond', 'behind', 'upon', 'as']);
/** Prepositions that may introduce the target of a verb ("cooperate with X", "fight against X"). */
const TARGET_PREPS = new Set(['with', 'against', 'on', 'to', 'for', 'of', 'toward', 'towards', 'upon', 'at', 'behind']);
/** Words that open a new clause: the subject of a cue never lies beyond them. */
const SUBORD = new Set(['while', 'whereas', 'although', 'though', 'because', 'but', 'however', 'yet', 'so', 'since', 'unless', 'whether', 'when', 'where', 'after', 'before', 'until', 'despite']);
/** Nouns of a speech act whose author follows "by" or "from" ("rejected calls by X"). */
export const SPEECH_ACTS = new Set(['call', 'appeal', 'demand', 'offer', 'proposal', 'request', 'plea', 'invitation', 'ultimatum', 'suggestion', 'plan', 'initiative', 'pressure', 'warning', 'criticism', 'accusation']);
const RELATIVE = new Set(['which', 'who', 'that', 'whom', 'whose']);

export const isPrep = (t: Tok) => PREPS.has(t.norm) || (t.tags.has('Preposition') && t.norm !== 'to');
export const isDet = (t: Tok) => t.norm !== 'that' && (DETS.has(t.norm) || t.tags.has('Determiner')) || t.tags.has('Value') || t.tags.has('Possessive') && t.m < 0 && t.tags.has('Pronoun');
export const isVerb = (t: Tok) => t.tags.has('Verb') && !t.tags.has('Adjective');
export const isAux = (t: Tok) => t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula') || t.tags.has('Negative') || ['not', 'never', "n't"].includes(t.norm);
const isModifier = (t: Tok) => t.m < 0 && (t.tags.has('Adjective') || (t.tags.has('Noun') && !t.tags.has('Pronoun')) || t.tags.has('Possessive')) && !isPrep(t) && !RELATIVE.has(t.norm);
/** Punctuation after a word that closes a clause. */
export const hardBreak = (t: Tok) => /[;:()\[\]—–]|--/.test(t.post) || /[()\[\]]/.test(t.pre);
export const isSubord = (t: Tok) => SUBORD.has(t.norm);
export const isRelative = (t: Tok) => RELATIVE.has(t.norm);
export const isTo = (t: Tok | undefined) => t?.norm === 'to';

/** Words that coordinate actors; "neither X nor Y" denies for both, which the relation's judge reads from "neither". */
const CONJ = new Set(['and', 'or', '&', 'nor']);

/** The coordination around a mention: "Russia and Iran", "Moscow, Washington and Paris", "Western leaders and Russia". */
export function groupOf(s: Sent, mi: number): Group {
  const [a, b] = s.spans[mi]!;
  const g: Group = { ms: [mi], from: a, to: b };
  let commaOnly = false, lastConj = false;
  // rightwards: mention [head nouns] (',' | and | or) [dets/adjs] mention
  for (;;) {
    let k = g.to + 1, heads = 0;
    // "fighters such as the Free Syrian Army", "rebels, including X": instances act with the group
    const instance = (s.toks[k]?.norm === 'such' && s.toks[k + 1]?.norm === 'as') ? 2 : s.toks[k]?.norm === 'including' ? 1 : 0;
    k += instance;
    while (!instance && k < s.toks.length && isModifier(s.toks[k]) && !s.toks[k - 1].post.includes(',') && heads < 2) { k++; heads++; }
    const comma = s.toks[k - 1]?.post === ',';
    let conj = instance > 0 || (heads === 0 && s.toks[g.to].hyphen && s.toks[k]?.m >= 0);
    if (k < s.toks.length && CONJ.has(s.toks[k].norm)) { conj = true; k++; }
    if (!comma && !conj) break;
    if (hardBreak(s.toks[k - 1]) && !conj) break;
    while (k < s.toks.length && s.toks[k].m < 0 && (isDet(s.toks[k]) || s.toks[k].norm === 'both' || (s.toks[k].tags.has('Adjective') && !s.toks[k].post))) k++;
    const t0 = s.toks[k];
    const t = t0 && t0.m >= 0 ? { ...t0, m: head(s, t0.m) } : t0;
    if (!t || t.m < 0 || g.ms.includes(t.m)) break;
    // "Russia's ally, Assad" is apposition, not coordination
    if (comma && !conj && (s.toks[g.to].tags.has('Possessive') || heads)) break;
    if (!conj) commaOnly = true;
    lastConj = conj;
    g.ms.push(t.m);
    g.to = s.spans[t.m]![1];
  }
  // leftwards
  for (;;) {
    let k = g.from - 1;
    while (k >= 0 && s.toks[k].m < 0 && !s.toks[k].post && (isDet(s.toks[k]) || s.toks[k].tags.has('Adjective'))) k--;
    let conj = k === g.from - 1 && k >= 0 && s.toks[k].hyphen && s.toks[k].m >= 0;
    if (k >= 0 && CONJ.has(s.toks[k].norm)) { conj = true; k--; }
    const comma = k >= 0 && s.toks[k].post === ',';
    if (!conj && !comma) break;
    let heads = 0;
    while (k >= 0 && isModifier(s.toks[k]) && heads < 2) { k--; heads++; }
    const t0 = s.toks[k];
    const t = t0 && t0.m >= 0 ? { ...t0, m: head(s, t0.m) } : t0;
    if (!t || t.m < 0 || g.ms.includes(t.m)) break;
    if (comma && !conj && (t.tags.has('Possessive') || heads)) break;
    if (!conj) commaOnly = true;
    else lastConj = true;
    g.ms.unshift(t.m);
    g.from = s.spans[t.m]![0];
  }
  // "X, Y" alone is apposition unless a list ends in "and" or the pair heads the sentence ("U.S., Russia revive ...")
  if (commaOnly && !lastConj) {
    const nx = s.toks[g.to + 1];
    // "X, Y, and other groups": a list that goes on beyond the actors
    if ((s.toks[g.to].post === ',' && ['and', 'or'].includes(nx?.norm ?? '')) || ['and', 'or'].includes(nx?.norm ?? '')) return g;
    const atStart = g.from === 0 || s.toks.slice(0, g.from).every((t) => isDet(t));
    if (!(atStart && nx && (isVerb(nx) || nx.tags.has('Noun')))) return { ms: [mi], from: a, to: b };
  }
  return g;
}

/** The word before an NP that starts at `i`, skipping determiners and modifiers. */
export function before(s: Sent, i: number): Tok | undefined {
  let k = i - 1;
  while (k >= 0 && s.toks[k].m < 0 && !s.toks[k].post && (isDet(s.toks[k]) || s.toks[k].tags.has('Adjective') || isTitle(s.toks[k]))) k--;
  return s.toks[k];
}

const GROUP_NOUNS = new Set(['force', 'forces', 'troops', 'troop', 'army', 'government', 'official', 'officials', 'leader', 'leaders', 'authorities', 'rebels', 'militia', 'militias', 'police', 'soldiers', 'people', 'minister', 'president', 'regime', 'fighters', 'militants', 'parliament', 'delegation', 'diplomats', 'negotiators']);
/** A noun for people acting together: "Serbian forces" names an actor, "the Syrian civil war" does not. */
const isGroupNoun = (t: Tok) => GROUP_NOUNS.has(t.norm) || GROUP_NOUNS.has(t.lemma) || t.tags.has('Actor');

/** A noun for a body that acts for its country ("Iranian officials"), unlike its people at large ("Iranian citizens"). */
export const isActingBody = (t: Tok) => GROUP_NOUNS.has(t.norm) || GROUP_NOUNS.has(t.lemma);

/** A title before a name ("President", "Foreign Minister", "Secretary"). */
export const isTitle = (t: Tok) => t.tags.has('Honorific') || (t.tags.has('Actor') && t.tags.has('ProperNoun') && !t.tags.has('Plural'));
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'across', 'within', 'throughout', 'into', 'around']);
const WH = new Set(['how', 'whether', 'what', 'when', 'where', 'which', 'who']);

/** The word after an NP that ends at `i`, skipping head nouns ("Russian forces to withdraw"). */
function afterNp(s: Sent, i: number): Tok | undefined {
  let k = i + 1;
  while (k < s.toks.length && isModifier(s.toks[k]) && !s.toks[k - 1].post) k++;
  return s.toks[k];
}

/**
 * The subject of a cue at word `c`: the nearest actor to its left that is not the object of a
 * preposition or verb, within the clause. An object followed by "to" is the subject of the
 * infinitive ("urged Russia to join").
 */
export function findSubject(s: Sent, c: number, limit = 30, clauseVerbs?: Set<string>): Group | null {
  const cue = s.toks[c];
  const reduced = cue && (cue.tags.has('Gerund') || cue.tags.has('Participle') || cue.tags.has('PastTense') || /ing$/.test(cue.norm));
  for (let j = c - 1; j >= 0 && c - j <= limit; j--) {
    const t = s.toks[j];
    // "the European Union (EU) agreed": a bracketed short name after the name is skipped
    if (/\)/.test(t.post) && !/[;:]/.test(t.post)) {
      let o = j;
      while (o > j - 4 && o >= 0 && !/\(/.test(s.toks[o].pre) && !/\(/.test(s.toks[o - 1]?.post ?? '')) o--;
      if (o > j - 4 && o > 0 && s.toks[o - 1].m >= 0) { j = o; continue; }
    }
    if (hardBreak(t)) return null;
    if (t.m < 0) {
      if (isSubord(t) && !s.toks[j + 1]?.post) return null;
      // "resigned as the opposition threatened to ...": "as" opens a clause whose subject is the noun phrase before the cue
      if (t.norm === 'as' && j + 1 < c && isDet(s.toks[j + 1]) && s.toks.slice(j + 1, c).every((w) => w.m < 0 && !w.post && (isDet(w) || w.tags.has('Adjective') || w.tags.has('Noun') || isAux(w) || w.tags.has('Adverb')))) return null;
      // "how to fight X" has no subject; "anyone who opposes X" has one that is not an actor
      if (isTo(s.toks[j + 1]) && WH.has(t.norm)) return null;
      if (isRelative(t) && t.norm !== 'that' && j > 0 && s.toks[j - 1].m < 0 && !s.toks[j - 1].post) return null;
      continue;
    }
    const g = groupOf(s, head(s, t.m));
    const a = g.from;
    const prev = before(s, g.from);
    const next = afterNp(s, g.to);
    // "urged Russia to join", "called for X to"; but "co-operation in Syria to normalize" is not Syria's doing
    const controlled = (isTo(next) && next!.i < c && !(prev && LOCATIVE.has(prev.norm))) || (reduced && g.to === c - 1 && !s.toks[g.to].post)
      || (!!prev && !!clauseVerbs?.has(prev.lemma));
    const partitive = prev?.norm === 'of' && s.toks[g.to].tags.has('Possessive');
    // "Pakistan, a key U.S. ally, refused ...": an actor inside an apposition is not the subject
    let d = g.from - 1;
    while (d >= 0 && s.toks[d].m < 0 && !s.toks[d].post && (s.toks[d].tags.has('Adjective') || isTitle(s.toks[d]) || (s.toks[d].tags.has('Noun') && !s.toks[d].tags.has('Pronoun')))) d--;
    // every jump moves left of j, so the scan always ends (an actor group can reach right of the token that found it)
    if (d > 0 && ['a', 'an', 'the'].includes(s.toks[d].norm) && s.toks[d - 1].post === ',' && s.toks[d - 1].m >= 0) { j = Math.min(d, j); continue; }
    if (prev && !controlled && !partitive && (isPrep(prev) || (isVerb(prev) && !isAux(prev) && !prev.tags.has('Gerund') && !prev.tags.has('Participle')))) {
      if (prev.norm === 'by' && s.toks[prev.i - 1] && isVerb(s.toks[prev.i - 1])) { j = Math.min(a, j); continue; }
      j = Math.min(a, j);
      continue;
    }
    return g;
  }
  return null;
}

/**
 * The target of a cue whose words end at `e`: the first actor to its right in the same phrase,
 * reached through determiners, modifiers and target prepositions, never across a verb or clause.
 */
export function findObject(s: Sent, e: number, opts: { limit?: number; allowPreps?: boolean; thatClause?: boolean; hostile?: boolean; giving?: boolean; evaluative?: boolean } = {}): Group | null {
  const limit = opts.limit ?? 7;
  let nouns = 0;
  for (let k = e + 1; k < s.toks.length && k - e <= limit; k++) {
    const t = s.toks[k];
    if (hardBreak(s.toks[k - 1]) || /[(\[]/.test(t.pre) || (s.toks[k - 1].post === ',' && k > e + 1)) return null;
    if (t.m >= 0) {
      const g = groupOf(s, head(s, t.m));
      const nx = s.toks[g.to + 1];
      // "the resolution of the Syrian civil war": an actor deep inside a noun phrase only modifies it
      if (nouns && nx && nx.m < 0 && !s.toks[g.to].post && nx.tags.has('Noun') && !nx.tags.has('Pronoun') && !isGroupNoun(nx)) return null;
      return g;
    }
    if (t.tags.has('Gerund') && k > e + 1) return null;
    if (t.norm === 'that' && opts.thatClause && s.toks.slice(e + 1, k).every((w) => w.tags.has('Date') || w.norm === 'on' || w.tags.has('Adverb'))) continue;
    if (opts.thatClause && (t.tags.has('Date') || (t.norm === 'on' && s.toks[k + 1]?.tags.has('Date')))) continue;
    if (isRelative(t) || isSubord(t) || t.norm === 'and' || t.norm === 'or') return null;
    if (isTo(t) && s.toks[k + 1] && isVerb(s.toks[k + 1]) && !s.toks[k + 1].tags.has('Noun')) return null;
    if (isPrep(t)) {
      const prevWord = s.toks[k - 1];
      const speechAct = (SPEECH_ACTS.has(prevWord.lemma) || (opts.evaluative && prevWord.tags.has('Noun'))) && (t.norm === 'by' || t.norm === 'from');
      const recipient = opts.giving && nouns > 0 && (t.norm === 'to' || t.norm === 'for');
      if (opts.allowPreps === false || (!TARGET_PREPS.has(t.norm) && !speechAct) || (nouns && !(t.norm === 'of' || (t.norm === 'against' && opts.hostile)) && !speechAct && !recipient)) return null;
      continue;
    }
    if (t.tags.has('Date')) continue;
    // "rejected calls by X": a plural after the verb or a determiner is a noun, whatever the tagger says
    const nounish = isVerb(t) && /s$/.test(t.norm) && (k === e + 1 || isDet(s.toks[k - 1]) || s.toks[k - 1].tags.has('Adjective'));
    if (isVerb(t) && !t.tags.has('Adjective') && !nounish) return null;
    if ((t.tags.has('Noun') || nounish) && !t.tags.has('Pronoun') && !t.tags.has('Actor') && !t.tags.has('ProperNoun')) { if (++nouns > 2) return null; }
  }
  return null;
}

/** Nouns whose "of" names their author ("the efforts of X", "the proposal of X"). */
const AUTHORED = new Set(['effort', 'proposal', 'plan', 'policy', 'policies', 'initiative', 'role', 'decision', 'move', 'attempt', 'offer', 'call', 'position', 'stance', 'conduct', 'action', 'actions', 'behavior', 'behaviour', 'statement', 'remarks', 'remark']);
/** Prepositions that name who takes part in an act ("talks between X and Y", "a deal with X", "a memo sent by X"). */
const PARTY_PREPS = new Set(['between', 'with', 'by', 'from']);

/**
 * The actors taking part in an act that a verb's object names: "welcomed a resumption of ties between X and Y",
 * "signed a trade protocol for 1990 with X", "clashed over the efforts of X". The object is a noun phrase,
 * possibly with "of" and "for" phrases and a participle ("memos sent by X"); "of X" counts only after a noun of
 * authorship, since "the killing of X" names the victim, not a party.
 */
export function findParty(s: Sent, e: number, covered: (noun: Tok, prep: Tok) => boolean, limit = 14): Group | null {
  let nouns = 0;
  for (let k = e + 1; k < s.toks.length && k - e <= limit; k++) {
    const t = s.toks[k], p = s.toks[k - 1];
    if (hardBreak(p) || /[(\[]/.test(t.pre) || (p.post === ',' && k > e + 1)) return null;
    if (t.m >= 0) return null;
    if (isPrep(t)) {
      const party = PARTY_PREPS.has(t.norm) || (t.norm === 'of' && (AUTHORED.has(p.lemma) || AUTHORED.has(p.norm)));
      const nx = s.toks[k + 1];
      let j = k + 1;
      while (s.toks[j] && s.toks[j].m < 0 && (isDet(s.toks[j]) || s.toks[j].tags.has('Adjective')) && !s.toks[j - 1].post && j - k <= 3) j++;
      if (nouns && party && nx && s.toks[j]?.m >= 0) return covered(p, t) ? null : groupOf(s, head(s, s.toks[j].m));
      if (!nouns || !['of', 'for', 'on', 'over', 'in', 'about', 'to'].includes(t.norm)) return null;
      continue;
    }
    if (isRelative(t) || isSubord(t) || t.norm === 'and' || t.norm === 'or' || isTo(t)) return null;
    // "memos sent by X": a participle right after the head noun
    if (nouns && (t.tags.has('Participle') || t.tags.has('PastTense')) && PARTY_PREPS.has(s.toks[k + 1]?.norm ?? '') && !p.post) continue;
    if (t.tags.has('Date') || t.tags.has('Value') || isDet(t)) continue;
    const nounish = /s$/.test(t.norm) && (isDet(p) || p.tags.has('Adjective') || p.tags.has('Noun'));
    if (isVerb(t) && !t.tags.has('Noun') && !nounish) return null;
    if (t.tags.has('Noun') || nounish) nouns++;
    else if (!t.tags.has('Adjective') && !t.tags.has('Adverb')) return null;
  }
  return null;
}

/** The agent of a passive cue: the actor after "by" that follows it directly. */
export function findAgent(s: Sent, e: number): Group | null {
  let k = e + 1;
  while (k < s.toks.length && k - e <= 3 && s.toks[k].norm !== 'by') {
    // "was opposed earlier by X", "was attacked on Monday by X": a time adverbial may come first
    const timely = s.toks[k].tags.has('Adverb') || s.toks[k].tags.has('Date') || ['earlier', 'later', 'today', 'yesterday', 'again', 'also', 'on'].includes(s.toks[k].norm);
    if (!timely || hardBreak(s.toks[k])) return null;
    k++;
  }
  if (s.toks[k]?.norm !== 'by') return null;
  for (let j = k + 1; j < s.toks.length && j - k <= 4; j++) {
    const t = s.toks[j];
    if (t.m >= 0) return groupOf(s, head(s, t.m));
    if (!isDet(t) && !t.tags.has('Adjective') && !t.tags.has('Noun')) return null;
  }
  return null;
}

/** The actors that modify a noun at `n` directly ("Russia's support", "Russian and Iranian support"). */
export function findPossessor(s: Sent, n: number): Group | null {
  let k = n - 1, gap = 0;
  while (k >= 0 && s.toks[k].m < 0 && isModifier(s.toks[k]) && !s.toks[k].post && gap < 2 && !s.toks[k].tags.has('Possessive')) { k--; gap++; }
  const t = s.toks[k];
  if (!t || t.m < 0 || (t.post && t.post !== "'")) return null;
  return groupOf(s, t.m);
}

const VP_STOP = new Set(['if', 'unless', 'because', 'while', 'whereas', 'although', 'though', 'but', 'as', 'after', 'before', 'until', 'when', 'since']);

/** The first actor inside an infinitival complement ("threatened to cut off electricity to X"). */
export function findInVp(s: Sent, e: number, limit = 14): Group | null {
  for (let k = e + 1; k < s.toks.length && k - e <= limit; k++) {
    const t = s.toks[k];
    if (k > e + 1 && (hardBreak(s.toks[k - 1]) || s.toks[k - 1].post === ',')) return null;
    if (VP_STOP.has(t.norm) || isRelative(t)) return null;
    if (t.m >= 0) return groupOf(s, head(s, t.m));
  }
  return null;
}
