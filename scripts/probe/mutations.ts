// Probe: the DOM work of each of N interactions, per page section (<section>, by id or aria-label): nodes added and
// removed, attribute and text changes (a MutationObserver from just before the interaction until it is done), and
// the section's elements after it (and the attributes changed most); then, after the last one, each section's elements counted by chart and tag.
// Answers "which view rewrites how much of the page, and what is it made of". See README.md.
import { untilQuiet } from '../bench/page';
import { interact, numberArg, probeArgs, wallSummary, withProbePage } from './interact';

interface Changes {
	add: number;
	rem: number;
	attr: number;
	text: number;
	/** Attribute changes by `tag@attribute`. */
	names: Record<string, number>;
}
interface Observed {
	/** Per section: the mutations under it. */
	per: Record<string, Changes>;
	/** Per section: its elements now. */
	elements: Record<string, number>;
	/** Elements in the whole page. */
	total: number;
}

const SCRIPT = 'mutations.ts';
const USAGE = '[--min-count N]';
const { args, values } = probeArgs(SCRIPT, USAGE, { 'min-count': { type: 'string', default: '40' } });
const minCount = numberArg(SCRIPT, USAGE, 'min-count', values['min-count'], 1);

// Page-side code, as text (see interact.ts for why). A section's name: its id, else its aria-label, else its class.
const SECTION_NAME = `(s) => (s.id || s.getAttribute('aria-label') || s.getAttribute('class') || '').slice(0, 30)`;

/** Starts counting the page's mutations by section; `window.__probeMutations()` stops and returns an Observed. */
const START = `(() => {
	const name = ${SECTION_NAME};
	const per = {};
	const section = (n) => { const s = (n.nodeType === 1 ? n : n.parentElement)?.closest('section'); return s ? name(s) : '(none)'; };
	const count = (list) => {
		for (const m of list) {
			const c = (per[section(m.target)] ??= { add: 0, rem: 0, attr: 0, text: 0, names: {} });
			if (m.type === 'childList') { c.add += m.addedNodes.length; c.rem += m.removedNodes.length; }
			else if (m.type === 'attributes') { c.attr++; const k = m.target.tagName.toLowerCase() + '@' + m.attributeName; c.names[k] = (c.names[k] || 0) + 1; }
			else c.text++;
		}
	};
	const observer = new MutationObserver(count);
	observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
	window.__probeMutations = () => {
		count(observer.takeRecords());
		observer.disconnect();
		const elements = {};
		for (const s of document.querySelectorAll('section')) elements[name(s)] = s.querySelectorAll('*').length;
		return { per, elements, total: document.querySelectorAll('*').length };
	};
})()`;

/** Per section, its elements by the chart or table they are in (aria-label, else class, else tag) and their tag.class. */
const COMPOSITION = `(() => {
	const name = ${SECTION_NAME};
	const out = {};
	for (const s of document.querySelectorAll('section')) {
		const c = {};
		for (const e of s.querySelectorAll('*')) {
			const box = e.closest('figure, table, details, svg');
			const where = box ? String(box.getAttribute('aria-label') || box.getAttribute('class') || box.tagName).slice(0, 40) : '-';
			const key = where + ' | ' + e.tagName.toLowerCase() + '.' + (e.getAttribute('class') || '').split(' ')[0];
			c[key] = (c[key] || 0) + 1;
		}
		out[name(s)] = Object.entries(c).sort((a, b) => b[1] - a[1]);
	}
	return out;
})()`;

const col = (x: number | string, w = 8) => String(x).padStart(w);

await withProbePage(args, async (page) => {
	const times: number[] = [];
	for (let i = 0; i < args.n; i++) {
		// Quiet first, so that the last interaction's idle work is not counted in this one.
		await untilQuiet(page);
		await page.evaluate(START);
		const ms = await interact(page, args.kind, i);
		times.push(ms);
		const o = (await page.evaluate('window.__probeMutations()')) as Observed;
		console.log(`#${i} ${args.kind}: ${ms.toFixed(0)} ms, ${o.total} elements in the page`);
		console.log(`  ${'section'.padEnd(30)}${col('added')}${col('removed')}${col('attrs')}${col('texts')}${col('elements', 10)}`);
		const sections = [...new Set([...Object.keys(o.per), ...Object.keys(o.elements)])];
		for (const s of sections) {
			const c = o.per[s] ?? { add: 0, rem: 0, attr: 0, text: 0, names: {} };
			console.log(`  ${s.padEnd(30)}${col(c.add)}${col(c.rem)}${col(c.attr)}${col(c.text)}${col(o.elements[s] ?? '-', 10)}`);
			const names = Object.entries(c.names).sort((x, y) => y[1] - x[1]).slice(0, 6);
			if (names.length) console.log(`      attributes: ${names.map(([k, n]) => `${k} ${n}`).join(', ')}`);
		}
	}
	const composition = (await page.evaluate(COMPOSITION)) as Record<string, [string, number][]>;
	console.log(`--- elements by chart and tag.class (≥ ${minCount}), after the last interaction`);
	for (const [s, rows] of Object.entries(composition)) {
		const shown = rows.filter(([, n]) => n >= minCount);
		if (shown.length) console.log(`${s}\n${shown.map(([k, n]) => `${col(n, 7)}  ${k}`).join('\n')}`);
	}
	console.log(`${args.kind} on ${args.corpus}: ${wallSummary(times)}`);
});
