import type { AddressInfo } from 'node:net';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { buildApp } from '../../src/app';
import type { Database } from '../../src/db/connection';
import { watchedLog } from '../helpers/app';
import { freshDatabase } from '../helpers/db';

export interface E2E {
  baseUrl: string;
  /** The app's database, for a test that prepares data the browser then works on. */
  database: Database;
  browser: Browser;
  /** A page in a new browser context (its own cookies), with JavaScript on or off. */
  newPage(opts: { javaScript: boolean; viewport?: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The whole app on a fresh database seeded with the Ilūkste demo data, served on a real port, and Chromium. */
export async function startE2E(): Promise<E2E> {
  const database = await freshDatabase({ demo: true });
  const log = watchedLog();
  const app = await buildApp(
    { database, config: { PIETURA_PUBLIC_URL: 'http://127.0.0.1' } },
    { logger: log.logger },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];
  return {
    baseUrl,
    database,
    browser,
    async newPage({ javaScript, viewport = { width: 1280, height: 900 } }) {
      const context = await browser.newContext({ baseURL: baseUrl, javaScriptEnabled: javaScript, viewport });
      context.setDefaultTimeout(15_000);
      contexts.push(context);
      return context.newPage();
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close();
      await app.close();
      await database.close();
      log.assertClean();
    },
  };
}

export interface PageProblems {
  /** Uncaught script errors and failed asset loads seen so far. */
  list(): string[];
}

/** Records what a visitor would notice as broken: script errors, and documents or assets that fail to load. */
export function watchProblems(page: Page): PageProblems {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    const isDocument = response.request().resourceType() === 'document';
    if ((isDocument || path.startsWith('/assets/')) && response.status() >= 400) {
      problems.push(`${response.status()} ${path}`);
    }
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText;
    // ERR_ABORTED: the browser dropped the request because the page navigated on (e.g. the favicon of
    // a page left at once); nothing a visitor sees. Error statuses are caught above either way.
    if (reason !== 'net::ERR_ABORTED') problems.push(`failed ${request.url()}: ${reason}`);
  });
  return { list: () => [...problems] };
}

/** The href of the first link inside <main> whose address starts with prefix followed by an item. */
export async function firstItemLink(page: Page, prefix: string): Promise<string> {
  const link = page.locator(`main a[href^="${prefix}/"]`).first();
  const target = await link.getAttribute('href');
  if (!target) throw new Error(`no link to ${prefix}/… on ${page.url()}`);
  return target;
}
