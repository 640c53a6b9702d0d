// The keyword-contrast slice: its URL form round-trips, defaults stay out of the address, bad values are noted.
import { describe, expect, it } from 'vitest';
import { contrastSlice } from '../../../../src/lib/views/contrasts/state';

const read = (q: string) => {
	const problems: string[] = [];
	return { value: contrastSlice.read(new URLSearchParams(q), problems), problems };
};

describe('contrastSlice', () => {
	it('defaults to word forms, stop words out, a + b ≥ 5, ranked by G², and writes nothing for them', () => {
		const { value } = read('');
		expect(value).toEqual({ by: 'word', stopWords: false, minFreq: 5, statistic: 'g2' });
		const p = new URLSearchParams();
		contrastSlice.write(value, p);
		expect(p.toString()).toBe('');
	});
	it('round-trips every field', () => {
		const v = { by: 'lemma', stopWords: true, minFreq: 12, statistic: 'df_g2' } as const;
		const p = new URLSearchParams();
		contrastSlice.write(v, p);
		expect(p.toString()).toBe('kby=lemma&kstop=1&kmin=12&kstat=df_g2');
		expect(read(p.toString())).toEqual({ value: v, problems: [] });
	});
	it('keeps the default and notes a malformed value', () => {
		const { value, problems } = read('kmin=0&kstat=chi&kby=stem&kstop=2');
		expect(value).toEqual({ by: 'word', stopWords: false, minFreq: 5, statistic: 'g2' });
		expect(problems).toHaveLength(4);
	});
	it('a new minimum frequency is not a history step; a new statistic is', () => {
		const base = read('').value;
		expect(contrastSlice.step!({ ...base, minFreq: 9 })).toEqual(contrastSlice.step!(base));
		expect(contrastSlice.step!({ ...base, statistic: 'log_ratio' })).not.toEqual(contrastSlice.step!(base));
	});
});
