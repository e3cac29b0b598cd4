/**
 * <navigator-search>: enhances the header's search form into an accessible
 * combobox (WAI-ARIA 1.2 pattern: input + listbox, aria-activedescendant).
 * Arrow keys move through results, Enter opens the chosen tool (or, with none
 * chosen, the catalogue filtered by the text), Escape closes the list, "/" and
 * Ctrl/Cmd+K focus the box from anywhere. Results are built with DOM calls and
 * textContent only.
 */
import type { Searcher } from '../../lib/search/createSearcher.ts';
import type { BadgedStatus, SearchHit } from '../../lib/search/searchDocument.ts';
import { loadFullSearcher, loadSearcher } from './loadSearcher.ts';
import { isSafeId } from '../../lib/url-state/isSafeId.ts';

/** As STATUS_LABELS in src/lib/catalogue/labels.ts, repeated to keep this always-loaded script small. */
const STATUS_BADGES: Record<BadgedStatus, string> = { deprecated: 'Deprecated', discontinued: 'Discontinued' };

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

class NavigatorSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #popup!: HTMLElement;
  #listbox!: HTMLUListElement;
  #status!: HTMLElement;
  #results: SearchHit[] = [];
  #active = -1;
  #searcher: Searcher | null = null;
  #onGlobalKey = (event: KeyboardEvent) => this.#globalKey(event);

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const popup = this.querySelector<HTMLElement>('[data-popup]');
    const listbox = this.querySelector<HTMLUListElement>('[role="listbox"]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!input || !popup || !listbox || !status) return;
    this.#input = input;
    this.#popup = popup;
    this.#listbox = listbox;
    this.#status = status;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);
    input.addEventListener('focus', () => void this.#load());
    input.addEventListener('input', () => void this.#update());
    input.addEventListener('keydown', (event) => this.#key(event));
    // Keep focus in the input while a result is clicked.
    listbox.addEventListener('mousedown', (event) => event.preventDefault());
    listbox.addEventListener('click', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
      if (option) this.#open(Number(option.dataset.index));
    });
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) this.#close();
    });
    document.addEventListener('keydown', this.#onGlobalKey);
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onGlobalKey);
  }

  #globalKey(event: KeyboardEvent): void {
    const shortcutK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target);
    if (!shortcutK && !slash) return;
    event.preventDefault();
    this.#input.focus();
    this.#input.select();
  }

  async #load(): Promise<Searcher | null> {
    if (this.#searcher) return this.#searcher;
    const url = this.dataset.index ?? '';
    try {
      this.#searcher = await loadSearcher(url);
    } catch {
      this.#say('Search could not load. Press Enter to search the catalogue instead.');
      return null;
    }
    // The descriptions follow: then the same text is searched again, unless someone is choosing among the results.
    loadFullSearcher(url).then(
      (full) => {
        this.#searcher = full;
        // For tests and benchmarks: the descriptions are searched from now on.
        this.dataset.searcher = 'complete';
        if (this.#input.value && this.#active === -1) void this.#update();
      },
      () => undefined, // names, aliases and the vocabulary still work
    );
    return this.#searcher;
  }

  async #update(): Promise<void> {
    const query = this.#input.value;
    const searcher = this.#searcher ?? (await this.#load());
    // A newer keystroke may have arrived while loading; only the latest text counts.
    if (!searcher || query !== this.#input.value) return;
    this.#results = searcher.search(query);
    this.#active = -1;
    this.#render(query);
  }

  #render(query: string): void {
    const options = this.#results.map((doc, index) => {
      const option = document.createElement('li');
      option.id = `site-search-option-${index}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.dataset.index = String(index);
      const name = document.createElement('span');
      name.className = 'site-search-name';
      name.textContent = doc.name;
      if (doc.status) {
        // Deprecated and discontinued tools say so, as on their cards; the search also ranks them lower.
        const badge = document.createElement('span');
        badge.className = 'badge tool-status';
        badge.textContent = STATUS_BADGES[doc.status];
        name.append(' ', badge);
      }
      const meta = document.createElement('span');
      meta.className = 'site-search-meta';
      meta.textContent = doc.category;
      option.append(name, ' ', meta);
      return option;
    });
    this.#listbox.replaceChildren(...options);
    const open = options.length > 0;
    this.#popup.hidden = !open;
    this.#input.setAttribute('aria-expanded', String(open));
    this.#input.removeAttribute('aria-activedescendant');
    if (query.trim().length < 2) this.#say('');
    else if (open) this.#say(`${options.length} ${options.length === 1 ? 'tool' : 'tools'} found. Use the up and down arrow keys to choose one.`);
    else this.#say('No tool matches. Press Enter to search the catalogue.');
  }

  #key(event: KeyboardEvent): void {
    const count = this.#results.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        if (this.#popup.hidden) this.#render(this.#input.value);
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.#setActive(this.#active === -1 && step === -1 ? count - 1 : (this.#active + step + count) % count);
        break;
      }
      case 'Enter':
        if (this.#active >= 0 && !this.#popup.hidden) {
          event.preventDefault();
          this.#open(this.#active);
        }
        // Otherwise the form submits: the catalogue opens filtered by the text.
        break;
      case 'Escape':
        if (!this.#popup.hidden) {
          event.preventDefault();
          this.#close();
        } else if (this.#input.value) {
          event.preventDefault();
          this.#input.value = '';
          this.#results = [];
          this.#say('');
        }
        break;
      default:
        break;
    }
  }

  #setActive(index: number): void {
    this.#active = index;
    for (const option of this.#listbox.children) {
      const selected = option instanceof HTMLElement && option.dataset.index === String(index);
      option.setAttribute('aria-selected', String(selected));
      if (selected) {
        this.#input.setAttribute('aria-activedescendant', option.id);
        option.scrollIntoView({ block: 'nearest' });
      }
    }
  }

  #open(index: number): void {
    const doc = this.#results[index];
    if (!doc || !isSafeId(doc.id)) return;
    window.location.assign(`${this.dataset.tools ?? '/tools/'}${doc.id}/`);
  }

  #close(): void {
    this.#popup.hidden = true;
    this.#active = -1;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
  }

  #say(message: string): void {
    if (this.#status.textContent !== message) this.#status.textContent = message;
  }
}

if (!customElements.get('navigator-search')) customElements.define('navigator-search', NavigatorSearch);
