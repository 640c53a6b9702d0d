// Footnote markers glued to words, on real snippets of 000, 003 and 004.
import { describe, expect, it } from 'vitest';
import { footnoteMarker, stripFootnoteMarkers, stripLines } from '../../../analysis/src/clean/rules/footnote-marker';
import { notes } from '../../../analysis/src/clean/rules/notes';
import { noteNumber } from '../../../analysis/src/clean/shapes';
import { applyRules, keptLines, removedOf } from '../../fixtures/ocr/snippets';

describe('footnote-marker', () => {
	it.each([
		['of the December uprising.8 Unfortunately, this book is ', 'of the December uprising. Unfortunately, this book is ', ['8']],
		[' Squads9 spoke {on December 91) of an uprising as of ', ' Squads spoke {on December 9!) of an uprising as of ', ['9']],
		['after October.10 A general strike could no longer take the ', 'after October. A general strike could no longer take the ', ['10']],
		['Engels\'s conclusions,13 and that Moscow had inaugurated ', 'Engels\'s conclusions, and that Moscow had inaugurated ', ['13']],
		['ber 17 the Semyonovsky Regiment12 crushed Presnya ', 'ber 17 the Semyonovsky Regiment crushed Presnya ', ['12']],
		['deal with these conclusions on another occasion*; at present ', 'deal with these conclusions on another occasion; at present ', ['*']],
		['and Kronstadt15 are wavering more than ever', 'and Kronstadt are wavering more than ever', ['15']],
		['acquired the significance of a «document».1 As we know', 'acquired the significance of a «document». As we know', ['1']],
		['as in the case of the Vorwärts7 [Forward] in Germany', 'as in the case of the Vorwärts [Forward] in Germany', ['7']],
		['cannot find words severe enough to brand this «bureaucratic5 [or mechanical] centralism', 'cannot find words severe enough to brand this «bureaucratic [or mechanical] centralism', ['5']],
		['groups for tracking down spies;3 groups for giving', 'groups for tracking down spies; groups for giving', ['3']]
	] as const)('%s', (raw, want, marks) => {
		expect(stripFootnoteMarkers(raw)).toEqual({ text: want, pieces: marks });
	});
	it.each([
		'within two days 150,000 people had risen at our call',
		'Proletary No. 2, August 29, 1906 Collected Works, Vol. 11, pp. 171-78',
		'see Lenin, Collected Works, Vol.15: and the stenographic reports',
		'On December 6 the Soviet of Workers \' Deputies resolved',
		'in a crowd of 10,000 people, on December 10, in Presnya',
		'the 55th issue of the Spark; the 1848 revolution; the R.S.D.L.P.(B.) which'
	])('leaves numbers that belong to the text alone: %s', (raw) => {
		expect(stripFootnoteMarkers(raw)).toEqual({ text: raw, pieces: [] });
	});
	it('records every marker with its raw line', () => {
		const d = applyRules([footnoteMarker], ['of the December uprising.8 Unfortunately, this book is ', 'like a barrel of honey', ' Squads9 spoke {on December 91) of an uprising as of ']);
		expect(removedOf(d)).toEqual(['footnote-marker: 8', 'footnote-marker: 9', 'ocr-exclamation: 1']);
		expect(d.removed.map((r) => r.line)).toEqual([1, 3, 3]);
		expect(keptLines(d)[2]).toBe('Squads spoke {on December 9!) of an uprising as of');
	});
});

/** 004, lines 140–174 cut short: markers 5 and 7 glued to words, 6 after a year and its full stop, the notes 1–7 at the end (markers 1–4 are further up). */
const POSTFACE = [
	'And Comrade Akselrod cannot find words severe enough to brand this «bureaucratic5 [or mechanical] centralism», these «Jacobin» (!!?) plans.',
	'',
	'On the 6th of October, 1903, after repeatedly pleading with the members of the minority, Plehanov and I officially invited the «mutinous» writers.',
	'',
	'He has forgotten that «positive work was relegated to the dim remoteness of an indefinite future», which future became a much-desired present only on the 26th of November, 1903.6',
	'',
	'Take a case like this: suppose the personnel of the Central Organ changes, as in the case of the Vorwärts7 [Forward] in Germany.',
	'',
	'',
	"  1. Author's Note: My opponents having repeatedly expressed the wish to avail themselves of this letter as a document.",
	'',
	"  2. Author's Note: We must try to get on the committee revolutionary workers.",
	'',
	"  3. Author's Note: We must get the workers to understand that the killing of spies is highly undesirable.",
	'',
	"  4. Author's Note: We also need combat groups.",
	'',
	"  5. Author's Note: By the way, I should like the editors to note that my pamphlet is appearing with the «established imprint».",
	'',
	"  6. Editor's Note: It was on the 26th of November, 1903, that Plehanov coopted the Minoritarians to the Editorial Board of the Spark",
	'',
	"  7. Editor's Note: The Forward was the daily Central Organ of the German Social-Democratic Party."
];

