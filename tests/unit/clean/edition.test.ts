// A modern edition's apparatus on real snippets of 004 (Lenin 1902): publisher's note, introduction note, motto, # signature and heading lines, dated sections.
import { describe, expect, it } from 'vitest';
import { editorNote } from '../../../analysis/src/clean/rules/editor-note';
import { footnote } from '../../../analysis/src/clean/rules/footnote';
import { notes } from '../../../analysis/src/clean/rules/notes';
import { title } from '../../../analysis/src/clean/rules/title';
import { hashHeading } from '../../../analysis/src/clean/rules/hash-heading';
import { motto } from '../../../analysis/src/clean/rules/motto';
import { publisherNote } from '../../../analysis/src/clean/rules/publisher-note';
import { signatureLine } from '../../../analysis/src/clean/rules/signature-line';
import { isAuthorNote, parseDateLine } from '../../../analysis/src/clean/shapes';
import { applyRules, cleanSnippet, keptLines, removedOf } from '../../fixtures/ocr/snippets';

const LENIN_1902 = { author: 'V. I. Lenin', title: 'Our Organizational Tasks (A Letter to a Comrade)', date: '1902-09' };

/** 004, lines 1–62, long lines cut short; the postface heading of lines 115–124 added. */
const EDITION = [
	'Our Organizational Tasks',
	'',
	'#PUBLICATION NOTE',
	'',
	'This edition of Our Organizational Tasks has been prepared and revised for digital publication by the Institute.',
	'',
	'#INTRODUCTION NOTE',
	'',
	'This is a letter from Comrade Lenin to A.A. Snejerson (Jerjoma) of the St. Petersburg Committee written in Paris, France in September 1902.',
	'',
	'It was reported in the Spark\'s No. 30 of the 15th of December, 1902:',
	'',
	'  • The two trends in Russian Social-Democracy: the old «Economist» trend.',
	'  • Principles of organization (so-called «democratism» or an «organization of revolutionaries»).',
	'',
	'',
	'#Workers and oppressed people of the world, unite!',
	'',
	'#PREFACE TO THE 1904 RUSSIAN EDITION',
	'',
	'#Nikolaj Lenin',
	'#January 1904',
	'',
	'#',
	'',
	'A Letter to a Comrade, here reprinted, was written over a year ago — in September 1902, if my memory does not deceive me.',
	'',
	'#N. Lenin',
	'#January 1904',
	'',
	'#Workers and oppressed people of the world, unite!',
	'',
	'#OUR ORGANIZATIONAL TASKS',
	'',
	'#LETTER TO A COMRADE',
	'',
	'#Nikolaj Lenin',
	'#September 1902',
	'',
	'#',
	'',
	'#To the St. Petersburg Committee in general and to Comrade Jerjoma in particular (from Lenin):',
	'',
	'Dear Comrade:',
	'',
	'It is with pleasure that I accede to your request for a criticism of your draft.',
	'',
	'',
	'#Workers and oppressed people of the world, unite!',
	'',
	'#POSTFACE TO THE 1904 RUSSIAN EDITION',
	'',
	'#Nikolaj Lenin',
	'#January 1904',
	'',
	'#',
	'',
	'The editors of the Spark state in its 55th issue that the Central Committee and the opposition «agreed to consign to oblivion» the facts.'
];

describe('publisher-note and editor-note blocks', () => {
	it('removes each note from its heading to the next # line', () => {
		const d = applyRules([publisherNote, editorNote], EDITION, LENIN_1902);
		expect(removedOf(d, publisherNote.name)).toEqual(['publisher-note: #PUBLICATION NOTE', 'publisher-note: ' + EDITION[4]]);
		expect(removedOf(d, editorNote.name).map((s) => s.split('\n')[0])).toEqual([
			'editor-note: #INTRODUCTION NOTE',
			'editor-note: ' + EDITION[8],
			'editor-note: ' + EDITION[10],
			'editor-note:   • The two trends in Russian Social-Democracy: the old «Economist» trend.',
			'editor-note: #To the St. Petersburg Committee in general and to Comrade Jerjoma in particular (from Lenin):'
		]);
		expect(d.lines[16].kind).toBe('text');
	});
	it("does not take the author's own preface for an editor's note", () => {
		const d = applyRules([publisherNote, editorNote], EDITION, LENIN_1902);
		expect(keptLines(d)).toContain('#PREFACE TO THE 1904 RUSSIAN EDITION');
	});
});

