/**
 * <navigator-results>: reads the answers from the address, has the catalogue
 * scored with the same engine as `npm run recommend` — in a Web Worker
 * (results-backend.ts), so a large catalogue never blocks the page — and renders
 * the result: stack, personal radar with a table, ranking with reasons, per-stage
 * picks, the team's place on the landscape, build-vs-buy advice, exclusions and
 * exports. Every string from the address or the data goes through textContent.
 */
import { h, s } from './dom';
import { startBackend, type ResultsBackend } from './results-backend';
import { VISIBLE_RANKS } from '../../lib/questionnaire/visibleRanks';
import type { ResultsHead } from '../../lib/questionnaire/resultsSession';
import { layoutRadar } from '../../lib/radar/layoutRadar';
import { drawRadar } from '../../lib/radar/drawRadar';
import { RADAR_SIZE, RING_LABEL_CLEARANCE, RING_LABEL_RAY } from '../../lib/radar/editorsRadar';
import type { ExportKind } from '../../lib/exports/exportResult';
import { quadrantOf } from '../../schemas/ids';
import type { RankedTool } from '../../lib/scoring/types';

/** Tools of the folded ranking drawn per task after the first paint. */
const RANKING_BATCH = 60;
const EXPORT_LABELS: Record<ExportKind, string> = {
  json: 'Result (JSON)',
  csv: 'Ranking (CSV)',
  'decision-record': 'Decision record (Markdown)',
  'byor-csv': 'Radar for Build Your Own Radar (CSV)',
  'byor-json': 'Radar for Build Your Own Radar (JSON)',
  aoe: 'Radar items for AOE Technology Radar (tar of Markdown)',
};
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

class NavigatorResults extends HTMLElement {
  async connectedCallback() {
    const status = this.querySelector<HTMLElement>('[data-status]');
    // Shown only when the script runs; without JavaScript the noscript text explains instead.
    if (status) status.hidden = false;
    let backend: ResultsBackend;
    try {
      backend = await startBackend(this.dataset.src ?? '', this.dataset.texts ?? '', location.search);
    } catch {
      if (status) status.textContent = 'The tool data could not be loaded. Reload the page to try again.';
      return;
    }
    const { head } = backend;
    this.render(backend, this.dataset.base ?? '/');
    // Say what happened, in the live region that said "Working out…", so screen-reader users hear it too.
    if (status) {
      status.textContent = `Ranked ${head.toolCount} tools for your team${head.excludedCount ? `; ${head.excludedCount} ruled out by your constraints` : ''}. The shortlist comes first.`;
      this.prepend(status);
    }
  }

