// The newsroom under its strict policy (scripts only with the response's nonce) in a real browser, a deleted
// draft's URL that must look exactly like an unknown one, and an oversized chunked upload (decision 0018).
import net from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { fillStory, newPage } from './newsroom';
import { slugify } from '../lib/slug';

const run = Date.now().toString(36);

/** CSP violations and Trusted Types errors the page reports, from the first byte on. */
async function watchViolations(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Trusted Type/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  return async () => [
    ...problems,
    ...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp)) ?? []),
  ];
}

test('sign in and write in the Tiptap editor under the nonce policy: everything works, nothing is blocked', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const violations = await watchViolations(page);
  // Sign-in form (a client component) and the editor (Tiptap) both hydrate under the strict policy.
  const { signIn } = await import('./newsroom');
  await signIn(page, 'editor');
  const response = await page.goto('/admin/stories/new?locale=be');
  const policy = response!.headers()['content-security-policy'];
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  const title = `Праверка палітыкі ${run}`;
  await fillStory(page, { title, lede: 'Лід.', body: 'Тэкст у рэдактары.' });
  await expect(page.getByTestId('body-editor')).toContainText('Тэкст у рэдактары.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('done-message')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);
  await context.close();
});

test('a deleted never-published draft answers the same 404 as a slug that never existed', async ({ browser }) => {
  const page = await newPage(browser, 'editor');
  const title = `Эмбарга ${run}`;
  await page.goto('/admin/stories/new?locale=be');
  await fillStory(page, { title, lede: 'Лід.', body: 'Сакрэт.' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('done-message')).toBeVisible();
  await page.getByLabel('I confirm the deletion').check();
  await page.getByRole('button', { name: 'Delete this language version' }).click();
  await expect(page.getByTestId('done-message')).toContainText('Deleted');

  const slug = slugify(title, 'be');
  const unknown = `zzzz-${slug}`.slice(0, slug.length); // same length, never existed
  const draft = await page.request.get(`/be/news/${slug}`, { maxRedirects: 0 });
  const never = await page.request.get(`/be/news/${unknown}`, { maxRedirects: 0 });
  expect(draft.status()).toBe(404);
  expect(never.status()).toBe(404);
  const normalise = (html: string, s: string) => html.split(s).join('SLUG');
  expect(normalise(await draft.text(), slug)).toBe(normalise(await never.text(), unknown));
  expect(draft.headers()['cache-control']).toBe(never.headers()['cache-control']);
});

test('a chunked upload past 10 MB is refused with 413 as soon as the cap is passed', async ({ browser, baseURL }) => {
  const page = await newPage(browser, 'editor');
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const url = new URL('/admin/media/upload', baseURL);
  const boundary = 'x-boundary-x';
  // A raw socket, as an uploading client sees it: the server answers 413 and closes while the client is still
  // sending, so a write may fail (EPIPE, ECONNRESET) right after the answer arrived. Each chunk is sent from the
  // event loop's next turn, after pending reads, and sending stops once the answer is in (as curl does); the
  // status is read from the bytes received, whichever way the connection ends.
  const { status, sent } = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname);
    let received = '';
    let sent = 0;
    let settled = false;
    const settle = () => {
      if (settled) return;
      const line = /^HTTP\/1\.[01] (\d{3}) /.exec(received);
      if (!line) return;
      settled = true;
      socket.destroy();
      resolve({ status: Number(line[1]), sent });
    };
    const fail = (why: string) => {
      settle();
      if (!settled)
        reject(
          new Error(`${why} before any answer (sent ${sent} chunks; got ${JSON.stringify(received.slice(0, 80))})`),
        );
    };
    socket.on('data', (d) => {
      received += d.toString('latin1');
      settle();
    });
    socket.on('error', (e) => fail(String(e)));
    socket.on('close', () => fail('closed'));
    const head =
      `POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nCookie: ${cookie}\r\nOrigin: ${url.origin}\r\n` +
      `Content-Type: multipart/form-data; boundary=${boundary}\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const chunked = (b: Buffer | string) => {
      const bytes = Buffer.isBuffer(b) ? b : Buffer.from(b);
      return Buffer.concat([Buffer.from(`${bytes.length.toString(16)}\r\n`), bytes, Buffer.from('\r\n')]);
    };
    socket.write(head);
    socket.write(
      chunked(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
    );
    const chunk = chunked(Buffer.alloc(256 * 1024, 1));
    const pump = () => {
      // 16 MB offered; the server answers (and stops reading) after about 10 MB.
      if (settled || socket.destroyed) return;
      if (sent === 64) {
        socket.write(chunked(`\r\n--${boundary}--\r\n`));
        socket.write('0\r\n\r\n');
        return;
      }
      sent++;
      if (socket.write(chunk)) setImmediate(pump);
      else socket.once('drain', () => setImmediate(pump));
    };
    socket.once('connect', () => setImmediate(pump));
  });
  expect(status, `after ${sent} chunks of 256 KB`).toBe(413);
});
