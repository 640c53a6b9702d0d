// Wiki and website chrome (MediaWiki's "Jump to navigation", the "From <site>" tagline, "Retrieved from …").
import { removeLines, type Rule } from '../draft';

const CHROME = [
	/^Jump to (navigation|search|content)( Jump to (navigation|search|content))*$/i,
	/^(Navigation menu|Personal tools|Namespaces|Variants|Views|More|Tools|Print\/export|In other languages|Contents|hide)$/i,
	/^Retrieved from\s+["“]?https?:\/\/\S+$/i,
	/^(Categor(y|ies)|Hidden categor(y|ies))\s*:/i,
	/^This page was last (edited|modified) on\b/i,
	/^(Privacy policy|About \S+|Disclaimers|Mobile view|Powered by MediaWiki)(\s*\|.*)?$/i,
	/^(Skip to (main )?content|Back to top|Share this:?|Print this page)$/i
];
/** The wiki tagline ("From Wikipedia, the free encyclopedia"): only counted as chrome next to other chrome. */
const TAGLINE = /^From [\p{L}\p{N}._-]+(?:,[\p{L}\s]+)?$/u;

export const siteNavigation: Rule = {
	name: 'site-navigation',
	description: 'Website and wiki navigation text (Jump to navigation, the "From <site>" tagline, Retrieved from, categories).',
	apply(draft) {
		const isChrome = (i: number) => draft.lines[i]?.kind === 'text' && CHROME.some((re) => re.test(draft.lines[i].text.trim()));
		const hits = draft.lines.flatMap((_, i) => (isChrome(i) ? [i] : []));
		const near = (i: number) => hits.some((h) => Math.abs(h - i) <= 2);
		const taglines = draft.lines.flatMap((l, i) => (l.kind === 'text' && TAGLINE.test(l.text.trim()) && near(i) ? [i] : []));
		return removeLines(draft, [...hits, ...taglines], siteNavigation.name);
	}
};
