/**
 * <navigator-catalogue>: filters, sorts, groups and switches the view of the
 * build-time tool list instantly, and keeps that state in the query string
 * (src/lib/url-state) so every view can be shared and survives a reload. Also
 * collects tools to compare. The catalogue's data file (data-src) is fetched
 * only when it is needed: when the address asks for a view, or when a visitor
 * first reaches for the controls. A page of matching tools is shown at a time
 * (data-page-size), with "Show more tools" for the next. The server-rendered
 * items are reused (cloned when a tool belongs to several groups) and the others
 * are built with DOM calls from the data, in the same markup as ToolCard.astro;
 * nothing is ever written with innerHTML.
 */
import type { CatalogueTool } from '../../lib/catalogue/catalogueTool.ts';
import { countFacetOptions } from '../../lib/catalogue/countFacetOptions.ts';
import { FILTER_KEYS, type FilterVocabulary } from '../../lib/catalogue/facets.ts';
import { filterTools } from '../../lib/catalogue/filterTools.ts';
import { groupTools } from '../../lib/catalogue/groupTools.ts';
import { sortTools } from '../../lib/catalogue/sortTools.ts';
import { DEFAULT_CATALOGUE_STATE, type CatalogueState } from '../../lib/url-state/catalogueState.ts';
import { parseCatalogueState } from '../../lib/url-state/parseCatalogueState.ts';
import { serialiseCatalogueState } from '../../lib/url-state/serialiseCatalogueState.ts';
import { MAX_COMPARED } from '../../lib/url-state/parseCompareState.ts';
import { serialiseCompareState } from '../../lib/url-state/serialiseCompareState.ts';
import { loadFullSearcher } from '../search/loadSearcher.ts';
import { MIN_QUERY_LENGTH } from '../../lib/search/minQueryLength.ts';
import { renderNotices } from '../shared/renderNotices.ts';
import { isSafeId } from '../../lib/url-state/isSafeId.ts';
import { CATALOGUE_PAGE_SIZE, paginateGroups } from '../../lib/catalogue/paginateGroups.ts';
import { resultStatus, showMoreLabel } from '../../lib/catalogue/resultStatus.ts';
import { OFFERING_LABELS, STATUS_LABELS } from '../../lib/catalogue/labels.ts';

type Grouping = 'category' | 'stage' | 'quadrant' | 'ring';
/** Groupings the page's data may leave out: the element falls back to the radar's ring order and names. */
type OptionalGrouping = 'ring';

interface CatalogueData {
  tools: CatalogueTool[];
  vocabulary: FilterVocabulary;
  groupOrder: Omit<Record<Grouping, string[]>, OptionalGrouping> & Partial<Record<OptionalGrouping, string[]>>;
  groupLabels: Omit<Record<Grouping, Record<string, string>>, OptionalGrouping> & Partial<Record<OptionalGrouping, Record<string, string>>>;
  /** URL of the page listing each group's tools, per grouping (e.g. /stages/). */
  groupPages: Omit<Record<Grouping, string>, OptionalGrouping> & Partial<Record<OptionalGrouping, string>>;
  /** Names for the items built in the browser. */
  itemLabels: { categories: Record<string, string>; rings: Record<string, string> };
  /** URL of the tool pages' folder, e.g. /tools/. */
  toolPages: string;
}

class NavigatorCatalogue extends HTMLElement {
  #data: CatalogueData | undefined;
  #loading: Promise<CatalogueData | undefined> | undefined;
  #pageSize = CATALOGUE_PAGE_SIZE;
  /** How many matching tools are on screen: a page, plus a page per "Show more tools". */
  #limit = CATALOGUE_PAGE_SIZE;
  #form!: HTMLFormElement;
  #results!: HTMLElement;
  #items = new Map<string, HTMLElement>();
  #state!: CatalogueState;
  #selected: string[] = [];
  #renderToken = 0;
  #notices: string[] = [];
  /** True while the last history entry was pushed by typing in the text box, so typing adds one entry, not one per key. */
  #typing = false;
  /** Set when a render that was to push a history entry gave way to a newer one, which then pushes instead. */
  #owedPush = false;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-controls]');
    const results = this.querySelector<HTMLElement>('[data-results]');
    if (!this.dataset.src || !form || !results) return;
    this.#form = form;
    this.#results = results;
    const size = Number(this.dataset.pageSize);
    if (Number.isInteger(size) && size >= 1) this.#pageSize = size;
    this.#limit = this.#pageSize;
    for (const item of results.querySelectorAll<HTMLElement>('[data-tool-id]')) this.#items.set(item.dataset.toolId ?? '', item);
    this.setAttribute('data-enhanced', '');

