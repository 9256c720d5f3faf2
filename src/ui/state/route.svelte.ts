/**
 * The URL hash as the page's place. Two directions, kept apart so they cannot chase each other:
 * - URL → stores: `go` (a user action; pushes a history entry) and the `hashchange` listener (Back, Forward,
 *   an edited or pasted link) both *apply* the route: open its dataset, run or comparison, after checking
 *   the ids exist. An id that does not gives a notice and the nearest valid place.
 * - stores → URL: `reflect` replaces the hash (no history entry) when the stores move on their own: a new
 *   dataset loaded, the open run deleted. It waits while a route is being applied.
 * Hand-written rather than a router package: five hash shapes, one listener, and the stores already hold the
 * state; a library would add a dependency and a second idea of "current screen" for no gain.
 */
import { tick } from 'svelte';
import { text, type Text } from '$lib/i18n';
import { datasets } from './datasets.svelte';
import { runs } from './runs.svelte';
import {
	formatRoute,
	HOME,
	isSameRoute,
	parseRoute,
	routeFor,
	screenOf,
	type Place,
	type Route,
	type Screen
} from './route';

/** What gets focus once a route is shown. */
type Focus = 'screen' | 'result' | 'none';

export class RouteState {
	// Read at once, so the right tab shows while the stores load; `start` checks the ids.
	#route = $state.raw<Route>(parseRoute(globalThis.location?.hash ?? '') ?? HOME);
	/** Why the link could not be followed as written (a deleted run, an unknown screen), or null. */
	notice = $state<Text | null>(null);
	#started = false;
	/** Routes being applied; `reflect` waits for them so a half-applied route is not overwritten. */
	#applying = 0;
	/** Counts navigations, so a slow one finishing late does not undo a newer one. */
	#seq = 0;

