// A chart as a standalone picture: its SVG with a title, the legends, and a caption of the selection and the methods
// stamp (with the link that reopens the view); as SVG text or PNG.
import type { MethodsStamp } from './stamp';
import { selectionLine, stampLine } from './stamp';

export interface PictureLegend {
	title: string;
	/** `symbol`: an SVG path centred on 0,0 (about 12 px across) drawn instead of the round swatch, as on the chart. */
	items: readonly { label: string; color: string; symbol?: string }[];
	/** The chart's key explanations (what a ring, a hollow mark, a bar means), printed under the legend. */
	notes?: readonly string[];
}

export interface SizeKey {
	title: string;
	/** Value and radius in px. */
	items: readonly { value: string; r: number }[];
}

export interface PictureOptions {
	svg: SVGSVGElement;
	title: string;
	subtitle?: string;
	legend?: PictureLegend;
	size?: SizeKey;
	stamp: MethodsStamp;
}

const NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
// Computed styles copied onto the clone, so the picture looks like the page without its stylesheet.
const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'font-size', 'font-weight', 'font-family', 'text-anchor', 'display', 'visibility'];

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
	const e = document.createElementNS(NS, name);
	for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
	if (text !== undefined) e.textContent = text;
	return e;
}

function inlineStyles(source: Element, clone: Element): void {
	const cs = getComputedStyle(source);
	const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
	clone.setAttribute('style', style);
	const s = source.children;
	const c = clone.children;
	for (let i = 0; i < s.length && i < c.length; i++) inlineStyles(s[i], c[i]);
}

/** Rough text width for laying out the legend (no layout engine in a detached SVG). */
const textWidth = (s: string, size: number) => s.length * size * 0.6;

function contentBox(svg: SVGSVGElement): { x: number; y: number; width: number; height: number } {
	try {
		const b = svg.getBBox();
		if (Number.isFinite(b.x) && Number.isFinite(b.width)) return b;
	} catch {
		// Not rendered (display: none): no overflow to measure.
	}
	return { x: 0, y: 0, width: 0, height: 0 };
}