describe("footnote-marker: the document's note numbering finds the marker the shapes miss", () => {
	it('takes 6 after "1903." in 004, the one number of the notes 5–8 without a marker (between markers 5 and 7)', () => {
		const d = applyRules([notes, footnoteMarker], POSTFACE, { author: 'V. I. Lenin', title: 'Our Organizational Tasks (A Letter to a Comrade)' });
		expect(removedOf(d, footnoteMarker.name)).toEqual(['footnote-marker: 5', 'footnote-marker: 6', 'footnote-marker: 7']);
		expect(d.removed.filter((r) => r.rule === footnoteMarker.name).map((r) => r.line)).toEqual([1, 5, 7]);
		expect(keptLines(d)[2]).toMatch(/only on the 26th of November, 1903\.$/);
		expect(keptLines(d)[1]).toContain('On the 6th of October, 1903, after');
	});
	it('finds a missing number after a year, a word or a quotation, from the notes 1–3 (synthetic)', () => {
		const r = stripLines(['The first congress met in Minsk1 in the spring.', 'It was broken up by the police in 1898.2', 'Nothing was left of it but the «manifesto»3 and a name.'], { notes: [1, 2, 3], before: [] });
		expect(r.lines).toEqual(['The first congress met in Minsk in the spring.', 'It was broken up by the police in 1898.', 'Nothing was left of it but the «manifesto» and a name.']);
		expect(r.removed.map((x) => x.text)).toEqual(['1', '2', '3']);
	});
	it('fills a gap in a run of markers when there are no notes to read (synthetic)', () => {
		const r = stripLines(['the first strike4 of the year', 'and the second5 in the summer', 'ended on the last day of 1905.6 Then', 'the third7 began'], { notes: [], before: [] });
		expect(r.removed.map((x) => `${x.index}:${x.text}`)).toEqual(['0:4', '1:5', '2:6', '3:7']);
	});
	it('leaves a decimal alone: the number runs on with a lowercase word', () => {
		const r = stripLines(['the first strike1 of the year', 'the output fell by 2.2 million tons', 'the third3 began'], { notes: [1, 2, 3], before: [] });
		expect(r.lines[1]).toBe('the output fell by 2.2 million tons');
		expect(r.removed.map((x) => x.text)).toEqual(['1', '3']);
	});
	it('takes nothing when the missing number could be in two places', () => {
		const r = stripLines(['the first strike1 of the year', 'it ended in 1905.2', 'and began again in 1906.2', 'the third3 began'], { notes: [1, 2, 3], before: [] });
		expect(r.removed.map((x) => x.text)).toEqual(['1', '3']);
		expect(r.lines[1]).toBe('it ended in 1905.2');
	});
	it('does not look for a number outside its place in the sequence', () => {
		const r = stripLines(['in the year 1903.2 the split came', 'the first strike1 of the year', 'the third3 began'], { notes: [1, 2, 3], before: [] });
		expect(r.removed.map((x) => x.text)).toEqual(['1', '3']);
	});
});

describe('ocr-exclamation: a "1" after a day of the month that does not fit the numbering is an OCR\'d "!"', () => {
	/** 000, lines 33–35: the markers around run 8, *, 9 … 10; `{on December 91)` is `(on December 9!)` in the print. */
	it('restores "December 9!)" in 000 and records the 1 under its own rule', () => {
		const d = applyRules([footnoteMarker], ['of the December uprising.8 Unfortunately, this book is ', 'for this. Even the Joint Council of Volunteer Fighting ', ' Squads9 spoke {on December 91) of an uprising as of ', 'after October.10 A general strike could no longer take the ']);
		expect(removedOf(d)).toEqual(['footnote-marker: 8', 'footnote-marker: 9', 'ocr-exclamation: 1', 'footnote-marker: 10']);
		expect(keptLines(d)[2]).toBe('Squads spoke {on December 9!) of an uprising as of');
	});
	it('keeps a glued digit that fits the numbering as a footnote marker (synthetic)', () => {
		const r = stripLines(['The strike began on March 41)', 'and the troops came2 a day later.'], { notes: [1, 2], before: [] });
		expect(r.lines[0]).toBe("The strike began on March 4)");
		expect(r.removed.map((x) => `${x.rule}:${x.text}`)).toEqual(['footnote-marker:1', 'footnote-marker:2']);
	});
	it('reads "1" as "!" where the numbering has moved past it (synthetic)', () => {
		const r = stripLines(['the meeting4 was called', 'and held (on May 211) in the square', 'under the eyes of the police5'], { notes: [], before: [] });
		expect(r.lines[1]).toBe('and held (on May 21!) in the square');
		expect(r.removed.map((x) => `${x.rule}:${x.text}`)).toEqual(['footnote-marker:4', 'ocr-exclamation:1', 'footnote-marker:5']);
	});
});

describe('noteNumber: the number a note opens with', () => {
	it.each([
		["  6. Editor's Note: It was on the 26th of November", false, 6],
		['  1. ↑ At this time the Left SRs supported the Soviet power.', false, 1],
		['[12] See the appendix.', false, 12],
		['* See Collected Works, Vol. 11, pp . 189-93.—Ed.', true, null],
		['12 men came to the meeting that evening.', false, null],
		['8 See the report of the Moscow committee.', true, 8],
		['1917 was the year of the revolution.', true, null]
	] as const)('%s (bare %s) → %s', (text, bare, want) => {
		expect(noteNumber(text, bare)).toBe(want);
	});
});

