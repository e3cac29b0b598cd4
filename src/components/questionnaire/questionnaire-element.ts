/**
 * <navigator-questionnaire>: enhances the plain form. It restores answers from
 * the address (to edit them) or from saved progress, saves progress as you go,
 * and submits the canonical comma-separated URL. The form works without it.
 */
import { parseAnswers, serializeAnswers, type QuestionSpec } from '../../lib/questionnaire/parseAnswers';
import { PROGRESS_KEY, decodeProgress, encodeProgress } from '../../lib/questionnaire/progressStorage';

class NavigatorQuestionnaire extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const notice = this.querySelector<HTMLElement>('[data-notice]');
    if (!form || !notice) return;
    let specs: QuestionSpec[] = [];
    try {
      specs = JSON.parse(this.dataset.questions ?? '[]') as QuestionSpec[];
    } catch {
      return;
    }
    const notices: string[] = [];
    let query = location.search;
    if (!query) {
      let raw: string | null = null;
      try {
        raw = localStorage.getItem(PROGRESS_KEY);
      } catch {
        /* storage may be blocked; then there is simply no saved progress */
      }
      const stored = decodeProgress(raw);
      if (stored.problem) notices.push(stored.problem);
      if (stored.query) {
        query = stored.query;
        if (stored.query) notices.push('Your saved answers were restored. Use “Clear all answers” to start again.');
      }
    }
    const { answers, notices: parseNotices } = parseAnswers(query, specs);
    notices.push(...parseNotices);
    for (const [id, values] of Object.entries(answers)) {
      for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
        if (input.type === 'text' || input.type === 'hidden') {
          if (input.name === id) input.value = values.join(',');
        } else if (input.name === id && values.includes(input.value)) input.checked = true;
      }
    }
    this.querySelector('navigator-tool-picker')?.dispatchEvent(new Event('picker-refresh'));
    if (notices.length) {
      notice.textContent = notices.join(' ');
      notice.hidden = false;
    }

    const current = () => {
      const chosen: Record<string, string[]> = {};
      for (const input of form.querySelectorAll<HTMLInputElement>('input:checked')) (chosen[input.name] ??= []).push(input.value);
      for (const input of form.querySelectorAll<HTMLInputElement>('input[name="using"]')) chosen.using = input.value.split(',').map((v) => v.trim()).filter(Boolean);
      return serializeAnswers(chosen, specs);
    };
    const save = () => {
      try {
        localStorage.setItem(PROGRESS_KEY, encodeProgress(current()));
      } catch {
        /* not saving progress is acceptable */
      }
    };
    form.addEventListener('change', save);
    // "Clear all answers" can be undone: the answers are kept until the next change.
    const apply = (query: string) => {
      const restored = parseAnswers(query, specs).answers;
      for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
        if (input.type === 'text' || input.type === 'hidden') input.value = input.name in restored ? restored[input.name]!.join(',') : '';
        else input.checked = (restored[input.name] ?? (input.value === '' ? [''] : [])).includes(input.value);
      }
      this.querySelector('navigator-tool-picker')?.dispatchEvent(new Event('picker-refresh'));
      save();
    };
    form.addEventListener('reset', () => {
      const before = current();
      setTimeout(() => {
        this.querySelector('navigator-tool-picker')?.dispatchEvent(new Event('picker-refresh'));
        try {
          localStorage.removeItem(PROGRESS_KEY);
        } catch {
          /* ignore */
        }
        if (!before) {
          notice.hidden = true;
          return;
        }
        const undo = document.createElement('button');
        undo.type = 'button';
        undo.textContent = 'Undo';
        undo.addEventListener('click', () => {
          apply(before);
          notice.textContent = 'Your answers are back.';
        });
        notice.replaceChildren('All answers were cleared. ', undo);
        notice.hidden = false;
        undo.focus();
      });
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      save();
      const q = current();
      location.assign(`${form.action}${q ? `?${q}` : ''}`);
    });
  }
}

customElements.define('navigator-questionnaire', NavigatorQuestionnaire);
