/** The report's building blocks: numbered sections, definition lists, figures and notices. */
import { html, Html, type HtmlValue } from './html';

/** A report section: its markup and its heading (for the contents list). */
export class Section extends Html {
	constructor(
		value: string,
		readonly heading: Html
	) {
		super(value);
	}
}

/** A numbered section that starts on a new printed page (unless it follows the title); `id` names its kind. */
export function section(id: string, number: string, title: HtmlValue, body: HtmlValue): Section {
	const heading = html`${number} ${title}`;
	const markup = html`<section class="sec" data-section="${id}">
		<h2><span class="num-label">${number}</span> ${title}</h2>
		${body}
	</section>`;
	return new Section(markup.value, heading);
}

/** A sub-section that is kept on one printed page where it fits. */
export const block = (title: HtmlValue, body: HtmlValue): Html =>
	html`<div class="block">
		<h3>${title}</h3>
		${body}
	</div>`;

/** Term–description pairs; a pair whose description is null is left out. */
export const facts = (pairs: [HtmlValue, HtmlValue][]): Html =>
	html`<dl class="facts">
		${pairs
			.filter(([, value]) => value !== null && value !== undefined && value !== '')
			.map(
				([term, value]) =>
					html`<dt>${term}</dt>
						<dd>${value}</dd>`
			)}
	</dl>`;

/** A chart with its caption, kept in one piece on paper. */
export const chart = (svg: Html, caption?: HtmlValue): Html =>
	html`<figure class="chart">
		${svg}${caption ? html`<figcaption>${caption}</figcaption>` : ''}
	</figure>`;

/** A warning box (leaks, incomparable numbers); bordered and marked ⚠ so it stands out in black and white. */
export const alert = (title: HtmlValue, items: HtmlValue[]): Html =>
	html`<div class="alert" role="alert">
		<p class="alert-title">⚠ ${title}</p>
		${
			items.length
				? html`<ul>
						${items.map((i) => html`<li>${i}</li>`)}
					</ul>`
				: ''
		}
	</div>`;

/** A muted explanatory note. */
export const note = (text: HtmlValue): Html => html`<p class="note">${text}</p>`;
