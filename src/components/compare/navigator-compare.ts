/**
 * <navigator-compare>: renders the comparison table for the tools named in
 * ?tools=a,b,c (src/lib/url-state/parseCompareState), lets people add and remove
 * tools, and writes the list back to the address bar. It loads the list of tool
 * names (/api/tool-names.json) and then only the compared tools
 * (/api/tools/<id>.json), so the page stays the same size however large the
 * catalogue grows. Rows come from src/lib/compare/buildCompareTable; the table
 * is built with DOM calls and textContent only, and links are checked to be
 * http(s) before use.
 */
import { buildCompareTable, type CompareLabels, type CompareTool } from '../../lib/compare/buildCompareTable.ts';
import { MAX_COMPARED, parseCompareState } from '../../lib/url-state/parseCompareState.ts';
import { serialiseCompareState } from '../../lib/url-state/serialiseCompareState.ts';
import { renderNotices } from '../shared/renderNotices.ts';
import { isSafeId } from '../../lib/url-state/isSafeId.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function safeLink(href: string, text: string): HTMLAnchorElement | Text {
  if (!/^https?:\/\//i.test(href)) return document.createTextNode(text);
  const link = el('a', text);
  link.href = href;
  link.rel = 'noopener';
  return link;
}

const comparable = (text: string) => text.trim().toLowerCase();

class NavigatorCompare extends HTMLElement {
  #labels!: CompareLabels;
  /** Every tool's name, by id. */
  #names = new Map<string, string>();
  /** Loaded tools, by id. */
  #loaded = new Map<string, Promise<CompareTool | undefined>>();
  #ids: string[] = [];

  async connectedCallback(): Promise<void> {
    const source = document.getElementById(this.dataset.source ?? '');
    if (!source?.textContent) return;
    this.#labels = JSON.parse(source.textContent) as CompareLabels;
    const api = this.dataset.api ?? '/api/';
    const hint = this.querySelector<HTMLElement>('[data-hint]');
    try {
      const response = await fetch(`${api}tool-names.json`);
      if (!response.ok) throw new Error(String(response.status));
      const { entries } = (await response.json()) as { entries: [string, string][] };
      for (const [id, name] of entries) if (isSafeId(id)) this.#names.set(id, name);
    } catch {
      if (hint) hint.textContent = 'The list of tools could not be loaded. Reload the page to try again.';
      return;
    }
    const list = this.querySelector('datalist');
    list?.replaceChildren(...[...this.#names].map(([id, name]) => Object.assign(el('option'), { value: name, label: id })));
    const { ids, notices } = parseCompareState(window.location.search, this.#names.keys(), MAX_COMPARED);
    this.#ids = ids;
    renderNotices(this.querySelector<HTMLElement>('[data-notices]'), notices);

    const input = this.querySelector<HTMLInputElement>('#compare-add-input');
    this.querySelector<HTMLFormElement>('form[data-add]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      const typed = comparable(input?.value ?? '');
      const id = [...this.#names].find(([key, name]) => comparable(name) === typed || key === typed)?.[0];
      if (!id) {
        renderNotices(this.querySelector<HTMLElement>('[data-notices]'), typed ? [`No tool is called "${input?.value.trim().slice(0, 60)}"; pick a name from the list.`] : []);
        return;
      }
      renderNotices(this.querySelector<HTMLElement>('[data-notices]'), []);
      if (!this.#ids.includes(id) && this.#ids.length < MAX_COMPARED) {
        this.#ids.push(id);
        if (input) input.value = '';
        void this.#render();
      }
    });
    this.querySelector('[data-only-differences]')?.addEventListener('change', () => this.#applyDifferences());
    this.querySelector('[data-table]')?.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-remove]');
      if (!button) return;
      this.#ids = this.#ids.filter((id) => id !== button.dataset.remove);
      void this.#render();
      input?.focus();
    });
    await this.#render();
    this.setAttribute('data-enhanced', '');
  }

  /** One tool's compare rows, fetched once. */
  #load(id: string): Promise<CompareTool | undefined> {
    let promise = this.#loaded.get(id);
    if (!promise) {
      promise = fetch(`${this.dataset.api ?? '/api/'}tools/${id}.json`)
        .then((response) => (response.ok ? (response.json() as Promise<{ view: CompareTool }>) : undefined))
        .then((document) => (document?.view?.id === id ? document.view : undefined))
        .catch(() => undefined);
      this.#loaded.set(id, promise);
    }
    return promise;
  }

