// The proxy's answer to an imported site's old addresses (decision 0034), on both databases: the request goes
// through proxy.ts itself, so the 301, its one hop from a trailing-slash WordPress link and its target are what a
// reader gets.
import { NextRequest, NextResponse } from 'next/server';
import { beforeAll, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import proxy from '@/proxy';

// next-intl's middleware cannot be loaded outside Next's bundler; what it answers is not under test here (every
// request it gets simply passes).
vi.mock('next-intl/middleware', () => ({ default: () => () => NextResponse.next() }));

const get = (pathAndQuery: string) =>
  proxy(new NextRequest(new URL(pathAndQuery, 'http://localhost:3000'), { headers: { host: 'localhost:3000' } }));

describeOnDatabases('old site addresses in the proxy', () => {
  let live: { id: string; locale: string; slug: string };
  let draft: { id: string };
  let about: { locale: string; slug: string };
  beforeAll(async () => {
    about = await db().staticPageTranslation.findFirstOrThrow({ select: { locale: true, slug: true } });
    live = await db().article.findFirstOrThrow({
      where: { status: 'PUBLISHED', deletedAt: null, publishedAt: { lte: new Date() } },
      select: { id: true, locale: true, slug: true },
    });
    draft = await db().article.findFirstOrThrow({ where: { status: 'DRAFT' }, select: { id: true } });
    await db().legacyUrl.createMany({
      data: [
        { path: '/2025/09/05/%D0%BC%D0%BE%D1%81%D1%82', articleId: live.id },
        { path: '/?p=4242', articleId: live.id },
        { path: '/?p=4343', articleId: draft.id },
        // Polylang's `/ru/slug` form; and one old address that is also one of this site's static pages.
        { path: '/ru/%D0%BC%D0%BE%D1%81%D1%82', articleId: live.id },
        { path: `/${about.locale}/${about.slug}`, articleId: live.id },
      ],
    });
  });

  it('answers 301 to the article, in one hop from a WordPress link with its trailing slash', async () => {
    for (const old of [
      '/2025/09/05/%d0%bc%d0%be%d1%81%d1%82/',
      '/2025/09/05/%D0%BC%D0%BE%D1%81%D1%82',
      '/?p=4242',
      '/ru/%d0%bc%d0%be%d1%81%d1%82/',
    ]) {
      const response = await get(old);
      expect(response.status, old).toBe(301);
      expect(new URL(response.headers.get('location')!).pathname, old).toBe(
        `/${live.locale}/news/${encodeURIComponent(live.slug)}`,
      );
    }
  });

  it('leaves the site’s own static page where an old address had the same path', async () => {
    const response = await get(`/${about.locale}/${about.slug}`);
    expect(response.headers.get('location')).toBeNull();
  });

  it('says nothing about a draft or an unknown address (no redirect to an article)', async () => {
    for (const old of ['/?p=4343', '/?p=999999', '/2025/09/05/no-such-post', '/ru/no-such-post']) {
      const location = (await get(old)).headers.get('location') ?? '';
      expect(location, old).not.toContain('/news/');
    }
  });
});