  render(backend: ResultsBackend, base: string) {
    const { head } = backend;
    const { rec, notices, query, summary } = head;
    const data = head;
    const toolHref = (id: string) => `${base}tools/${id}/`;
    const featured = new Map([...head.top, ...head.featured].map((t) => [t.id, t]));
    const nameOf = (id: string) => head.labels[id] ?? featured.get(id)?.name ?? id;
    const ringBadge = (ring: string) => h('span', { class: `badge ring-${ring}` }, data.names.rings[ring] ?? cap(ring));
    const radarList = head.radar.map((id) => featured.get(id)!);

    if (notices.length) {
      this.append(h('div', { class: 'callout', role: 'status', 'data-notices': true }, h('p', {}, h('strong', {}, 'Some of the address was ignored:')), h('ul', {}, ...notices.map((n) => h('li', {}, n)))));
    }
    if (rec.contradictions.length) {
      this.append(h('div', { class: 'callout', 'data-contradictions': true }, h('p', {}, h('strong', {}, 'Some answers pull against each other:')), h('ul', {}, ...rec.contradictions.map((c) => h('li', {}, c)))));
    }

    // The answers, in one line, with a way to change them.
    const oneLine = summary.map((a) => a.answers.join(', ')).join(' · ');
    this.append(
      h('p', { class: 'answers-line', 'data-answers-line': true },
        h('strong', {}, 'For: '),
        summary.length || rec.incumbents.length
          ? [oneLine.length > 220 ? `${oneLine.slice(0, 219)}…` : oneLine, rec.incumbents.length ? `already running ${rec.incumbents.map(nameOf).join(', ')}` : ''].filter(Boolean).join(' · ')
          : 'no answers yet, so this is the editors’ default view',
        ' ',
        h('a', { href: `${base}fit/${query ? `?${query}` : ''}`, class: 'no-print' }, 'Change'),
      ),
    );

    // The decision first: a shortlist of 3–5 tools, one line of reason each.
    const rankedOf = (id: string) => featured.get(id);
    this.append(
      h('section', { 'aria-labelledby': 'shortlist-h', class: 'shortlist' },
        h('h2', { id: 'shortlist-h' }, rec.shortlist.length ? 'Start with these' : 'No shortlist yet'),
        rec.shortlist.length
          ? h('ol', { 'data-shortlist': true }, ...rec.shortlist.map((item) => {
              const t = rankedOf(item.id)!;
              return h('li', { 'data-shortlist-id': item.id }, h('a', { href: toolHref(item.id) }, t.name), ' ', ringBadge(t.ring), h('span', { class: 'score' }, ` fit ${t.fit}/100`), t.confidence === 'low' ? h('span', { class: 'muted' }, ' (several facts unconfirmed)') : null, h('p', {}, item.reason));
            }))
          : h('p', {}, 'Tell us what hurts (pain points or stages) and what kind of work you do, and we will narrow the menu to a few tools.'),
      ),
    );

    // Stack: one tool per needed capability, with real gaps.
    const capabilityName = (id: string) => data.names.capabilities[id] ?? id.replace(/-/g, ' ');
    const stackRows = rec.picks.map((pick) => {
      const tool = pick.tool ? featured.get(pick.tool) : undefined;
      return h('tr', { 'data-pick': pick.capability },
        h('th', { scope: 'row' }, cap(capabilityName(pick.capability))),
        h('td', {}, tool ? h('a', { href: toolHref(tool.id) }, tool.name) : h('span', { class: 'warning' }, 'Gap'), pick.incumbent ? h('span', { class: 'muted' }, ' (you run it)') : null),
        h('td', {}, tool ? ringBadge(tool.ring) : '—'),
        h('td', {}, pick.because),
      );
    });
    this.append(
      h('section', { 'aria-labelledby': 'stack-h' },
        h('h2', { id: 'stack-h' }, 'Your stack, need by need'),
        rec.foundation ? h('p', {}, 'Foundation: ', h('a', { href: toolHref(rec.foundation) }, nameOf(rec.foundation)), ', the cloud you already run on.') : null,
        stackRows.length
          ? h('div', { class: 'table-scroll' }, h('table', { class: 'stack' }, h('caption', { class: 'visually-hidden' }, 'One tool per capability you need'), h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'You need'), h('th', { scope: 'col' }, 'Tool'), h('th', { scope: 'col' }, 'Ring'), h('th', { scope: 'col' }, 'Because'))), h('tbody', {}, ...stackRows)))
          : h('p', {}, 'You named no need yet, so there is no stack to suggest.'),
        rec.gaps.length ? h('div', {}, h('h3', {}, 'Gaps'), h('ul', {}, ...rec.gaps.map((g) => h('li', { 'data-gap': g.stage }, g.reason)))) : stackRows.length ? h('p', {}, 'No gaps: every need has a tool.') : null,
        rec.overlaps.length ? h('div', {}, h('h3', {}, 'Overlaps in what you run'), h('ul', {}, ...rec.overlaps.map((o) => h('li', {}, o.reason)))) : null,
      ),
    );

    // Build vs buy
    this.append(h('section', { 'aria-labelledby': 'bvb-h' }, h('h2', { id: 'bvb-h' }, rec.buildVsBuy.verdict === 'buy' ? 'Build or buy: buy' : 'Build or buy: build where it is your edge'), h('ul', { 'data-build-vs-buy': rec.buildVsBuy.verdict }, ...rec.buildVsBuy.advice.map((a) => h('li', {}, a)))));

    // Radar
    this.append(this.renderRadar(data, radarList, toolHref));

    // "Why not X?"
    this.append(this.renderWhyNot(backend));

    // The full ranking and every reason, one click away.
    // The top of the ranking now; the rest (folded, hundreds of tools in a large catalogue) in small batches after the
    // first paint, so the page never blocks for long. The list is marked data-complete once every tool is in.
    const ranking = foldedList(h('ol', { class: 'ranking', 'data-ranking': true }), head.toolCount, head.top, (start, count) => backend.ranking(start, count), (t) => this.renderTool(t, head, toolHref, ringBadge), { all: `Show all ${head.toolCount} tools`, top: `Show the top ${VISIBLE_RANKS} only` });
    const list = ranking.list;
    const more = ranking.more;
    this.append(
      h('details', { class: 'full-ranking no-print', 'data-full-ranking': true },
        h('summary', {}, h('span', { id: 'ranking-h', class: 'summary-heading' }, `Every tool, ranked for you, with every reason (${head.toolCount})`)),
        h('p', { class: 'muted' }, 'Fit is on a fixed 0–100 scale from the points listed under “Why”. Tools that serve none of your needs rank below every tool that does; ties go to the editors’ ring, then to the longer track record.'),
        list,
        more,
        h('h3', { id: 'stages-h' }, 'Best picks per lifecycle stage'),
        h('div', { class: 'card-grid' }, ...rec.byStage.map((stage) => h('div', { class: 'card' }, h('h4', {}, data.names.stages[stage.stage] ?? stage.stage), stage.tools.length ? h('ol', {}, ...stage.tools.map((id) => {
          const t = featured.get(id)!;
          return h('li', { 'data-stage-pick': id }, h('a', { href: toolHref(id) }, t.name), ` fit ${t.fit} `, ringBadge(t.ring), h('details', {}, h('summary', {}, 'Why', h('span', { class: 'visually-hidden' }, ` ${t.name} for ${data.names.stages[stage.stage] ?? stage.stage}`)), this.renderReasons(t)));
        })) : h('p', { class: 'muted' }, 'Nothing fits your answers here.')))),
      ),
    );

    // Team position
    this.append(this.renderTeam(data, rec));

    // Excluded
    if (head.excludedCount) {
      // A strict constraint can rule out thousands of tools in a large catalogue: the first ones now, the rest folded.
      const excluded = foldedList(h('ul', { 'data-excluded': true }), head.excludedCount, head.firstExcluded, (start, count) => backend.excluded(start, count), (e) => h('li', { 'data-tool-excluded': e.id }, h('a', { href: toolHref(e.id) }, e.name), `: ${e.reason}`), { all: `Show all ${head.excludedCount} ruled out`, top: `Show the first ${VISIBLE_RANKS} only` });
      this.append(h('section', { 'aria-labelledby': 'excluded-h' }, h('h2', { id: 'excluded-h' }, `Ruled out (${head.excludedCount})`), excluded.list, excluded.more));
    }

    // Exports, made where the ranking is kept; the descriptions they print are fetched on the first export.
    const buttons = (Object.keys(EXPORT_LABELS) as ExportKind[]).map((kind) => {
      const button = h('button', { type: 'button', 'data-export': kind }, EXPORT_LABELS[kind]);
      const download = async () => {
        const file = await backend.exportFile(kind, { resultsUrl: location.href, date: new Date().toISOString().slice(0, 10) });
        const blob = new Blob([typeof file.content === 'string' ? file.content : new Uint8Array(file.content)], { type: file.type });
        const url = URL.createObjectURL(blob);
        const link = h('a', { href: url, download: file.name });
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      };
      button.addEventListener('click', () => void download());
      return h('li', {}, button);
    });
    const print = h('button', { type: 'button' }, 'Print this page');
    print.addEventListener('click', () => window.print());
    this.append(h('section', { 'aria-labelledby': 'export-h', class: 'no-print' }, h('h2', { id: 'export-h' }, 'Take it with you'), h('ul', { class: 'exports' }, ...buttons, h('li', {}, print))));
  }

  /** "Why not X?": pick any tool and read why it ranks where it does, or why it was ruled out. */
  renderWhyNot(backend: ResultsBackend) {
    const input = h('input', { id: 'why-not-input', list: 'why-not-tools', autocomplete: 'off', 'aria-describedby': 'why-not-help' });
    // The names to pick from are put in when the field is first used: a large catalogue makes thousands of options.
    const options = h('datalist', { id: 'why-not-tools' });
    let filling: Promise<void> | undefined;
    const fill = () => {
      filling ??= backend.toolNames().then((names) => options.append(...names.map((name) => h('option', { value: name }))));
    };
    input.addEventListener('focus', fill, { once: true });
    input.addEventListener('input', fill, { once: true });
    const output = h('pre', { class: 'why-not-output', 'aria-live': 'polite', 'data-why-not': true });
    const form = h('form', { class: 'why-not' }, h('label', { for: 'why-not-input' }, 'Tool'), ' ', input, options, ' ', h('button', { type: 'submit' }, 'Explain'), h('p', { id: 'why-not-help', class: 'muted' }, 'Type a few letters, pick a tool, and see why it ranks where it does for you.'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void backend.whyNot(input.value).then(
        (text) => (output.textContent = text),
        () => (output.textContent = 'The explanation could not be worked out. Reload the page to try again.'),
      );
    });
    return h('section', { 'aria-labelledby': 'why-not-h', class: 'no-print' }, h('h2', { id: 'why-not-h' }, 'Why not …?'), form, output);
  }

  /** The "why" list of a score: each contribution with its points. */
  renderReasons(t: RankedTool) {
    return t.reasons.length ? h('ul', {}, ...t.reasons.map((r) => h('li', {}, `${cap(r.text)}: `, h('strong', {}, `${r.points > 0 ? '+' : '−'}${Math.abs(r.points)}`)))) : h('p', {}, 'Nothing in your answers speaks for or against it.');
  }

  renderTool(t: RankedTool, data: ResultsHead, toolHref: (id: string) => string, ringBadge: (ring: string) => HTMLElement) {
    const reasons = this.renderReasons(t);
    return h('li', { 'data-tool-id': t.id, 'data-ring': t.ring, 'data-score': t.score },
      h('div', { class: 'rank-head' }, h('a', { href: toolHref(t.id) }, t.name), ' ', ringBadge(t.ring), h('span', { class: 'score' }, ` fit ${t.fit}/100`), h('span', { class: 'muted' }, ` · ${t.incumbent ? 'you run it · ' : ''}${data.names.categories[t.category] ?? t.category}${t.confidence === 'high' ? '' : ` · confidence ${t.confidence}`}`)),
      h('details', {}, h('summary', {}, 'Why', h('span', { class: 'visually-hidden' }, ` ${t.name} has fit ${t.fit} and sits in ${cap(t.ring)}`)), reasons, h('p', {}, h('strong', {}, 'Ring: '), t.ringReasons.join(' '))),
    );
  }

  /**
   * The personal radar: the same layout and drawing as the editors' radar (src/lib/radar/drawRadar), with each
   * quadrant as wide as its share of the team's tools, ring names on a strip no blip covers, and each blip named
   * beside it on hover and focus.
   */
  renderRadar(data: ResultsHead, tools: RankedTool[], toolHref: (id: string) => string) {
    const layout = layoutRadar(
      tools.map((t) => ({ id: t.id, ring: t.ring, quadrant: t.quadrant })),
      RADAR_SIZE,
      16,
      { clearRays: [RING_LABEL_RAY], clearance: RING_LABEL_CLEARANCE, minRingWidth: 60, shareByCount: 0.12 },
    );
    const number = new Map(tools.map((t, i) => [t.id, i + 1]));
    const shape = drawRadar(layout, layout.blips.map((b) => ({ id: b.id, quadrant: b.quadrant, number: number.get(b.id)!, x: b.x, y: b.y })));
    const byId = new Map(tools.map((t) => [t.id, t]));
    const nameOf = (id: string) => `${number.get(id)}. ${byId.get(id)?.name ?? id}, ${data.names.rings[byId.get(id)?.ring ?? ''] ?? cap(byId.get(id)?.ring ?? '')}`;
    const svg = s('svg', { viewBox: shape.viewBox, class: 'radar-svg', role: 'group', 'aria-labelledby': 'radar-title' }, s('title', { id: 'radar-title' }, `Personal radar of ${tools.length} tools; the table below lists the same blips.`));
    svg.append(
      s('g', { class: 'radar-grid', 'aria-hidden': 'true' },
        ...shape.sectors.map((sec) => s('path', { class: `sector quadrant-${sec.quadrant} ring-band-${sec.ring}`, d: sec.d })),
        ...shape.axes.map((a) => s('line', { class: 'axis', x1: a.x1, y1: a.y1, x2: a.x2, y2: a.y2 })),
        ...shape.ringRadii.map((r) => s('circle', { class: 'ring-line', cx: shape.centre, cy: shape.centre, r })),
      ),
      s('g', { class: 'radar-ring-labels', 'aria-hidden': 'true' }, ...shape.ringLabels.map((l) => s('text', { class: `ring-label ring-${l.ring}`, x: l.x, y: l.y, 'text-anchor': 'middle' }, data.names.rings[l.ring] ?? cap(l.ring)))),
      s('g', { class: 'radar-quadrant-names', 'aria-hidden': 'true' }, ...shape.quadrantLabels.map((l) => s('text', { class: 'quadrant-label', x: l.x, y: l.y, 'text-anchor': l.anchor }, `${data.names.quadrants[l.quadrant] ?? l.quadrant} (${l.count})`))),
      s('g', { class: 'radar-blips' }, ...shape.blips.map((b) => s('a', { href: toolHref(b.id), class: `radar-blip ring-${byId.get(b.id)?.ring ?? ''}`, 'data-blip': b.id, 'aria-label': nameOf(b.id) }, s('title', {}, nameOf(b.id)), s('circle', { class: 'blip', cx: b.x, cy: b.y, r: b.r })))),
      s('g', { class: 'radar-blip-numbers', 'aria-hidden': 'true' }, ...shape.blips.map((b) => s('text', { class: 'blip-number', x: b.x, y: b.numberY, 'text-anchor': 'middle', 'font-size': b.fontSize }, b.number))),
    );
    // One name label, drawn last so nothing covers it, beside the hovered or focused blip and kept inside the drawing.
    const tip = s('text', { class: 'radar-tip', 'aria-hidden': 'true', visibility: 'hidden' });
    svg.append(tip);
    const show = (target: EventTarget | null) => {
      const blip = target instanceof Element ? target.closest<SVGAElement>('a[data-blip]') : null;
      const placed = blip ? shape.blips.find((b) => b.id === blip.dataset.blip) : undefined;
      if (!placed) return tip.setAttribute('visibility', 'hidden');
      const right = placed.x < shape.centre;
      tip.textContent = nameOf(placed.id);
      tip.setAttribute('x', String(placed.x + (right ? placed.r + 6 : -placed.r - 6)));
      tip.setAttribute('y', String(placed.y + 5));
      tip.setAttribute('text-anchor', right ? 'start' : 'end');
      tip.setAttribute('visibility', 'visible');
    };
    svg.addEventListener('pointerover', (event) => show(event.target));
    svg.addEventListener('pointerleave', () => show(svg.contains(document.activeElement) ? document.activeElement : null));
    svg.addEventListener('focusin', (event) => show(event.target));
    svg.addEventListener('focusout', () => show(null));
    const rows = tools.map((t, i) => h('tr', {}, h('td', {}, i + 1), h('td', {}, h('a', { href: toolHref(t.id) }, t.name)), h('td', {}, data.names.quadrants[t.quadrant] ?? t.quadrant), h('td', {}, cap(t.ring)), h('td', {}, t.ringReasons.join(' '))));
    return h('section', { 'aria-labelledby': 'radar-h' },
      h('h2', { id: 'radar-h' }, 'Your personal radar'),
      h('p', {}, 'Adopt at the centre, then Trial, Assess and Hold. Each tool’s ring is worked out for your team; the table says why. Each quadrant is as wide as its share of your tools.'),
      h('figure', { class: 'radar-figure personal-radar' }, svg),
      h('div', { class: 'table-scroll' }, h('table', { class: 'radar-table' }, h('caption', {}, 'The radar as a table'), h('thead', {}, h('tr', {}, ...['#', 'Tool', 'Quadrant', 'Ring', 'Why this ring'].map((label) => h('th', { scope: 'col' }, label)))), h('tbody', {}, ...rows))),
    );
  }

  renderTeam(data: ResultsHead, rec: ResultsHead['rec']) {
    const section = h('section', { 'aria-labelledby': 'team-h' }, h('h2', { id: 'team-h' }, 'Your team on the landscape'));
    const position = rec.team.position;
    if (!position) {
      section.append(h('p', {}, 'Tell us who is on your team (first question) to see where it sits on the landscape.'));
      return section;
    }
    const size = 320;
    const pad = 28;
    const x = (a: number) => pad + a * (size - 2 * pad);
    const y = (sc: number) => size - pad - sc * (size - 2 * pad);
    const personaNames: Record<string, string> = { 'ml-researcher': 'Researchers', 'software-engineer': 'Software engineers', 'ml-engineer': 'ML engineers' };
    const svg = s('svg', { viewBox: `0 0 ${size} ${size}`, class: 'team-plane', role: 'img', 'aria-labelledby': 'team-title' }, s('title', { id: 'team-title' }, `Your team sits at artifact ${position.artifact}, scope ${position.scope}.`));
    svg.append(s('rect', { x: pad, y: pad, width: size - 2 * pad, height: size - 2 * pad, class: 'plane' }), s('line', { x1: x(0.5), y1: pad, x2: x(0.5), y2: size - pad, class: 'axis' }), s('line', { x1: pad, y1: y(0.5), x2: size - pad, y2: y(0.5), class: 'axis' }));
    svg.append(s('text', { x: pad, y: size - 8, class: 'axis-label' }, '← software'), s('text', { x: size - pad, y: size - 8, 'text-anchor': 'end', class: 'axis-label' }, 'model →'), s('text', { x: 4, y: pad - 8, class: 'axis-label' }, '↑ all-in-one'));
    for (const p of rec.team.personas) {
      svg.append(s('circle', { cx: x(p.position.artifact), cy: y(p.position.scope), r: 6, class: 'persona-dot' }), s('text', { x: x(p.position.artifact), y: y(p.position.scope) - 10, 'text-anchor': 'middle', class: 'dot-label' }, personaNames[p.persona] ?? p.persona));
    }
    svg.append(s('circle', { cx: x(position.artifact), cy: y(position.scope), r: 9, class: 'team-dot' }), s('text', { x: x(position.artifact), y: y(position.scope) + 22, 'text-anchor': 'middle', class: 'dot-label' }, 'Your team'));
    const quadrant = quadrantOf(position);
    const text = [`Your team sits in ${data.names.quadrants[quadrant] ?? quadrant} (artifact ${position.artifact}, scope ${position.scope}).`];
    const artifacts = rec.team.personas.map((p) => p.position.artifact);
    if (artifacts.length > 1 && Math.max(...artifacts) - Math.min(...artifacts) >= 0.5) text.push('Your researchers and engineers sit at opposite ends of the artifact axis: integrating their tools is the hard part, so favour tools that bridge the two loops.');
    else if (artifacts.length === 1) text.push('Everyone works from the same region of the landscape; check that the other side of the lifecycle (research or production) is not frustrated for your benefit.');
    section.append(h('figure', { class: 'team-figure' }, svg), h('p', {}, text.join(' ')));
    return section;
  }
}

