// Footnote markers glued to words, on real snippets of 000, 003 and 004.
import { describe, expect, it } from 'vitest';
import { footnoteMarker, stripFootnoteMarkers } from '../../../analysis/src/clean/rules/footnote-marker';
import { applyRules, keptLines, removedOf } from '../../fixtures/ocr/snippets';

describe('footnote-marker', () => {
	it.each([
		['of the December uprising.8 Unfortunately, this book is ', 'of the December uprising. Unfortunately, this book is ', ['8']],
		[' Squads9 spoke {on December 91) of an uprising as of ', ' Squads spoke {on December 9) of an uprising as of ', ['9', '1']],
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
		expect(removedOf(d)).toEqual(['footnote-marker: 8', 'footnote-marker: 9', 'footnote-marker: 1']);
		expect(d.removed.map((r) => r.line)).toEqual([1, 3, 3]);
		expect(keptLines(d)[2]).toBe('Squads spoke {on December 9) of an uprising as of');
	});
});
