// Resolution patterns of the default dictionary, one row per linguistic pattern.
import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../../src/actors/load.ts';
import { compileMatcher } from '../../src/actors/matcher.ts';
import { resolveMentions } from '../../src/actors/resolve.ts';
import { segment } from '../../src/ingest/segment.ts';

const matcher = compileMatcher(loadDictionary());
/** "surface=>id" for every mention of a text, in order. */
function mentions(text: string, date?: string): string[] {
  const r = resolveMentions(matcher, segment('t', text), { date });
  return r.mentions.flat().map((m) => `${m.text}=>${m.actorId}`);
}

describe('dictionary names, titles and variants', () => {
  it.each([
    ['country name', 'Norway condemned the decision.', ['Norway=>norway']],
    ['long official name', 'The Russian Federation vetoed the text.', ['Russian Federation=>russia']],
    ['demonym plural with article', 'The Russians walked out of the talks.', ['Russians=>russia']],
    ['demonym that is its own plural', 'The French insisted on a vote.', ['French=>france']],
    ['capital standing for the government', 'Beijing protested to Tokyo.', ['Beijing=>china', 'Tokyo=>japan']],
    ['seat of government', 'The Kremlin and the White House traded accusations.', ['Kremlin=>russia', 'White House=>united-states']],
    ['older spelling of a capital', 'Kiev asked for more weapons.', ['Kiev=>ukraine']],
    ['acronym in capitals', 'The US and the UK agreed.', ['US=>united-states', 'UK=>united-kingdom']],
    ['acronym words in lower case are not actors', 'Let us see what is next.', []],
    ['acronym words in a shouted sentence are words', 'THIS IS WHAT THE US WANTS', ['US=>united-states']],
    ['lower-case common word is not a country', 'They ate turkey in chad-coloured plates.', []],
    ['a capital naming where an event happened is not the state', 'The Minsk agreements and the Vienna talks failed.', []],
    ['a name holding a demonym that names no actor', 'Latin American leaders met.', []],
    ['title and name span the name only', 'French President François Hollande spoke first.', ['François Hollande=>francois-hollande']],
    ['name without diacritics', 'Francois Hollande spoke first.', ['Francois Hollande=>francois-hollande']],
    ['surname alone for a head of state', 'Hollande spoke first.', ['Hollande=>francois-hollande']],
    ['title before a surname', 'President Obama spoke first.', ['Obama=>barack-obama']],
    ['first name before a known spelling of the surname', 'Volodymyr Zelenskiy spoke first.', ['Volodymyr Zelenskiy=>volodymyr-zelenskyy']],
    ['a state\'s possessive before its leader\'s name', "Russia's Putin spoke first.", ['Putin=>vladimir-putin']],
    ['a leader\'s possessive before the state', "Putin's Russia spoke first.", ['Russia=>russia']],
    ['Arabic article dropped', 'Bashar Assad stayed in Damascus.', ['Bashar Assad=>bashar-al-assad', 'Damascus=>syria']],
    ['possessive', "Putin's plan surprised Erdogan.", ['Putin=>vladimir-putin', 'Erdogan=>recep-tayyip-erdogan']],
    ['armed group with its other names', 'Daesh and ISIL are one group; IS is another name.', ['Daesh=>isis', 'ISIL=>isis', 'IS=>isis']],
    ['lower-case alias of a group', 'The rebels fought al-Qaeda near the border.', ['rebels=>syrian-rebels', 'al-Qaeda=>al-qaeda']],
    ['bloc written as an adjective with a group noun', 'Western powers backed the plan.', ['Western powers=>the-west']],
    ['bloc adjective without a group noun is not an actor', 'The Western border was closed.', []],
    ['coalition led by a country', 'The US-led coalition struck again.', ['US-led coalition=>us-led-coalition']],
  ])('%s', (_name, text, expected) => {
    expect(mentions(text, '2016-03-01')).toEqual(expected);
  });
});

