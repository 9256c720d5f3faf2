/**
 * The place in the studio as a URL hash: which screen, which dataset is open on Data and Train, which run
 * (or which runs side by side) on Runs. Pure functions only; `route.svelte.ts` listens to the browser.
 *
 *   #/data/<datasetId>   #/train/<datasetId>   #/runs   #/runs/<runId>   #/runs/compare/<id>,<id>   #/predict
 */

/** The four screens, in the order of their tabs. */
export const SCREENS = ['data', 'train', 'runs', 'predict'] as const;
export type Screen = (typeof SCREENS)[number];

/** A place in the studio; `compare` is the Runs screen with runs side by side. */
export type Route =
	| { screen: 'data' | 'train'; datasetId: string | null }
	| { screen: 'runs'; runId: string | null }
	| { screen: 'compare'; runIds: string[] }
	| { screen: 'predict' };

/** What is open in the stores, which a route must agree with. */
export type Place = { datasetId: string | null; runId: string | null; compareIds: string[] | null };

/** Where a link without a hash, or a hash Faro cannot read, lands. */
export const HOME: Route = { screen: 'data', datasetId: null };

/** The tab a route belongs to. */
export const screenOf = (route: Route): Screen =>
	route.screen === 'compare' ? 'runs' : route.screen;

/**
 * Reads a location hash (`#/runs/<id>`; the `#` and the leading `/` are optional).
 *
 * @returns the route, `HOME` for an empty hash, or null when the hash names no screen Faro has.
 */
export function parseRoute(hash: string): Route | null {
	const parts = hash.replace(/^#?\/?/, '').split('/');
	if (parts.length > 3) return null;
	const [screen, id, more] = parts;
	if (screen === 'runs' && id === 'compare') {
		// split before decoding: an id's own commas arrive escaped
		const runIds = (more ?? '')
			.split(',')
			.filter((x) => x !== '')
			.map(safeDecode);
		if (runIds.length === 0 || runIds.some((x) => x === null)) return null;
		return { screen: 'compare', runIds: runIds as string[] };
	}
	const single = id ? safeDecode(id) : null;
	if (id && single === null) return null;
	switch (screen) {
		case '':
			return id === undefined ? HOME : null;
		case 'data':
		case 'train':
			return more === undefined ? { screen, datasetId: single } : null;
		case 'runs':
			return more === undefined ? { screen: 'runs', runId: single } : null;
		case 'predict':
			return single === null && more === undefined ? { screen: 'predict' } : null;
		default:
			return null;
	}
}

/** Writes a route as a location hash, ids URI-encoded; `parseRoute(formatRoute(r))` gives `r` back. */
export function formatRoute(route: Route): string {
	const id = (x: string | null) => (x ? `/${encodeURIComponent(x)}` : '');
	switch (route.screen) {
		case 'data':
		case 'train':
			return `#/${route.screen}${id(route.datasetId)}`;
		case 'runs':
			return `#/runs${id(route.runId)}`;
		case 'compare':
			return `#/runs/compare/${route.runIds.map(encodeURIComponent).join(',')}`;
		case 'predict':
			return '#/predict';
	}
}

/**
 * The route that shows `place` on the route's screen: the open dataset on Data and Train, the open run (or the
 * runs being compared) on Runs. Predict keeps nothing in the URL.
 */
export function routeFor(screen: Screen, place: Place): Route {
	switch (screen) {
		case 'data':
		case 'train':
			return { screen, datasetId: place.datasetId };
		case 'runs':
			return place.compareIds
				? { screen: 'compare', runIds: place.compareIds }
				: { screen: 'runs', runId: place.runId };
		case 'predict':
			return { screen: 'predict' };
	}
}

/** Whether two routes name the same place. */
export const isSameRoute = (a: Route, b: Route): boolean => formatRoute(a) === formatRoute(b);

/**
 * The tab a key press on a tab moves to (WAI-ARIA tabs: Left/Right wrap around, Home and End go to the ends).
 *
 * @returns the screen, or null for a key the tab list does not handle.
 */
export function screenAfterKey(current: Screen, key: string): Screen | null {
	const at = SCREENS.indexOf(current);
	const last = SCREENS.length - 1;
	if (key === 'ArrowRight') return SCREENS[at === last ? 0 : at + 1];
	if (key === 'ArrowLeft') return SCREENS[at === 0 ? last : at - 1];
	if (key === 'Home') return SCREENS[0];
	if (key === 'End') return SCREENS[last];
	return null;
}

function safeDecode(segment: string): string | null {
	try {
		return decodeURIComponent(segment);
	} catch {
		return null; // a stray "%" in a hand-edited link
	}
}
