// Wiki apparatus on real snippets of 001 (Trotsky 1918): navigation, [edit source] headings, reference marks, numbered notes.
import { describe, expect, it } from 'vitest';
import { editLink } from '../../../analysis/src/clean/rules/edit-link';
import { notes } from '../../../analysis/src/clean/rules/notes';
import { referenceMark } from '../../../analysis/src/clean/rules/reference-mark';
import { siteNavigation } from '../../../analysis/src/clean/rules/site-navigation';
import { applyRules, cleanSnippet, keptLines, removedOf } from '../../fixtures/ocr/snippets';

const TROTSKY = { author: 'Leon Trotsky', title: 'The Internal and External Tasks of the Soviet Power', date: '1918-04-21' };

/** 001, lines 1–8 (the last cut short). */
const TOP = [
	'The Internal and External Tasks of the Soviet Power',
	'',
	'From Marxists-en',
	'Jump to navigation Jump to search',
	'',
	'Lecture given in Moscow on April 21, 1918',
	'',
	'Comrades! Communist teaching has as one of its most important tasks the achievement of a situation in this old, sinful world of ours in which men will cease to shoot at each other.'
];

describe('site-navigation', () => {
	it('removes the wiki chrome and the "From <site>" tagline next to it', () => {
		const d = applyRules([siteNavigation], TOP, TROTSKY);
		expect(removedOf(d)).toEqual(['site-navigation: From Marxists-en\nJump to navigation Jump to search']);
		expect(d.removed[0].line).toBe(3);
	});
	it('recognises other MediaWiki chrome, not only this site', () => {
		const d = applyRules([siteNavigation], ['From Wikipedia, the free encyclopedia', 'Jump to content', 'Some text of the article follows here.', 'Retrieved from "https://en.wikipedia.org/w/index.php?title=X"', 'Categories: 1918 speeches']);
		expect(d.lines.filter((l) => l.rule === siteNavigation.name)).toHaveLength(4);
		expect(keptLines(d)).toEqual(['Some text of the article follows here.']);
	});
	it('leaves a sentence beginning with "From" alone when no chrome is near', () => {
		expect(applyRules([siteNavigation], ['From Moscow', '', 'the troops marched out.', '', '', '']).removed).toEqual([]);
	});
});

describe('edit-link', () => {
	it('cuts [edit source] and keeps the section heading as a heading (001, line 96)', () => {
		const d = applyRules([editLink], ['Yes, this peace treaty is the bill for Tsardom.', '', 'Nicholas II, Milyukov, Kerensky[edit source]', '', 'But what is the position in our country?']);
		expect(removedOf(d)).toEqual(['edit-link: [edit source]']);
		expect(d.lines[2]).toMatchObject({ kind: 'heading', text: 'Nicholas II, Milyukov, Kerensky', line: 3 });
	});
	it('joins a "heading" that completes a paragraph ending in ":" to that paragraph (001, lines 94–98)', () => {
		const lines = [
			'I repeat, in this peace treaty we draw the balance of the criminal doings of international imperialism. We are meeting a promissory note which clearly bears the signatures:',
			'',
			'Nicholas II, Milyukov, Kerensky[edit source]',
			'',
			'But, comrades, this does not at all mean that if we have identified the guilty ones, we can rest content with that!'
		];
		const d = applyRules([editLink], lines, TROTSKY);
		expect(removedOf(d)).toEqual(['edit-link: [edit source]']);
		expect(d.lines[2]).toMatchObject({ kind: 'text', continues: true, text: 'Nicholas II, Milyukov, Kerensky' });
		const paragraphs = cleanSnippet(lines, TROTSKY).paragraphs;
		expect(paragraphs.map((p) => p.heading)).toEqual([false, false]);
		expect(paragraphs[0].text.endsWith('which clearly bears the signatures: Nicholas II, Milyukov, Kerensky')).toBe(true);
		expect(paragraphs[1].text.startsWith('But, comrades,')).toBe(true);
	});
	it('keeps a heading after a paragraph that ends in a full stop, or a long line after a colon (synthetic)', () => {
		const d = applyRules([editLink], ['The treaty was signed.', '', 'The Brest Peace[edit source]', '', 'The terms were these:', '', 'What the Germans demanded and what the Allies offered in return for the war[edit]']);
		expect(d.lines.filter((l) => l.kind === 'heading').map((l) => l.text)).toEqual(['The Brest Peace', 'What the Germans demanded and what the Allies offered in return for the war']);
	});
	it('also takes the plain [edit] link', () => {
		expect(applyRules([editLink], ['The Brest Peace [edit]']).lines[0]).toMatchObject({ kind: 'heading', text: 'The Brest Peace' });
	});
});

