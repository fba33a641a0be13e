import type { BrowserContext, Page } from 'playwright-core';
import { startAppServer, type AppServer } from './app-server';
import { launchBrowser } from './browser';

export interface BrowserSuite {
  readonly server: AppServer;
  readonly context: BrowserContext;
  readonly page: Page;
}

/**
 * Registers a describe block's set-up and tear-down: the built server over a new embedded database (the demo's
 * set-up, or with `seed: 'demo'` the whole demo), then a fresh Chromium profile with one page. A spec's own
 * `beforeAll`, registered after this call, runs after it. Tests read `suite.server` and `suite.page`.
 */
export function browserSuite(options: { seed?: 'demo' | 'demo-setup'; pageTimeout?: number } = {}): BrowserSuite {
  const state: { server?: AppServer; context?: BrowserContext; page?: Page; close?: () => Promise<void> } = {};
  beforeAll(async () => {
    state.server = await startAppServer({ seed: options.seed });
    const browser = await launchBrowser();
    state.close = browser.close;
    state.context = browser.context;
    state.page = await browser.context.newPage();
    state.page.setDefaultTimeout(options.pageTimeout ?? 10_000);
  }, 120_000);
  afterAll(async () => {
    await state.close?.();
    await state.server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('the suite has not started: read suite.server and suite.page inside tests and hooks');
    return value;
  };
  return {
    get server() {
      return started(state.server);
    },
    get context() {
      return started(state.context);
    },
    get page() {
      return started(state.page);
    },
  };
}