    // The data file loads the first time someone reaches for the controls (or the address asks for a view).
    const prefetch = () => void this.#load();
    this.addEventListener('focusin', prefetch, { once: true });
    this.addEventListener('pointerdown', prefetch, { once: true });
    form.addEventListener('submit', (event) => {
      // After a failed load the page works as built: the form submits to the server as without JavaScript.
      if (!this.hasAttribute('data-enhanced')) return;
      event.preventDefault();
      void this.#fromForm(false);
    });
    form.addEventListener('change', (event) => void this.#fromForm((event.target as HTMLInputElement).name === 'q'));
    form.addEventListener('input', (event) => {
      if ((event.target as HTMLInputElement).name === 'q') void this.#fromForm(true);
    });
    // Every filter change is a history entry: Back and Forward re-read the address.
    window.addEventListener('popstate', () => void this.#fromAddress('none'));
    results.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (box.matches('[data-compare]')) this.#toggleCompare(box);
    });
    this.querySelector('[data-compare-clear]')?.addEventListener('click', () => {
      this.#selected = [];
      this.#syncCompare();
    });
    this.querySelector('[data-more-button]')?.addEventListener('click', () => void this.#showMore());
    // The build-time markup already is the default view; only load and re-render when the address asks for another.
    if (window.location.search) void this.#fromAddress('replace');
    else this.#showMoreButton(Number(this.dataset.total ?? 0) - this.#items.size);
  }

