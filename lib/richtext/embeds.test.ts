import { describe, expect, it } from 'vitest';
import { PAYLOADS } from '@/lib/security/payloads';
import { embedOf, embedUrl, parseEmbedUrl } from './embeds';

describe('parseEmbedUrl: the addresses editors paste', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s&si=tracking', 'youtube', 'dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?si=abc', 'youtube', 'dQw4w9WgXcQ'],
    ['https://m.youtube.com/shorts/dQw4w9WgXcQ', 'youtube', 'dQw4w9WgXcQ'],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'youtube', 'dQw4w9WgXcQ'],
    ['https://t.me/demo_channel/42', 'telegram', 'demo_channel/42'],
    ['https://t.me/s/demo_channel/42?single', 'telegram', 'demo_channel/42'],
    ['https://twitter.com/someone/status/1790000000000000001', 'x', '1790000000000000001'],
    ['https://x.com/someone/status/1790000000000000001/photo/1', 'x', '1790000000000000001'],
    ['https://x.com/i/web/status/1790000000000000001', 'x', '1790000000000000001'],
    ['https://www.instagram.com/p/C0dE_x-12/', 'instagram', 'p/C0dE_x-12'],
    ['https://instagram.com/reel/C0dE_x-12?igsh=abc', 'instagram', 'reel/C0dE_x-12'],
    ['  https://WWW.YOUTUBE.COM/watch?v=dQw4w9WgXcQ  ', 'youtube', 'dQw4w9WgXcQ'],
  ])('%s → %s %s', (url, provider, id) => {
    expect(parseEmbedUrl(url)).toEqual({ provider, id });
  });

  it.each([
    'https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'https://evil.example/?u=https://youtu.be/dQw4w9WgXcQ',
    'https://user:pass@youtu.be/dQw4w9WgXcQ',
    'https://youtu.be:8443/dQw4w9WgXcQ',
    'javascript://youtu.be/%0Aalert(1)',
    'ftp://youtu.be/dQw4w9WgXcQ',
    '//youtu.be/dQw4w9WgXcQ',
    'youtu.be/dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXc',
    'https://youtu.be/dQw4w9WgXcQ/extra',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ"><script>',
    'https://www.youtube.com/playlist?list=PL123',
    'https://t.me/demo_channel',
    'https://t.me/joinchat/AAAA',
    'https://t.me/demo_channel/0',
    'https://x.com/someone',
    'https://x.com/someone/likes/1/status/2',
    'https://www.instagram.com/someone/',
    'https://youtu.be/dQw4w9WgXcQ\nhttps://evil.example',
    'https://you\ttu.be/dQw4w9WgXcQ',
    'https:\\\\youtu.be\\dQw4w9WgXcQ',
    `https://youtu.be/${'a'.repeat(600)}`,
    '',
    null,
    42,
  ])('refuses %j', (url) => {
    expect(parseEmbedUrl(url)).toBeNull();
  });

  it('refuses every payload of the XSS corpus', () => {
    for (const p of PAYLOADS) expect(parseEmbedUrl(p.text), p.text).toBeNull();
  });
});

describe('embedOf and embedUrl: what is stored and the one address rebuilt from it', () => {
  it('rebuilds each provider’s canonical https address', () => {
    expect(embedUrl({ provider: 'youtube', id: 'dQw4w9WgXcQ' })).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(embedUrl({ provider: 'telegram', id: 'demo_channel/42' })).toBe('https://t.me/demo_channel/42');
    expect(embedUrl({ provider: 'x', id: '17' })).toBe('https://x.com/i/status/17');
    expect(embedUrl({ provider: 'instagram', id: 'p/C0dE_x-12' })).toBe('https://www.instagram.com/p/C0dE_x-12/');
  });

  it('refuses unknown providers, inherited names and ids not of the provider’s shape', () => {
    expect(embedOf('vimeo', '123')).toBeNull();
    expect(embedOf('constructor', 'x')).toBeNull();
    expect(embedOf('youtube', 'dQw4w9WgXcQ"')).toBeNull();
    expect(embedOf('telegram', 'demo_channel/42/../1')).toBeNull();
    expect(embedOf('instagram', 'p/../../x')).toBeNull();
    expect(embedOf('x', '1e5')).toBeNull();
    expect(embedOf('youtube', ['dQw4w9WgXcQ'])).toBeNull();
    for (const p of PAYLOADS)
      for (const provider of ['youtube', 'telegram', 'x', 'instagram'])
        expect(embedOf(provider, p.text), p.text).toBeNull();
  });
});