describe('reference-mark', () => {
	it('cuts [2], [3], [4] glued into the text (001, lines 44, 60, 78)', () => {
		const d = applyRules([referenceMark], [
			'the Progressives, the Cadets, and so on, a whole swarm of parties.[2] Where did they spring from?',
			'At the start of it I had to quit Austria, so as not to be put in prison.[3] Then I lived in Switzerland',
			'at the time of the Great French Revolution and at the time of the 1848 revolution[4] in Germany'
		]);
		expect(removedOf(d)).toEqual(['reference-mark: [2]', 'reference-mark: [3]', 'reference-mark: [4]']);
		expect(keptLines(d)).toEqual([
			'the Progressives, the Cadets, and so on, a whole swarm of parties. Where did they spring from?',
			'At the start of it I had to quit Austria, so as not to be put in prison. Then I lived in Switzerland',
			'at the time of the Great French Revolution and at the time of the 1848 revolution in Germany'
		]);
	});
	it('keeps editorial brackets that are words for editorial-interpolation: [RSDLP], [Dawn], [...]', () => {
		const raw = 'the Spark and the Zarya [Dawn] of the Russian Social-Democratic Labour Party [RSDLP] in the town of [...] writes';
		expect(applyRules([referenceMark], [raw]).removed).toEqual([]);
	});
});

describe('notes', () => {
	it('removes the numbered ↑ notes at the end of 001, each note a span, with continuation lines', () => {
		const d = applyRules([notes], [
			'in the name of the brotherhood of the peoples, in the name of socialism!',
			'',
			'  1. ↑ At this time the Left SRs supported the Soviet power.',
			'  2. ↑ The Black Hundreds were monarchist groups organised by Tsardom.',
			'  5. ↑ The Brest peace: On October 26, 1917, the day after the revolution.',
			'    By the provisions of the treaty of Brest-Litovsk, Russia was deprived of the Ukraine.',
			'  6. ↑ The year 1905 as prologue to the revolution of 1917.'
		], TROTSKY);
		expect(removedOf(d)).toEqual([
			'notes:   1. ↑ At this time the Left SRs supported the Soviet power.',
			'notes:   2. ↑ The Black Hundreds were monarchist groups organised by Tsardom.',
			'notes:   5. ↑ The Brest peace: On October 26, 1917, the day after the revolution.\n    By the provisions of the treaty of Brest-Litovsk, Russia was deprived of the Ukraine.',
			'notes:   6. ↑ The year 1905 as prologue to the revolution of 1917.'
		]);
		expect(keptLines(d)).toEqual(['in the name of the brotherhood of the peoples, in the name of socialism!']);
	});
	it('removes "Author\'s Note:" / "Editor\'s Note:" footnotes at the end of 004', () => {
		const d = applyRules([notes], [
			'Look, comrade, is it a natural state of affairs?',
			'',
			'',
			"  1. Author's Note: My opponents having repeatedly expressed the wish to avail themselves of this letter as a document.\u00a0",
			'',
			"  6. Editor's Note: It was on the 26th of November, 1903, that Plehanov coopted the Minoritarians"
		]);
		expect(removedOf(d).length).toBe(2);
		expect(d.removed.map((r) => r.line)).toEqual([4, 6]);
	});
	it('removes the editor\'s endnote of 003 with its own quotation, after the source line', () => {
		const d = applyRules([notes], [
			'Against the Moscow Conference1',
			'',
			'The counter-revolution is entering a new phase of development. From wrecking and destruction it is passing to the consolidation of the positions it has won. From riots and disorders it is passing into the "legal channel" of "constitutional development."',
			'',
			'that they will not allow the battle-standard of revolution to slip from their hands.',
			'',
			'',
			'Rabochy i Soldat, No. 14, August 8, 1917',
			'',
			'',
			'1. The article "Against the Moscow Conference" was written by J. V. Stalin at the request of the Central Committee.',
			'',
			'In the appeal and the leaflet the last few lines were replaced by the following words:',
			'',
			'"Comrades, arrange meetings and pass resolutions of protest against the \'Moscow Conference\'!"'
		]);
		expect(d.removed.map((r) => r.line)).toEqual([11, 13, 15]);
		expect(keptLines(d).slice(2)).toEqual(['that they will not allow the battle-standard of revolution to slip from their hands.', 'Rabochy i Soldat, No. 14, August 8, 1917']);
	});
	it('does not take a numbered list set apart by blank lines for notes when nothing in the text refers to note 1', () => {
		const d = applyRules([notes], [
			'The tasks of the workers are these.',
			'',
			'',
			'1. To tear the mask from the face of the conference.',
			'',
			'2. To expose the Mensheviks.',
			'',
			'Let the enemies of the revolution know it.'
		]);
		expect(d.removed).toEqual([]);
	});
	it("keeps the author's numbered demands 1) 2) 3) of 003", () => {
		const d = applyRules([notes], [
			'It is consequently the task of the advanced workers:',
			'',
			'1) To tear the mask of an organ of popular representation from the face of the conference.',
			'',
			'2) To expose the Mensheviks and Socialist-Revolutionaries.',
			'',
			'Let the enemies of the revolution know that the workers will not allow themselves to be deceived.'
		]);
		expect(d.removed).toEqual([]);
	});
});
