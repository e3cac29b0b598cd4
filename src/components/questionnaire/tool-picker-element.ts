/**
 * <navigator-tool-picker>: a searchable picker for the tools a team already runs.
 * Without JavaScript the plain text field takes comma-separated tool ids; with
 * it, typing a few letters offers catalogue names (a native datalist), and each
 * pick becomes a removable chip. The field keeps the ids, so the form submits
 * the same `using=` value either way. The names come from the open data's
 * /api/tool-names.json (`data-names`), fetched the first time the search box is
 * used or an answer is restored, so the page itself never lists the catalogue.
 * If they cannot be fetched, the plain field comes back.
 */
import { isSafeId } from '../../lib/url-state/isSafeId.ts';

/** Reads the open data's [id, name] pairs, keeping only well-formed ids and text names. */
function readNames(body: unknown): [string, string][] {
  const entries = (body as { entries?: unknown })?.entries;
  if (!Array.isArray(entries)) throw new Error('tool-names.json: no entries');
  return entries.filter((entry): entry is [string, string] => Array.isArray(entry) && typeof entry[0] === 'string' && isSafeId(entry[0]) && typeof entry[1] === 'string');
}

class NavigatorToolPicker extends HTMLElement {
  connectedCallback() {
    const field = this.querySelector<HTMLInputElement>('input[name="using"]');
    const search = this.querySelector<HTMLInputElement>('[data-picker-search]');
    const list = this.querySelector<HTMLElement>('[data-picked]');
    const datalist = this.querySelector<HTMLDataListElement>('datalist');
    const plain = this.querySelector<HTMLElement>('[data-picker-plain]');
    const url = this.dataset.names;
    if (!field || !search || !list || !datalist || !url) return;
    let byName = new Map<string, string>();
    let nameOf = new Map<string, string>();
    let loading: Promise<void> | undefined;
    // The plain field stays for people without JavaScript; with it, the search box replaces it.
    field.type = 'hidden';
    search.hidden = false;
    plain?.setAttribute('hidden', '');
    const fallBack = () => {
      // Without the names, the ids can still be typed in the plain field.
      field.type = 'text';
      search.hidden = true;
      plain?.removeAttribute('hidden');
      list.replaceChildren();
    };
    const load = (): Promise<void> =>
      (loading ??= fetch(url)
        .then((response) => {
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
          return response.json() as Promise<unknown>;
        })
        .then((body) => {
          const names = readNames(body);
          byName = new Map(names.map(([id, name]) => [name.toLowerCase(), id]));
          nameOf = new Map(names);
          datalist.replaceChildren(
            ...names.map(([id, name]) => {
              const option = document.createElement('option');
              option.value = name;
              option.dataset.id = id;
              return option;
            }),
          );
          render();
        })
        .catch(fallBack));
    const ids = () =>
      field.value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => nameOf.has(v));
    const render = () => {
      list.replaceChildren(
        ...ids().map((id) => {
          const item = document.createElement('li');
          const remove = document.createElement('button');
          remove.type = 'button';
          remove.textContent = `Remove ${nameOf.get(id) ?? id}`;
          remove.addEventListener('click', () => {
            field.value = ids().filter((other) => other !== id).join(',');
            render();
            field.dispatchEvent(new Event('change', { bubbles: true }));
          });
          item.append(`${nameOf.get(id) ?? id} `, remove);
          return item;
        }),
      );
    };
    const pick = async () => {
      await load();
      const id = byName.get(search.value.trim().toLowerCase());
      if (!id) return;
      if (!ids().includes(id)) field.value = [...ids(), id].join(',');
      search.value = '';
      render();
      field.dispatchEvent(new Event('change', { bubbles: true }));
    };
    search.addEventListener('focus', () => void load(), { once: true });
    search.addEventListener('change', () => void pick());
    search.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        void pick();
      }
    });
    // Restored answers (from the address or saved progress) show as chips once the names are in.
    const refresh = () => (field.value.trim() ? void load().then(render) : render());
    this.addEventListener('picker-refresh', refresh);
    refresh();
  }
}

customElements.define('navigator-tool-picker', NavigatorToolPicker);
