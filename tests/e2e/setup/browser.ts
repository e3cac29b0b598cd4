/**
 * Launch Debian's Chromium through playwright-core (never a downloaded browser),
 * with the flags this machine needs, and record every request so tests can
 * assert that pages load nothing from another origin.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A new page that remembers every URL it requested and every console error. */
export async function openPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  // Each page gets its own context (axe needs one, and storage stays isolated); closing the page closes it.
  const context = await browser.newContext(options);
  const page = await context.newPage();
  // The browser may already be closing (afterAll), in which case the context is gone anyway.
  page.on('close', () => void context.close().catch(() => undefined));
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, requests, errors };
}

/** Requests that left the test server's origin. */
export function foreignRequests(requests: string[]): string[] {
  const origin = new URL(baseUrl()).origin;
  return requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:') && url !== 'about:blank');
}
