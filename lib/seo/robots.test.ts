import { describe, expect, it } from 'vitest';
import { goneHtml } from './gone';
import { isPrivatePath, robotsTxt } from './robots';

describe('private paths and robots.txt', () => {
  it('admin and preview paths are private; reader paths are not', () => {
    for (const p of ['/admin', '/admin/stories/1', '/preview', '/preview/abc', '/be/preview/x', '/api/draft'])
      expect(isPrivatePath(p), p).toBe(true);
    for (const p of ['/', '/be', '/be/news/admin', '/administration', '/en/news/preview-of-the-season'])
      expect(isPrivatePath(p), p).toBe(false);
  });

  it('robots.txt disallows every private prefix and lists the sitemaps', () => {
    const txt = robotsTxt(['https://x/sitemap.xml']);
    expect(txt).toContain('Disallow: /admin\n');
    expect(txt).toContain('Disallow: /ru/preview\n');
    expect(txt).toContain('Sitemap: https://x/sitemap.xml\n');
    expect(txt).not.toMatch(/Disallow: \/\s*$/m);
  });
});

describe('410 page', () => {
  it('is in the version’s language, links to its front page and is not indexed', () => {
    const html = goneHtml('be');
    expect(html).toContain('<html lang="be">');
    expect(html).toContain('Гэты матэрыял выдалены');
    expect(html).toContain('href="/be"');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});
