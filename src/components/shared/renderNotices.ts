/**
 * Shows what was ignored from the address bar in a notice box, as text only
 * (the notices quote untrusted values). An empty list hides the box.
 */
export function renderNotices(box: HTMLElement | null, notices: readonly string[]): void {
  if (!box) return;
  box.hidden = notices.length === 0;
  if (notices.length === 0) {
    box.replaceChildren();
    return;
  }
  const title = document.createElement('p');
  title.className = 'callout-title';
  title.textContent = 'Part of the address was not understood and was ignored:';
  const list = document.createElement('ul');
  for (const notice of notices) {
    const item = document.createElement('li');
    item.textContent = notice;
    list.append(item);
  }
  box.replaceChildren(title, list);
}