  async #render(): Promise<void> {
    const ids = [...this.#ids];
    const tools = (await Promise.all(ids.map((id) => this.#load(id)))).filter((tool): tool is CompareTool => tool !== undefined);
    // A newer change started while these were loading: it renders instead.
    if (ids.join() !== this.#ids.join()) return;
    const query = serialiseCompareState(this.#ids);
    if (query !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}${window.location.hash}`);

    const hint = this.querySelector<HTMLElement>('[data-hint]');
    if (hint) {
      if (tools.length === 0) hint.textContent = 'No tools chosen yet. Add two to four tools to compare them.';
      else if (tools.length === 1) hint.textContent = `Comparing ${tools[0]?.name ?? ''} with nothing yet: add at least one more tool.`;
      else hint.textContent = `Comparing ${tools.map((tool) => tool.name).join(', ')}.`;
    }
    const input = this.querySelector<HTMLInputElement>('#compare-add-input');
    const addButton = this.querySelector<HTMLButtonElement>('form[data-add] button');
    const full = tools.length >= MAX_COMPARED;
    if (addButton) addButton.disabled = full;
    if (input) input.disabled = full;
    const label = this.querySelector('label[for="compare-add-input"]');
    if (label) label.textContent = full ? `Add a tool (at most ${MAX_COMPARED}; remove one first)` : 'Add a tool';

    const wrap = this.querySelector<HTMLElement>('[data-table-wrap]');
    const table = this.querySelector<HTMLTableElement>('[data-table]');
    if (!wrap || !table) return;
    wrap.hidden = tools.length === 0;
    if (tools.length === 0) {
      table.replaceChildren();
      return;
    }
    table.replaceChildren(this.#buildTable(tools));
    this.#applyDifferences();
  }

  #buildTable(tools: CompareTool[]): DocumentFragment {
    const fragment = document.createDocumentFragment();
    fragment.append(el('caption', `Comparison of ${tools.map((tool) => tool.name).join(', ')}`));
    const colgroup = el('colgroup');
    colgroup.append(el('col', undefined, 'compare-label-col'), ...tools.map(() => el('col')));
    const head = el('thead');
    const headRow = el('tr');
    headRow.append(el('td'));
    for (const tool of tools) {
      const th = el('th');
      th.scope = 'col';
      const name = el('a', tool.name, 'compare-tool-name');
      if (isSafeId(tool.id)) name.href = `${this.dataset.tools ?? '/tools/'}${tool.id}/`;
      const remove = el('button', 'Remove', 'compare-remove');
      remove.type = 'button';
      remove.dataset.remove = tool.id;
      remove.setAttribute('aria-label', `Remove ${tool.name} from the comparison`);
      th.append(name, ' ', remove);
      headRow.append(th);
    }
    head.append(headRow);
    fragment.append(colgroup, head);

    for (const section of buildCompareTable(tools, this.#labels)) {
      if (section.rows.length === 0) continue;
      const body = el('tbody');
      body.dataset.section = section.id;
      const titleRow = el('tr', undefined, 'compare-section');
      const title = el('th', section.title);
      title.scope = 'rowgroup';
      title.colSpan = tools.length + 1;
      titleRow.append(title);
      body.append(titleRow);
      for (const row of section.rows) {
        const tr = el('tr');
        if (row.same) tr.dataset.same = '';
        const th = el('th', row.label);
        th.scope = 'row';
        tr.append(th);
        for (const cell of row.cells) {
          const td = el('td');
          if (cell.has !== undefined) {
            td.className = cell.has ? 'compare-yes' : 'compare-no';
            const mark = el('span', cell.has ? '✓' : '—');
            mark.setAttribute('aria-hidden', 'true');
            td.append(mark, el('span', cell.text, 'visually-hidden'));
          } else if (cell.links && cell.links.length > 1) {
            const list = el('ul', undefined, 'compare-links');
            for (const link of cell.links) {
              const item = el('li');
              item.append(safeLink(link.href, link.text));
              list.append(item);
            }
            td.append(list);
          } else if (cell.links?.[0]) {
            td.append(safeLink(cell.links[0].href, cell.links[0].text));
          } else {
            td.textContent = cell.text;
          }
          tr.append(td);
        }
        body.append(tr);
      }
      fragment.append(body);
    }
    return fragment;
  }

  #applyDifferences(): void {
    const only = this.querySelector<HTMLInputElement>('[data-only-differences]')?.checked ?? false;
    const several = this.#ids.length > 1;
    for (const row of this.querySelectorAll<HTMLTableRowElement>('tr[data-same]')) row.hidden = only && several;
  }
}

if (!customElements.get('navigator-compare')) customElements.define('navigator-compare', NavigatorCompare);
