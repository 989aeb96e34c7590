import { describe, expect, it } from 'vitest';
import { isMalformedPath, isNonPagePath, MAX_PATH_LENGTH } from './malformedPath';

describe('isMalformedPath', () => {
  it.each([
    '/be/news/%ZZ',
    '/be/news/%zz',
    '/be/news/%',
    '/%zz',
    '/be/news/%E0%A4%A',
    '/be/tag/%C0%AF', // overlong UTF-8 for "/"
    '/be/search/%FF',
    '/be/news/a%00b',
    '/be/%00',
    '/be/news/x%0d%0aSet-Cookie:%20a=b',
    '/be/news/%7F',
    `/be/news/${'a'.repeat(MAX_PATH_LENGTH)}`,
  ])('%s is malformed', (path) => expect(isMalformedPath(path)).toBe(true));

  it.each([
    '/',
    '/be',
    '/be/news/novaya-biblijateka',
    '/ru/news/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82',
    '/be/feed/rss.xml',
    '/be/news/100%25',
  ])('%s is fine', (path) => expect(isMalformedPath(path)).toBe(false));
});

describe('isNonPagePath', () => {
  it('files, Next internals and the API are not pages', () => {
    for (const p of [
      '/be/feed/rss.xml',
      '/sitemaps/be-1.xml',
      '/robots.txt',
      '/api/views/x',
      '/_next/static/a.js',
      '/media/uploads/a.webp',
      '/media/uploads/%zz',
    ])
      expect(isNonPagePath(p), p).toBe(true);
    for (const p of ['/', '/be', '/be/news/slug', '/admin', '/be/news/slug/lite'])
      expect(isNonPagePath(p), p).toBe(false);
  });
});
