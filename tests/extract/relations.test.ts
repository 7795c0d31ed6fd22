import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.ts';
import { extractDocument } from '../../src/extract/document.ts';
import { ROOT } from '../helpers.ts';

// A small dictionary of our own, so that these rows test the relation rules, not the actor dictionary.
const ctx = createContext({ actorsFile: path.join(ROOT, 'tests/extract/fixtures/actors.json'), replaceActors: true });

/** The statements of a text as "source predicate target [NEG] [modality]", sorted; modality shown when not asserted. */
function statements(text: string): string[] {
  const res = extractDocument(ctx, { id: 't', text });
  return [...new Set(res.relations.map((r) => [r.source, r.predicate, r.target, r.negated ? 'NEG' : '', r.modality === 'asserted' ? '' : r.modality].filter(Boolean).join(' ')))].sort();
}

const rows = (table: Array<[string, string[]]>) => table.map(([s, e]) => [s, [...e].sort()] as [string, string[]]);

describe('syntax: who does what to whom', () => {
  it.each(rows([
    ['Iran supports the Syrian government.', ['iran supports syria']],
    ['Turkey was criticized by Germany on Monday.', ['germany accuses turkey']],
    ['Turkey was opposed earlier by Germany.', ['germany opposes turkey']],
    // "as" opens a clause whose own subject is not an actor
    ['The Turkish president resigned Sunday as the opposition threatened to storm his residence in Syria.', []],
    ['Russia and Iran back Assad.', ['iran supports bashar-al-assad', 'russia supports bashar-al-assad']],
    ['China condemned Israel and Hamas.', ['china accuses hamas', 'china accuses israel']],
    ['Japan and the new China condemned Israel.', ['china accuses israel', 'japan accuses israel']],
    ['Moscow, Tehran and Damascus oppose the rebels.', ['iran opposes syrian-rebels', 'russia opposes syrian-rebels', 'syria opposes syrian-rebels']],
    ['Britain armed the rebels that Russia bombs.', ['russia attacks syrian-rebels', 'united-kingdom aids syrian-rebels']],
    ['Iran, which backs Assad, sent more advisers.', ['iran supports bashar-al-assad']],
    ['Turkey launched an offensive, driving Islamic State militants from the town.', ['turkey attacks isis']],
    ['Obama urged France to attack Islamic State.', ['barack-obama requests france', 'france attacks isis demanded']],
    ['Japan attacked Russia and supported Ukraine.', ['japan attacks russia', 'japan supports ukraine']],
    ['Syrian troops backed by Iran took the town.', ['iran supports syria']],
    ['France sent aid to Syria, which Britain condemned.', ['france aids syria']],
  ]))('%s', (text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
});

describe('nominal, compound and predicative cues', () => {
  it.each(rows([
    ["Russia's support for Assad is unwavering.", ['russia supports bashar-al-assad']],
    ['Russian airstrikes on the rebels continued overnight.', ['russia attacks syrian-rebels']],
    ['Russian and Iranian support for Damascus grew.', ['iran supports syria', 'russia supports syria']],
    ['Russian-backed rebels seized the airport.', ['russia supports syrian-rebels']],
    ['The anti-Assad rebels held the town.', ['syrian-rebels opposes bashar-al-assad']],
    ['Talks between France and Germany resumed in Geneva.', ['france meets germany', 'germany meets france']],
    ['U.S.-Chinese cooperation has stalled.', ['china cooperates united-states', 'united-states cooperates china']],
    ['The rebels took the town with Turkish help.', ['turkey aids syrian-rebels']],
    ['Syria is getting help from Iran.', ['iran aids syria']],
    // what a subject receives from X is X's gift; what it demands or takes from X is not
    ['Ukraine has received by air weapons from Britain.', ['united-kingdom aids ukraine']],
    ['Ukraine demanded money from Britain.', ['ukraine demands united-kingdom']],
    ['Ukraine seized weapons from Russia.', []],
    ['Assad, Russia\'s closest ally, stayed in power.', ['russia allies bashar-al-assad']],
    ['Moscow has long been a supporter of Assad.', ['russia supports bashar-al-assad']],
    // a noun of removal after a possessive: the possessor undergoes it, the one who demands it stands against them
    ["Germany demanded Assad's ouster.", ['germany opposes bashar-al-assad demanded']],
    ["Japan called for Russia's exclusion from the talks.", ['japan excludes russia demanded']],
    ["Britain did not demand Iran's isolation.", ['united-kingdom excludes iran NEG demanded']],
    // rejecting or reporting a removal takes no stance against the one removed
    ["France rejected Assad's ouster.", []],
    ["Russia's exclusion angered Iran.", []],
    // a reported obligation: a nationality and a title before the name belong to the person who must act
    ['Russia insisted Syrian President Bashar al-Assad should remain in power.', ['russia supports bashar-al-assad demanded']],
    ['Japan said the Iranian President Hassan Rouhani must resign.', ['japan opposes hassan-rouhani demanded']],
    // denying that someone may go on demands that they go; a denied ability of another kind says nothing
    ['Germany says Assad cannot continue to rule.', ['germany opposes bashar-al-assad demanded']],
    ["Japan said Hassan Rouhani can't stay in power.", ['japan opposes hassan-rouhani demanded']],
    ['Germany did not say Assad cannot stay.', ['germany opposes bashar-al-assad NEG demanded']],
    ['Germany says Assad cannot win the war.', []],
    // a reported judgement that an actor's act is a fault accuses the actor; praise of it or a fault of no one's does not
    ["Japan said Germany's decision to leave the talks was a grave mistake.", ['japan accuses germany']],
    ["Japan said Germany's refusal to negotiate has been “an enormous error.”", ['japan accuses germany']],
    ["Japan said Germany's decision was a success.", []],
    ['Japan said the decision was a mistake.', []],
    // an assault by a named author in a city strikes the city's country; a country at war is only where it happens
    ["Hamas's coordinated attacks in Berlin shocked Europe.", ['hamas attacks germany']],
    ["Russia's attacks in Syria went on.", []],
    ['The attacks in London were condemned.', []],
    ['Iran is allied with Syria.', ['iran allies syria']],
    // being linked or affiliated to a group is an alliance; linking an event to a group is not
    ['Hamas is affiliated with Iran.', ['hamas allies iran']],
    ['Turkey attacked rebels linked to Islamic State.', ['syrian-rebels allies isis', 'turkey attacks syrian-rebels']],
    ['Iran-linked rebels attacked Israel.', ['iran allies syrian-rebels', 'syrian-rebels attacks israel']],
    ['Turkey linked the bombing to Hamas.', []],
    ['Russia remains at odds with the West.', ['russia agrees the-west NEG']],
    ['France and Germany disagreed over the budget.', ['france agrees germany NEG', 'germany agrees france NEG']],
    ['France will cooperate with Britain against Islamic State.', ['france cooperates united-kingdom intended', 'france opposes isis intended', 'united-kingdom opposes isis intended']],
    ['Obama called for France and Germany to join a coalition against Islamic State.', [
      'barack-obama requests france', 'barack-obama requests germany', 'france cooperates germany demanded', 'germany cooperates france demanded',
      'france opposes isis demanded', 'germany opposes isis demanded']],
    ['Russia, China sign trade deal', ['china agrees russia', 'russia agrees china']],
    ['Islamic State claimed responsibility for the bombing of a Turkish airliner.', ['isis attacks turkey']],
    ['Britain armed rebel groups such as Hamas.', ['united-kingdom aids hamas', 'united-kingdom aids syrian-rebels']],
    ['Japan halted its aid to Ukraine.', ['japan sanctions ukraine']],
    ['Israel and Hamas reached an agreement on prisoners.', ['hamas agrees israel', 'israel agrees hamas']],
    ['Britain shared intelligence with France.', ['united-kingdom cooperates france']],
    ['Israel lifted its blockade on Hamas.', ['israel concedes hamas']],
    ['Turkey restored diplomatic relations with Israel.', ['turkey cooperates israel']],
    // a relationship, like relations, is a tie only when it is made or broken; crafting one makes it
    ['Japan crafted a close working relationship with China.', ['japan cooperates china']],
    ['Japan has broken off its relationship with China.', ['japan sanctions china']],
    ['Japan reviewed its relationship with China.', []],
    ['Japan has broken relations with China.', ['japan sanctions china']],
    // a phrasal verb's particle does not hide the verb that undoes the tie
    ['Japan has broken down relations with China.', ['japan sanctions china']],
    ['Germany called off talks with Iran.', ['germany sanctions iran']],
    ['Japan signed a treaty with China.', ['japan agrees china']],
    ['Turkey will abandon its full military ties with Israel.', ['turkey sanctions israel intended']],
    ['Turkey has good relations with Israel.', []],
    ['Russia used its bases in Syria to attack Ukraine.', ['russia attacks ukraine']],
    // a dispute the clause is set in is its subject's, as a battle is
    ['Germany lost money in the rift with Russia.', ['germany agrees russia NEG']],
    ["Japan's losses have mounted in the dispute with China.", ['japan agrees china NEG']],
    ['France and Germany held talks on Monday.', ['france meets germany', 'germany meets france']],
    ['Germany welcomed the resumption of ties with Iran.', ['germany cooperates iran']],
    ['Turkey condemned the attack by Hamas.', ['turkey accuses hamas']],
    ['NATO is fighting an anti-ISIS war.', ['nato opposes isis']],
    ['France and Britain revived the ISIS fight.', ['france attacks isis', 'united-kingdom attacks isis']],
    ['The Russian campaign worried Turkey.', []],
  ]))('%s', (text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
});

describe('one cue of every relation type', () => {
  it.each(rows([
    ['The US sided with Turkey in the dispute.', ['united-states supports turkey']],
    ['Russia agreed with China on the plan.', ['russia agrees china']],
    ['Putin met Obama in Beijing.', ['vladimir-putin meets barack-obama']],
    // celebrating with someone is meeting them; a place between the object and the partner is neither
    ['Japan celebrated the anniversary at Paris with China.', ['japan meets china']],
    // leaving for a country's seat is travelling to it, a visit
    ['Obama left on Monday for Beijing for talks on trade.', ['barack-obama meets china']],
    ['Germany cooperates with France on energy.', ['germany cooperates france']],
    ['Iran allied itself with Syria.', ['iran allies syria']],
    ['Britain supplied weapons to Ukraine.', ['united-kingdom aids ukraine']],
    ['Israel yielded to Hamas after weeks of pressure.', ['israel concedes hamas']],
    ['China called on Japan to resume talks.', ['china requests japan']],
    ['Israel demanded that Hamas release the hostages.', ['israel demands hamas']],
    ['Turkey opposes the rebels.', ['turkey opposes syrian-rebels']],
    ['Tehran rebuffed Washington.', ['iran rejects united-states']],
    ['Israel on Thursday rejected calls by Turkey for a ceasefire.', ['israel rejects turkey']],
    ["Japan today rejected China's proposal.", ['japan rejects china']],
    ['Germany blamed Russia for the attack.', ['germany accuses russia']],
    ['Washington wants to keep Moscow out of the talks.', ['united-states excludes russia intended']],
    ['Iran threatened to cut off gas supplies to Turkey.', ['iran threatens turkey']],
    ['Germany agreed in principle on Monday to send troops to Ukraine.', ['germany agrees ukraine']],
    ['The UN troops left the besieged Syrian town.', []],
    ['The US imposed sanctions on Iran.', ['united-states sanctions iran']],
    ['Russia invaded Ukraine.', ['russia attacks ukraine']],
    ['The US lifted sanctions on Iran.', ['united-states concedes iran']],
    ['China said Japan must apologize.', ['china demands japan']],
    ['France insisted that Assad must go.', ['france opposes bashar-al-assad demanded']],
    ['Iran argued Assad should remain in power.', ['iran supports bashar-al-assad demanded']],
  ]))('%s', (text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
});

describe('negation and modality keep the type', () => {
  it.each(rows([
    ['Germany did not support Turkey.', ['germany supports turkey NEG']],
    ['France never attacked Syria.', ['france attacks syria NEG']],
    ['France no longer supports the rebels.', ['france supports syrian-rebels NEG']],
    ['NATO failed to defeat Islamic State.', ['nato attacks isis NEG']],
    ['Russia refused to back Assad.', ['russia rejects bashar-al-assad', 'russia supports bashar-al-assad NEG']],
    // an offer or a promise is the intent of the act offered, not an agreement of its own
    ['Japan offered to negotiate with China.', ['japan meets china intended']],
    ['Britain promised to continue military aid to Ukraine.', ['united-kingdom aids ukraine intended']],
    ['Germany agreed to full cooperation with France.', ['germany agrees france', 'germany cooperates france intended']],
    ['Iran may attack Israel.', ['iran attacks israel possible']],
    ['Russia reportedly armed the rebels.', ['russia aids syrian-rebels possible']],
    ['Turkey plans to invade Syria.', ['turkey attacks syria intended']],
    ['The US is eager to isolate Iran.', ['united-states excludes iran intended']],
    ['Britain should sanction Russia.', ['united-kingdom sanctions russia demanded']],
    // "neither ... nor" coordinates the actors and denies for each
    ['Neither Germany nor France attacked Syria.', ['france attacks syria NEG', 'germany attacks syria NEG']],
    ['Turkey supported neither Iran nor Israel.', ['turkey supports iran NEG', 'turkey supports israel NEG']],
    ['If Russia invades Ukraine, NATO will respond.', ['russia attacks ukraine possible']],
    ['Analysts say that if Iran attacks Israel, oil prices will rise.', ['iran attacks israel possible']],
    ['The US demanded the exclusion of Iran from the talks.', ['united-states excludes iran demanded']],
  ]))('%s', (text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
});

describe('the parties to an act that a verb\'s object names', () => {
  it.each(rows([
    ['Japan and China welcomed the new accord between France and Germany.', [
      'china supports france', 'china supports germany', 'france agrees germany', 'germany agrees france', 'japan supports france', 'japan supports germany']],
    ['Turkey praised the proposals sent by Iran last week.', ['turkey supports iran']],
    ['Israel criticized the latest plan from Hamas.', ['israel accuses hamas']],
    ['Japan signed a ten-year fishing agreement for 2030 with China.', ['japan agrees china']],
    ['Japan will adopt a joint resolution with China.', ['japan agrees china intended']],
    // a noun of quantity keeps its "of" phrase inside the object
    ['Japan will adopt a set of resolutions with China.', ['japan agrees china intended']],
    ['Japan signed a series of agreements with China.', ['japan agrees china']],
    ['Germany clashed over the policies of Turkey in the region.', ['germany opposes turkey']],
    ['Britain did not clash over the efforts of France.', ['united-kingdom opposes france NEG']],
    ['Britain would welcome closer cooperation with France.', ['united-kingdom cooperates france possible']],
    ['Israel demanded a truce with Hamas.', ['israel demands hamas']],
    ['Japan demanded an apology by China.', ['japan demands china']],
    ['Japan apologized to China.', ['japan concedes china']],
    ['Iran threatened to close the strait unless Britain released the tanker.', ['iran threatens united-kingdom']],
    ['Turkish police beat up Syrian protesters.', ['turkey attacks syria']],
    ['Japan accepted demands from China after long talks.', ['japan agrees china']],
    ['Israel conceded at last to demands from Hamas.', ['israel concedes hamas']],
    ['Germany paid compensation to Ukraine for the losses.', ['germany concedes ukraine']],
    ['Prosecutors in Turkey opened investigations against Iran.', ['turkey accuses iran']],
    ['Turkey chided the attack by Hamas.', ['turkey accuses hamas']],
    // warning of an actor speaks against it; warning an actor about something threatens the one warned
    ['Germany warned about Iran.', ['germany accuses iran']],
    ['The US warned Iran about the consequences.', ['united-states threatens iran']],
    // warning people who are not an acting actor (its citizens, Turkish tourists) about X speaks against X
    ['Germany warned its citizens about Iran.', ['germany accuses iran']],
    ['Germany warned Turkish tourists about Hamas.', ['germany accuses hamas']],
    ['Germany warned Turkish officials about Hamas.', ['germany threatens turkey']],
    ['The rebels marched through the city calling for independence from Syria.', ['syrian-rebels opposes syria']],
  ]))('%s', (text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
});

describe('precision: nothing without an asserted actor pair', () => {
  it.each([
    'Russia and France are both in Europe.',
    'Will Russia attack Ukraine?',
    'Countries often support their allies.',
    'Russia fights in Syria.',
    'Western powers disagreed on the resolution of the Syrian conflict and the Turkish economy.',
    'They discussed how to fight the rebels.',
  ])('%s', (text) => {
    expect(statements(text)).toEqual([]);
  });
});