/** Greedy word wrap to a width, by the rough text width. */
export function wrap(text: string, size: number, width: number, separator = ' '): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(separator).map((w) => w.trim()).filter(Boolean)) {
		const next = line ? `${line}${separator}${word}` : word;
		if (line && textWidth(next, size) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** A text without spaces (a link) cut into lines of at most `n` characters. */
export function chunks(text: string, n: number): string[] {
	const out: string[] = [];
	for (let i = 0; i < text.length; i += Math.max(1, n)) out.push(text.slice(i, i + Math.max(1, n)));
	return out;
}

/** The composed picture as an SVG element (detached). */
export function composePicture({ svg, title, subtitle, legend, size, stamp }: PictureOptions): { node: SVGSVGElement; width: number; height: number } {
	const svgWidth = svg.width.baseVal.value || svg.getBoundingClientRect().width;
	const svgHeight = svg.height.baseVal.value || svg.getBoundingClientRect().height;
	// Labels may overflow the chart's box on the page (overflow: visible); the picture makes room for them.
	const box = contentBox(svg);
	const left = Math.ceil(Math.max(0, -box.x));
	const right = Math.ceil(Math.max(0, box.x + box.width - svgWidth));
	const top = Math.ceil(Math.max(0, -box.y));
	const bottom = Math.ceil(Math.max(0, box.y + box.height - svgHeight));
	const width = Math.max(480, svgWidth + left + right);
	const chartHeight = svgHeight + top + bottom;
	const pad = 16;
	const out = el('svg', { xmlns: NS, width, version: '1.1', 'font-family': FONT });
	out.append(el('rect', { x: 0, y: 0, width, height: 0, fill: '#ffffff' }));
	let y = pad + 16;
	out.append(el('text', { x: pad, y, 'font-size': 17, 'font-weight': 700, fill: '#1a1a1a' }, title));
	for (const line of subtitle ? wrap(subtitle, 13, width - 2 * pad) : []) {
		y += 18;
		out.append(el('text', { x: pad, y, 'font-size': 13, fill: '#444' }, line));
	}
	y += 14;
	// Legend rows, wrapped to the width.
	const rowH = 20;
	let x = pad;
	const newRow = () => {
		x = pad;
		y += rowH;
	};
	if (legend || size) y += 8;
	if (legend) {
		out.append(el('text', { x, y: y + 4, 'font-size': 13, 'font-weight': 600, fill: '#1a1a1a' }, legend.title));
		x += textWidth(legend.title, 13) + 12;
		for (const item of legend.items) {
			const w = 18 + textWidth(item.label, 13) + 14;
			if (x + w > width - pad) newRow();
			if (item.symbol) out.append(el('path', { d: item.symbol, transform: `translate(${x + 6},${y})`, fill: item.color }));
			else out.append(el('circle', { cx: x + 6, cy: y, r: 6, fill: item.color }));
			out.append(el('text', { x: x + 16, y: y + 4, 'font-size': 13, fill: '#1a1a1a' }, item.label));
			x += w;
		}
	}
	if (size && size.items.length) {
		const maxR = Math.max(...size.items.map((s) => s.r));
		newRow();
		y += maxR - 6;
		out.append(el('text', { x, y: y + 4, 'font-size': 13, 'font-weight': 600, fill: '#1a1a1a' }, size.title));
		x += textWidth(size.title, 13) + 12;
		for (const item of size.items) {
			out.append(el('circle', { cx: x + item.r, cy: y, r: item.r, fill: 'none', stroke: '#555' }));
			out.append(el('text', { x: x + 2 * item.r + 4, y: y + 4, 'font-size': 12, fill: '#333' }, item.value));
			x += 2 * item.r + 12 + textWidth(item.value, 12);
		}
		y += maxR - 6;
	}
	for (const line of (legend?.notes ?? []).flatMap((n) => wrap(n, 12, width - 2 * pad))) {
		y += 18;
		out.append(el('text', { x: pad, y: y + 4, 'font-size': 12, fill: '#333' }, line));
	}
	y += 12;
	const clone = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, clone);
	const g = el('g', { transform: `translate(${left},${y + top})` });
	clone.removeAttribute('style');
	for (const child of [...clone.childNodes]) g.append(child);
	out.append(g);
	y += chartHeight + 18;
	const caption = [
		...wrap(selectionLine(stamp), 11, width - 2 * pad),
		...wrap(stampLine(stamp), 11, width - 2 * pad, ' · '),
		...(stamp.link ? chunks(stamp.link, Math.floor((width - 2 * pad) / (11 * 0.6))) : [])
	];
	for (const [i, line] of caption.entries()) {
		if (i) y += 15;
		out.append(el('text', { x: pad, y, 'font-size': 11, fill: '#555', 'data-caption': '' }, line));
	}
	const height = y + pad;
	out.setAttribute('height', String(height));
	out.setAttribute('viewBox', `0 0 ${width} ${height}`);
	(out.firstChild as SVGRectElement).setAttribute('height', String(height));
	const metadata = el('metadata', {}, JSON.stringify(stamp));
	out.insertBefore(metadata, out.firstChild);
	return { node: out, width, height };
}

export function toSvgText(opts: PictureOptions): string {
	const { node } = composePicture(opts);
	return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(node);
}

/** PNG at `scale` × the on-screen size, drawn from the composed SVG. */
export async function toPngBlob(opts: PictureOptions, scale = 2): Promise<Blob> {
	const { node, width, height } = composePicture(opts);
	const text = new XMLSerializer().serializeToString(node);
	const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		img.decoding = 'sync';
		await new Promise<void>((resolve, reject) => {
			img.onload = () => resolve();
			img.onerror = () => reject(new Error('The chart picture could not be drawn'));
			img.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d')!;
		ctx.scale(scale, scale);
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, width, height);
		ctx.drawImage(img, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}
