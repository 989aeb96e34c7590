import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '@/lib/richtext/types';
import { richTextToHtml } from './richtextHtml';

describe('richTextToHtml', () => {
  it('renders the known nodes and marks', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: '/be/news/a' } }] },
          ],
        },
        {
          type: 'blockquote',
          attrs: { cite: 'Name' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'q' }] }],
        },
        {
          type: 'orderedList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }],
        },
      ],
    } as RichTextDoc;
    const html = richTextToHtml(doc);
    expect(html).toContain('<h2>Title</h2>');
    expect(html).toContain('<p><strong>bold</strong><br><a href="http');
    expect(html).toMatch(/<a href="https?:\/\/[^"]+\/be\/news\/a">x<\/a>/); // site links become absolute
    expect(html).toContain('<blockquote><p>q</p><footer>— Name</footer></blockquote>');
    expect(html).toContain('<ol><li>one</li></ol>');
  });

  it('cannot inject markup: text and attributes are escaped, unsafe links and unknown nodes dropped', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script> ]]> & "' }] },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'js', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'q',
              marks: [{ type: 'link', attrs: { href: 'https://e.org/?a="><img src=x onerror=1>' } }],
            },
          ],
        },
        { type: 'html', content: '<iframe src=x>' },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'image', attrs: { src: 'x' } }] },
      ],
    } as unknown as RichTextDoc;
    const html = richTextToHtml(doc);
    expect(html).not.toMatch(/<script|<iframe|<img|javascript:|onerror="|\]\]>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; &quot;');
    expect(html).toContain('<p>js</p>');
  });
});
