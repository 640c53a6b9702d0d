// Line-break word joining on real snippets of 000: broken words re-joined, compounds kept, whole words at a line end left alone.
import { describe, expect, it } from 'vitest';
import { decideJoin, type JoinContext, DEHYPHENATE } from '../../../analysis/src/clean/rules/dehyphenate';
import { closeInlineHyphens, closesUp } from '../../../analysis/src/clean/rules/inline-hyphen';
import { buildVocabulary, isEnglishWord } from '../../../analysis/src/clean/vocabulary';
import { cleanSnippet, rawDoc, removedOf, vocabulary } from '../../fixtures/ocr/snippets';

const ocr = (): JoinContext => ({ vocabulary: vocabulary(), trailingSpaceMarksWordEnd: true });
const plain = (): JoinContext => ({ vocabulary: vocabulary(), trailingSpaceMarksWordEnd: false });

describe('decideJoin (OCR where a whole word at a line end is followed by a space)', () => {
	it.each([
		['of the organisations, the mass proletarian struggle devel', 'oped from a strike to an uprising.', 'join'],
		['and no longer in isolated eases, but on a real', 'ly mass scale.', 'join'],
		['nothing could be more short-sighted than Plekha-', "nov's view, seized upon by all the opportunists", 'join'],
		['we should have taken to arms more resolutely, energet-', ' ically and aggressively;', 'join'],
		['exhausts the troops and compels Dubasov to beg for rein', 'forcements. Only on December 15', 'join'],
		['interesting material—despite its incompleteness\'—and in', 'credibly slovenly, incredibly trite conclusions.', 'join'],
		['masses to learn the correct tactics of an uprising. Social-', 'Democracy must recognise this mass terror', 'hyphen'],
		['We often meet Social-Demo', 'crats now who scoff whenever units of five', 'join'],
		['But here are examples of how we lagged behind Duba-', 'sov. On December 9, soldiers were marching down Bol-', 'join'],
		['the troops coming over to the side of the people. ', 'An-ex', 'space'],
		['demonstrations. Evening of the 8th: the siege of the ', 'Aquarium.', 'space']
	] as const)('%s | %s → %s', (left, right, want) => {
		expect(decideJoin(left, right, ocr())).toBe(want);
	});
	it('an em dash at a line end runs straight on', () => {
		expect(decideJoin('the highest form of struggle—', 'an uprising.', ocr())).toBe('join');
	});
});

describe('decideJoin without the trailing-space signal (web text, other OCR)', () => {
	it('joins a fragment that is not a word, keeps two words that the corpus uses on their own', () => {
		expect(decideJoin('the mass proletarian struggle devel', 'oped from a strike', plain())).toBe('join');
		expect(decideJoin('on a real', 'ly mass scale', plain())).toBe('join');
		expect(decideJoin('the Moscow', 'uprising', plain())).toBe('space');
		expect(decideJoin('Social-', 'Democracy must recognise', plain())).toBe('hyphen');
	});
	it('lets the corpus break a tie between a compound and a closed word', () => {
		const ctx = (text: string): JoinContext => ({ vocabulary: buildVocabulary([{ entry: { id: 'x', file: 'x', author: '', title: '', date: '1900', year: 1900, kind: '', published_in: '', edition: '', translation: '', line: 2 }, text }]), trailingSpaceMarksWordEnd: true });
		expect(isEnglishWord('counterrevolution')).toBe(true);
		expect(decideJoin('the strength of the counter-', 'revolution grew', ctx('the counter-revolution is entering a new phase of development. '))).toBe('hyphen');
		expect(decideJoin('the strength of the counter-', 'revolution grew', ctx('the counterrevolution is entering a new phase. '))).toBe('join');
	});
});

