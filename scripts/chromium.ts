// Finds Debian's Chromium for the browser tests and benchmarks; installs it with apt-get where allowed.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const INSTALL_HINT = 'Browser tests need Debian\'s Chromium: run `sudo apt-get update && sudo apt-get install -y chromium` (or set CHROMIUM_PATH).';

function found(): string | undefined {
	const env = process.env.CHROMIUM_PATH;
	if (env && existsSync(env)) return env;
	return CANDIDATES.find((p) => existsSync(p));
}

/** The path of a Chromium binary, installing Debian's package when we are root and apt-get exists. */
export function ensureChromium(): string {
	const path = found();
	if (path) return path;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		console.log('Chromium not found: installing Debian\'s chromium package with apt-get …');
		try {
			const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
			execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
			execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
		} catch {
			throw new Error(INSTALL_HINT);
		}
		const installed = found();
		if (installed) return installed;
	}
	throw new Error(INSTALL_HINT);
}

/** Launch flags for a headless Chromium on a machine with no outside network. */
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export interface Launched {
	context: BrowserContext;
	/** Closes the browser and removes its profile. */
	close: () => Promise<void>;
}

/** Headless Chromium with a fresh, empty profile (a cold cache every launch), at laptop size by default. */
export async function launchChromium(options: { acceptDownloads?: boolean } = {}): Promise<Launched> {
	const profile = mkdtempSync(join(tmpdir(), 'tribune-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		headless: true,
		executablePath: ensureChromium(),
		args: CHROMIUM_ARGS,
		viewport: { width: 1366, height: 900 },
		acceptDownloads: options.acceptDownloads ?? false
	});
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}
