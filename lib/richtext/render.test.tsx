import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RichText } from '@/components/RichText';
import { richTextToHtml } from '@/lib/feeds/richtextHtml';
import { htmlElements, htmlText } from '@/lib/security/inspect';
import type { RichTextDoc } from './types';

/** A body with every node and mark the format knows. */
const everything = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Subhead' }] },
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Minor' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' and ' },
        { type: 'text', text: 'italic', marks: [{ type: 'italic' }] },
        { type: 'hardBreak' },
        {
          type: 'text',
          text: 'a link',
          marks: [{ type: 'link', attrs: { href: 'https://example.org/' } }, { type: 'bold' }],
        },
      ],
    },
    {
      type: 'blockquote',
      attrs: { cite: 'Someone' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted' }] }],
    },
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }],
    },
    {
      type: 'orderedList',
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'first' }] }] }],
    },
  ],
} as RichTextDoc;

/** The elements a reader meets, without the wrappers only the page adds (its container and inline spans). */
const shape = (html: string) =>
  htmlElements(html)
    .filter((e) => e.tag !== 'span' && e.tag !== 'div')
    .map((e) => [e.tag, e.text.replace(/\s+/g, ' ').trim()]);

describe('one body mapping, two outputs', () => {
  const page = renderToStaticMarkup(<RichText doc={everything} locale="en" />);
  const feed = richTextToHtml(everything);

  it('the page and the feed show the same elements with the same text', () => {
    expect(shape(page)).toEqual(shape(feed));
    expect(shape(page).map(([tag]) => tag)).toEqual([
      'h2',
      'h3',
      'p',
      'strong',
      'em',
      'br',
      'strong',
      'a',
      'blockquote',
      'p',
      'footer',
      'ul',
      'li',
      'ol',
      'li',
    ]);
    expect(htmlText(page).replace(/\s+/g, '')).toBe(htmlText(feed).replace(/\s+/g, ''));
  });

  it('a malformed stored body renders what it can on the page, as it does in the feed', () => {
    const broken = {
      type: 'doc',
      content: [
        null,
        { type: 'paragraph', content: 'not a list' },
        { type: 'paragraph', content: [null, { type: 'text', text: 'kept', marks: 'bold' }] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [null, { type: 'paragraph', content: [{ type: 'text', text: 'item' }] }] },
          ],
        },
        { type: 'blockquote', content: 'x' },
      ],
    } as unknown as RichTextDoc;
    const html = renderToStaticMarkup(<RichText doc={broken} locale="en" />);
    expect(htmlText(html)).toBe('keptitem');
    expect(shape(html)).toEqual(shape(richTextToHtml(broken)));
  });
});
