import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.ts';
import { extractDocument } from '../../src/extract/document.ts';
import type { Claim } from '../../src/types.ts';

const ctx = createContext({ actorsFile: path.join(import.meta.dirname, 'fixtures/actors.json') });
const claimsOf = (text: string): Claim[] => extractDocument(ctx, { id: 't', text }).claims;

interface Expect { speaker: string | null; stance?: 1 | -1; cue: string; text: string; speakerText?: string }

// One row per form of reported speech; the sentences are invented.
const FORMS: Array<[string, string, Expect[]]> = [
  ['X said that C', 'Ola Berg said on Monday that Sweden must close its border.',
    [{ speaker: 'ola-berg', stance: 1, cue: 'said', text: 'Sweden must close its border' }]],
  ['X said C (no "that")', 'Karin Lund said the harbour would stay closed until spring.',
    [{ speaker: 'karin-lund', cue: 'said', text: 'the harbour would stay closed until spring' }]],
  ['C, X said', 'The talks in the north have failed, Berg said.',
    [{ speaker: 'ola-berg', cue: 'said', text: 'The talks in the north have failed' }]],
  ['“C,” says X, apposition', '“We will not give up the port,” says Ola Berg, a veteran diplomat.',
    [{ speaker: 'ola-berg', cue: 'says', text: 'We will not give up the port' }]],
  ['X, apposition, says C', 'Karin Lund, the head of the fisheries council, says Norway broke the treaty.',
    [{ speaker: 'karin-lund', cue: 'says', text: 'Norway broke the treaty' }]],
  ['X, a description with a place, said C (the named person speaks)', 'Jonas Ekberg, a Swedish diplomat, said the talks had failed.',
    [{ speaker: 'jonas-ekberg', cue: 'said', text: 'the talks had failed' }]],
  ['X said C with a long subject before its verb', "Ola Berg said Sweden's proposal during the council meeting in Oslo last autumn of sharing the northern fishing grounds was a good idea.",
    [{ speaker: 'ola-berg', cue: 'said', text: "Sweden's proposal during the council meeting in Oslo last autumn of sharing the northern fishing grounds was a good idea" }]],
  ['X told Y that C', 'Ola Berg told reporters in Oslo that the ceasefire was holding.',
    [{ speaker: 'ola-berg', cue: 'told', text: 'the ceasefire was holding' }]],
  ['according to X, C', 'According to Karin Lund, the embargo has failed.',
    [{ speaker: 'karin-lund', cue: 'According to', text: 'the embargo has failed' }]],
  ['C, according to X', 'The embargo has failed to stop the smugglers, according to Karin Lund.',
    [{ speaker: 'karin-lund', cue: 'according to', text: 'The embargo has failed to stop the smugglers' }]],
  ['X called for NP', 'Sweden called for an immediate ceasefire in the north.',
    [{ speaker: 'sweden', cue: 'called for', text: 'an immediate ceasefire in the north' }]],
  ['X insisted C', 'Finland insisted the sanctions must stay in place.',
    [{ speaker: 'finland', cue: 'insisted', text: 'the sanctions must stay in place' }]],
  ['X argued that C, and that D', 'Ola Berg argued that the treaty was void, and that Sweden had broken it first.',
    [{ speaker: 'ola-berg', cue: 'argued', text: 'the treaty was void' }, { speaker: 'ola-berg', cue: 'argued', text: 'Sweden had broken it first' }]],
  ['X warned that C', 'Karin Lund warned that the militias would return to the coast.',
    [{ speaker: 'karin-lund', cue: 'warned', text: 'the militias would return to the coast' }]],
  ['X warned of NP', 'Karin Lund warned of a collapse of the cod stocks.',
    [{ speaker: 'karin-lund', cue: 'warned of', text: 'a collapse of the cod stocks' }]],
  ['X argued against NP (stance -1)', 'Finland argued against any new quotas.',
    [{ speaker: 'finland', stance: -1, cue: 'argued against', text: 'any new quotas' }]],
  ['X demanded NP', 'Denmark demanded the release of the fishermen.',
    [{ speaker: 'denmark', cue: 'demanded', text: 'the release of the fishermen' }]],
  ['X urged Y to V', 'Ola Berg urged Finland to reopen the talks.',
    [{ speaker: 'ola-berg', cue: 'urged', text: 'Finland to reopen the talks' }]],
  ['X denied that C (stance -1)', 'Finland denied that its troops had crossed the border.',
    [{ speaker: 'finland', stance: -1, cue: 'denied', text: 'its troops had crossed the border' }]],
  ['X rejected claims that C (stance -1)', 'Karin Lund rejected claims that she had met the smugglers.',
    [{ speaker: 'karin-lund', stance: -1, cue: 'rejected', text: 'she had met the smugglers' }]],
  ['X rejected the idea that C (stance -1)', 'Sweden rejected the idea that its boats had fished illegally.',
    [{ speaker: 'sweden', stance: -1, cue: 'rejected', text: 'its boats had fished illegally' }]],
  ['X dismissed NP (stance -1)', 'Sweden dismissed the report about the border incident.',
    [{ speaker: 'sweden', stance: -1, cue: 'dismissed', text: 'the report about the border incident' }]],
  ['C, X said, D (interrupting cue)', 'The trouble, Lund says, lies in the old fishing rights.',
    [{ speaker: 'karin-lund', cue: 'says', text: 'The trouble lies in the old fishing rights' }]],
  ['participle: ..., noting that C', 'Sweden called for new talks, noting that the old treaty had expired.',
    [{ speaker: 'sweden', cue: 'called for', text: 'new talks' }, { speaker: 'sweden', cue: 'noting', text: 'the old treaty had expired' }]],
  ['nested: A said B accused C', 'Ola Berg said Finland accused Sweden of shelling the villages.',
    [{ speaker: 'ola-berg', cue: 'said', text: 'Finland accused Sweden of shelling the villages' }, { speaker: 'finland', cue: 'accused', text: 'Sweden of shelling the villages' }]],
  ['"a/one" + nationality is an unnamed person, not the nation', 'A Swedish diplomat said the talks had failed.',
    [{ speaker: null, cue: 'said', text: 'the talks had failed', speakerText: 'A Swedish diplomat' }]],
  ['unnamed source keeps its words', 'A senior official said the convoy had been attacked twice.',
    [{ speaker: null, cue: 'said', text: 'the convoy had been attacked twice', speakerText: 'A senior official' }]],
  ['X, participle phrase, said C', 'Ola Berg, speaking in Bergen, said the quotas would be cut.',
    [{ speaker: 'ola-berg', cue: 'said', text: 'the quotas would be cut' }]],
  ['X, who ..., said C (relative clause)', 'Karin Lund, who has called for new quotas, said the fleet was too large.',
    [{ speaker: 'karin-lund', cue: 'called for', text: 'new quotas' }, { speaker: 'karin-lund', cue: 'said', text: 'the fleet was too large' }]],
  ['X said C, but added that D', 'Ola Berg said he would sign the deal, but added that Sweden must pay.',
    [{ speaker: 'ola-berg', cue: 'said', text: 'he would sign the deal' }, { speaker: 'ola-berg', cue: 'added', text: 'Sweden must pay' }]],
  ['“C1,” X said, “C2.”', '“We will fish,” Lund said, “and we will sell the catch.”',
    [{ speaker: 'karin-lund', cue: 'said', text: 'We will fish we will sell the catch' }]],
  ['C, X said, participle (not part of the content)', 'The convoy was attacked at dawn, the official said, speaking on condition of anonymity.',
    [{ speaker: null, cue: 'said', text: 'The convoy was attacked at dawn', speakerText: 'the official' }]],
  ['X told Y “Q” on ... (the quotation is the content)', 'Ola Berg told the radio “there is an opening, so to speak, with Sweden” on the fishing talks.',
    [{ speaker: 'ola-berg', cue: 'told', text: 'there is an opening, so to speak, with Sweden' }]],
  ['X was quoted as saying that C', 'Ola Berg was quoted as saying that the quotas had failed.',
    [{ speaker: 'ola-berg', cue: 'saying', text: 'the quotas had failed' }]],
  ['X said in a statement: “C”', 'Sweden said in a statement: “The port will stay closed.”',
    [{ speaker: 'sweden', cue: 'said', text: 'The port will stay closed' }]],
  ['X told Y: “C”', 'Karin Lund told reporters: “We have no plans to sell the fleet.”',
    [{ speaker: 'karin-lund', cue: 'told', text: 'We have no plans to sell the fleet' }]],
  ["X's call for NP (speech noun)", "Sweden's call for new fishing quotas was rejected.",
    [{ speaker: 'sweden', cue: 'call', text: 'new fishing quotas' }]],
  ["X's denial that C (speech noun, stance -1)", "Finland's denial that its boats had fished there angered Oslo.",
    [{ speaker: 'finland', stance: -1, cue: 'denial', text: 'its boats had fished there' }]],
  ['X and Y say C (one claim per speaker)', 'Sweden and Finland say the quotas are too low.',
    [{ speaker: 'sweden', cue: 'say', text: 'the quotas are too low' }, { speaker: 'finland', cue: 'say', text: 'the quotas are too low' }]],
  ['unnamed source with a modifier phrase', 'People familiar with the talks said the deal could be signed next week.',
    [{ speaker: null, cue: 'said', text: 'the deal could be signed next week', speakerText: 'People familiar with the talks' }]],
  ["the writer's remark after the content is left out", 'Sweden said that 12 boats had been seized, a claim that could not be verified.',
    [{ speaker: 'sweden', cue: 'said', text: '12 boats had been seized' }]],
  ['discourse marker "That said": no claim', 'That said, the plan could still work.', []],
  ['negated cue: no claim', 'Ola Berg did not say whether the talks would resume.', []],
  ['passive: no claim', 'Berg is called a traitor by his rivals.', []],
  ['infinitive: no claim', 'Karin Lund declined to say when the port would reopen.', []],
  ['speech verb without a clause: no claim', 'Sweden is maintaining its fleet in the north.', []],
];

