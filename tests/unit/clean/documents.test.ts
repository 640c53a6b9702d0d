// End to end over the five real texts: no apparatus left, broken words repaired, first and last sentences right, sections found.
import { describe, expect, it } from 'vitest';
import { cleanCorpus, RULES } from '../../../analysis/src/clean/index';
import type { CleanDocument } from '../../../analysis/src/types';
import { corpus } from '../../fixtures/ocr/snippets';
import { DEHYPHENATE } from '../../../analysis/src/clean/rules/dehyphenate';
import { title } from '../../../analysis/src/clean/rules/title';
import { pageHeader } from '../../../analysis/src/clean/rules/page-header';
import { signatureMark } from '../../../analysis/src/clean/rules/signature-mark';
import { footnote } from '../../../analysis/src/clean/rules/footnote';
import { OCR_EXCLAMATION, footnoteMarker } from '../../../analysis/src/clean/rules/footnote-marker';
import { sourceLine } from '../../../analysis/src/clean/rules/source-line';
import { editLink } from '../../../analysis/src/clean/rules/edit-link';
import { referenceMark } from '../../../analysis/src/clean/rules/reference-mark';
import { AUTHOR_NOTE, notes } from '../../../analysis/src/clean/rules/notes';
import { masthead } from '../../../analysis/src/clean/rules/masthead';
import { motto } from '../../../analysis/src/clean/rules/motto';
import { dateLine } from '../../../analysis/src/clean/rules/date-line';
import { editorNote } from '../../../analysis/src/clean/rules/editor-note';
import { editorialInterpolation } from '../../../analysis/src/clean/rules/editorial-interpolation';

const docs = cleanCorpus(corpus());
const doc = (prefix: string): CleanDocument => {
	const d = docs.find((x) => x.entry.file.startsWith(prefix));
	if (!d) throw new Error(prefix);
	return d;
};
const text = (d: CleanDocument) => d.paragraphs.map((p) => p.text).join('\n');
const body = (d: CleanDocument) => d.paragraphs.filter((p) => !p.heading);
const count = (d: CleanDocument, rule: string) => d.removed.filter((r) => r.rule === rule).length;

describe('every document', () => {
	it.each(['000', '001', '002', '003', '004'])('%s: every removed span has a known rule, its text and a raw line holding it', (prefix) => {
		const d = doc(prefix);
		const raw = corpus().find((x) => x.entry.file.startsWith(prefix))!.text.split('\n');
		const names = new Set(RULES.map((r) => r.name));
		for (const r of d.removed) {
			expect(names.has(r.rule)).toBe(true);
			expect(r.line).toBeGreaterThanOrEqual(1);
			if (r.rule !== DEHYPHENATE.name) expect(raw[r.line - 1]).toContain(r.text.split('\n')[0].trim());
		}
	});
	it.each(['000', '001', '002', '003', '004'])('%s: paragraphs are in reading order, whitespace collapsed, in a listed section', (prefix) => {
		const d = doc(prefix);
		const lines = d.paragraphs.map((p) => p.line);
		expect(lines).toEqual([...lines].sort((a, b) => a - b));
		const names = d.sections.map((s) => s.name);
		for (const p of d.paragraphs) {
			expect(p.text).toBe(p.text.replace(/\s+/g, ' ').trim());
			expect(names).toContain(p.section);
		}
	});
});

describe('in-line hyphens across the corpus', () => {
	it('closes up only the two broken words (Petro-grad, -must) and no compound', () => {
		const inline = docs.flatMap((x, k) => x.removed.filter((r) => r.rule === DEHYPHENATE.name && !r.text.includes('⏎')).map((r) => ({ text: r.text, raw: corpus()[k].text.split('\n')[r.line - 1] })));
		expect(inline.map((r) => r.text)).toEqual(['-', '-']);
		expect(inline[0].raw).toContain('we -must work');
		expect(inline[1].raw).toContain('in Petro-grad or');
		for (const w of ['Social-Democratic', 'counter-revolution', 'so-called', 'non-existent', 'sans-culottes', 'sub-committees']) expect(docs.map(text).join('\n')).toContain(w);
	});
});