	get route(): Route {
		return this.#route;
	}
	get screen(): Screen {
		return screenOf(this.#route);
	}

	/** Reads the URL once the stores are loaded, then follows every hash change (Back, Forward, edits). */
	async start(): Promise<void> {
		if (this.#started) return;
		this.#started = true;
		window.addEventListener('hashchange', () => void this.#follow('screen'));
		await this.#follow('none');
	}

	/** Goes to `route` as a new history entry (nothing happens when it is where the page already is). */
	async go(route: Route, focus: Focus = 'screen'): Promise<void> {
		if (isSameRoute(route, this.#route) && formatRoute(route) === location.hash) return;
		this.notice = null;
		history.pushState(null, '', formatRoute(route));
		await this.#apply(route, focus);
	}

	/** Shows a screen with what is open there now (the tab list's action; focus stays on the tab). */
	async show(screen: Screen, focus: Focus = 'none'): Promise<void> {
		await this.go(routeFor(screen, currentPlace()), focus);
	}

	/** Opens a stored run's results on the Runs screen, as a history entry. */
	async openRun(runId: string): Promise<void> {
		await this.go({ screen: 'runs', runId }, 'result');
	}

	/** Opens a dataset; on Data and Train the URL names it, elsewhere the screen stays as it is. */
	async openDataset(datasetId: string): Promise<void> {
		const screen = this.screen;
		if (screen === 'data' || screen === 'train') await this.go({ screen, datasetId }, 'none');
		else datasets.select(datasetId);
	}

	/** Puts the given runs side by side, as a history entry. */
	async compare(runIds: string[]): Promise<void> {
		await this.go({ screen: 'compare', runIds }, 'result');
	}

	/** Closes the comparison, back to the Runs screen with the open run. */
	async closeCompare(): Promise<void> {
		await this.go({ screen: 'runs', runId: runs.opened?.id ?? null }, 'screen');
	}

	/** Keeps the hash in step with what the stores opened on their own; replaces, never pushes. */
	reflect(place: Place): void {
		if (!this.#started || this.#applying > 0) return;
		const next = routeFor(this.screen, place);
		if (isSameRoute(next, this.#route)) return;
		this.#route = next;
		history.replaceState(null, '', formatRoute(next));
	}

	dismissNotice(): void {
		this.notice = null;
	}

	async #follow(focus: Focus): Promise<void> {
		const parsed = parseRoute(location.hash);
		this.notice = null;
		if (parsed === null) {
			this.notice = text('route_no_screen', { hash: location.hash });
		}
		const route = parsed ?? HOME;
		const changedScreen = screenOf(route) !== this.screen;
		await this.#apply(route, changedScreen ? focus : 'none', true);
	}

	/** Opens what `route` names in the stores; unknown ids fall back, with a notice, to the list. */
	async #apply(wanted: Route, focus: Focus, replace = false): Promise<void> {
		const seq = ++this.#seq;
		this.#applying++;
		this.#route = wanted; // the tab switches at once; a run may take a moment to load
		try {
			const route = await this.#resolve(wanted);
			if (seq !== this.#seq) return; // a later navigation overtook this one
			this.#route = route;
			if (replace || !isSameRoute(route, wanted)) {
				history.replaceState(null, '', formatRoute(route));
			}
		} finally {
			this.#applying--;
		}
		this.reflect(currentPlace());
		if (focus !== 'none') await focusHeading(focus);
	}

	/** Makes the stores show `route` and returns the route actually shown (ids that exist only). */
	async #resolve(route: Route): Promise<Route> {
		// Data, Train and Predict leave a comparison open for the Runs tab to come back to.
		if (route.screen === 'runs') runs.comparing = null;
		switch (route.screen) {
			case 'data':
			case 'train': {
				if (route.datasetId === null) return { ...route, datasetId: datasets.current?.id ?? null };
				if (!datasets.list.some((d) => d.id === route.datasetId)) {
					this.notice = text('route_dataset_missing');
					return { ...route, datasetId: datasets.current?.id ?? null };
				}
				datasets.select(route.datasetId);
				return route;
			}
			case 'runs': {
				if (route.runId === null) {
					runs.opened = null;
					return route;
				}
				const run = runs.list.find((r) => r.id === route.runId);
				if (!run || run.status !== 'done') {
					this.notice = run
						? text('route_run_unfinished', { name: run.name, status: run.status })
						: text('route_run_missing');
					runs.opened = null;
					return { screen: 'runs', runId: null };
				}
				if (runs.opened?.id !== run.id) await runs.open(run.id);
				return runs.opened?.id === run.id ? route : { screen: 'runs', runId: null };
			}
			case 'compare': {
				const found = route.runIds.filter((id) =>
					runs.list.some((r) => r.id === id && r.status === 'done')
				);
				if (found.length < 2) {
					this.notice = text('route_compare_missing');
					runs.comparing = null;
					return { screen: 'runs', runId: runs.opened?.id ?? null };
				}
				if (found.length < route.runIds.length) {
					this.notice = text('route_compare_some_missing', {
						count: route.runIds.length - found.length
					});
				}
				runs.selected = found;
				await runs.compare();
				return { screen: 'compare', runIds: found };
			}
			case 'predict':
				return route;
		}
	}
}

/** What the stores have open now. */
export function currentPlace(): Place {
	return {
		datasetId: datasets.current?.id ?? null,
		runId: runs.opened?.id ?? null,
		compareIds: runs.comparing ? runs.comparing.map((r) => r.id) : null
	};
}

/**
 * Moves focus to the heading of what was just shown: the run or comparison, else the screen's first heading. Headings
 * are not tabbable; `tabindex="-1"` lets them take focus from script only.
 */
async function focusHeading(focus: Exclude<Focus, 'none'>): Promise<void> {
	await tick();
	const panel = document.getElementById('screen-panel');
	const heading =
		(focus === 'result'
			? panel?.querySelector<HTMLElement>('[data-focus="result-heading"]')
			: null) ?? panel?.querySelector<HTMLElement>('h1, h2');
	if (!heading) return;
	heading.tabIndex = -1;
	heading.focus();
}

export const router = new RouteState();