/**
 * A long list drawn without blocking the page: the first VISIBLE_RANKS items now, the rest in batches of
 * RANKING_BATCH after the first paint, hidden until the button unfolds them. The list is marked data-complete once
 * every item is in.
 */
function foldedList<T>(list: HTMLElement, total: number, first: readonly T[], fetchItems: (start: number, count: number) => Promise<T[]>, render: (item: T) => HTMLElement, labels: { all: string; top: string }) {
  const items = first.map(render);
  list.append(...items);
  let expanded = false;
  const more = total > VISIBLE_RANKS ? h('button', { type: 'button', 'aria-expanded': 'false' }, labels.all) : null;
  more?.addEventListener('click', () => {
    expanded = !expanded;
    items.forEach((item, i) => {
      if (i >= VISIBLE_RANKS) item.hidden = !expanded;
    });
    more.setAttribute('aria-expanded', String(expanded));
    more.textContent = expanded ? labels.top : labels.all;
  });
  void (async () => {
    for (let start = items.length; start < total; ) {
      const batch = (await fetchItems(start, RANKING_BATCH)).map(render);
      if (batch.length === 0) break;
      for (const item of batch) item.hidden = !expanded;
      items.push(...batch);
      list.append(...batch);
      start += batch.length;
    }
    list.setAttribute('data-complete', '');
  })().catch(() => list.setAttribute('data-complete', ''));
  return { list, more };
}

customElements.define('navigator-results', NavigatorResults);
