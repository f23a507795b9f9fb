// Debian's Chromium, headless, driven by playwright-core (no browser download: the
// executable is the system's). A fresh profile per run, HOME in the throwaway folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { profileEnv, type Profile } from './codeServer';
import { CHROMIUM } from './util';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Big enough that the side bar, the editor and the panel (Debug Console) all show. */
export const VIEWPORT = { width: 1440, height: 960 };

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Launches Chromium; browser console errors go to `consoleLog` (a help when a check fails). */
export async function launchBrowser(profile: Profile, consoleLog: string): Promise<Browser> {
  const userDataDir = path.join(profile.root, 'chromium-profile');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    env: profileEnv(profile),
    viewport: VIEWPORT,
    timeout: 60_000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const out = fs.createWriteStream(consoleLog);
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') out.write(`[${m.type()}] ${m.text()}\n`);
  });
  page.on('pageerror', (e) => out.write(`[pageerror] ${e.message}\n`));
  return {
    context,
    page,
    close: async () => {
      await context.close().catch(() => undefined);
      out.end();
    },
  };
}
