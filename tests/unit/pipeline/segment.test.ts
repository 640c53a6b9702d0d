// Segmentation hard cases, taken from the five texts: where a careful reader puts sentence breaks, and token repairs.
import { describe, expect, it } from 'vitest';
import { paragraphSentences, segmentDocument } from '../../../analysis/src/segment';
import { lemmaOf } from '../../../analysis/src/tokens';
import type { CleanDocument, ManifestEntry } from '../../../analysis/src/types';

/** The sentences of one paragraph as a reader sees them. */
function sentences(text: string, heading = false): string[] {
	const { toks, starts } = paragraphSentences(text, heading);
	return starts.map((s, k) =>
		toks
			.slice(s, starts[k + 1] ?? toks.length)
			.map((t, i) => (i === 0 ? t.surface : t.space + t.surface))
			.join('')
	);
}

const entry: ManifestEntry = {
	id: 'test', file: 'test.txt', author: 'A', title: 'T', date: '1917', year: 1917,
	kind: '', published_in: '', edition: '', translation: '', line: 2
};

function doc(paragraphs: { text: string; heading?: boolean }[]): CleanDocument {
	return {
		entry,
		paragraphs: paragraphs.map((p, i) => ({ text: p.text, heading: p.heading ?? false, section: 'Main text', line: i + 1 })),
		removed: [],
		sections: [{ name: 'Main text', date: '1917' }]
	};
}

describe('no break after abbreviations and initials', () => {
	it.each([
		// 000 (Lenin 1906), the editor's footnote and source line.
		['See Collected Works, Vol. 11, pp. 189-93.'],
		['Proletary No. 2, August 29, 1906. Collected Works, Vol. 11, pp. 171-78.', 2],
		// 003 (Stalin 1917), the header and the endnote.
		['Source: Works, Vol. 3, March - October, 1917.'],
		['The article "Against the Moscow Conference" was written by J. V. Stalin at the request of the Central Committee of the R.S.D.L.P.(B.) which had discussed the question of the Moscow Conference on August 5, 1917.'],
		// 004 (Lenin 1902), the introduction note.
		['This is a letter from Comrade Lenin to A.A. Snejerson (Jerjoma) of the St. Petersburg Committee of the Russian Social-Democratic Labour Party [RSDLP] written in Paris, France in September 1902.'],
		["It was reported in the Spark's No. 30 of the 15th of December, 1902:"],
		['The letter was signed by V. I. Lenin in Geneva.'],
		['Cf. the resolution of the congress, i.e. the one of 1903, and e.g. the Rules.'],
		['Vols. 6-7 of the Collected Works give it in full.'],
		['Mr. Smith and St. Petersburg, etc. and so on.']
	])('%s', (text, n = 1) => {
		expect(sentences(text)).toHaveLength(n);
	});

	it('keeps the reference together when it is split over two sentences', () => {
		expect(sentences('Proletary No. 2, August 29, 1906. Collected Works, Vol. 11, pp. 171-78.')).toEqual([
			'Proletary No. 2, August 29, 1906.',
			'Collected Works, Vol. 11, pp. 171-78.'
		]);
	});
});

describe('breaks at the end of quoted sentences', () => {
	it('breaks after a full stop inside closing quotes (002, The Spark)', () => {
		expect(sentences('Lenin once gave the following definition of socialism: “Soviet power, plus electrification.” This brief definition supposes, in any case, a developed economy.')).toEqual([
			'Lenin once gave the following definition of socialism: “Soviet power, plus electrification.”',
			'This brief definition supposes, in any case, a developed economy.'
		]);
	});

	it('breaks after single quotes (001, Trotsky)', () => {
		expect(sentences('It said: ‘The whole people are with me.’ The toilers of town and country rallied under its banner.')).toEqual([
			'It said: ‘The whole people are with me.’',
			'The toilers of town and country rallied under its banner.'
		]);
		expect(sentences("It said: 'The whole people are with me.' The toilers rallied.")).toHaveLength(2);
		expect(sentences('He wrote ‘no.’ Then he left.')).toHaveLength(2);
	});

	it('breaks after a sentence closed inside brackets or guillemets (004, Lenin 1902)', () => {
		expect(sentences('(Most likely, you meant the organization of the work of the RSDLP in St. Petersburg.) The question you have raised is so important.')).toEqual([
			'(Most likely, you meant the organization of the work of the RSDLP in St. Petersburg.)',
			'The question you have raised is so important.'
		]);
		expect(sentences('It reads: «The newspaper is the leading centre of the Party (and not only of a committee or a district).» I should merely like to remark on it.')).toHaveLength(2);
	});

	it('does not break when the quotation is followed by lower case (002: “…deceived?” asked Rosa Luxemburg)', () => {
		expect(sentences('“Will the Russian workers still let themselves be deceived?” asked Rosa Luxemburg, the great German revolutionary.')).toHaveLength(1);
		expect(sentences('"Is it so?" he asked. Nobody answered.')).toEqual(['"Is it so?" he asked.', 'Nobody answered.']);
	});

	it('keeps an exclamation in brackets inside its sentence (003: “(has already secured!) the postponement”)', () => {
		expect(sentences('That is why it is striving to secure (has already secured!) the postponement of the Constituent Assembly.')).toHaveLength(1);
	});
});