describe('motto, signature-line and hash-heading', () => {
	const d = applyRules([publisherNote, editorNote, signatureLine, motto, hashHeading], EDITION, LENIN_1902);
	it('removes the repeated # motto everywhere', () => {
		expect(removedOf(d, motto.name)).toEqual(Array(3).fill('motto: #Workers and oppressed people of the world, unite!'));
	});
	it('removes the # signature lines: names, dates and empty #', () => {
		expect(removedOf(d, signatureLine.name)).toEqual([
			'signature-line: #Nikolaj Lenin\n#January 1904',
			'signature-line: #',
			'signature-line: #N. Lenin\n#January 1904',
			'signature-line: #Nikolaj Lenin\n#September 1902',
			'signature-line: #',
			'signature-line: #Nikolaj Lenin\n#January 1904',
			'signature-line: #'
		]);
	});
	it('keeps the other # lines as headings, without the #', () => {
		const headings = d.lines.filter((l) => l.kind === 'heading').map((l) => l.text);
		expect(headings).toEqual(['PREFACE TO THE 1904 RUSSIAN EDITION', 'OUR ORGANIZATIONAL TASKS', 'LETTER TO A COMRADE', 'POSTFACE TO THE 1904 RUSSIAN EDITION']);
	});
});

describe('sections', () => {
	it('reads the dated parts from heading + date signature lines, in reading order', () => {
		const doc = cleanSnippet(EDITION, LENIN_1902);
		expect(doc.sections).toEqual([
			{ name: 'Preface to the 1904 Russian edition', date: '1904-01' },
			{ name: 'Letter to a comrade', date: '1902-09' },
			{ name: 'Postface to the 1904 Russian edition', date: '1904-01' }
		]);
		expect(doc.paragraphs.map((p) => [p.section, p.heading, p.text.slice(0, 30)])).toEqual([
			['Preface to the 1904 Russian edition', true, 'PREFACE TO THE 1904 RUSSIAN ED'],
			['Preface to the 1904 Russian edition', false, 'A Letter to a Comrade, here re'],
			['Letter to a comrade', true, 'LETTER TO A COMRADE'],
			['Letter to a comrade', false, 'Dear Comrade:'],
			['Letter to a comrade', false, 'It is with pleasure that I acc'],
			['Postface to the 1904 Russian edition', true, 'POSTFACE TO THE 1904 RUSSIAN E'],
			['Postface to the 1904 Russian edition', false, 'The editors of the Spark state']
		]);
	});
	it('gives a one-part text one section with the manifest date', () => {
		const doc = cleanSnippet(['But how is this to be done?', '', 'That is the crux of the matter.'], { date: '1917-08-08' });
		expect(doc.sections).toEqual([{ name: 'Main text', date: '1917-08-08' }]);
		expect(doc.paragraphs.every((p) => p.section === 'Main text')).toBe(true);
	});
	it.each([
		['#January 1904', '1904-01'],
		['#September 1902', '1902-09'],
		['August 8, 1917', '1917-08-08'],
		['Oct 20, 2017', '2017-10-20'],
		['21 April 1918', '1918-04-21'],
		['1904', '1904'],
		['#Nikolaj Lenin', null],
		['December 91', null]
	])('parses the date line %s', (line, want) => {
		expect(parseDateLine(line)).toBe(want);
	});
});

