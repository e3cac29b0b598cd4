/**
 * <navigator-tool-picker>: a searchable picker for the tools a team already runs.
 * Without JavaScript the plain text field takes comma-separated tool ids; with
 * it, typing a few letters offers catalogue names (a native datalist), and each
 * pick becomes a removable chip. The field keeps the ids, so the form submits
 * the same `using=` value either way.
 */
class NavigatorToolPicker extends HTMLElement {
  connectedCallback() {
    const field = this.querySelector<HTMLInputElement>('input[name="using"]');
    const search = this.querySelector<HTMLInputElement>('[data-picker-search]');
    const list = this.querySelector<HTMLElement>('[data-picked]');
    const options = [...this.querySelectorAll<HTMLOptionElement>('datalist option')];
    if (!field || !search || !list) return;
    const byName = new Map(options.map((o) => [o.value.toLowerCase(), o.dataset.id ?? '']));
    const nameOf = new Map(options.map((o) => [o.dataset.id ?? '', o.value]));
    // The plain field stays for people without JavaScript; with it, the search box replaces it.
    field.type = 'hidden';
    search.hidden = false;
    this.querySelector<HTMLElement>('[data-picker-plain]')?.setAttribute('hidden', '');
    const ids = () => field.value.split(',').map((v) => v.trim()).filter((v) => nameOf.has(v));
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
    const pick = () => {
      const id = byName.get(search.value.trim().toLowerCase());
      if (!id) return;
      if (!ids().includes(id)) field.value = [...ids(), id].join(',');
      search.value = '';
      render();
      field.dispatchEvent(new Event('change', { bubbles: true }));
    };
    search.addEventListener('change', pick);
    search.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        pick();
      }
    });
    this.addEventListener('picker-refresh', render);
    render();
  }
}

customElements.define('navigator-tool-picker', NavigatorToolPicker);
