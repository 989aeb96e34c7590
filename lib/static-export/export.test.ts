// The static lite mirror end to end: export from the demo database, serve the folder with a plain static
// server (node:http, no knowledge of the site), crawl it from its entry, verify the signed manifest, tamper.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { locales } from '@/lib/locales';
import { getLatestNews } from '@/lib/news/queries';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import { siteOrigin } from '@/lib/paths';
import { exportStaticSite } from './export';
import { loadOrGenerateKey, parsePublicKey, publicKeyPem, verifyExport } from './manifest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.xml': 'application/atom+xml' };

/** A static server that knows nothing but files: `/` → index.html, anything missing → 404. */
function serve(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

/** Every link a page or feed carries: href and src attributes (HTML and Atom alike). */
const linksIn = (text: string) =>
  [...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));

describeOnDatabases('static lite mirror', () => {
  const key = loadOrGenerateKey(undefined).privateKey;
  const STORIES = 4;
  let dir = '';
  let files: string[] = [];
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-mirror-'));
    files = (await exportStaticSite({ out: dir, stories: STORIES, privateKey: key })).files;
    server = await serve(dir);
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes the front page, the latest N lite stories, section pages and a feed per language', async () => {
    for (const locale of locales) {
      expect(files).toContain(`${locale}/index.html`);
      expect(files).toContain(`${locale}/feed/atom.xml`);
      expect(files.some((f) => f.startsWith(`${locale}/section/`))).toBe(true);
      const latest = await getLatestNews(locale, STORIES);
      const stories = files.filter((f) => f.startsWith(`${locale}/news/`));
      expect(stories).toHaveLength(latest.length);
      for (const h of latest) expect(stories).toContain(`${locale}/news/${h.slug}.html`);
      const front = fs.readFileSync(path.join(dir, locale, 'index.html'), 'utf8');
      // Relative to the language's folder.
      for (const h of latest) expect(front).toContain(`href="news/${h.slug}.html"`);
    }
  });

  it('crawls clean from its entry: every relative link answers, nothing else is site-relative, no script', async () => {
    const seen = new Set<string>();
    const queue = [`${server.origin}/`];
    const broken: string[] = [];
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const response = await fetch(url);
      if (response.status !== 200) {
        broken.push(url);
        continue;
      }
      const text = await response.text();
      expect(text, url).not.toMatch(/<script|\son[a-z]+=/i);
      for (const href of linksIn(text)) {
        // Site-relative (`/be/…`) or protocol-relative links would leave the copy's folder: none may exist.
        expect(href, `${url}: ${href}`).not.toMatch(/^\//);
        // Absolute links lead away on purpose: the primary site (canonical, the full version, stories not in
        // the copy) or links inside a story's text.
        if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
        const target = new URL(href, url);
        target.hash = '';
        queue.push(target.href);
      }
    }
    expect(broken).toEqual([]);
    // The crawl reached every file the export wrote.
    const reached = new Set([...seen].map((u) => decodeURIComponent(new URL(u).pathname).slice(1) || 'index.html'));
    expect(files.filter((f) => !reached.has(f))).toEqual([]);
  });

  it('keeps the canonical of an exported story on the primary site', () => {
    const story = files.find((f) => f.startsWith('be/news/'))!;
    const html = fs.readFileSync(path.join(dir, story), 'utf8');
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="${siteOrigin()}/be/news/[^"]+">`));
  });

  it('verifies with the public key, and detects a tampered file (library and command line)', async () => {
    const publicKey = publicKeyPem(key);
    expect(verifyExport(dir, parsePublicKey(publicKey))).toMatchObject({ ok: true, problems: [] });
    const cli = (args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'scripts/export-static.ts', ...args], { cwd: root }).then(
        (r) => ({ code: 0, out: r.stdout + r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
      );
    const keyFile = path.join(os.tmpdir(), `static-mirror-key-${process.pid}.pem`);
    fs.writeFileSync(keyFile, publicKey);
    const good = await cli(['--verify', dir, '--public-key', keyFile]).finally(() => fs.rmSync(keyFile));
    expect(good.code, good.out).toBe(0);

    const story = files.find((f) => f.startsWith('ru/news/'))!;
    const original = fs.readFileSync(path.join(dir, story), 'utf8');
    fs.writeFileSync(
      path.join(dir, story),
      original.replace('</body>', '<script src="https://evil.example/x.js"></script></body>'),
    );
    try {
      expect(verifyExport(dir, parsePublicKey(publicKey)).problems).toEqual([`changed: ${story}`]);
      // The one-line form of the key.
      const bad = await cli(['--verify', dir, '--public-key', publicKey.replace(/-----[^-]+-----|\s/g, '')]);
      expect(bad.code).toBe(1);
      expect(bad.out).toContain(`changed: ${story}`);
    } finally {
      fs.writeFileSync(path.join(dir, story), original);
    }
  }, 60_000);

  it('refuses a folder that is not empty and a story count out of range', async () => {
    await expect(exportStaticSite({ out: dir, stories: 1, privateKey: key })).rejects.toThrow(/not empty/);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'static-mirror-'));
    try {
      await expect(exportStaticSite({ out: empty, stories: 0, privateKey: key })).rejects.toThrow(/--stories/);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