describe("the editor's addressee line and headings that repeat the title", () => {
	it('removes the # line naming the author in the third person, "(from Lenin):", as editor-note (004, line 58)', () => {
		const d = applyRules([publisherNote, editorNote], EDITION, LENIN_1902);
		expect(removedOf(d, editorNote.name).at(-1)).toBe('editor-note: #To the St. Petersburg Committee in general and to Comrade Jerjoma in particular (from Lenin):');
		expect(keptLines(d)).toContain('Dear Comrade:');
	});
	it('recognises the shape for another author, and leaves a # heading that does not name the author alone (synthetic)', () => {
		const marx = { author: 'Karl Marx', title: 'Letter to the Editors', date: '1877' };
		const d = applyRules([editorNote], ['#To the Editors of the Otechestvenniye Zapiski (by Marx):', '', '#A Reply to Mr. Mikhailovsky (from the Editors)', '', 'Sir, the author of the article has a great deal to say.'], marx);
		expect(removedOf(d)).toEqual(['editor-note: #To the Editors of the Otechestvenniye Zapiski (by Marx):']);
	});
	it('removes "#OUR ORGANIZATIONAL TASKS" (the manifest title\'s main part) as title, keeps "LETTER TO A COMRADE" as a heading', () => {
		const doc = cleanSnippet(EDITION, LENIN_1902);
		expect(removedOf(doc, title.name)).toEqual(['title: Our Organizational Tasks', 'title: #OUR ORGANIZATIONAL TASKS']);
		expect(doc.paragraphs.filter((p) => p.heading).map((p) => p.text)).toEqual(['PREFACE TO THE 1904 RUSSIAN EDITION', 'LETTER TO A COMRADE', 'POSTFACE TO THE 1904 RUSSIAN EDITION']);
	});
	it('removes a heading repeating the whole title in any case, not a sentence that only mentions it (synthetic)', () => {
		const d = applyRules([title], ['Some opening words of the author come first.', '', 'THE CANAL TOLLS', '', 'The canal tolls were a burden.', '', 'The Canal Tolls'], { title: 'The Canal Tolls', author: 'J. Q. Writer' });
		expect(removedOf(d)).toEqual(['title: THE CANAL TOLLS', 'title: The Canal Tolls']);
	});
	it('leaves a line of prose that happens to read like the title (not heading-shaped)', () => {
		const d = applyRules([title], ['The crowd shouted it again and again.', '', 'peace, land and bread', '', 'And the soldiers joined them.'], { title: 'Peace, Land and Bread', author: 'A. Writer' });
		expect(d.removed).toEqual([]);
	});
	it('matches a title that opens with a quotation mark, and the main part of one with a subtitle after a colon (synthetic)', () => {
		const d = applyRules([title], ['The author begins here, as authors do.', '', '#«LEFT-WING» COMMUNISM', '', 'The text goes on.'], { title: '«Left-Wing» Communism: An Infantile Disorder', author: 'V. I. Lenin' });
		expect(removedOf(d)).toEqual(['title: #«LEFT-WING» COMMUNISM']);
	});
});

describe("author-note: the author's own notes are recorded apart from the editor's", () => {
	it('records the "Author\'s Note" endnotes of 004 as author-note and the "Editor\'s Note" ones as notes', () => {
		const d = applyRules([notes], [
			'All one can hope is that the future will bring a change for the better.',
			'',
			'',
			"  1. Author's Note: My opponents having repeatedly expressed the wish to avail themselves of this letter as a document.\u00a0",
			'',
			"  5. Author's Note: By the way, I should like the editors to note that my pamphlet is appearing with the «established imprint».",
			'',
			"  6. Editor's Note: It was on the 26th of November, 1903, that Plehanov coopted the Minoritarians"
		]);
		expect(d.removed.map((r) => `${r.rule}@${r.line}`)).toEqual(['author-note@4', 'author-note@6', 'notes@8']);
		expect(keptLines(d)).toEqual(['All one can hope is that the future will bring a change for the better.']);
	});
	it('records a page-foot footnote signed by the author as author-note (synthetic)', () => {
		const d = applyRules([footnote], ['the tolls were doubled* in the spring, and ', 'the council met again. ', '', '* I was present at this meeting myself.—Author. ', '', '', '34 J. Q. WRITER ']);
		expect(removedOf(d)).toEqual(['author-note: * I was present at this meeting myself.—Author.']);
		expect(d.lines[3].pageBreak).toBe(true);
	});
	it.each([
		["  1. Author's Note: My opponents having repeatedly expressed the wish", true],
		['* Note by the author: this was written in 1902.', true],
		['3. I was there myself. — Author', true],
		["  6. Editor's Note: It was on the 26th of November, 1903", false],
		['* See Collected Works, Vol. 11, pp . 189-93.—Ed.', false],
		['  1. ↑ At this time the Left SRs supported the Soviet power.', false]
	] as const)('%s → author\'s: %s', (text, want) => {
		expect(isAuthorNote(text)).toBe(want);
	});
});

