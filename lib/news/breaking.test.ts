import { describe, expect, it } from 'vitest';
import { siteOrigin } from '@/lib/paths';
import { breakingView } from './breaking';

describe('the breaking-news banner as readers get it', () => {
  it('an off-site link leaves with rel="noopener noreferrer"; a site link without', () => {
    expect(breakingView({ text: 'Увага', url: 'https://example.org/live' })).toEqual({
      text: 'Увага',
      link: { href: 'https://example.org/live', rel: 'noopener noreferrer' },
    });
    expect(breakingView({ text: 'Увага', url: '/be/news/x' })?.link).toEqual({ href: '/be/news/x' });
    // Written in full, a link to the site stays on the host the reader came through (decision 0032).
    expect(breakingView({ text: 'Увага', url: `${siteOrigin()}/be/news/x` })?.link).toEqual({ href: '/be/news/x' });
  });

  it.each(['javascript:alert(1)', '/\\evil.example', '/\t/evil.example', '//evil.example', 'data:text/html,x'])(
    'no link for %j',
    (url) => {
      expect(breakingView({ text: 'Увага', url })).toEqual({ text: 'Увага', link: null });
    },
  );

  it('no banner without text', () => expect(breakingView({ text: '  ', url: null })).toBeNull());
});
