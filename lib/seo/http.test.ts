import { describe, expect, it } from 'vitest';
import { conditionalResponse, isNotModified, strongEtag, textResponse } from './http';

const req = (headers: Record<string, string> = {}) => new Request('http://x/feed', { headers });

describe('conditional requests', () => {
  const etag = strongEtag('a', 1);
  const modified = new Date('2026-11-28T10:00:00.750Z');

  it('If-None-Match: a matching (or weak-compared, or listed) ETag is 304; another is 200', () => {
    expect(isNotModified(req({ 'if-none-match': etag }), etag, modified)).toBe(true);
    expect(isNotModified(req({ 'if-none-match': `W/${etag}` }), etag, modified)).toBe(true);
    expect(isNotModified(req({ 'if-none-match': `"other", ${etag}` }), etag, modified)).toBe(true);
    expect(isNotModified(req({ 'if-none-match': '"other"' }), etag, modified)).toBe(false);
    // If-None-Match wins over a matching If-Modified-Since.
    expect(
      isNotModified(req({ 'if-none-match': '"other"', 'if-modified-since': modified.toUTCString() }), etag, modified),
    ).toBe(false);
  });

  it('If-Modified-Since compares whole seconds', () => {
    expect(isNotModified(req({ 'if-modified-since': modified.toUTCString() }), etag, modified)).toBe(true);
    expect(
      isNotModified(req({ 'if-modified-since': new Date(modified.getTime() - 1000).toUTCString() }), etag, modified),
    ).toBe(false);
    expect(isNotModified(req({ 'if-modified-since': 'garbage' }), etag, modified)).toBe(false);
    expect(isNotModified(req(), etag, modified)).toBe(false);
  });

  it('responses carry validators; a repeat with them is an empty 304', async () => {
    const first = textResponse(req(), '<rss/>', { contentType: 'application/rss+xml', lastModified: modified });
    expect(first.status).toBe(200);
    expect(await first.text()).toBe('<rss/>');
    const tag = first.headers.get('etag')!;
    expect(first.headers.get('last-modified')).toBe(modified.toUTCString());
    expect(first.headers.get('cache-control')).toMatch(/public/);
    const again = textResponse(req({ 'if-none-match': tag }), '<rss/>', {
      contentType: 'application/rss+xml',
      lastModified: modified,
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const changed = textResponse(req({ 'if-none-match': tag }), '<rss>new</rss>', {
      contentType: 'application/rss+xml',
      lastModified: modified,
    });
    expect(changed.status).toBe(200);
    let built = false;
    conditionalResponse(req({ 'if-none-match': etag }), { etag, lastModified: null, contentType: 'x' }, () => {
      built = true;
      return '';
    });
    expect(built).toBe(false); // a 304 never builds the body (streamed sitemaps)
  });
});
