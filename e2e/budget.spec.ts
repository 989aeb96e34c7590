// Client JavaScript budget (docs/decisions/0016-client-javascript-budget.md): what Chromium actually
// downloads for a reader page — the encoded (gzip over the wire, as `next start` sends it) body bytes of every
// script resource the page loads, counted until the network is idle. Inline scripts (the theme script, React's
// flight data) travel inside the HTML document and are not script resources.
import { expect, test, type Page } from '@playwright/test';
import { demoStories, slugOf, storyInAllLanguages } from './fixtures';
import be from '../messages/be.json' with { type: 'json' };
import en from '../messages/en.json' with { type: 'json' };
import ru from '../messages/ru.json' with { type: 'json' };

/** 1 KB = 1024 bytes throughout. */
const KB = 1024;

/**
 * The issue's budgets. The front page meets its budget. The article's 130 KB is below what Next 16's App
 * Router runtime alone costs (React + router + bootstrap, with no client component of ours: ~132.7 KB from
 * Turbopack, ~130.3 KB from webpack, measured in decision 0016), so it is recorded as a target the suite
 * expects to miss (test.fail below: the run goes red the day it is met, so the ceiling can be lowered) and
 * the article is held to ARTICLE_CEILING, which leaves no room for a client component on it.
 */
const FRONT_BUDGET = 150 * KB;
const ARTICLE_TARGET = 130 * KB;
const ARTICLE_CEILING = 134 * KB;

/** What a live blog's page may add to an article's script (decision 0033): its one client leaf, LiveUpdates. */
const LIVE_EXTRA = 5 * KB;

const LOCALES = ['be', 'ru', 'en'] as const;
const catalogues = { be, ru, en };

interface ScriptLoad {
  url: string;
  encodedBytes: number;
  encoding: string | undefined;
  text: string;
}

/** Loads the page in a fresh context (empty cache) and returns every script resource it downloaded. */
async function scriptsOf(page: Page, path: string): Promise<ScriptLoad[]> {
  const pending: Promise<ScriptLoad>[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return;
    pending.push(
      (async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        return {
          url: request.url(),
          encodedBytes: sizes.responseBodySize,
          encoding: (await response?.allHeaders())?.['content-encoding'],
          text: (await response?.text()) ?? '',
        };
      })(),
    );
  });
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
  return Promise.all(pending);
}

async function measure(page: Page, label: string, path: string): Promise<number> {
  const scripts = await scriptsOf(page, path);
  const total = scripts.reduce((sum, s) => sum + s.encodedBytes, 0);
  console.log(
    `[js-budget] ${label.padEnd(10)} ${path.padEnd(70)} ${(total / KB).toFixed(1).padStart(6)} KB in ${scripts.length} scripts`,
  );
  // The bytes are compressed bytes: the server really sends gzip to Chromium (Next skips bodies under 1 KB).
  for (const s of scripts) if (s.text.length >= 2 * KB) expect(s.encoding, s.url).toBe('gzip');
  // No newsroom code (Tiptap/ProseMirror, better-auth) and no message catalogue reach a reader.
  const catalogue = catalogues[path.split('/')[1] as keyof typeof catalogues];
  for (const s of scripts) {
    expect(s.text, s.url).not.toMatch(/ProseMirror|tiptap|better-auth/i);
    expect(s.text, s.url).not.toContain(catalogue.switcher.legend);
    expect(s.text, s.url).not.toContain(catalogue.site.tagline);
  }
  return total;
}

test.describe('client JavaScript budget (gzip bytes, 1 KB = 1024 B)', () => {
  for (const locale of LOCALES) {
    test(`${locale}: the front page downloads at most 150 KB of script`, async ({ page }) => {
      const total = await measure(page, `front ${locale}`, `/${locale}`);
      expect(total).toBeLessThanOrEqual(FRONT_BUDGET);
    });

    test(`${locale}: an article downloads at most ${ARTICLE_CEILING / KB} KB of script`, async ({ page }) => {
      const total = await measure(page, `article ${locale}`, `/${locale}/news/${slugOf(storyInAllLanguages, locale)}`);
      expect(total).toBeLessThanOrEqual(ARTICLE_CEILING);
    });
  }

  test(`be: a live blog's page adds at most ${LIVE_EXTRA / KB} KB to an article's script`, async ({ browser }) => {
    const live = demoStories.find((s) => s.versions.be?.live && !s.versions.be.live.ended)!;
    const fresh = async (path: string, label: string) => {
      const context = await browser.newContext();
      try {
        return await measure(await context.newPage(), label, path);
      } finally {
        await context.close();
      }
    };
    const articlePath = `/be/news/${slugOf(storyInAllLanguages, 'be')}`;
    const livePath = `/be/news/${slugOf(live, 'be')}`;
    const article = await fresh(articlePath, 'article be');
    const livePage = await fresh(livePath, 'live be');
    expect(livePage - article).toBeLessThanOrEqual(LIVE_EXTRA);
    expect(livePage).toBeLessThanOrEqual(ARTICLE_CEILING + LIVE_EXTRA);
    // The leaf's script is the live page's alone: an ordinary article downloads every script it did before live
    // blogs existed, and not the leaf's (it renders through the live blog's own route, decision 0033).
    const urls = async (path: string) => {
      const context = await browser.newContext();
      try {
        return (await scriptsOf(await context.newPage(), path)).map((s) => ({
          url: new URL(s.url).pathname,
          text: s.text,
        }));
      } finally {
        await context.close();
      }
    };
    const [articleScripts, liveScripts] = [await urls(articlePath), await urls(livePath)];
    const own = liveScripts.filter((s) => !articleScripts.some((a) => a.url === s.url));
    expect(own.length).toBeGreaterThan(0);
    expect(own.some((s) => s.text.includes('new DOMParser'))).toBe(true);
    expect(articleScripts.some((s) => s.text.includes('new DOMParser'))).toBe(false);
  });

  test("an article meets the issue's 130 KB target", async ({ page }) => {
    test.fail(true, 'Next 16 App Router runtime alone exceeds 130 KB gzipped (decision 0016)');
    const total = await measure(page, 'target be', `/be/news/${slugOf(storyInAllLanguages, 'be')}`);
    expect(total).toBeLessThanOrEqual(ARTICLE_TARGET);
  });
});
