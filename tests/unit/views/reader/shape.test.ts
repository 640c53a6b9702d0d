// Reader helpers: paragraphs under section names, highlighted segments, stepping between matches.
import { describe, expect, it } from 'vitest';
import { sentenceSegments, stepHit, toParagraphs, type SentenceToken } from '../../../../src/lib/views/reader/shape';

const tok = (token_id: number, surface: string, space_before: string, hit: number | null = null, term: number | null = hit === null ? null : 0): SentenceToken => ({
	token_id, surface, space_before, hit, term
});

describe('toParagraphs', () => {
	it('groups by paragraph and marks section starts', () => {
		const s = (sentence_id: number, paragraph_id: number, section: string | null, is_heading = false) => ({
			sentence_id, paragraph_id, section, text: `s${sentence_id}`, is_heading
		});
		const ps = toParagraphs([s(0, 0, 'Preface'), s(1, 0, 'Preface'), s(2, 1, 'Main', true), s(3, 2, 'Main'), s(4, 3, null)]);
		expect(ps.map((p) => [p.paragraph_id, p.sectionStart, p.heading, p.sentences.map((x) => x.sentence_id)])).toEqual([
			[0, 'Preface', false, [0, 1]],
			[1, 'Main', true, [2]],
			[2, null, false, [3]],
			[3, null, false, [4]]
		]);
	});
});

describe('sentenceSegments', () => {
	it('highlights exactly the matched tokens, spaces outside', () => {
		// "Soviets formed; the uprising spread." with uprising (token 9) matched
		const segs = sentenceSegments([tok(5, 'Soviets', ' '), tok(6, 'formed', ' '), tok(7, ';', ''), tok(8, 'the', ' '), tok(9, 'uprising', ' ', 9), tok(10, 'spread', ' '), tok(11, '.', '')]);
		expect(segs).toEqual([
			{ text: 'Soviets formed; the ', term: null, hit: null },
			{ text: 'uprising', term: 0, hit: 9 },
			{ text: ' spread.', term: null, hit: null }
		]);
		expect(segs.map((s) => s.text).join('')).toBe('Soviets formed; the uprising spread.');
	});
	it('keeps a phrase in one segment and separates two adjacent occurrences', () => {
		const segs = sentenceSegments([tok(0, 'The', ''), tok(1, 'armed', ' ', 1, 1), tok(2, 'uprising', ' ', 1, 1), tok(3, 'uprising', ' ', 3), tok(4, '.', '')]);
		expect(segs).toEqual([
			{ text: 'The ', term: null, hit: null },
			{ text: 'armed uprising', term: 1, hit: 1 },
			{ text: ' ', term: null, hit: null },
			{ text: 'uprising', term: 0, hit: 3 },
			{ text: '.', term: null, hit: null }
		]);
	});
	it('a match at the start of the sentence', () => {
		expect(sentenceSegments([tok(7, 'Uprising', ' ', 7), tok(8, 'followed', ' ')])).toEqual([
			{ text: 'Uprising', term: 0, hit: 7 },
			{ text: ' followed', term: null, hit: null }
		]);
	});
});

describe('stepHit', () => {
	const hits = [3, 9, 20];
	it('steps and wraps', () => {
		expect(stepHit(hits, null, 1)).toBe(3);
		expect(stepHit(hits, null, -1)).toBe(20);
		expect(stepHit(hits, 9, 1)).toBe(20);
		expect(stepHit(hits, 20, 1)).toBe(3);
		expect(stepHit(hits, 3, -1)).toBe(20);
	});
	it('from a position between hits', () => {
		expect(stepHit(hits, 10, 1)).toBe(20);
		expect(stepHit(hits, 10, -1)).toBe(9);
		expect(stepHit(hits, 25, 1)).toBe(3);
		expect(stepHit(hits, 1, -1)).toBe(20);
		expect(stepHit([], 1, 1)).toBeNull();
	});
});