  /** The catalogue's data, fetched once; undefined (with a notice) when it cannot be loaded. */
  #load(): Promise<CatalogueData | undefined> {
    this.#loading ??= (async () => {
      try {
        const response = await fetch(this.dataset.src ?? '');
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        this.#data = (await response.json()) as CatalogueData;
        this.setAttribute('data-enhanced', '');
        return this.#data;
      } catch {
        this.#notices = ['The catalogue’s data could not load, so the filters work as without JavaScript (press Apply) and the list continues on the next pages. Reload the page to try again.'];
        renderNotices(this.querySelector<HTMLElement>('[data-notices]'), this.#notices);
        // Fall back to the page as built: the plain GET form, the pager, no compare boxes.
        this.removeAttribute('data-enhanced');
        const more = this.querySelector<HTMLElement>('[data-more]');
        if (more) more.hidden = true;
        this.#loading = undefined; // the next interaction tries again
        return undefined;
      }
    })();
    return this.#loading;
  }

  async #fromAddress(history: 'replace' | 'none'): Promise<void> {
    this.#results.setAttribute('aria-busy', 'true');
    const data = await this.#load();
    this.#results.removeAttribute('aria-busy');
    if (!data) return;
    const { state, notices } = parseCatalogueState(window.location.search, data.vocabulary);
    this.#state = state;
    this.#notices = notices;
    this.#typing = false;
    this.#limit = this.#pageSize;
    this.#writeForm(state);
    if (history === 'replace' && serialiseCatalogueState(state) === '' && notices.length === 0) {
      // Only unknown keys in the address: the build-time markup is the view.
      this.#showMoreButton(data.tools.length - this.#items.size);
      return;
    }
    await this.#render(history);
  }

  async #showMore(): Promise<void> {
    const data = await this.#load();
    if (!data) return;
    this.#state ??= parseCatalogueState('', data.vocabulary).state;
    const before = new Set(this.#shownIds());
    this.#limit += this.#pageSize;
    await this.#render('none');
    // Keyboard and screen-reader users carry on from the first tool just added.
    const first = [...this.#results.querySelectorAll<HTMLElement>('[data-tool-id]')].find((item) => !before.has(item.dataset.toolId ?? ''));
    first?.querySelector<HTMLAnchorElement>('.tool-name a')?.focus();
  }

  #shownIds(): string[] {
    return [...this.#results.querySelectorAll<HTMLElement>('[data-tool-id]')].map((item) => item.dataset.toolId ?? '');
  }

  #showMoreButton(hidden: number): void {
    const more = this.querySelector<HTMLElement>('[data-more]');
    const button = this.querySelector<HTMLButtonElement>('[data-more-button]');
    if (!more || !button) return;
    more.hidden = hidden <= 0;
    if (hidden > 0) button.textContent = showMoreLabel(this.#pageSize, hidden);
  }

  /** The form is read through the same parser as the address bar, so both accept exactly the same values. */
  async #fromForm(typing: boolean): Promise<void> {
    // Typing replaces the entry its first key pushed; any other change pushes a new one. Decided now, in the order
    // the changes happen, not after the data arrives.
    const mode = typing && this.#typing ? 'replace' : 'push';
    this.#typing = typing;
    const data = await this.#load();
    if (!data) return;
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.#form)) if (typeof value === 'string') params.append(key, value);
    this.#state = parseCatalogueState(params, data.vocabulary).state;
    this.#notices = [];
    this.#limit = this.#pageSize;
    await this.#render(mode);
  }

  #writeForm(state: CatalogueState): void {
    const field = (name: string) => this.#form.elements.namedItem(name);
    const q = field('q');
    if (q instanceof HTMLInputElement) q.value = state.q;
    for (const name of ['sort', 'group'] as const) {
      const select = field(name);
      if (select instanceof HTMLSelectElement) select.value = state[name];
    }
    for (const radio of this.#form.querySelectorAll<HTMLInputElement>('input[name="view"]')) radio.checked = radio.value === state.view;
    for (const key of FILTER_KEYS) {
      const chosen = state.filters[key] ?? [];
      for (const box of this.#form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${key}"]`)) box.checked = chosen.includes(box.value);
      const details = this.#form.querySelector<HTMLDetailsElement>(`details[data-facet="${key}"]`);
      if (details && chosen.length > 0) details.open = true;
    }
  }

  /** @param history how the address follows the state: a new entry, the current one rewritten, or left alone (Back/Forward). */
  async #render(history: 'push' | 'replace' | 'none'): Promise<void> {
    const data = this.#data;
    if (!data) return;
    const token = ++this.#renderToken;
    const state = this.#state;
    const status = this.querySelector<HTMLElement>('[data-result-status]');
    /** Ids matching the text, best first (the site search's ranking), or null without text. */
    let ranked: string[] | null = null;
    const notices = [...this.#notices];
    renderNotices(this.querySelector<HTMLElement>('[data-notices]'), notices);
    // Text shorter than the search's minimum filters nothing (rather than everything).
    if (state.q && state.q.trim().length < MIN_QUERY_LENGTH) {
      notices.push(`Type at least ${MIN_QUERY_LENGTH} characters to filter by text.`);
    } else if (state.q) {
      this.#results.setAttribute('aria-busy', 'true');
      try {
        const searcher = await loadFullSearcher(this.dataset.index ?? '');
        ranked = searcher.search(state.q, searcher.size).map((hit) => hit.id);
      } catch {
        notices.push('The text filter could not load, so it is not applied; the other filters are.');
      }
      if (token !== this.#renderToken) {
        // A newer change arrived while loading: it draws the view, and makes the history entry this one owed.
        if (history === 'push') this.#owedPush = true;
        return;
      }
      this.#results.removeAttribute('aria-busy');
    }
    const { tools } = data;
    const { order: groupOrder, labels: groupLabels, page: groupPage } = this.#grouping(state.group);
    const matches = ranked ? new Set(ranked) : null;
    const shown = filterTools(tools, state.filters, ranked);
    // With search text and the default sort, the best matches come first, and so do the groups holding them.
    const byRelevance = ranked !== null && state.sort === DEFAULT_CATALOGUE_STATE.sort;
    const sorted = byRelevance ? shown : sortTools(shown, state.sort);
    const allGroups = groupTools(sorted, state.group, groupOrder);
    if (byRelevance) {
      const rank = new Map(sorted.map((tool, index) => [tool.id, index]));
      allGroups.sort((a, b) => (rank.get(a.tools[0]!.id) ?? 0) - (rank.get(b.tools[0]!.id) ?? 0));
    }
    // Only the first `limit` matching tools are drawn; "Show more tools" raises the limit.
    const groups = paginateGroups(allGroups, this.#limit)[0] ?? [];
    const shownCount = new Set(groups.flatMap((group) => group.tools.map((tool) => tool.id))).size;

    const sections = groups.map((group) => {
      const section = document.createElement('section');
      section.className = 'tool-group';
      const heading = document.createElement('h2');
      heading.id = `group-${state.group}-${group.id}`;
      if (state.group === 'none') {
        heading.textContent = 'All matching tools ';
      } else {
        const link = document.createElement('a');
        link.textContent = groupLabels[group.id] ?? group.id;
        if (isSafeId(group.id) && groupPage) link.href = `${groupPage}${group.id}/`;
        heading.append(link, ' ');
      }
      const count = document.createElement('span');
      count.className = 'muted';
      count.textContent = `(${group.total})`;
      heading.append(count);
      section.setAttribute('aria-labelledby', heading.id);
      const list = document.createElement('ul');
      list.className = 'tool-list';
      section.append(heading, list);
      return { section, list, ids: group.tools.map((tool) => tool.id) };
    });
    const placed = new Set<string>();
    const byId = new Map(tools.map((tool) => [tool.id, tool]));
    for (const { list, ids } of sections) {
      for (const id of ids) {
        const item = this.#itemFor(id, byId, data);
        if (!item) continue;
        list.append(placed.has(id) ? item.cloneNode(true) : item);
        placed.add(id);
      }
    }
    this.#results.replaceChildren(...sections.map(({ section }) => section));
    this.#results.dataset.view = state.view;
    this.#syncCompare();

    const empty = this.querySelector<HTMLElement>('[data-empty]');
    if (empty) empty.hidden = shown.length > 0;
    if (status) status.textContent = resultStatus({ matching: shown.length, total: tools.length, shown: shownCount, byRelevance });
    this.#showMoreButton(shown.length - shownCount);
    this.#updateCounts(matches);
    if (notices.length > this.#notices.length) renderNotices(this.querySelector<HTMLElement>('[data-notices]'), notices);
    const query = serialiseCatalogueState(state);
    if (history === 'replace' && this.#owedPush) history = 'push';
    this.#owedPush = false;
    if (history !== 'none' && query !== window.location.search) {
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(window.history.state, '', url);
    }
  }

  /** The list item of a tool: the server-rendered one, or one built from the data in ToolCard.astro's markup. */
  #itemFor(id: string, byId: Map<string, CatalogueTool>, data: CatalogueData): HTMLElement | undefined {
    const existing = this.#items.get(id);
    if (existing) return existing;
    const tool = byId.get(id);
    if (!tool || !isSafeId(tool.id)) return undefined;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
      const node = document.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const item = el('li', 'tool-item');
    item.dataset.toolId = tool.id;
    const heading = el('h3', 'tool-name');
    const link = el('a', undefined, tool.name);
    link.href = `${data.toolPages}${tool.id}/`;
    heading.append(link);
    const meta = el('p', 'tool-meta');
    meta.append(el('span', `badge ring-${tool.ring}`, data.itemLabels.rings[tool.ring] ?? tool.ring));
    if (tool.status !== 'active') meta.append(el('span', 'badge tool-status', STATUS_LABELS[tool.status]));
    meta.append(el('span', undefined, data.itemLabels.categories[tool.category] ?? tool.category), el('span', undefined, OFFERING_LABELS[tool.offering]));
    if (tool.firstRelease !== null) meta.append(el('span', undefined, `since ${tool.firstRelease}`));
    const reviewed = el('span', undefined, 'reviewed ');
    const time = el('time', undefined, tool.lastReviewed);
    time.dateTime = tool.lastReviewed;
    reviewed.append(time);
    meta.append(reviewed);
    const pick = el('label', 'compare-pick');
    const box = el('input');
    box.type = 'checkbox';
    box.value = tool.id;
    box.dataset.compare = '';
    pick.append(box, ' Compare', el('span', 'visually-hidden', ` ${tool.name}`));
    item.append(heading, el('p', 'tool-desc', tool.description), meta, pick);
    this.#items.set(tool.id, item);
    return item;
  }

  /** Order, names and list page of a grouping's groups; rings fall back to the ring facet's order and capitalised ids. */
  #grouping(group: CatalogueState['group']): { order: string[]; labels: Record<string, string>; page: string | undefined } {
    if (group === 'none') return { order: [], labels: {}, page: undefined };
    const { groupOrder, groupLabels, groupPages, vocabulary } = this.#data!;
    if (group === 'ring') {
      const order = groupOrder.ring ?? [...vocabulary.ring];
      const labels = groupLabels.ring ?? Object.fromEntries(order.map((id) => [id, id.charAt(0).toUpperCase() + id.slice(1)]));
      return { order, labels, page: groupPages.ring ?? groupPages.stage.replace(/stages\/$/, 'rings/') };
    }
    return { order: groupOrder[group], labels: groupLabels[group], page: groupPages[group] };
  }

  #updateCounts(matches: Set<string> | null): void {
    for (const key of FILTER_KEYS) {
      const counts = countFacetOptions(this.#data!.tools, this.#state.filters, key, matches);
      for (const box of this.#form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${key}"]`)) {
        const count = box.parentElement?.querySelector('[data-count]');
        if (count) count.textContent = `(${counts.get(box.value) ?? 0})`;
      }
      const selected = this.#form.querySelector(`details[data-facet="${key}"] [data-selected-count]`);
      const chosen = this.#state.filters[key]?.length ?? 0;
      if (selected) selected.textContent = chosen > 0 ? ` · ${chosen} selected` : '';
    }
  }

  #toggleCompare(box: HTMLInputElement): void {
    const id = box.value;
    if (box.checked && !this.#selected.includes(id)) {
      if (this.#selected.length >= MAX_COMPARED) {
        box.checked = false;
        this.#compareText(`You can compare up to ${MAX_COMPARED} tools. Untick one to choose another.`);
        return;
      }
      this.#selected.push(id);
    } else if (!box.checked) {
      this.#selected = this.#selected.filter((other) => other !== id);
    }
    this.#syncCompare();
  }

  #syncCompare(): void {
    for (const box of this.#results.querySelectorAll<HTMLInputElement>('input[data-compare]')) box.checked = this.#selected.includes(box.value);
    const bar = this.querySelector<HTMLElement>('[data-compare-bar]');
    const link = this.querySelector<HTMLAnchorElement>('[data-compare-link]');
    if (!bar || !link) return;
    bar.hidden = this.#selected.length === 0;
    const names = this.#selected.map((id) => this.#data?.tools.find((tool) => tool.id === id)?.name ?? this.#items.get(id)?.querySelector('.tool-name')?.textContent ?? id);
    link.hidden = this.#selected.length < 2;
    link.href = `${this.dataset.compare ?? '/compare/'}${serialiseCompareState(this.#selected)}`;
    link.textContent = `Compare ${this.#selected.length} tools`;
    this.#compareText(this.#selected.length < 2 ? `Selected ${names.join(', ')}. Tick at least one more tool to compare.` : `Selected ${names.join(', ')}.`);
  }

  #compareText(text: string): void {
    const target = this.querySelector<HTMLElement>('[data-compare-text]');
    if (target) target.textContent = text;
  }
}

if (!customElements.get('navigator-catalogue')) customElements.define('navigator-catalogue', NavigatorCatalogue);