describe('governments, forces and offices resolve to their state or office holder', () => {
  it.each([
    ['demonym + regime', 'The Syrian regime denied it.', ['Syrian regime=>syria']],
    ['demonym + armed forces', 'The Syrian Army advanced.', ['Syrian Army=>syria']],
    ['demonym + compound agent noun', 'The Russian air force struck.', ['Russian air force=>russia']],
    ['demonym + officials', 'French officials declined to comment.', ['French officials=>france']],
    ['country possessive + ministry', "Russia's foreign ministry objected.", ["Russia's foreign ministry=>russia"]],
    ['agent of country', 'The government of Iraq objected.', ['government of Iraq=>iraq']],
    ['person + administration', 'The Obama Administration objected.', ['Obama Administration=>united-states']],
    ['person possessive + government', "Assad's government objected.", ["Assad's government=>syria"]],
    ['office by title and date', 'The Russian foreign minister objected.', ['Russian foreign minister=>sergey-lavrov']],
    ['same title, another date', 'The Russian foreign minister objected.', ['Russian foreign minister=>igor-ivanov'], '2002-06-01'],
    ['head of government by title', 'The British prime minister objected.', ['British prime minister=>david-cameron']],
    ['a country\'s rebels are a group of their own', 'Ivory Coast rebels rejected the plan.', ['Ivory Coast rebels=>ivory-coast-rebels']],
    ['"pro-" rebels are not the country\'s', 'Pro-US rebels took the town.', ['US=>united-states', 'rebels=>syrian-rebels']],
    ['a state organ named in capitals is the state', 'The Russian Defence Ministry Press Service denied it.', ['Russian Defence Ministry=>russia']],
    ['a leader\'s forces are the state\'s', "Assad's forces advanced.", ["Assad's forces=>syria"]],
    ['"pro-<leader>" forces are the state\'s', 'Pro-Assad forces advanced.', ['Assad forces=>syria']],
    ['coordinated states before a plural office noun', 'The US and Russian foreign ministers met.', ['US=>john-kerry', 'Russian foreign ministers=>sergey-lavrov']],
    ['deputy is not the office holder', "Ukraine's deputy foreign minister objected.", ["Ukraine's deputy foreign minister=>ukraine"]],
  ])('%s', (_name, text, expected, date = '2016-03-01') => {
    expect(mentions(text, date)).toEqual(expected);
  });

  it('gives a person the affiliation of the state they speak for', () => {
    const dict = loadDictionary();
    expect(dict.entries.get('barack-obama')?.affiliation).toBe('united-states');
    expect(dict.entries.get('sergey-lavrov')?.roles?.some((r) => r.title === 'foreign minister' && r.affiliation === 'russia')).toBe(true);
  });
});

describe('within a document', () => {
  it.each([
    ['surname after a full name', 'Jan Kowalczyk, an analyst at the Polish Institute of International Affairs, spoke. Kowalczyk said Russia erred.',
      ['Jan Kowalczyk=>jan-kowalczyk', 'Polish Institute of International Affairs=>polish-institute-of-international-affairs', 'Kowalczyk=>jan-kowalczyk', 'Russia=>russia']],
    ['"he" to the only man of the previous sentence', 'Putin met the press. He said Russia would stay.', ['Putin=>vladimir-putin', 'He=>vladimir-putin', 'Russia=>russia']],
    ['"she" needs a woman', 'Putin met Angela Merkel. She said Germany would stay.', ['Putin=>vladimir-putin', 'Angela Merkel=>angela-merkel', 'She=>angela-merkel', 'Germany=>germany']],
    ['"he" to the subject of the previous sentence', 'Putin met Obama. Later he flew home.', ['Putin=>vladimir-putin', 'Obama=>barack-obama', 'he=>vladimir-putin']],
    ['"she" to a woman the dictionary knows as one', 'Giorgia Meloni met Macron. She said Italy would help.', ['Giorgia Meloni=>giorgia-meloni', 'Macron=>emmanuel-macron', 'She=>giorgia-meloni', 'Italy=>italy']],
    ['"he" left alone when two men of its own sentence could be meant', 'Putin told Obama that he would stay.', ['Putin=>vladimir-putin', 'Obama=>barack-obama']],
    ['"him" is not the subject of its own clause', 'Stoltenberg promised help. Zelensky thanked him.', ['Stoltenberg=>jens-stoltenberg', 'Zelensky=>volodymyr-zelenskyy', 'him=>jens-stoltenberg']],
    ['"him" across a clause boundary in its own sentence', 'Putin said Obama had called him.', ['Putin=>vladimir-putin', 'Obama=>barack-obama', 'him=>vladimir-putin']],
    ['"the group" to the last armed group', 'Hezbollah fired rockets. The group said it was retaliating.', ['Hezbollah=>hezbollah', 'group=>hezbollah']],
    ['"the president" to the last president named', 'Macron visited Kyiv. The president promised more aid.', ['Macron=>emmanuel-macron', 'Kyiv=>ukraine', 'president=>emmanuel-macron']],
    ['"the president" to the office holder of the last state named', 'Fighting went on in Syria. The president spoke on television.', ['Syria=>syria', 'president=>bashar-al-assad']],
    ['"the Defence Ministry" to the state last named', 'Russian jets struck targets, the Defence Ministry said.', ['Russian jets=>russia', 'Defence Ministry=>russia']],
    ['"his regime" to the state the man leads', 'Assad spoke. His regime will survive, he said.', ['Assad=>bashar-al-assad', 'His regime=>syria', 'he=>bashar-al-assad']],
    ['"his <demonym> counterpart" to the same office in that state', 'John Kerry met his Russian counterpart in Geneva.', ['John Kerry=>john-kerry', 'Russian counterpart=>sergey-lavrov']],
    ['"he says" after a quotation to the subject of the sentence before it', 'Jan Nowak, an analyst, compares Assad to a chip. "The Russians want assets. Then they drop him," he says.',
      ['Jan Nowak=>jan-nowak', 'Assad=>bashar-al-assad', 'Russians=>russia', 'they=>russia', 'he=>jan-nowak']],
    ['"he said" after a quotation opened in its own sentence', 'Putin met Obama. Lavrov told reporters: "It is not over," he said.', ['Putin=>vladimir-putin', 'Obama=>barack-obama', 'Lavrov=>sergey-lavrov', 'he=>sergey-lavrov']],
    ['"his administration" with two men before it: the subject', "While Obama demanded Assad's exit, his administration wavered.", ['Obama=>barack-obama', 'Assad=>bashar-al-assad', 'his administration=>united-states']],
    ['"the rebels" to the rebels named before', 'Ukrainian separatists shelled the city. The rebels then withdrew.', ['Ukrainian separatists=>ukrainian-rebels', 'rebels=>ukrainian-rebels']],
    ['"they" to the only plural actor', 'The rebels lost the town. They retreated north.', ['rebels=>syrian-rebels', 'They=>syrian-rebels']],
  ])('%s', (_name, text, expected) => {
    expect(mentions(text, '2018-03-01')).toEqual(expected);
  });

  it('marks reference mentions as coreference and spans the pronoun only', () => {
    const r = resolveMentions(matcher, segment('t', 'Putin met the press. He said Russia would stay.'), { date: '2016-01-01' });
    const he = r.mentions[1][0];
    expect(he).toMatchObject({ actorId: 'vladimir-putin', text: 'He', resolvedBy: 'coreference', start: 21, end: 23 });
  });

  it('infers a date from the office holders a document names when it has none', () => {
    const r = resolveMentions(matcher, segment('t', 'Obama met Hollande. The Russian foreign minister objected.'));
    expect(r.date! >= '2012-05-15' && r.date! <= '2017-01-20').toBe(true);
    expect(r.mentions[1].map((m) => m.actorId)).toEqual(['sergey-lavrov']);
  });
});