describe('000 Lenin 1906 (OCR of printed pages)', () => {
	const d = doc('000');
	it('leaves no page apparatus, markers or source line', () => {
		for (const s of ['V. I. LENIN', '3-1063', '3*', 'See Collected Works', '—Ed.', 'uprising.8', 'Squads9', 'Regiment12', 'Proletary No. 2', 'Vol. 11', 'LESSONS OF THE MOSCOW UPRISING']) expect(text(d)).not.toContain(s);
		expect(text(d)).not.toMatch(/\p{L}\d|[.,]\d{1,2}\b(?!,\d)/u);
	});
	it('repairs broken words and keeps compounds', () => {
		for (const s of ['developed', 'really mass scale', "Plekhanov's view", 'energetically', 'Social-Democracy must', 'Social-Democrats now', 'reinforcements', 'possible, be simultaneous', 'Dubasov. On December 9', 'Bolshaya Serpukhovskaya', 'incredibly slovenly']) expect(text(d)).toContain(s);
		expect(text(d)).not.toMatch(/devel |real ly|Plekha-|Social- |possi-/);
	});
	it('joins sentences across the page break and the footnote', () => {
		expect(text(d)).toContain('brought home to all Marxists.');
		expect(text(d)).toContain('Even the Joint Council of Volunteer Fighting Squads spoke {on December 9!) of an uprising');
		expect(text(d)).toContain('That we must work among the troops');
	});
	it('starts and ends with the author\'s sentences', () => {
		expect(d.paragraphs[0].text.startsWith('The publication of the book Moscow in December 1905 (Moscow, 1906) could not have been more timely.')).toBe(true);
		expect(d.paragraphs.at(-1)!.text.endsWith('the party of the class-conscious proletariat must discharge its duty to the full.')).toBe(true);
		expect(d.paragraphs).toHaveLength(18);
	});
	it('records what each rule removed', () => {
		expect({ title: count(d, title.name), header: count(d, pageHeader.name), signature: count(d, signatureMark.name), footnote: count(d, footnote.name), markers: count(d, footnoteMarker.name), exclamation: count(d, OCR_EXCLAMATION), source: count(d, sourceLine.name) }).toEqual({ title: 1, header: 1, signature: 2, footnote: 1, markers: 9, exclamation: 1, source: 2 });
		expect(count(d, DEHYPHENATE.name)).toBeGreaterThan(40);
		expect(d.sections).toEqual([{ name: 'Main text', date: '1906-08-29' }]);
	});
});

describe('001 Trotsky 1918 (wiki page)', () => {
	const d = doc('001');
	it('leaves no wiki apparatus', () => {
		for (const s of ['[edit source]', 'Jump to navigation', 'From Marxists-en', '↑', 'Lecture given in Moscow', 'Left SRs supported']) expect(text(d)).not.toContain(s);
		expect(text(d)).not.toMatch(/\[\d+\]/);
	});
	it('joins the "heading" that completes a paragraph ending in ":" to that paragraph', () => {
		expect(d.paragraphs.filter((p) => p.heading)).toEqual([]);
		expect(text(d)).toContain('We are meeting a promissory note which clearly bears the signatures: Nicholas II, Milyukov, Kerensky\nBut, comrades, this does not at all mean');
		expect(count(d, editLink.name)).toBe(1);
	});
	it('starts and ends with the lecture', () => {
		expect(body(d)[0].text.startsWith('Comrades! Communist teaching has as one of its most important tasks')).toBe(true);
		expect(body(d).at(-1)!.text.endsWith('in the name of the brotherhood of the peoples, in the name of socialism!')).toBe(true);
		expect(count(d, referenceMark.name)).toBe(6);
		expect(count(d, notes.name)).toBe(6);
	});
});

describe('002 Lutte Ouvrière 2017 (web page)', () => {
	const d = doc('002');
	it('leaves no masthead, motto, date line or editor\'s introduction', () => {
		for (const s of ['the Voice of', 'Karl Marx\n', 'Oct 20, 2017', 'The following text is the translation']) expect(text(d)).not.toContain(s);
		expect(d.removed.map((r) => r.rule)).toEqual([masthead.name, motto.name, dateLine.name, editorNote.name]);
	});
	it('keeps the long quotations inside the speech', () => {
		expect(text(d)).toContain('The Soviets consequently were filled, not with glibly talking politicians');
		expect(text(d)).toContain('The point at issue this time was not the freedom of the press');
	});
	it('starts and ends with the speech', () => {
		expect(d.paragraphs[0].text.startsWith('I first took up the revolutionary struggle in 1962')).toBe(true);
		expect(d.paragraphs.at(-1)!.text).toBe('And comrades, it is for this that we are preparing ourselves and for which we are doing all we can so that there can be a revolutionary party equal to the events to come.');
		expect(d.paragraphs).toHaveLength(205);
	});
});

