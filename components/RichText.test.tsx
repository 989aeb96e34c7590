import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { markupToDoc } from '@/lib/richtext/markup';
import type { RichTextDoc } from '@/lib/richtext/types';
import { RichText } from './RichText';

describe('RichText', () => {
  it('renders subheadings, quotes with attribution, lists and safe links', () => {
    const html = renderToStaticMarkup(
      <RichText doc={markupToDoc('## Навіны\n\n> Цытата\n> — Іван\n\n- a\n- b\n\nLink [here](https://example.org/x).')} />,
    );
    expect(html).toContain('<h2><span>Навіны</span></h2>');
    expect(html).toContain('<blockquote><p><span>Цытата</span></p><footer>— Іван</footer></blockquote>');
    expect(html).toContain('<ul><li><span><span>a</span></span></li><li><span><span>b</span></span></li></ul>');
    expect(html).toContain('<a href="https://example.org/x" rel="noopener noreferrer">here</a>');
  });

  it('renders a script payload as text and drops unknown nodes and unsafe links', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>' }] },
        { type: 'html', content: '<img src=x onerror=alert(1)>' },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
        { type: 'heading', attrs: { level: 1, onclick: 'x' }, content: [{ type: 'text', text: 'h' }] },
      ],
    } as unknown as RichTextDoc;
    const html = renderToStaticMarkup(<RichText doc={doc} />);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('onclick');
    expect(html).toContain('<span>click</span>');
  });
});