describe('new actors', () => {
  it.each([
    ['a person with a known first name and an apposition', 'Angela Stent, director of a centre at Georgetown University, disagreed.',
      [['angela-stent', 'person', 'georgetown-university'], ['georgetown-university', 'organization', null]]],
    ['an honorific before a surname', 'Mr Smith disagreed.', [['smith', 'person', null]]],
    ['a party by its head noun', 'The Foo Party walked out.', [['foo-party', 'organization', null]]],
    ['a title and employer before a name', 'Pentagon spokesman Jeff Davis disagreed.', [['jeff-davis', 'person', 'united-states']]],
    ['another first name before a known surname is another person', 'Spokeswoman Jane Merkel disagreed.', [['jane-merkel', 'person', null]]],
    ['an organisation owned by the actor before it', "The State Department's Bureau of Arms Control objected.", [['bureau-of-arms-control', 'organization', 'united-states']]],
    ['an armed group by its head noun', 'The Northern Storm Brigade attacked.', [['northern-storm-brigade', 'group', null]]],
    ['a name before a speech verb', 'Analysts were divided, Przybylski said.', [['przybylski', 'person', null]]],
  ])('%s', (_name, text, expected) => {
    const r = resolveMentions(matcher, segment('t', text), { date: '2016-01-01' });
    expect(r.actors.map((a) => [a.id, a.kind, a.affiliation])).toEqual(expected);
    for (const m of r.mentions.flat().filter((x) => x.resolvedBy === 'new')) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each([
    ['a title before a name', 'Senator Jane Doakes objected.', [['jane-doakes', 'person', null]]],
  ])('keeps out of the name %s', (_name, text, expected) => {
    const r = resolveMentions(matcher, segment('t', text), { date: '2016-01-01' });
    expect(r.actors.map((a) => [a.id, a.kind, a.affiliation])).toEqual(expected);
  });

  it.each([
    ['a place before a comma and a capitalised organ', 'Jets bombed positions near Qaryatayn, the Defence Ministry said.'],
    ['a city that does not act', 'Fighting raged in Aleppo and Tartus.'],
    ['a region', 'Troops moved into the Sinai.'],
    ['a sentence-initial common word', 'Meanwhile, Nothing changed.'],
  ])('leaves alone %s', (_name, text) => {
    const r = resolveMentions(matcher, segment('t', text), { date: '2016-01-01' });
    expect(r.mentions.flat()).toEqual([]);
  });
});

describe('any text', () => {
  it('gives mentions whose offsets quote the document exactly, and never throws', async () => {
    const fc = await import('fast-check');
    const words = fc.constantFrom('Russia', 'the', 'Syrian', 'regime', 'he', 'She', 'said', ',', '.', '“', '”', '"', "'s", 'Mr', 'Jan', 'Party', 'of', 'al-', 'Assad', 'US', 'us', 'IS', 'é', '\u{1F600}', '\n\n', 'rebels', 'Ivory Coast', 'Minsk', 'talks');
    fc.assert(fc.property(fc.array(words, { maxLength: 60 }), (ws) => {
      const text = ws.join(' ');
      const r = resolveMentions(matcher, segment('t', text), { date: '2016-01-01' });
      for (const m of r.mentions.flat()) expect(text.slice(m.start, m.end)).toBe(m.text);
    }), { numRuns: 200, seed: 7 });
  });
});
