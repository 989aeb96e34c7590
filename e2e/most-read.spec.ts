// Most read (counted by the beacon, not for crawlers) and related stories.
import http from 'node:http';
import { expect, test } from '@playwright/test';
import { demoStories, isPublished, slugOf, storyInAllLanguages } from './fixtures';
import { LOCALES } from './reader';

/** A GET to the test server whose connection leaves from `localAddress` (a loopback address of this machine). */
function getFrom(
  localAddress: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  const url = new URL(path, test.info().project.use.baseURL);
  return new Promise((resolve, reject) => {
    const req = http.get(url, { localAddress, headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
  });
}

test.describe('most read and related', () => {
  test('reads are counted by the beacon, crawlers are not, and the most read list shows them', async ({
    page,
    request,
  }) => {
    const story = demoStories.find((s) => isPublished(s, 'ru') && s.hoursAgo < 20 && s !== storyInAllLanguages)!;
    await page.goto(`/ru/news/${slugOf(story, 'ru')}`);
    const beacon = page.getByTestId('read-beacon');
    const src = (await beacon.getAttribute('src'))!;
    expect(src).toMatch(/^\/api\/views\//);
    const browserUa =
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
    // Fifteen readers from fifteen real addresses (each client counts a story once per window: decision 0009).
    // Linux routes all of 127/8 to this machine, so each request leaves from its own loopback address; a
    // claimed X-Forwarded-For is ignored (the server reads the socket, decision 0019).
    for (let i = 0; i < 15; i++) {
      const r = await getFrom(`127.0.0.${i + 10}`, src, { 'user-agent': browserUa, 'x-forwarded-for': '192.0.2.1' });
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toBe('image/gif');
      expect(r.headers['set-cookie']).toBeUndefined();
      expect(r.headers['x-counted']).toBe('1');
    }
    const again = await getFrom('127.0.0.10', src, { 'user-agent': browserUa, 'x-forwarded-for': '192.0.2.99' });
    expect(again.headers['x-counted']).toBe('0');
    const bot = await request.get(src, {
      headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
    });
    expect(bot.headers()['x-counted']).toBe('0');
    const prefetch = await request.get(src, { headers: { 'user-agent': browserUa, 'sec-purpose': 'prefetch' } });
    expect(prefetch.headers()['x-counted']).toBe('0');
    // Written in a batch (every second in the e2e server, every minute by default). Wait for that batch before
    // the first look: a front page rendered while the batch is written can be cached just after the
    // invalidation that batch sends, and would then show the old list until the next change.
    await page.waitForTimeout(2000);
    await expect
      .poll(
        async () => {
          await page.goto('/ru');
          return page.getByTestId('most-read-day').textContent();
        },
        { timeout: 15_000, intervals: [1000] },
      )
      .toContain(story.versions.ru!.title);
    await expect(page.getByTestId('most-read-week')).toContainText(story.versions.ru!.title);
  });

  for (const locale of LOCALES) {
    test(`${locale}: related stories are in the same language and share a tag or the section`, async ({ page }) => {
      const story = storyInAllLanguages;
      await page.goto(`/${locale}/news/${slugOf(story, locale)}`);
      const links = page.getByTestId('related').locator('h3 a');
      expect(await links.count()).toBeGreaterThan(0);
      const titles = await links.allTextContents();
      for (const title of titles) {
        const other = demoStories.find((s) => s.versions[locale]?.title === title.trim());
        expect(other, title).toBeDefined();
        expect(other!.key).not.toBe(story.key);
        expect(other!.section === story.section || other!.tags.some((t) => story.tags.includes(t))).toBe(true);
      }
    });
  }
});