describe('ordinary breaks a reader marks', () => {
	it('splits short exclamations and questions (001)', () => {
		expect(sentences('What is Portugal? And Serbia? Germany crushed her! Greece!')).toEqual(['What is Portugal?', 'And Serbia?', 'Germany crushed her!', 'Greece!']);
	});

	it('breaks after "etc." before a new sentence (002: “ENA, etc. All …”)', () => {
		expect(sentences('In France, these are called Polytechnique, Sciences Politiques, ENA, etc. All of them train the state apparatus.')).toHaveLength(2);
	});

	it('breaks after an initialism that ends a sentence', () => {
		expect(sentences('It was the R.S.D.L.P. The party grew.')).toEqual(['It was the R.S.D.L.P.', 'The party grew.']);
	});

	it('never leaves an empty sentence', () => {
		for (const text of ['"', '. . .', 'He left. " ', '— Yes. — No.']) {
			for (const s of sentences(text)) expect(s.trim()).not.toBe('');
		}
	});
});

describe('headings', () => {
	it('a heading is one sentence, never merged with the next paragraph', () => {
		const d = segmentDocument(doc([{ text: 'PREFACE TO THE 1904 RUSSIAN EDITION', heading: true }, { text: 'A Letter to a Comrade, here reprinted, was written over a year ago.' }]));
		expect(d.sentences.map((s) => s.text)).toEqual(['PREFACE TO THE 1904 RUSSIAN EDITION', 'A Letter to a Comrade, here reprinted, was written over a year ago.']);
		expect(d.sentences[0].heading).toBe(true);
	});

	it('a heading with full stops inside stays one sentence', () => {
		expect(sentences('I. The Tasks. II. The Means.', true)).toHaveLength(1);
	});
});

describe('tokens', () => {
	it('keeps hyphenated compounds as one word', () => {
		const d = segmentDocument(doc([{ text: 'The Social-Democratic party, the petty-bourgeoisie and the well-to-do peasants met in 1905-1907.' }]));
		const words = d.sentences[0].tokens.filter((t) => t.is_word).map((t) => t.surface);
		expect(words).toEqual(['The', 'Social-Democratic', 'party', 'the', 'petty-bourgeoisie', 'and', 'the', 'well-to-do', 'peasants', 'met', 'in']);
		expect(d.n_words).toBe(11);
	});

	it('lemmatises capitalised words (Soviets → soviet) and stores lemmas in lower case', () => {
		const d = segmentDocument(doc([{ text: 'The Soviets are the power of the working class. Soviets and Bolsheviks met in Russia.' }]));
		const lemma = (surface: string) => d.sentences.flatMap((s) => s.tokens).find((t) => t.surface === surface)?.lemma;
		expect(lemma('Soviets')).toBe('soviet');
		expect(lemma('Bolsheviks')).toBe('bolshevik');
		expect(lemma('Russia')).toBe('russia');
		expect(lemma('are')).toBe('be');
		expect(lemmaOf('Social-Democrats', 'social-democrat')).toBe('social-democrat');
		for (const t of d.sentences.flatMap((s) => s.tokens)) expect(t.lemma).toBe(t.lemma.toLowerCase());
	});

	it('leaves names wink does not know as they are (Paris, Engels), and reads capitalised words as nouns (Left SRs)', () => {
		expect(lemmaOf('Paris', 'Paris')).toBe('paris');
		expect(lemmaOf('Engels', 'engels')).toBe('engels');
		expect(lemmaOf('Left', 'Left')).toBe('left');
		expect(lemmaOf('Committees', 'Committees')).toBe('committee');
	});

	it('numbers tokens and words through the document, and rebuilds the text from space_before', () => {
		const text = 'Comrades! Do not succumb to provocation. “We cannot,” they said.';
		const d = segmentDocument(doc([{ text }, { text: 'A second paragraph.' }]));
		const tokens = d.sentences.flatMap((s) => s.tokens);
		expect(tokens.map((t) => t.token_id)).toEqual(tokens.map((_, i) => i));
		expect(tokens.filter((t) => t.is_word).map((t) => t.word_index)).toEqual(tokens.filter((t) => t.is_word).map((_, i) => i));
		expect(tokens.filter((t) => !t.is_word).every((t) => t.word_index === null)).toBe(true);
		expect(d.sentences.filter((s) => s.paragraph_id === 0).map((s) => s.text).join(' ')).toBe(text);
		expect(d.sentences.map((s) => s.position)).toEqual(
			d.sentences.map((_, k) => d.sentences.slice(0, k).reduce((n, s) => n + s.n_words, 0) / d.n_words)
		);
		expect(tokens.every((t) => t.space_before === '' || t.space_before === ' ')).toBe(true);
	});

	it('is_word needs a letter; is_stop comes from wink', () => {
		const d = segmentDocument(doc([{ text: 'In 1917, the workers won 100 seats.' }]));
		const t = Object.fromEntries(d.sentences[0].tokens.map((x) => [x.surface, x]));
		expect(t['1917'].is_word).toBe(false);
		expect(t[','].is_word).toBe(false);
		expect(t['workers'].is_word).toBe(true);
		expect(t['the'].is_stop).toBe(true);
		expect(t['workers'].is_stop).toBe(false);
	});
});
