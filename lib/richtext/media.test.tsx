// Pictures, galleries and embeds through every output of the one body mapping (decision 0027): the reader
// page, the lite page, the feeds and plain text.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RichText } from '@/components/RichText';
import { richTextToHtml } from '@/lib/feeds/richtextHtml';
import en from '@/messages/en.json';
import be from '@/messages/be.json';
import { siteOrigin } from '@/lib/paths';
import { BODY_TAGS, htmlElements, htmlProblems, htmlText } from '@/lib/security/inspect';
import { docToPlainText } from './plainText';
import type { BodyPicture, RichTextDoc } from './types';

const river: BodyPicture = {
  mediaId: 'river',
  src: '/media/uploads/abc123-w1600.webp',
  width: 1600,
  height: 900,
  alt: 'A river at dawn',
  caption: 'The river <b>at</b> dawn',
  credit: 'Jane & Co',
};
const bridge: BodyPicture = {
  mediaId: 'bridge',
  src: '/media/demo/bridge.svg',
  width: 1200,
  height: 675,
  alt: 'A bridge',
  caption: 'The old bridge',
  credit: '',
};

const doc = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Before.' }] },
    { type: 'image', attrs: river },
    { type: 'gallery', attrs: { items: [river, bridge] } },
    { type: 'embed', attrs: { provider: 'youtube', id: 'dQw4w9WgXcQ' } },
    { type: 'embed', attrs: { provider: 'telegram', id: 'demo_channel/42' } },
  ],
} as RichTextDoc;

const page = renderToStaticMarkup(<RichText doc={doc} locale="en" />);
const lite = renderToStaticMarkup(createElement(RichText, { doc, locale: 'en', look: 'lite' }));
const feed = richTextToHtml(doc, 'en');

const imgs = (html: string) => htmlElements(html).filter((e) => e.tag === 'img');

describe('pictures in the body', () => {
  it('on the page: the main picture’s responsive sizes, reserved space, alt text, caption and credit as text', () => {
    const [img] = imgs(page);
    expect(img.attrs).toMatchObject({
      src: river.src,
      alt: river.alt,
      width: '1600',
      height: '900',
      loading: 'lazy',
      sizes: '(min-width: 1024px) 46rem, 100vw',
    });
    expect(img.attrs.srcset).toBe(
      '/media/uploads/abc123-w480.webp 480w, /media/uploads/abc123-w960.webp 960w, /media/uploads/abc123-w1600.webp 1600w',
    );
    const caption = htmlElements(page).find((e) => e.tag === 'figcaption')!;
    expect(caption.text).toBe(`The river <b>at</b> dawn ${en.article.credit.replace('{credit}', 'Jane & Co')}`);
  });

  it('on the lite page: one small file, no srcset', () => {
    const [img, ...rest] = imgs(lite);
    expect(img.attrs.src).toBe('/media/uploads/abc123-w480.webp');
    expect(img.attrs.srcset).toBeUndefined();
    // A picture that has no smaller sizes (a demo SVG) is its own file.
    expect(rest.at(-1)!.attrs.src).toBe(bridge.src);
  });

  it('in feeds: plain <img> with absolute addresses', () => {
    for (const img of imgs(feed)) {
      expect(img.attrs.src.startsWith(`${siteOrigin()}/media/`)).toBe(true);
      expect(img.attrs.srcset).toBeUndefined();
    }
    expect(imgs(feed).map((i) => i.attrs.alt)).toEqual([river.alt, river.alt, bridge.alt]);
  });

  it('a stored picture whose source is not a site path shows nothing (never another site’s file)', () => {
    for (const src of ['https://tracker.example/x.png', '//tracker.example/x.png', 'javascript:alert(1)', '', 42])
      for (const type of ['image', 'gallery'] as const) {
        const picture = { ...river, src } as unknown as BodyPicture;
        const hostile = {
          type: 'doc',
          content: [type === 'image' ? { type, attrs: picture } : { type, attrs: { items: [picture, picture] } }],
        } as RichTextDoc;
        for (const html of [renderToStaticMarkup(<RichText doc={hostile} locale="en" />), richTextToHtml(hostile)])
          expect(imgs(html)).toEqual([]);
      }
  });
});

describe('galleries', () => {
  it('every picture with its own texts, in a group named by its size, in the reader’s language', () => {
    const group = htmlElements(page).find((e) => e.tag === 'div' && e.attrs.class === 'body-gallery')!;
    expect(group.attrs.role).toBe('group');
    expect(group.attrs['aria-label']).toBe('Gallery: 2 pictures');
    const beHtml = renderToStaticMarkup(<RichText doc={doc} locale="be" />);
    expect(htmlElements(beHtml).find((e) => e.attrs.class === 'body-gallery')!.attrs['aria-label']).toBe(
      'Галерэя: 2 здымкі',
    );
    expect(htmlText(beHtml)).toContain(be.article.credit.replace('{credit}', 'Jane & Co'));
    expect(imgs(page)).toHaveLength(3);
  });
});

describe('embeds', () => {
  it('a link to the original naming the provider; no frame, no script, no provider file', () => {
    for (const html of [page, lite, feed]) {
      const links = htmlElements(html).filter((e) => e.tag === 'a');
      expect(links.map((a) => a.attrs.href)).toEqual([
        'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        'https://t.me/demo_channel/42',
      ]);
      for (const a of links) {
        expect(a.attrs).toMatchObject({ rel: 'noopener noreferrer', target: '_blank', referrerpolicy: 'no-referrer' });
      }
      expect(links[0].text).toContain('YouTube: open the original');
      expect(links[1].text).toContain('Telegram: open the original');
      expect(htmlText(html)).toContain('Nothing is loaded from YouTube until you open it.');
      expect(htmlElements(html).filter((e) => ['iframe', 'script', 'object', 'embed'].includes(e.tag))).toEqual([]);
      // The only files the body asks for are the site's own pictures.
      for (const img of imgs(html)) expect(new URL(img.attrs.src, siteOrigin()).origin).toBe(siteOrigin());
      expect(htmlProblems(html, { allowedTags: BODY_TAGS })).toEqual([]);
    }
  });

  it('a stored embed of an unknown provider or with an id not of its shape shows nothing', () => {
    const hostile = {
      type: 'doc',
      content: [
        { type: 'embed', attrs: { provider: 'vimeo', id: '123' } },
        { type: 'embed', attrs: { provider: 'youtube', id: '"><script>alert(1)</script>' } },
        { type: 'embed', attrs: { provider: 'telegram', id: '../../evil.example/1' } },
        { type: 'embed', attrs: { provider: 'x', id: '12/../1' } },
        { type: 'embed', attrs: { provider: 'toString', id: 'x' } },
        { type: 'embed' },
      ],
    } as unknown as RichTextDoc;
    expect(renderToStaticMarkup(<RichText doc={hostile} locale="en" />)).toBe('<div class="prose-news"></div>');
    expect(richTextToHtml(hostile)).toBe('');
  });
});

describe('plain text (word counts, revision diffs)', () => {
  it('a picture is its caption and credit, a gallery one picture a line, an embed its link', () => {
    const lines = docToPlainText(doc).split('\n');
    expect(lines[0]).toBe('Before.');
    expect(lines[1]).toContain('The river <b>at</b> dawn');
    expect(lines[1]).toContain('Jane & Co');
    expect(lines[3]).toBe('The old bridge');
    expect(lines[4]).toContain('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(lines[5]).toContain('https://t.me/demo_channel/42');
  });
});