describe('reported speech forms', () => {
  it.each(FORMS)('%s', (_name, sentence, expected) => {
    const got = claimsOf(sentence);
    expect(got.map((c) => ({ speaker: c.speaker, cue: c.cue, text: c.text }))).toEqual(expected.map((e) => ({ speaker: e.speaker, cue: e.cue, text: e.text })));
    expected.forEach((e, i) => {
      if (e.stance) expect(got[i].stance).toBe(e.stance);
      if (e.speakerText) expect(got[i].speakerSource?.text).toBe(e.speakerText);
      // the content span points at the content in the document
      expect(sentence.slice(got[i].contentStart, got[i].contentEnd).replace(/\s+/g, ' ')).toContain(e.text.split(' ').slice(-2).join(' '));
    });
  });
});

describe('speakers named once for several sentences', () => {
  it('resolves a pronoun speaker to the actor named before, keeping the pronoun as its mention', () => {
    const cs = claimsOf('Ola Berg arrived in Oslo on Tuesday.\nHe said the talks would resume in March.');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ speaker: 'ola-berg', text: 'the talks would resume in March' });
    expect(cs[0].speakerMention).toMatchObject({ text: 'He', actorId: 'ola-berg' });
  });

  it('reads "He said" as speech even when the tagger takes "said" for an adjective', () => {
    const cs = claimsOf('Ola Berg visited the port.\nHe said trucks are ready to bring relief to the city.');
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([['ola-berg', 'trucks are ready to bring relief to the city']]);
  });

  it('does not take an actor named inside the quotation as the pronoun speaker', () => {
    const cs = claimsOf('Karin Lund spoke after the vote. “We cannot trust Berg on the fishing rights,” she said.');
    expect(cs.map((c) => c.speaker)).toEqual(['karin-lund']);
  });

  it('gives every sentence of a quotation the speaker named at its end', () => {
    const cs = claimsOf('“The border is closed. Nobody will cross it. The army is ready,” Berg said.');
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([
      ['ola-berg', 'The border is closed.'], ['ola-berg', 'Nobody will cross it.'], ['ola-berg', 'The army is ready'],
    ]);
  });

  it('continues a speaker into a whole quoted sentence that follows', () => {
    const cs = claimsOf('“We want peace,” Lund said. “But we will defend the harbour.”');
    expect(cs.map((c) => c.speaker)).toEqual(['karin-lund', 'karin-lund']);
    expect(cs[1].text).toBe('But we will defend the harbour.');
  });

  it('gives a quoted paragraph the speaker of the paragraph before, when one actor spoke there', () => {
    expect(claimsOf('Karin Lund said the quotas were unfair.\n“We will fight them in court.”').map((c) => c.speaker)).toEqual(['karin-lund', 'karin-lund']);
    expect(claimsOf('Karin Lund said the quotas were unfair, and Ola Berg said they were fair.\n“We will fight them in court.”').map((c) => c.speaker)).toEqual(['karin-lund', 'ola-berg']);
  });

  it('resolves a definite description speaker ("the group") to the fitting actor named before', () => {
    const cs = claimsOf('Harbour Front fighters attacked the port on Monday.\nThe group said it had sunk two boats.');
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([['harbour-front', 'it had sunk two boats']]);
  });

  it('reads a reply without content as a stance on the claim just made', () => {
    const cs = claimsOf('Sweden says the quotas must be cut. Finland thinks differently; its fleet is small. Denmark agreed.');
    expect(cs.map((c) => [c.speaker, c.stance, c.cue, c.text])).toEqual([
      ['sweden', 1, 'says', 'the quotas must be cut'],
      ['finland', -1, 'thinks differently', 'the quotas must be cut'],
      ['denmark', -1, 'agreed', 'the quotas must be cut'],
    ]);
    // with a complement of its own, "agreed" is no reply
    expect(claimsOf('Sweden says the quotas must be cut. Finland agreed to a new treaty.').map((c) => c.speaker)).toEqual(['sweden']);
  });

  it('links a surname to the full name used earlier', () => {
    const cs = claimsOf('Jonas Ekberg, an analyst, said the navy was too small. Later, Ekberg said the army was also too small.');
    expect(cs.map((c) => c.speaker)).toEqual(['jonas-ekberg', 'jonas-ekberg']);
  });
});

describe('voice', () => {
  it('reads a reader\u2019s own statement about an actor as a claim without speaker, only in comments', () => {
    const text = 'Sweden is wrong about the quotas.\n\nComments\n\nNo, Sweden is wrong about the quotas.\nIs Finland any better?\nI had fish for dinner yesterday.\n';
    const res = extractDocument(ctx, { id: 'r', text });
    expect(res.claims.map((c) => [c.speaker, c.voice, c.cue, c.text])).toEqual([[null, 'comment', 'is', 'Sweden is wrong about the quotas']]);
  });

  it('marks claims in a comment thread as comment voice', () => {
    const res = extractDocument(ctx, { id: 'c', text: 'Sweden said the port would reopen.\n\nComments\n\nFinland said the port is unsafe, and everyone knows it.\n' });
    expect(res.claims.map((c) => [c.speaker, c.voice])).toEqual([['sweden', 'article'], ['finland', 'comment']]);
  });
});
