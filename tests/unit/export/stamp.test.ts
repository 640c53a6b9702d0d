// The methods stamp: versions and hash from meta, the selection (terms as typed, matching, groups A and B in words),
// the statistic and its parameters, and a link that reads back as exactly the state it was made from.
import { describe, expect, it } from 'vitest';
import { describeGroup, methodsStamp, selectionLine, stampLine } from '../../../src/lib/export/stamp';
import { viewLink } from '../../../src/lib/export/link';
import { defaults, parseUrl } from '../../../src/lib/state/url';
import pkg from '../../../package.json';

const meta = { corpus_hash: 'sha256:0123456789abcdef0123', pipeline_version: '2.1.0', wink_model_version: 'wink-eng-lite-web-model@1.8.1' };

describe('describeGroup', () => {
	it('says what each kind of group is', () => {
		expect(describeGroup({ mode: 'rest' }, 'B')).toBe('the rest of the corpus (every document not in A)');
		expect(describeGroup({ mode: 'docs', docs: ['lenin-1902'] }, 'A')).toBe('document lenin-1902');
		expect(describeGroup({ mode: 'docs', docs: ['a', 'b'] }, 'A')).toBe('2 documents: a, b');
		expect(describeGroup({ mode: 'docs', docs: [] }, 'A')).toBe('no documents chosen');
		expect(describeGroup({ mode: 'author', authors: ['Lenin', 'Stalin'] }, 'B')).toBe('documents by Lenin or Stalin');
		expect(describeGroup({ mode: 'years', from: 1902, to: 1917 }, 'A')).toBe('documents dated 1902–1917');
		expect(describeGroup({ mode: 'years', from: 1917, to: 1917 }, 'A')).toBe('documents dated 1917');
	});
});

describe('methodsStamp', () => {
	const stamp = methodsStamp(meta, 'The default corpus', 'G² …', new Date('2026-03-04T05:06:07Z'), {
		terms: ['Soviet*', 'uprising'],
		lemma: false,
		parts: true,
		groups: { a: { mode: 'author', authors: ['Lenin'] }, b: { mode: 'years', from: 1920, to: 1930 } },
		parameters: { contrast: { stat: 'g2', minFreq: 5 } },
		link: 'https://x/?terms=Soviet*,uprising'
	});
	it('holds every fact the issue lists', () => {
		expect(stamp).toEqual({
			tool: 'Tribune',
			tribune_version: pkg.version,
			corpus: 'The default corpus',
			corpus_hash: meta.corpus_hash,
			pipeline_version: '2.1.0',
			model_version: meta.wink_model_version,
			statistic: 'G² …',
			parameters: { contrast: { stat: 'g2', minFreq: 5 } },
			terms: ['Soviet*', 'uprising'],
			matching: 'word forms',
			compounds: 'also inside hyphenated compounds',
			group_a: 'documents by Lenin',
			group_b: 'documents dated 1920–1930',
			exported_at: '2026-03-04T05:06:07.000Z',
			link: 'https://x/?terms=Soviet*,uprising'
		});
	});
	it('a missing fact reads "unknown", never blank', () => {
		expect(methodsStamp({}, 'c').corpus_hash).toBe('unknown');
	});
	it('the caption lines: selection, then versions with the hash cut to 12 digits after its prefix', () => {
		expect(selectionLine(stamp)).toBe('Terms: Soviet*, uprising (word forms; also inside hyphenated compounds) · A: documents by Lenin · B: documents dated 1920–1930');
		expect(stampLine(stamp)).toBe(`Tribune ${pkg.version} · corpus The default corpus (hash sha256:0123456789ab) · pipeline 2.1.0 · model ${meta.wink_model_version} · 2026-03-04`);
	});
});

describe('viewLink', () => {
	it('writes the corpus, terms and matching even when they hold their defaults', () => {
		const link = new URL(viewLink(defaults(), 'https://host/app/'));
		expect(link.origin + link.pathname).toBe('https://host/app/');
		const d = defaults();
		expect(link.searchParams.get('corpus')).toBe(d.corpus);
		expect(link.searchParams.get('terms')).toBe(d.terms.terms.join(','));
		expect(link.searchParams.get('lemma')).toBe('1');
		expect(link.searchParams.get('parts')).toBe('0');
	});
	it('reads back as exactly the state it was made from', () => {
		const s = defaults();
		s.terms = { ...s.terms, terms: ['war', 'peace'], lemma: false, parts: true };
		s.groups = { a: { mode: 'docs', docs: ['d1', 'd2'] }, b: { mode: 'author', authors: ['Trotsky'] } };
		const back = parseUrl(new URL(viewLink(s, 'https://h/')).search);
		expect(back.problems).toEqual([]);
		expect(back.state).toEqual(s);
		const none = defaults();
		none.terms.terms = [];
		expect(parseUrl(new URL(viewLink(none, 'https://h/')).search).state.terms.terms).toEqual([]);
	});
});
