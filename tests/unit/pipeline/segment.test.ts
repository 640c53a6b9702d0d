// Segmentation hard cases, taken from the five texts: where a careful reader puts sentence breaks, and token repairs.
import { describe, expect, it } from 'vitest';
import { readParagraph, segmentDocument } from '../../../analysis/src/segment/segment';
import { corpusVocabulary } from '../../../analysis/src/segment/tokens';
import { sentences } from '../segment/sentences';
import { keepSpelling, lemmaOf, singularOf } from '../../../analysis/src/segment/lemmas';
import { isEnglishWord } from '../../../analysis/src/english-words';
import type { CleanDocument, ManifestEntry } from '../../../analysis/src/types';


const entry: ManifestEntry = {
	id: 'test', file: 'test.txt', author: 'A', title: 'T', date: '1917', year: 1917,
	kind: '', published_in: '', edition: '', translation: '', line: 2
};

/** The tokens of a one-paragraph document. */
function tokensOf(text: string, vocabulary?: ReadonlySet<string>) {
	return segmentDocument(doc([{ text }]), vocabulary).sentences.flatMap((s) => s.tokens);
}

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
		expect(lemmaOf('Social-Democrats', 'social-democrat', { pos: 'PROPN' })).toBe('social-democrat');
		for (const t of d.sentences.flatMap((s) => s.tokens)) expect(t.lemma).toBe(t.lemma.toLowerCase());
	});

	it('leaves names wink does not know as they are (Paris, Engels), and reads capitalised words as nouns (Left SRs)', () => {
		expect(lemmaOf('Paris', 'Paris', { pos: 'PROPN', oov: true })).toBe('paris');
		expect(lemmaOf('Engels', 'engels', { pos: 'PROPN', oov: true })).toBe('engels');
		expect(lemmaOf('Left', 'Left', { pos: 'PROPN' })).toBe('left');
		expect(lemmaOf('Committees', 'Committees', { pos: 'PROPN' })).toBe('committee');
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

describe('a full stop ends a sentence unless it closes a known abbreviation or initials', () => {
	it('breaks after a short word that wink reads as an abbreviation (001 Lenin 1906: “locked them in. Malakhov”)', () => {
		expect(
			sentences('He delivered a passionate speech, caused the soldiers to waver, surrounded them with dragoons, marched them off to barracks and locked them in. Malakhov reached the soldiers in time and we did not.')
		).toEqual([
			'He delivered a passionate speech, caused the soldiers to waver, surrounded them with dragoons, marched them off to barracks and locked them in.',
			'Malakhov reached the soldiers in time and we did not.'
		]);
	});

	it('breaks after “dragged her in.” (001 Trotsky)', () => {
		expect(sentences('But the Allies dragged her in. Romania, too, did not want to enter the war.')).toEqual([
			'But the Allies dragged her in.',
			'Romania, too, did not want to enter the war.'
		]);
	});

	it.each([
		['He sat. The sun rose.', 2],
		['He said no. The others agreed.', 2],
		['They wed. Then they left.', 2],
		['He came in. "Then what?" she asked.', 2],
		['It was over. “Comrades!” he cried.', 2],
		['He went in. 1905 was near.', 2],
		// Not before lower case, nor after the abbreviations and initials.
		['He went in. and out again.', 1],
		['It is 5 ft. long.', 1],
		['See Vol. 11 and Vols. 6-7, pp. 12-14, p. 5, No. 2 and Nos. 3-4.', 1],
		['St. Petersburg, Co. Ltd, Messrs. Martov and Potresov, Mr. Smith, Mrs. Jones and Dr. Brown met.', 1],
		['The groups, circles, etc. and the committees, i.e. the Party, e.g. this one, cf. the Rules.', 1],
		['As in Cf. Rules, ibid. And op. cit. Lenin, vs. Martov.', 1],
		['J. V. Stalin, A.A. Snejerson and V.I. Lenin signed.', 1],
		// `etc.` and initials before a sentence opener.
		['They came from ENA, etc. All of them were trained.', 2],
		['Plan B. The Party grew.', 2]
	])('%s', (text, n) => {
		expect(sentences(text)).toHaveLength(n);
	});

	it('splits the glued full stop off the word, and wink tags the word in context', () => {
		const toks = readParagraph('But the Allies dragged her in. Romania, too.');
		const i = toks.findIndex((t) => t.surface === 'in');
		expect(toks.map((t) => t.surface)).not.toContain('in.');
		expect(toks[i]).toMatchObject({ surface: 'in', pos: 'ADP', lemma: 'in' });
		expect(toks[i + 1]).toMatchObject({ surface: '.', pos: 'PUNCT', space: '' });
		const t = tokensOf('He locked them in. Malakhov came; he said no.');
		expect(t.filter((x) => x.is_word).map((x) => x.surface)).toEqual(['He', 'locked', 'them', 'in', 'Malakhov', 'came', 'he', 'said', 'no']);
		expect(t.find((x) => x.surface === 'in')).toMatchObject({ lemma: 'in', pos: 'ADP' });
		// The text is rebuilt exactly: the full stop is glued again.
		expect(segmentDocument(doc([{ text: 'He locked them in. Malakhov came.' }])).sentences.map((s) => s.text).join(' ')).toBe('He locked them in. Malakhov came.');
	});

	it('keeps abbreviations and initials as wink reads them', () => {
		const t = tokensOf('See St. Petersburg, No. 2, etc. and J. V. Stalin.');
		expect(t.map((x) => x.surface)).toEqual(expect.arrayContaining(['St.', 'No.', 'etc.', 'J.', 'V.']));
	});
});

describe('ellipses', () => {
	it('an ellipsis before a capitalised new clause ends the sentence (001 Trotsky: “better ... Because”)', () => {
		expect(sentences('It begins to seem to him that life really is going to be different) and different means better ... Because it couldn’t be worse.')).toEqual([
			'It begins to seem to him that life really is going to be different) and different means better ...',
			'Because it couldn’t be worse.'
		]);
		expect(sentences('We waited … But nobody came.')).toHaveLength(2);
		expect(sentences('We waited... The others did not.')).toHaveLength(2);
		expect(sentences('“There would be no hope if it were to remain alone…” “We shall achieve final victory.”')).toHaveLength(2);
	});

	it('an ellipsis glued to a full stop stays with the sentence before it (002 Lutte Ouvrière: “administration.… But”)', () => {
		expect(
			sentences('We know that an unskilled laborer or a cook cannot immediately get on with the job of state administration.… But … we demand an immediate break with the prejudiced view.')
		).toEqual([
			'We know that an unskilled laborer or a cook cannot immediately get on with the job of state administration.…',
			'But … we demand an immediate break with the prejudiced view.'
		]);
		expect(sentences('It was over.… The end came. Then.... We left.')).toEqual(['It was over.…', 'The end came.', 'Then....', 'We left.']);
	});

	it('does not break before lower case or a name', () => {
		expect(sentences('They were capable of demonstrating, arming themselves … even overthrowing czarism.')).toHaveLength(1);
		expect(sentences('The battle was lost in Berlin, Budapest … Moscow too.')).toHaveLength(1);
		expect(sentences('People were waiting for peace … and it was discovered otherwise.')).toHaveLength(1);
	});
});

describe('lemmas', () => {
	const lemmas = (text: string, vocabulary?: ReadonlySet<string>) =>
		Object.fromEntries(tokensOf(text, vocabulary).filter((t) => t.is_word).map((t) => [t.surface, t.lemma]));

	it('reduces plurals wink does not know when the singular is attested (Mensheviks, Cossacks, Marxists, utopians, kulaks, garrisons)', () => {
		const text = 'The Mensheviks, the Cossacks and the Marxists are not utopians; the kulaks fled the garrisons. A Menshevik and a Marxist spoke.';
		const l = lemmas(text, corpusVocabulary([text]));
		expect(l).toMatchObject({ Mensheviks: 'menshevik', Cossacks: 'cossack', Marxists: 'marxist', utopians: 'utopian', kulaks: 'kulak', garrisons: 'garrison' });
	});

	it('takes a singular attested only in the corpus, and leaves invariant and unattested words whole', () => {
		expect(lemmas('The zemblaks met.', new Set(['zemblak']))).toMatchObject({ zemblaks: 'zemblak' });
		expect(lemmas('The zemblaks met.', new Set())).toMatchObject({ zemblaks: 'zemblaks' });
		expect(lemmas('The news and politics of the series.', new Set(['new', 'politic', 'sery']))).toMatchObject({ news: 'news', politics: 'politics', series: 'series' });
		expect(lemmas('Engels wrote to Albert Rhys Williams in Paris.', new Set(['rhy', 'william']))).toMatchObject({ Engels: 'engels', Rhys: 'rhys', Williams: 'williams', Paris: 'paris' });
		expect(singularOf('kulaks', (w) => w === 'kulak')).toBe('kulak');
		expect(singularOf('marches', (w) => w === 'march')).toBe('march');
		expect(singularOf('zemblies', (w) => w === 'zembly')).toBe('zembly');
		for (const w of ['class', 'status', 'thesis', 'as']) expect(singularOf(w, () => true)).toBeNull();
		expect(isEnglishWord('garrison')).toBe(true);
		expect(isEnglishWord('garrisonz')).toBe(false);
	});

	it('lemmatises the head of a hyphenated compound, and keeps participial adjectives whole', () => {
		const l = lemmas('The sub-committees and counter-revolutionaries, the so-called leaders, the well-known and self-proclaimed Spark-ists.', new Set(['ist']));
		expect(l).toMatchObject({
			'sub-committees': 'sub-committee',
			'counter-revolutionaries': 'counter-revolutionary',
			'so-called': 'so-called',
			'well-known': 'well-known',
			'self-proclaimed': 'self-proclaimed',
			'Spark-ists': 'spark-ist'
		});
		expect(lemmas('They re-elected the wage-earners.')).toMatchObject({ 'wage-earners': 'wage-earner' });
	});

	it("corrects wink's slips: masses, through, centre, themselves (and keeps British spelling)", () => {
		expect(lemmas('The masses went through the centre themselves, in defence of labour and organisation.')).toMatchObject({
			masses: 'mass', through: 'through', centre: 'centre', themselves: 'themselves', defence: 'defence', labour: 'labour', organisation: 'organisation'
		});
		expect(keepSpelling('centres', 'center')).toBe('centre');
		expect(keepSpelling('organising', 'organize')).toBe('organise');
		expect(keepSpelling('workers', 'worker')).toBe('worker');
		expect(keepSpelling('better', 'good')).toBe('good');
	});

	it("writes the apostrophe ' in lower and lemma, and keeps the text's in surface", () => {
		const t = tokensOf('Russia’s workers don’t wait.');
		expect(t.map((x) => [x.surface, x.lower, x.lemma])).toEqual([
			['Russia’s', "russia's", 'russia'],
			['workers', 'workers', 'worker'],
			['don’t', "don't", "don't"],
			['wait', 'wait', 'wait'],
			['.', '.', '.']
		]);
	});
});

describe('clitics: one word with the word they are written with', () => {
	it("Lenin's, that's, cannot and don't are one token and one word each (as quanteda and AntConc count them)", () => {
		const d = segmentDocument(doc([{ text: "That's Lenin's view: we cannot wait, and we don't. It’s the Party’s task, isn't it? Let's go; they're here, we'll see, I'm sure." }]));
		const tokens = d.sentences.flatMap((s) => s.tokens);
		const words = tokens.filter((t) => t.is_word).map((t) => t.surface);
		expect(words).toEqual(["That's", "Lenin's", 'view', 'we', 'cannot', 'wait', 'and', 'we', "don't", 'It’s', 'the', 'Party’s', 'task', "isn't", 'it', "Let's", 'go', "they're", 'here', "we'll", 'see', "I'm", 'sure']);
		expect(d.n_words).toBe(words.length);
		expect(d.sentences.reduce((n, s) => n + s.n_words, 0)).toBe(tokens.filter((t) => t.is_word).length);
		const by = Object.fromEntries(tokens.map((t) => [t.surface, t]));
		expect(by["Lenin's"]).toMatchObject({ lower: "lenin's", lemma: 'lenin', pos: 'PROPN', is_word: true });
		expect(by['Party’s']).toMatchObject({ lower: "party's", lemma: 'party' });
		expect(by["That's"]).toMatchObject({ lower: "that's", lemma: "that's" });
		expect(by.cannot).toMatchObject({ lower: 'cannot', lemma: 'cannot', is_stop: true });
		expect(by["don't"]).toMatchObject({ lemma: "don't" });
		// No clitic is left as a token of its own.
		for (const t of tokens) expect(t.surface).not.toMatch(/^(?:['’](?:s|re|ll|ve|d|m)|n['’]t|not)$/i);
	});

	it("keeps the plural possessive's apostrophe a token of its own, not a word", () => {
		const t = tokensOf('The workers’ rights.');
		expect(t.map((x) => [x.surface, x.is_word])).toEqual([['The', true], ['workers', true], ['’', false], ['rights', true], ['.', false]]);
	});
});
