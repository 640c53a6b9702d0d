// Square-bracketed editorial insertions inside the author's text, on real snippets of 004 (Lenin 1902) and synthetic texts.
import { describe, expect, it } from 'vitest';
import { bracketShape, editorialInterpolation } from '../../../analysis/src/clean/rules/editorial-interpolation';
import { footnoteMarker } from '../../../analysis/src/clean/rules/footnote-marker';
import { referenceMark } from '../../../analysis/src/clean/rules/reference-mark';
import { applyRules, cleanSnippet, keptLines, removedOf } from '../../fixtures/ocr/snippets';

const LENIN_1902 = { author: 'V. I. Lenin', title: 'Our Organizational Tasks (A Letter to a Comrade)', date: '1902-09' };

/** 004, lines 64, 108, 140, 154, 158, cut short: every bracket in the author's text is the editor's or translator's. */
const LETTER = [
	'You refer to the lack of serious training and revolutionary education among the progressive workers, to the so-called elective system, which the Rabocee Delo [Workers\' Cause] supporters are championing so proudly and stubbornly on the grounds of «democratic» principles.',
	'',
	'The district groups and subcommittees organize the following groups: [...] It would be all the less useful to draw up such Rules at present since we have practically no general Party experience.',
	'',
	'He has evolved a «theory» to the effect that «the majority of the Spark-ists at the Congress were convinced that their main task was [...] to fight the internal enemy». And Comrade Akselrod cannot find words severe enough to brand this «bureaucratic5 [or mechanical] centralism», these «Jacobin» (!!?) plans.',
	'',
	'It would have been wiser not to bring up a subject about which, for instance, a factory worker in the town of [...] writes to me as follows:',
	'',
	'Take a case like this: suppose the personnel of the Central Organ changes and from being orthodox becomes opportunist, as in the case of the Vorwärts7 [Forward] in Germany; could it be allowed to predominate?'
];

describe('editorial-interpolation on 004', () => {
	const d = applyRules([footnoteMarker, referenceMark, editorialInterpolation], LETTER, LENIN_1902);
	it('removes [Workers\' Cause], [...], [or mechanical] and [Forward], each recorded with its raw line', () => {
		expect(removedOf(d, editorialInterpolation.name)).toEqual([
			"editorial-interpolation: [Workers' Cause]",
			'editorial-interpolation: [...]',
			'editorial-interpolation: [...]',
			'editorial-interpolation: [or mechanical]',
			'editorial-interpolation: [...]',
			'editorial-interpolation: [Forward]'
		]);
		expect(d.removed.filter((r) => r.rule === editorialInterpolation.name).map((r) => r.line)).toEqual([1, 3, 5, 5, 7, 9]);
	});
	it('leaves the author\'s words with single spaces', () => {
		const text = keptLines(d).join('\n');
		for (const s of ['which the Rabocee Delo supporters are', 'their main task was to fight the internal enemy»', 'brand this «bureaucratic centralism»', 'in the town of writes to me', 'the case of the Vorwärts in Germany;']) expect(text).toContain(s);
		expect(text).not.toMatch(/\[|\]/);
	});
	it('an omission between two sentences leaves a paragraph break, so the sentences do not run together', () => {
		const doc = cleanSnippet(LETTER, LENIN_1902);
		const texts = doc.paragraphs.map((p) => p.text);
		expect(texts).toContain('The district groups and subcommittees organize the following groups:');
		expect(texts).toContain('It would be all the less useful to draw up such Rules at present since we have practically no general Party experience.');
		expect(doc.paragraphs.filter((p) => p.line === 3)).toHaveLength(2);
	});
});

describe('editorial-interpolation on other texts', () => {
	it('removes [sic], an omission and a gloss of a foreign title when those are the only brackets (synthetic)', () => {
		const d = applyRules([editorialInterpolation], ['He wrote in Die Neue Zeit [The New Times] that the party had «recieved [sic] the news» with [...] joy.']);
		expect(removedOf(d)).toEqual(['editorial-interpolation: [The New Times]', 'editorial-interpolation: [sic]', 'editorial-interpolation: [...]']);
		expect(keptLines(d)).toEqual(['He wrote in Die Neue Zeit that the party had «recieved the news» with joy.']);
	});
	it('leaves every bracket alone in a text whose author uses brackets for his own words', () => {
		const lines = ['The workers [and there were many of them, more than the police had counted] came to the square.', 'They read Iskra [Spark] aloud.'];
		expect(applyRules([editorialInterpolation], lines).removed).toEqual([]);
		expect(bracketShape('and there were many of them, more than the police had counted', 'The workers ')).toBe('other');
	});
	it('does not touch wiki reference marks: they are reference-mark, cut before', () => {
		const d = applyRules([referenceMark, editorialInterpolation], ['a whole swarm of parties.[2] Where did they spring from?', 'the 1848 revolution[4] in the old Germany']);
		expect(removedOf(d)).toEqual(['reference-mark: [2]', 'reference-mark: [4]']);
	});
	it.each([
		['...', 'the town of ', 'omission'],
		['…', 'was ', 'omission'],
		['sic', 'recieved ', 'sic'],
		['or mechanical', '«bureaucratic ', 'alternative'],
		["Workers' Cause", 'the Rabocee Delo ', 'gloss'],
		['RSDLP', 'Social-Democratic Labour Party ', 'gloss'],
		['writers’ squabbling', 'Literatengezänk ', 'gloss'],
		['who comprised the highest body of the then Workers’ Organization', 'Workers’ Organization ', 'other'],
		['the police', 'and then ', 'other']
	] as const)('[%s] after "%s" is %s', (content, before, shape) => {
		expect(bracketShape(content, before)).toBe(shape);
	});
});
