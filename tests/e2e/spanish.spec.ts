/**
 * Faro en español: the main journey (a sample, its profile and signal, training, a run's results, two runs
 * compared, Predict with a stored model and one row scored) with the language set to Spanish, failing on any
 * visible English (text, titles, labels, placeholders, chart text) beyond the data and proper names, and on
 * any serious or critical axe violation. The English detector is a list of English words that neither the
 * German credit sample nor Spanish uses; the catalogue check catches an English message shown as is.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { GERMAN_CREDIT_CSV } from './predict-steps';

// word boundaries that know letters beyond ASCII: "allá" is not "all"
const ENGLISH = new RegExp(
	'(?<![\\p{L}\\p{N}_])(the|and|of|with|your|this|is|are|rows?|columns?|training|model|models|settings|download|delete|cancel|show|hide|compare|threshold|missing|values?|runs?|predictions?|validation|load|choose|pick|select|file|stored|results?|trained|score|scores|when|which|from|into|each|every|none|not|only|more|less|than|there|here|click|generate|descriptions?|describer|trials?|search|best|start|open|close|add|remove|name|kind|role|first|last|all|some|template|sentences|language|instant|offline|family|iterations?|epochs?|learning|rate|batch|weights?|classes?|balance|split|metric|metrics|importance|reasons?|curve|confusion|matrix)(?![\\p{L}\\p{N}_])',
	'iu'
);

/** A Spanish message by key, for role names (a missing key fails loudly). */
function es(key: string): string {
	for (const area of readdirSync('src/lib/i18n/messages')) {
		const messages = JSON.parse(
			readFileSync(join('src/lib/i18n/messages', area, 'es.json'), 'utf8')
		);
		if (typeof messages[key] === 'string') return messages[key];
	}
	throw new Error(`no Spanish message "${key}"`);
}

/** English catalogue messages (no parameters, two words or more) whose Spanish differs. */
function englishOnlyMessages(): string[] {
	const dir = 'src/lib/i18n/messages';
	const out: string[] = [];
	for (const area of readdirSync(dir)) {
		const en = JSON.parse(readFileSync(join(dir, area, 'en.json'), 'utf8'));
		const es = JSON.parse(readFileSync(join(dir, area, 'es.json'), 'utf8'));
		for (const [key, value] of Object.entries<string>(en)) {
			if (key === '$schema' || value.includes('{') || !value.includes(' ')) continue;
			if (es[key] !== value) out.push(value);
		}
	}
	return out;
}

/** Every visible string on the page: text nodes, and titles, labels, placeholders and alt texts. */
async function visibleStrings(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		const shown = (el: Element | null) => !!el && el.checkVisibility({ checkVisibilityCSS: true });
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.trim();
			const parent = node.parentElement;
			if (!text || !parent || parent.closest('script, style, code, pre')) continue;
			if (shown(parent)) out.push(text);
		}
		for (const el of document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
			if (!shown(el)) continue;
			for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
				const value = el.getAttribute(name)?.trim();
				if (value) out.push(value);
			}
		}
		return out;
	});
}

/** Data the page shows as it is: column names (the predictions file's own too), category levels, file names. */
const DATA =
	/^(Age|Sex|Job|Housing|Saving accounts|Checking account|Credit amount|Duration|Purpose|Risk|male|female|own|free|rent|little|moderate|rich|quite rich|radio\/TV|car|business|education|furniture\/equipment|domestic appliances|repairs|vacation\/others|good|bad|german-credit(\.csv)?|prediction|prob_(good|bad)|reason_[123])$/;

async function expectSpanish(page: Page, where: string, catalogue: string[]): Promise<void> {
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	const strings = await visibleStrings(page);
	const english = strings
		.map((s) => s.replace(/\brow\b/g, '')) // the sample's unnamed first column, named "row"
		.filter(
			(s) =>
				!DATA.test(s) &&
				(ENGLISH.test(s) ||
					catalogue.some((message) => message.length >= 16 && s.includes(message)))
		);
	expect([...new Set(english)], `English left on ${where}`).toEqual([]);
	const { violations } = await new AxeBuilder({ page }).analyze();
	const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(
		blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		`axe on ${where}`
	).toEqual([]);
}

