// What a browser would open, not what the string looks like: every accepted href is checked by parsing it
// the way browsers do (WHATWG URL) — see docs/decisions/0017-output-escaping-and-links.md.
import { describe, expect, it } from 'vitest';
import { bodyLink, safeHref } from './safeHref';

const ORIGIN = 'https://rekha.test';
/** Where a browser on a page of this site would go when following the href we emit. */
const opens = (href: string) => new URL(href, `${ORIGIN}/be/news/a`);

describe('safeHref', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['  https://Example.ORG/a b  ', 'https://example.org/a%20b'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
    ['/be/news/x', '/be/news/x'],
    ['/be/search?q=a&b=1#top', '/be/search?q=a&b=1#top'],
    ['/be/news/%D0%BD', '/be/news/%D0%BD'],
    ['/ /x', '/%20/x'],
    ['/be/search?u=https%3A%2F%2Fexample.org', '/be/search?u=https%3A%2F%2Fexample.org'],
  ])('keeps %j as %j', (input, out) => expect(safeHref(input)).toBe(out));

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript\u0000:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    '&#x6A;&#x61;vascript:alert(1)',
    '%6Aavascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,x',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://rekha.test/1',
    'ftp://example.org/',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '\\/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r/evil.example',
    '/%2F/evil.example',
    '/%5Cevil.example',
    '/.//evil.example',
    '/./\\evil.example',
    '/%09/evil.example',
    '/\u0000/evil.example',
    'https://example.org/a\u0007b',
    'https://user:pass@example.org/',
    'https://example.org@evil.example/',
    '#top',
    '?q=1',
    'news/relative',
    'evil.example',
    'https:evil.example',
    'http:/evil.example',
    'https://',
    '',
    '   ',
    42,
    null,
    undefined,
  ])('drops %j', (input) => expect(safeHref(input)).toBeNull());

  it('every href it keeps opens this site (for a path) or exactly the absolute URL it returns', () => {
    for (const input of [
      '/be/news/x',
      '/be/a/../b',
      '/be//x',
      'https://example.org/x',
      'http://example.org:8080/y?z#w',
    ]) {
      const href = safeHref(input)!;
      expect(href, input).not.toBeNull();
      if (href.startsWith('/')) {
        expect(opens(href).origin, input).toBe(ORIGIN);
        expect(href.startsWith('//'), input).toBe(false);
      } else {
        expect(opens(href).href, input).toBe(href);
      }
    }
  });
});

describe('bodyLink (the one link rule of every body renderer)', () => {
  it('off-site links get rel="noopener noreferrer"; site links do not', () => {
    expect(bodyLink('https://example.org/x', { origin: ORIGIN })).toEqual({
      href: 'https://example.org/x',
      rel: 'noopener noreferrer',
    });
    expect(bodyLink('mailto:desk@example.org', { origin: ORIGIN })).toEqual({
      href: 'mailto:desk@example.org',
      rel: 'noopener noreferrer',
    });
    expect(bodyLink('/be/news/x', { origin: ORIGIN })).toEqual({ href: '/be/news/x' });
  });

  it('a link to the primary site written in full stays on the host the page came through (decision 0032)', () => {
    expect(bodyLink(`${ORIGIN}/be/news/x?a=1#b`, { origin: ORIGIN })).toEqual({ href: '/be/news/x?a=1#b' });
    // A path that would read as another host stays the full URL it was.
    expect(bodyLink(`${ORIGIN}//evil.example/x`, { origin: ORIGIN })).toEqual({ href: `${ORIGIN}//evil.example/x` });
    expect(bodyLink(`${ORIGIN}/%2F/evil.example`, { origin: ORIGIN })).toEqual({ href: `${ORIGIN}/%2F/evil.example` });
    expect(bodyLink(`${ORIGIN}/be/news/x`, { origin: ORIGIN, absolute: true })).toEqual({
      href: `${ORIGIN}/be/news/x`,
    });
  });

  it('absolute: site paths become absolute URLs (feeds have no base URL)', () => {
    expect(bodyLink('/be/news/x', { origin: ORIGIN, absolute: true })).toEqual({ href: `${ORIGIN}/be/news/x` });
    expect(bodyLink('https://example.org/x', { origin: ORIGIN, absolute: true })).toEqual({
      href: 'https://example.org/x',
      rel: 'noopener noreferrer',
    });
  });

  it('unsafe links are no links at all', () => {
    expect(bodyLink('javascript:alert(1)', { origin: ORIGIN })).toBeNull();
    expect(bodyLink('/\\evil.example', { origin: ORIGIN })).toBeNull();
    expect(bodyLink('#top', { origin: ORIGIN })).toBeNull();
  });
});
