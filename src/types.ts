// Core types of the pipeline, defined once and imported everywhere.
// documents -> sentences -> mentions -> statements (relations, claims) -> graph -> exports

/** A document as read from disk or from a JSONL record. Offsets everywhere are JavaScript string indices into `text`. */
export interface Document {
  id: string;
  text: string;
  title?: string;
  /** ISO date (YYYY-MM-DD) when known; selects date-bounded roles and dictionary codes. */
  date?: string;
  source?: string;
  url?: string;
  /** File the document came from, for messages. */
  path?: string;
}

/** Whose voice a sentence is in: the article's own text or a reader comment. */
export type Voice = 'article' | 'comment';

export interface Sentence {
  docId: string;
  index: number;
  /** [start, end) in the document text; `text === doc.text.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  voice: Voice;
}

export type ActorKind = 'country' | 'person' | 'organization' | 'group';

export interface Role {
  title: string;
  affiliation: string | null;
  /** ISO dates, inclusive; null or absent means open-ended. */
  from?: string | null;
  to?: string | null;
}

/** One dictionary entry (the format of `../shared/gold/actors.json`, extended). */
export interface ActorEntry {
  id: string;
  label: string;
  kind: ActorKind;
  aliases: string[];
  affiliation: string | null;
  iso3?: string | null;
  roles?: Role[];
}

/** How a mention was tied to its actor. */
export type Resolution = 'dictionary' | 'coreference' | 'new';

/** An actor named in a document. Offsets are in the document text. */
export interface Mention {
  actorId: string;
  start: number;
  end: number;
  text: string;
  resolvedBy: Resolution;
}

export const PREDICATES = [
  'supports', 'agrees', 'meets', 'cooperates', 'allies', 'aids', 'concedes', 'requests',
  'demands', 'opposes', 'rejects', 'accuses', 'excludes', 'threatens', 'sanctions', 'attacks',
] as const;
export type Predicate = (typeof PREDICATES)[number];

/** +1 cooperative, -1 conflictual (GUIDELINES.md). */
export const POLARITY: Record<Predicate, 1 | -1> = {
  supports: 1, agrees: 1, meets: 1, cooperates: 1, allies: 1, aids: 1, concedes: 1, requests: 1,
  demands: -1, opposes: -1, rejects: -1, accuses: -1, excludes: -1, threatens: -1, sanctions: -1, attacks: -1,
};

export const MODALITIES = ['asserted', 'possible', 'intended', 'demanded'] as const;
export type Modality = (typeof MODALITIES)[number];

/** Where a statement was read: the sentence holding it. Offsets are in the document text. */
export interface Evidence {
  docId: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface Relation {
  source: string;
  predicate: Predicate;
  target: string;
  negated: boolean;
  modality: Modality;
  /** Actor whose reported speech holds the relation; null for the document's own voice. */
  attributedTo: string | null;
  sourceMention: Mention;
  targetMention: Mention;
  /** The word or phrase that signalled the relation. */
  cue: string;
  evidence: Evidence;
}

export interface Claim {
  /** Actor who puts the claim forward; null for the document's own voice. */
  speaker: string | null;
  stance: 1 | -1;
  text: string;
  cue: string;
  /** [start, end) of the content in the document text. */
  contentStart: number;
  contentEnd: number;
  speakerMention: Mention | null;
  /** The speaker's words in the sentence, also when they name no actor ("a senior official"); offsets in the document text. */
  speakerSource?: { start: number; end: number; text: string } | null;
  voice: Voice;
  evidence: Evidence;
}

export type Severity = 'warning' | 'error';

/** A diagnostic that travels with its document (in the manner of unified's vfile messages). */
export interface Message {
  reason: string;
  ruleId: string;
  severity: Severity;
  file?: string;
  line?: number;
}

/** Everything extracted from one document. */
export interface DocumentResult {
  doc: Omit<Document, 'text'>;
  sentences: Sentence[];
  mentions: Mention[];
  relations: Relation[];
  claims: Claim[];
  /** Entries for actors the dictionary did not know (mentions resolvedBy 'new'), so the graph can label them. */
  actors?: ActorEntry[];
  messages: Message[];
}