describe('dehyphenate in the cleaned text', () => {
	/** 000, lines 76–80, 109–110, 116–121, 63–66, 285–286. */
	const SNIPPETS = [
		'From a strike and demonstrations to isolated barricades. ',
		' of the organisations, the mass proletarian struggle devel',
		'oped from a strike to an uprising. This is the greatest ',
		'',
		'December, we, the leaders of the Social-Democratic prole',
		'tariat, were like a commander-in-chief who has deployed ',
		'',
		'Thus, nothing could be more short-sighted than Plekha-',
		"nov's view, seized upon by all the opportunists, that the ",
		'we should have taken to arms more resolutely, energet-',
		' ically and aggressively; we should have explained to the ',
		'',
		'deliberately, and no longer in isolated eases, but on a real',
		'ly mass scale. The whole population is in the streets; all ',
		'',
		'masses to learn the correct tactics of an uprising. Social-',
		'Democracy must recognise this mass terror and incorporate '
	];
	it('repairs developed, proletariat, Plekhanov\'s, energetically, really; keeps Social-Democracy', () => {
		const text = cleanSnippet(SNIPPETS).paragraphs.map((p) => p.text).join('\n');
		for (const word of ['developed', 'Social-Democratic proletariat,', 'commander-in-chief', "Plekhanov's", 'energetically', 'really', 'Social-Democracy']) expect(text).toContain(word);
		expect(text).not.toMatch(/devel |real ly|Plekha-|Social- /);
	});
	it('records each repair at its raw line as what it takes out: the hyphen and the line break, not the word (which is kept)', () => {
		const doc = cleanSnippet(SNIPPETS);
		expect(removedOf(doc, DEHYPHENATE.name)).toEqual(['dehyphenate: ⏎', 'dehyphenate: ⏎', 'dehyphenate: -⏎', 'dehyphenate: -⏎', 'dehyphenate: ⏎']);
		const lines = doc.removed.filter((r) => r.rule === DEHYPHENATE.name).map((r) => r.line);
		expect(lines).toEqual([2, 5, 8, 10, 13]);
		expect(lines.map((n) => SNIPPETS[n - 1].trimEnd().split(' ').at(-1))).toEqual(['devel', 'prole', 'Plekha-', 'energet-', 'real']);
	});
	it('does not glue a whole word at a line end (followed by a space) to the next line', () => {
		const text = cleanSnippet(['The organisations failed to keep pace with the growth and ', 'range of the movement. ']).paragraphs[0].text;
		expect(text).toBe('The organisations failed to keep pace with the growth and range of the movement.');
	});
	it('leaves OCR noise inside a line alone (W e, tim.es)', () => {
		const text = cleanSnippet(['degree that is far from adequate. W e can and must take ', 'sity at such tim.es of exterminating the persons in com', 'mand of the enemy. ']).paragraphs[0].text;
		expect(text).toBe('degree that is far from adequate. W e can and must take sity at such tim.es of exterminating the persons in command of the enemy.');
	});
});

describe('dehyphenate inside a line', () => {
	it('closes up "Petro-grad" in 003 (Petrograd elsewhere, neither part used alone), recorded as dehyphenate', () => {
		const raw = 'And it must be so arranged that this approval is given by the "people" themselves, by the "nation," and not only in Petro-grad or at the front, but all over Russia.';
		const doc = cleanSnippet([raw], { author: 'J. V. Stalin', title: 'Against the Moscow Conference' });
		expect(doc.paragraphs[0].text).toContain('not only in Petrograd or at the front');
		expect(removedOf(doc, DEHYPHENATE.name)).toEqual(['dehyphenate: -']);
	});
	it('drops the OCR hyphen stuck to "-must" in 000 (line 143)', () => {
		const doc = cleanSnippet(['troops, there can be no question of serious struggle. That we -must work among the troops goes without saying. ']);
		expect(doc.paragraphs[0].text).toBe('troops, there can be no question of serious struggle. That we must work among the troops goes without saying.');
		expect(removedOf(doc, DEHYPHENATE.name)).toEqual(['dehyphenate: -']);
	});
	it.each(['Social-Democratic', 'counter-revolution', 'counter-revolutionary', 'so-called', 'non-existent', 'sans-culottes', 'sub-committees', 'co-workers', 'metal-workers', 'well-being', 'Brest-Litovsk', 'commander-in-chief', 'half-and-half'])(
		'keeps the compound %s (corpus vocabulary)',
		(word) => {
			expect(closeInlineHyphens(`the ${word} of the time`, vocabulary())).toEqual({ text: `the ${word} of the time`, pieces: [] });
		}
	);
	it('closes up a word whose closed form a small corpus uses, and not one whose parts it uses (synthetic)', () => {
		const v = buildVocabulary([rawDoc(['The siege of Leningrad lasted long. Leningrad held. The workers and the shop stewards met in the workshop.'])]);
		expect(closesUp('Lenin', 'grad', v)).toBe(true);
		expect(closesUp('work', 'shop', v)).toBe(false);
		expect(closeInlineHyphens('they fought for Lenin-grad and the work-shop -held', v)).toEqual({ text: 'they fought for Leningrad and the work-shop held', pieces: ['-', '-'] });
	});
	it('leaves a hyphen before a number or a non-word, and a dash with spaces, alone', () => {
		for (const t of ['the temperature fell to -10 degrees', 'pp. 171 -78', 'the suffix -xyzq is rare', 'the war - which nobody wanted']) expect(closeInlineHyphens(t, vocabulary()).pieces).toEqual([]);
	});
});

