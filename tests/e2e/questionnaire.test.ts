/**
 * The questionnaire as a team uses it: keyboard only from the first question to
 * the results; a shared URL reproduces the same ranking (the same as the
 * command line's); hostile addresses are survived and reported; exports
 * download valid files; the page without JavaScript says what needs it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, foreignRequests, launch, openPage } from './setup/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const ranking = (page: Page) => page.locator('[data-ranking] > li').evaluateAll((items) => items.map((li) => `${li.getAttribute('data-tool-id')}:${li.getAttribute('data-ring')}`));
const QUERY = 'team=ml-researcher,software-engineer&stages=model-training,monitoring&cloud=aws&scope=piecemeal&pain-points=lost-experiments,blind-monitoring&commit=no&core-business=no';

async function openResults(query: string, options = {}) {
  const opened = await openPage(browser, options);
  await opened.page.goto(`${baseUrl()}fit/results/?${query}`);
  await opened.page.locator('[data-ranking][data-complete]').waitFor({ state: 'attached' });
  return opened;
}

describe('questionnaire', () => {
  it('can be completed with the keyboard alone, and lands on the results for those answers', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseUrl()}fit/`);
    // Tab into the first question: the first checkbox of "team".
    const first = page.locator('input[name="team"][value="ml-researcher"]');
    for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // next checkbox: software engineers
    await page.keyboard.press('Space');
    // Move to the cloud radio group and pick AWS with the keyboard.
    const aws = page.locator('input[name="cloud"][value="aws"]');
    for (let i = 0; i < 60 && !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'cloud')); i++) await page.keyboard.press('Tab');
    // Tab lands on the checked "No answer" (last); the arrow key wraps to the first option, AWS, and picks it.
    await page.keyboard.press('ArrowDown');
    expect(await aws.isChecked()).toBe(true);
    // Submit with Enter from a control inside the form.
    await page.keyboard.press('Enter');
    await page.waitForURL(/fit\/results\/\?/);
    expect(new URL(page.url()).search).toBe('?team=ml-researcher,software-engineer&cloud=aws');
    await page.locator('[data-ranking][data-complete]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-ranking] > li').count()).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a single-choice answer can be taken back with "No answer"', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}fit/?cloud=aws`);
    await page.locator('input[name="cloud"][value="aws"]').waitFor();
    expect(await page.locator('input[name="cloud"][value="aws"]').isChecked()).toBe(true);
    await page.locator('#q-cloud').getByLabel('No answer').check();
    await page.getByRole('button', { name: 'Show our recommendation' }).click();
    await page.waitForURL(/fit\/results\/$/);
    await page.close();
  });

  it('saves progress and restores it on the next visit', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}fit/`);
    await page.locator('input[name="cloud"][value="gcp"]').check();
    await page.goto(`${baseUrl()}fit/`);
    expect(await page.locator('input[name="cloud"][value="gcp"]').isChecked()).toBe(true);
    expect(await page.locator('[data-notice]').textContent()).toMatch(/saved answers were restored/);
    await context.close();
  });

  it('without JavaScript, the form submits to the results URL and the results page says what needs JavaScript', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}fit/`);
    await page.locator('input[name="cloud"][value="azure"]').check();
    await page.getByRole('button', { name: 'Show our recommendation' }).click();
    await page.waitForURL(/fit\/results\/\?.*\bcloud=azure/);
    expect(await page.locator('noscript').count()).toBe(1);
    const text = await page.evaluate(() => document.querySelector('noscript')?.textContent ?? '');
    expect(text).toMatch(/This page needs JavaScript/);
    await page.close();
  });
});

describe('results', () => {
  it('a shared URL reproduces the same ranking, in a fresh browser, and matches the command line', async () => {
    const a = await openResults(QUERY);
    const b = await openResults(QUERY);
    const first = await ranking(a.page);
    expect(first.length).toBeGreaterThan(100);
    expect(await ranking(b.page)).toEqual(first);
    const cli = spawnSync(process.execPath, ['scripts/recommend.ts', '--query', QUERY], { encoding: 'utf8' });
    const json = JSON.parse(cli.stdout) as { tools: { id: string; ring: string }[] };
    expect(json.tools.map((t) => `${t.id}:${t.ring}`)).toEqual(first);
    expect(foreignRequests(a.requests)).toEqual([]);
    await a.page.close();
    await b.page.close();
  });

  it('ranks in a worker, off the page\'s own thread, and ranks the same on the page when no worker can start', async () => {
    const inWorker = await openResults(QUERY);
    expect(inWorker.page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/\/results-worker-[\w-]+\.js$/)]);
    const expected = await ranking(inWorker.page);
    const shortlist = await inWorker.page.locator('[data-shortlist] > li').allTextContents();
    // The worker's script is blocked: the page falls back to ranking itself, with the same result.
    const { page, errors } = await openPage(browser);
    await page.route(/\/results-worker-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${baseUrl()}fit/results/?${QUERY}`);
    await page.locator('[data-ranking][data-complete]').waitFor({ state: 'attached' });
    expect(page.workers()).toEqual([]);
    expect(await ranking(page)).toEqual(expected);
    expect(await page.locator('[data-shortlist] > li').allTextContents()).toEqual(shortlist);
    await page.locator('#why-not-input').fill('MLflow');
    await page.getByRole('button', { name: 'Explain' }).click();
    await expect.poll(() => page.locator('[data-why-not]').textContent()).toMatch(/MLflow/);
    expect(errors.filter((e) => !/results-worker|Failed to load resource/.test(e))).toEqual([]);
    await inWorker.page.close();
    await page.close();
  });

  it('puts the decision first: a shortlist with reasons, then the stack with gaps, with the answers in one line', async () => {
    const { page } = await openResults(QUERY);
    const shortlist = page.locator('[data-shortlist] > li');
    const count = await shortlist.count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(5);
    for (const text of await shortlist.allTextContents()) expect(text).toMatch(/fit \d+\/100[\s\S]*Covers|fit \d+\/100[\s\S]*\./);
    // The shortlist is on the first screen; the long ranking is folded away.
    const box = await page.locator('#shortlist-h').boundingBox();
    expect(box!.y).toBeLessThan(800);
    expect(await page.locator('[data-full-ranking]').getAttribute('open')).toBeNull();
    expect(await page.locator('[data-answers-line]').textContent()).toMatch(/Change/);
    expect(await page.locator('table.stack tbody tr').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('answers "why not …?" for any tool', async () => {
    const { page } = await openResults('workload=tabular&kubernetes=none&pain-points=hard-serving');
    await page.locator('#why-not-input').fill('KServe');
    await page.getByRole('button', { name: 'Explain' }).click();
    await expect.poll(() => page.locator('[data-why-not]').textContent()).toMatch(/KServe is left out: needs Kubernetes, and you do not run it/);
    await page.close();
  });

  it('lists every tool ruled out, the first 20 at once and the rest behind one button, and offers every tool to "why not"', async () => {
    const { page } = await openResults('open-source=required');
    const cli = JSON.parse(spawnSync(process.execPath, ['scripts/recommend.ts', '--query', 'open-source=required'], { encoding: 'utf8' }).stdout) as { excluded: { id: string }[] };
    expect(cli.excluded.length).toBeGreaterThan(20);
    await page.locator('[data-excluded][data-complete]').waitFor({ state: 'attached' });
    const items = page.locator('[data-excluded] > li');
    expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-tool-excluded')))).toEqual(cli.excluded.map((e) => e.id));
    expect(await page.locator('[data-excluded] > li:visible').count()).toBe(20);
    const more = page.locator('section[aria-labelledby="excluded-h"] button');
    expect(await more.textContent()).toBe(`Show all ${cli.excluded.length} ruled out`);
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-excluded] > li:visible').count()).toBe(cli.excluded.length);
    // The names to pick from are filled in when the field is first used, one per tool.
    expect(await page.locator('#why-not-tools option').count()).toBe(0);
    await page.locator('#why-not-input').focus();
    const all = cli.excluded.length + (await ranking(page)).length;
    await expect.poll(() => page.locator('#why-not-tools option').count()).toBe(all);
    await page.close();
  });

  it('keeps the tools a team runs, picked by name in the questionnaire', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}fit/`);
    // The page does not list the catalogue: the names arrive on first use of the box.
    expect(await page.locator('#using-tools option').count()).toBe(0);
    expect(await page.locator('navigator-questionnaire').getAttribute('data-questions')).not.toContain('mlflow');
    const names = page.waitForResponse((response) => response.url().endsWith('/api/tool-names.json'));
    const search = page.locator('[data-picker-search]');
    await search.focus();
    await names;
    await expect.poll(() => page.locator('#using-tools option').count()).toBeGreaterThan(100);
    await search.fill('MLflow');
    await search.press('Enter');
    await expect.poll(() => page.locator('[data-picked] li').count()).toBe(1);
    await page.getByRole('button', { name: 'Show our recommendation' }).click();
    await page.waitForURL(/using=mlflow/);
    await page.locator('[data-ranking][data-complete]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-answers-line]').textContent()).toMatch(/already running MLflow/);
    await page.close();
  });

  it('shows the tools of an address as chips, and falls back to the plain id field when the names cannot load', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}fit/?using=mlflow,airflow,not-a-tool`);
    await expect.poll(() => page.locator('[data-picked] li').count()).toBe(2);
    expect(await page.locator('[data-picked]').textContent()).toMatch(/MLflow.*Airflow|Airflow.*MLflow/s);
    await page.close();
    const blocked = (await openPage(browser)).page;
    await blocked.route('**/api/tool-names.json', (route) => route.abort());
    await blocked.goto(`${baseUrl()}fit/`);
    await blocked.locator('[data-picker-search]').focus();
    const plain = blocked.locator('input[name="using"]');
    await expect.poll(() => plain.getAttribute('type')).toBe('text');
    await plain.fill('mlflow');
    await blocked.getByRole('button', { name: 'Show our recommendation' }).click();
    await blocked.waitForURL(/using=mlflow/);
    await blocked.close();
  });

  it('explains each score with its reasons, and shows stack, radar and build-vs-buy', async () => {
    const { page } = await openResults(QUERY);
    await page.locator('[data-full-ranking] > summary').click();
    const top = page.locator('[data-ranking] > li').first();
    await top.getByText('Why').click();
    const why = await top.locator('details').textContent();
    expect(why).toMatch(/Losing track of experiments|No visibility into models/);
    expect(await page.locator('[data-build-vs-buy="buy"]').count()).toBe(1);
    expect(await page.locator('navigator-results > [data-status]').textContent()).toMatch(/^Ranked \d+ tools for your team/);
    // Per-stage picks carry their own score breakdown.
    const pick = page.locator('[data-stage-pick]').first();
    await pick.getByText('Why').click();
    expect(await pick.locator('details li').count()).toBeGreaterThan(0);
    const blips = await page.locator('[data-blip]').count();
    expect(blips).toBe(await page.locator('table.radar-table tbody tr').count());
    expect(blips).toBeGreaterThan(5);
    await page.close();
  });

  it('the personal radar: blips never overlap or cover a ring or quadrant name, spread over the quadrants by their share, and are named on focus and hover', async () => {
    const { page } = await openResults(QUERY);
    const boxes = await page.evaluate(() => {
      const rect = (e: Element) => e.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number };
      return {
        blips: [...document.querySelectorAll('[data-blip] circle')].map(rect),
        labels: [...document.querySelectorAll('.personal-radar .ring-label, .personal-radar .quadrant-label')].map((e) => ({ text: e.textContent, ...rect(e) })),
        figure: rect(document.querySelector('.personal-radar')!),
      };
    });
    const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x + a.width - 0.5 > b.x && b.x + b.width - 0.5 > a.x && a.y + a.height - 0.5 > b.y && b.y + b.height - 0.5 > a.y;
    for (let i = 0; i < boxes.blips.length; i++) {
      for (let j = i + 1; j < boxes.blips.length; j++) {
        const a = boxes.blips[i]!;
        const b = boxes.blips[j]!;
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.width * 0.99);
      }
      for (const label of boxes.labels) expect(overlap(boxes.blips[i]!, label), `a blip covers "${label.text}"`).toBe(false);
    }
    // Ring names are whole words ("Adopt", not "Adop"), and the drawing uses the page's width, not 480 px.
    expect(boxes.labels.map((l) => l.text)).toEqual(expect.arrayContaining(['Adopt', 'Trial', 'Assess', 'Hold']));
    expect(boxes.figure.width).toBeGreaterThan(600);
    // A quadrant's angle follows its share of the blips: the quadrant holding most of them is the widest wedge.
    const counts = (await page.locator('.personal-radar .quadrant-label').allTextContents()).map((t) => Number(/\((\d+)\)$/.exec(t)![1]));
    const wedges = await page.locator('.personal-radar .sector.ring-band-3').evaluateAll((paths) => paths.map((p) => (p as SVGGraphicsElement).getBBox().width * (p as SVGGraphicsElement).getBBox().height));
    expect(wedges.indexOf(Math.max(...wedges))).toBe(counts.indexOf(Math.max(...counts)));
    // Focus names the blip beside it, as hover does.
    const blip = page.locator('a[data-blip]').nth(2);
    await blip.focus();
    const tip = page.locator('.radar-tip');
    expect(await tip.getAttribute('visibility')).toBe('visible');
    expect(await tip.textContent()).toBe(await blip.getAttribute('aria-label'));
    await page.locator('a[data-blip]').nth(5).hover();
    expect(await tip.textContent()).toBe(await page.locator('a[data-blip]').nth(5).getAttribute('aria-label'));
    await page.close();
  });

  it.each([
    ['unknown keys and values', 'team=wizard&colour=blue&cloud=aws', /Ignored “wizard”/],
    ['markup in the address', 'team=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&%3Cscript%3Ealert(1)%3C%2Fscript%3E=1', /Ignored “<img src=x onerror=alert\(1\)>”/],
    ['broken encoding', 'cloud=%E0%A4%A&stages=%%%', /Ignored/],
    ['a huge address', `cloud=aws&${'x=1&'.repeat(3000)}`, /too long/],
  ])('survives %s with a visible notice and no script running', async (_name, query, notice) => {
    const { page, errors } = await openPage(browser);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`${baseUrl()}fit/results/?${query}`);
    await page.locator('[data-ranking][data-complete]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-notices]').textContent()).toMatch(notice);
    expect(await page.locator('[data-notices] img, [data-notices] script').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ignores tampered saved progress with a notice', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}fit/`);
    await page.evaluate(() => localStorage.setItem('mlops-navigator:questionnaire:v1', '{"version":1,"query":"team=<svg onload=alert(1)>"}'));
    await page.reload();
    expect(await page.locator('[data-notice]').textContent()).toMatch(/Ignored/);
    expect(await page.locator('input:checked:not([value=""])').count()).toBe(0);
    await context.close();
  });

  it.each([
    ['json', /\.json$/, (text: string) => expect((JSON.parse(text) as { tools: unknown[] }).tools.length).toBeGreaterThan(100)],
    ['csv', /\.csv$/, (text: string) => expect(text.split('\r\n')[0]).toBe('rank,id,name,score,ring,quadrant,reasons')],
    ['decision-record', /\.md$/, (text: string) => expect(text).toMatch(/^# Decision record: MLOps tooling/)],
    ['byor-csv', /\.csv$/, (text: string) => expect(text.split('\r\n')[0]).toBe('name,ring,quadrant,isNew,description')],
    ['byor-json', /\.json$/, (text: string) => {
      const blips = JSON.parse(text) as Record<string, string>[];
      expect(Object.keys(blips[0]!)).toEqual(['name', 'ring', 'quadrant', 'isNew', 'description']);
      // The descriptions come from the texts file, fetched only when an export is chosen: each blip starts with its tool's.
      expect(blips.filter((blip) => !blip.description!.startsWith('Why for us')).length).toBe(blips.length);
    }],
    ['aoe', /\.tar$/, (text: string) => expect(text).toMatch(/ustar/)],
  ])('exports %s as a valid file', async (kind, name, check) => {
    const { page } = await openResults(QUERY, { acceptDownloads: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
    expect(download.suggestedFilename()).toMatch(name);
    const path = await download.path();
    check(readFileSync(path, 'latin1'));
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations on the questionnaire and results in %s mode', async (colorScheme) => {
    for (const path of ['fit/', `fit/results/?${QUERY}`]) {
      const { page } = await openPage(browser, { colorScheme });
      await page.goto(`${baseUrl()}${path}`);
      if (path.includes('results')) await page.locator('[data-ranking][data-complete]').waitFor({ state: 'attached' });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${path}: ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.close();
    }
  });
});