describe('003 Stalin 1917 (transcription)', () => {
	const d = doc('003');
	it('leaves no header block, title, source line or endnote', () => {
		for (const s of ['J. V. Stalin', 'Source :', 'Public Domain', 'Rabochy i Soldat', 'The article "Against the Moscow Conference"', 'arrange meetings and pass resolutions']) expect(text(d)).not.toContain(s);
	});
	it('closes up the print hyphen of "Petro-grad"', () => {
		expect(text(d)).toContain('not only in Petrograd or at the front');
		expect(d.removed.filter((r) => r.rule === DEHYPHENATE.name).map((r) => r.text)).toEqual(['-']);
	});
	it('keeps the numbered demands as the author\'s paragraphs', () => {
		expect(d.paragraphs.filter((p) => /^[123]\) /.test(p.text))).toHaveLength(3);
	});
	it('starts and ends with the article', () => {
		expect(d.paragraphs[0].text.startsWith('The counter-revolution is entering a new phase of development.')).toBe(true);
		expect(d.paragraphs.at(-1)!.text).toBe('Let the enemies of the revolution know that the workers will not allow themselves to be deceived, that they will not allow the battle-standard of revolution to slip from their hands.');
	});
});

describe('004 Lenin 1902 (modern edition)', () => {
	const d = doc('004');
	it('leaves no publisher\'s note, introduction, motto, signature lines or footnotes', () => {
		for (const s of ['PUBLICATION NOTE', 'INTRODUCTION NOTE', 'Institute of Marxism-Leninism-Maoism', 'Workers and oppressed people of the world', 'Nikolaj Lenin', 'January 1904\n', "Author's Note", "Editor's Note", '#']) expect(text(d)).not.toContain(s);
		expect(text(d)).not.toMatch(/»\.1|committee\.2|spies;3|Vorwärts7/);
	});
	it('has the 1904 preface and postface around the 1902 letter', () => {
		expect(d.sections).toEqual([
			{ name: 'Preface to the 1904 Russian edition', date: '1904-01' },
			{ name: 'Letter to a comrade', date: '1902-09' },
			{ name: 'Postface to the 1904 Russian edition', date: '1904-01' }
		]);
		const first = (section: string) => body(d).find((p) => p.section === section)!.text;
		expect(first('Preface to the 1904 Russian edition').startsWith('A Letter to a Comrade, here reprinted, was written over a year ago')).toBe(true);
		expect(first('Letter to a comrade')).toBe('Dear Comrade:');
		expect(first('Postface to the 1904 Russian edition').startsWith('The editors of the Spark state in its 55th issue')).toBe(true);
	});
	it('keeps the bullet items without their glyph', () => {
		expect(d.paragraphs.map((p) => p.text)).toContain('District groups.');
		expect(text(d)).not.toContain('•');
	});
	it("removes the editor's brackets, addressee line and repeated title; keeps LETTER TO A COMRADE as a heading", () => {
		expect(text(d)).not.toMatch(/\[|\]|\(from Lenin\)|1903\.6/);
		for (const s of ['Rabocee Delo supporters', '«bureaucratic centralism»', 'the Vorwärts in Germany', 'on the 26th of November, 1903.']) expect(text(d)).toContain(s);
		expect(d.paragraphs.filter((p) => p.heading).map((p) => p.text)).toEqual(['PREFACE TO THE 1904 RUSSIAN EDITION', 'LETTER TO A COMRADE', 'POSTFACE TO THE 1904 RUSSIAN EDITION']);
		expect({ title: count(d, title.name), editor: count(d, editorNote.name), interpolation: count(d, editorialInterpolation.name), markers: count(d, footnoteMarker.name), author: count(d, AUTHOR_NOTE), notes: count(d, notes.name) }).toEqual({ title: 2, editor: 11, interpolation: 6, markers: 8, author: 5, notes: 3 });
		expect(d.removed.filter((r) => r.rule === footnoteMarker.name).map((r) => r.text)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
	});
	it('ends with the worker\'s letter Lenin quotes in the postface', () => {
		expect(body(d).at(-1)!.text.startsWith("Now, what I cannot understand at all is the fight that's going on now")).toBe(true);
	});
});
