import { describe, expect, it } from 'vitest';
import type { ArticleView } from '@/lib/news/types';
import { articleJsonLd, frontPageJsonLd, liveBlogJsonLd, serializeJsonLd } from './jsonld';

const article: ArticleView = {
  id: 'a1',
  storyId: 's1',
  locale: 'ru',
  slug: 'slug',
  title: 'Заголовок </script><script>alert(1)</script>',
  lede: 'Лид & <b>',
  body: { type: 'doc', content: [] },
  publishedAt: new Date('2026-11-28T10:00:00Z'),
  updatedAt: new Date('2026-11-28T11:30:00Z'),
  section: { name: 'Культура', slug: 'kultura' },
  tags: [{ name: 'Книги', slug: 'knigi' }],
  authors: [{ name: 'Алеся', slug: 'alesia' }],
  image: { src: '/media/demo/river.svg', width: 1200, height: 675, alt: 'Река', caption: 'Подпись', credit: '' },
  translatedFrom: null,
  translations: [{ locale: 'ru', slug: 'slug' }],
};

describe('JSON-LD', () => {
  it('cannot close its <script>: <, > and & are escaped and the JSON still parses to the same value', () => {
    const data = articleJsonLd(article);
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&]/);
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
    expect(serializeJsonLd({ s: 'a\u2028b' })).toBe('{"s":"a\\u2028b"}');
  });

  it('NewsArticle carries what Google asks for', () => {
    const [news, crumbs] = articleJsonLd(article);
    const n = JSON.parse(JSON.stringify(news)) as Record<string, unknown>;
    expect(n['@type']).toBe('NewsArticle');
    expect(n.headline).toBe(article.title);
    expect(n.inLanguage).toBe('ru');
    expect(n.articleSection).toBe('Культура');
    expect(n.datePublished).toBe('2026-11-28T13:00:00+03:00');
    expect(n.dateModified).toBe('2026-11-28T14:30:00+03:00');
    expect((n.mainEntityOfPage as { '@id': string })['@id']).toMatch(/\/ru\/news\/slug$/);
    expect((n.image as { url: string }[])[0].url).toMatch(/^https?:\/\/.+\/media\/demo\/river\.svg$/);
    expect(n.author).toEqual([
      expect.objectContaining({
        '@type': 'Person',
        name: 'Алеся',
        url: expect.stringMatching(/\/ru\/author\/alesia$/),
      }),
    ]);
    const publisher = n.publisher as Record<string, unknown>;
    expect(publisher['@type']).toBe('NewsMediaOrganization');
    expect((publisher.logo as { url: string }).url).toMatch(/\/brand\/logo\.png$/);
    const items = (JSON.parse(JSON.stringify(crumbs)) as { itemListElement: { position: number; name: string }[] })
      .itemListElement;
    expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(items[1].name).toBe('Культура');
  });

  it('image lists the main picture, then the body pictures and gallery items, absolute through the primary host', () => {
    const pic = (src: string, caption = '') => ({
      mediaId: 'm',
      src,
      width: 800,
      height: 600,
      alt: 'a',
      caption,
      credit: '',
    });
    const body = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'x' }] },
        { type: 'image', attrs: pic('/media/up/one.jpg', 'Першы') },
        {
          type: 'gallery',
          attrs: { items: [pic('/media/up/two.jpg'), pic('/media/demo/river.svg'), pic('/media/up/three.jpg')] },
        },
        // Hostile or broken sources the page would not show either.
        { type: 'image', attrs: pic('//evil.example/x.jpg') },
        { type: 'image', attrs: pic('https://evil.example/x.jpg') },
        { type: 'image', attrs: pic('javascript:alert(1)') },
        { type: 'gallery', attrs: { items: [{ src: 42 }, null, pic('/\\evil.example/y.jpg')] } },
        { type: 'image' },
      ],
    } as unknown as ArticleView['body'];
    const [news] = articleJsonLd({ ...article, body });
    const images = JSON.parse(JSON.stringify(news)).image as { url: string; caption?: string }[];
    const origin = new URL(images[0].url).origin;
    expect(images.map((i) => i.url)).toEqual(
      ['/media/demo/river.svg', '/media/up/one.jpg', '/media/up/two.jpg', '/media/up/three.jpg'].map(
        (p) => `${origin}${p}`,
      ),
    );
    expect(images[1].caption).toBe('Першы');
    expect(JSON.stringify(images)).not.toMatch(/evil|javascript/);
    // No main picture: the body's pictures alone.
    const [bodyOnly] = articleJsonLd({ ...article, image: null, body });
    expect((JSON.parse(JSON.stringify(bodyOnly)).image as unknown[]).length).toBe(4);
    const [none] = articleJsonLd({ ...article, image: null });
    expect(JSON.parse(JSON.stringify(none)).image).toBeUndefined();
  });

  it('front pages describe the WebSite and the Organization', () => {
    const [site, org] = frontPageJsonLd('be');
    expect(site['@type']).toBe('WebSite');
    expect((site as { inLanguage: string }).inLanguage).toBe('be');
    expect(JSON.parse(JSON.stringify(org))['@type']).toBe('NewsMediaOrganization');
  });

  it('a live blog is a LiveBlogPosting with its coverage times and newest updates (decision 0033)', () => {
    const entry = (id: string, minute: number, title: string | null, text: string) => ({
      id,
      title,
      authorName: 'Редакция',
      publishedAt: new Date(`2026-11-28T12:${String(minute).padStart(2, '0')}:00Z`),
      pinned: false,
      keyEvent: false,
      body: {
        type: 'doc' as const,
        content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
      },
    });
    const live = { entries: [entry('e2', 30, null, 'Второе </script>'), entry('e1', 10, 'Первое', 'Текст')] };
    const running = { ...article, live: { status: 'LIVE' as const, startedAt: article.publishedAt, endedAt: null } };
    const [posting] = JSON.parse(JSON.stringify(liveBlogJsonLd(running, live)));
    expect(posting['@type']).toBe('LiveBlogPosting');
    expect(posting.headline).toBe(article.title);
    expect(posting.coverageStartTime).toBe('2026-11-28T13:00:00+03:00');
    expect(posting.coverageEndTime).toBeUndefined();
    expect(posting.dateModified).toBe('2026-11-28T15:30:00+03:00');
    expect(posting.liveBlogUpdate).toEqual([
      expect.objectContaining({
        '@type': 'BlogPosting',
        headline: 'Второе </script>',
        articleBody: 'Второе </script>',
      }),
      expect.objectContaining({ headline: 'Первое', datePublished: '2026-11-28T15:10:00+03:00', articleBody: 'Текст' }),
    ]);
    expect(serializeJsonLd(liveBlogJsonLd(running, live))).not.toContain('</script');
    const ended = {
      ...article,
      live: { status: 'ENDED' as const, startedAt: article.publishedAt, endedAt: new Date('2026-11-28T18:00:00Z') },
    };
    expect(JSON.parse(JSON.stringify(liveBlogJsonLd(ended, live)))[0].coverageEndTime).toBe(
      '2026-11-28T21:00:00+03:00',
    );
  });
});