async function trainTrees(page: Page, iterations: string): Promise<void> {
	await page.getByTestId('model-family').selectOption('gbdt');
	await page.getByTestId('max-iterations').fill(iterations);
	await page.getByTestId('max-iterations').blur();
	await page.getByTestId('train-button').click();
	await expect(page.getByRole('region', { name: es('runs_results_label') })).toBeVisible({
		timeout: 120_000
	});
}

/** Spanish on the first visit only, as a user who chose it once (a step switches back and reloads). */
async function openInSpanish(page: Page): Promise<void> {
	await page.addInitScript(() => {
		if (!localStorage.getItem('faro-locale')) localStorage.setItem('faro-locale', 'es');
	});
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
}

async function loadSampleWithTarget(page: Page): Promise<void> {
	await page.getByTestId('sample-german-credit').click();
	await expect(page.getByTestId('profile-table')).toBeVisible({ timeout: 30_000 });
	await page.getByTestId('target-select').selectOption('Risk');
}

test('welcome, Data and Train in Spanish show no English and stay accessible; the switch goes back at once', async ({
	page
}) => {
	const catalogue = englishOnlyMessages();
	await openInSpanish(page);
	await expectSpanish(page, 'the welcome screen', catalogue);
	await loadSampleWithTarget(page);
	await expectSpanish(page, 'the Data screen', catalogue);
	await page.getByRole('tab', { name: 'Entrenar' }).click();
	await expect(page.getByTestId('train-button')).toBeVisible();
	await expectSpanish(page, 'the Train screen', catalogue);

	await page.getByTestId('language').selectOption('en');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('tab', { name: 'Train', exact: true })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('tab', { name: 'Train', exact: true })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('runs, compare and Predict in Spanish show no English', async ({ page }) => {
	const catalogue = englishOnlyMessages();
	await openInSpanish(page);
	await loadSampleWithTarget(page);
	await page.getByRole('tab', { name: 'Entrenar' }).click();
	await trainTrees(page, '20');
	await expectSpanish(page, 'a finished run', catalogue);
	await trainTrees(page, '30');
	await page.getByRole('tab', { name: /^Ejecuciones/ }).click();
	await expect(page.getByTestId('run-row')).toHaveCount(2);
	await expectSpanish(page, 'the Runs screen', catalogue);
	for (const box of await page.getByTestId('run-select').all()) await box.check();
	await page.getByTestId('compare-button').click();
	await expect(page.getByTestId('metrics-table')).toBeVisible();
	await expectSpanish(page, 'the compare view', catalogue);
	await page.getByRole('tab', { name: 'Predecir' }).click();
	await page.getByRole('combobox', { name: es('predict_stored_label') }).selectOption({ index: 1 });
	await page.getByTestId('predict-input').setInputFiles(GERMAN_CREDIT_CSV);
	await expect(page.getByTestId('download-predictions')).toBeVisible({ timeout: 60_000 });
	await expectSpanish(page, 'the Predict screen', catalogue);

	// Excel (es): semicolons, decimal commas and a byte-order mark, so a Spanish spreadsheet opens it in columns
	await page.getByTestId('predict-format').selectOption('excel-es');
	const download = page.waitForEvent('download');
	await page.getByTestId('download-predictions').click();
	const path = test.info().outputPath('predictions.es.csv');
	await (await download).saveAs(path);
	const bytes = readFileSync(path);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
	expect(lines).toHaveLength(1001);
	expect(lines[0].endsWith(';prediction;prob_bad;prob_good')).toBe(true);
	const [bad, good] = lines[1].split(';').slice(-2);
	expect(bad).toMatch(/^0,\d+$|^1$|^0$/);
	expect(Number(bad.replace(',', '.')) + Number(good.replace(',', '.'))).toBeCloseTo(1, 5);
});
