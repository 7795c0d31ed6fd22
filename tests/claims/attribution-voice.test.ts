import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.ts';
import { extractDocument } from '../../src/extract/document.ts';
import { attributeRelations } from '../../src/extract/attribution.ts';
import { commentThreadStart } from '../../src/ingest/voice.ts';
import type { Mention, Relation } from '../../src/types.ts';

const ctx = createContext({ actorsFile: path.join(import.meta.dirname, 'fixtures/actors.json') });

/** A relation between the first mentions of two actors in the text, as the relation extractor would give it. */
function relationIn(text: string, doc: ReturnType<typeof extractDocument>, source: string, target: string, cue = 'accused'): Relation {
  const m = (id: string): Mention => doc.mentions.find((x) => x.actorId === id)!;
  const s = doc.sentences[0];
  return { source, predicate: 'accuses', target, negated: false, modality: 'asserted', attributedTo: null, sourceMention: m(source), targetMention: m(target), cue,
    evidence: { docId: 't', sentence: 0, start: s.start, end: s.end, text } };
}

describe('attribution of relations inside claims', () => {
  it.each([
    ['reported speech: the speaker', 'Ola Berg said Finland accused Sweden of shelling the villages.', 'finland', 'sweden', 'ola-berg'],
    ['quoted, speaker after', '“Finland has accused Sweden of lying,” Lund said.', 'finland', 'sweden', 'karin-lund'],
    ['the document\u2019s own voice: nobody', 'Finland accused Sweden of shelling the villages.', 'finland', 'sweden', null],
    ['an actor outside the content: nobody', 'Finland said on Monday that the villages were shelled, and Sweden denied it.', 'finland', 'sweden', null],
    ['the speaker\u2019s own demand: the speaker', 'Denmark demanded the exclusion of Finland from the council.', 'denmark', 'finland', 'denmark', 'exclusion'],
    ['the speech act itself: nobody', 'Denmark urged Finland to leave the council.', 'denmark', 'finland', null, 'urged'],
    ['a quotation, then more of the report: the speaker', 'Ola Berg told the radio “there is an opening” on talks between Finland and Sweden.', 'finland', 'sweden', 'ola-berg'],
  ])('%s', (_name, text, source, target, expected, cue?: string) => {
    const doc = extractDocument(ctx, { id: 't', text });
    const [r] = attributeRelations([relationIn(text, doc, source, target, cue)], doc.claims);
    expect(r.attributedTo).toBe(expected);
  });
});

describe('comment threads', () => {
  it.each([
    ['a "Comments" heading', 'Sweden and Finland met in Oslo.\n\n12 Comments\n\nThis is a long comment by a reader about the meeting in Oslo.\n', '12 Comments'],
    ['a numbered, indented thread', 'Sweden and Finland met in Oslo.\n\n  1. I doubt the talks will last very long at all, frankly.\n    • Agreed, they never do.\n    • Nonsense.\n', '  1. I doubt'],
    ['comment widget lines', 'Sweden and Finland met in Oslo.\n\nThe talks will fail, mark my words.\njdoe • 3 years ago\nReply\nNo they will not.\nkim • 2 years ago\n', 'The talks will fail'],
    ['no thread', 'Sweden and Finland met in Oslo.\n\nThe talks will go on tomorrow, officials said.\n', null],
  ])('%s', (_name, text, startsWith) => {
    const at = commentThreadStart(text);
    if (startsWith === null) expect(at).toBeNull();
    else expect(text.slice(at!)).toMatch(new RegExp(`^${startsWith.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('gives sentences in the thread comment voice', () => {
    const doc = extractDocument(ctx, { id: 'v', text: 'Sweden and Finland met in Oslo.\n\nComments\n\nI doubt the talks will last very long at all.\n' });
    expect(doc.sentences.map((s) => s.voice)).toEqual(['article', 'comment', 'comment']);
  });
});
