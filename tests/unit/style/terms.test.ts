// Every term symbol is a filled shape: a stroke-only symbol (d3's symbolTimes) filled draws nothing.
import { describe, expect, it } from 'vitest';
import { termSymbol, termSymbolName } from '../../../src/lib/style/terms';

describe('term symbols', () => {
	const paths = Array.from({ length: 8 }, (_, i) => termSymbol(i, 90));

	it('gives eight different, non-empty symbols', () => {
		expect(paths.every((p) => p.length > 0)).toBe(true);
		expect(new Set(paths).size).toBe(8);
		expect(new Set(Array.from({ length: 8 }, (_, i) => termSymbolName(i))).size).toBe(8);
	});

	it('draws every symbol as closed shapes (arcs or closed polygons), so a fill shows it', () => {
		for (const [i, p] of paths.entries()) {
			const subpaths = p.split('M').filter(Boolean);
			for (const s of subpaths) expect(/[AZ]/.test(s), `${termSymbolName(i)}: ${p}`).toBe(true);
		}
	});
});
