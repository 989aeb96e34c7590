import { describe, expect, it } from 'vitest';
import { markupToDoc } from './markup';
import { wordCount } from './plainText';

describe('markupToDoc', () => {
  it('turns paragraphs, subheadings, quotes and lists into document nodes', () => {
    const doc = markupToDoc(
      [
        'Першы абзац з **тлустым** і *курсівам*.',
        '## Падзагаловак',
        '> Гэта цытата.\n> — Алеся, рэдактарка',
        '- адзін\n- два',
        '1. first\n2. second',
        'See [the report](https://example.org/r).',
      ].join('\n\n'),
    );
    expect(doc.content.map((b) => b.type)).toEqual([
      'paragraph',
      'heading',
      'blockquote',
      'bulletList',
      'orderedList',
      'paragraph',
    ]);
    expect(doc.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Першы абзац з ' },
        { type: 'text', text: 'тлустым', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' і ' },
        { type: 'text', text: 'курсівам', marks: [{ type: 'italic' }] },
        { type: 'text', text: '.' },
      ],
    });
    expect(doc.content[2]).toMatchObject({ type: 'blockquote', attrs: { cite: 'Алеся, рэдактарка' } });
    expect(doc.content[3]).toMatchObject({ type: 'bulletList', content: [{ type: 'listItem' }, { type: 'listItem' }] });
    expect(doc.content[5]).toMatchObject({
      content: [
        { text: 'See ' },
        { text: 'the report', marks: [{ type: 'link', attrs: { href: 'https://example.org/r' } }] },
        { text: '.' },
      ],
    });
  });

  it('joins the lines of one paragraph and counts words', () => {
    const doc = markupToDoc('one two\nthree\n\nfour');
    expect(doc.content).toHaveLength(2);
    expect(wordCount(doc)).toBe(4);
  });

  it('reads pictures, galleries and embeds, one a line; an unknown embed address stays text', () => {
    const doc = markupToDoc(
      '{{picture field | The field}}\n\n{{gallery river forest}}\n\n{{embed https://t.me/rekha_demo/101}}\n\n{{embed https://evil.example/x}}',
    );
    const picture = { src: '', width: 0, height: 0, alt: '', credit: '' };
    expect(doc.content).toEqual([
      { type: 'image', attrs: { ...picture, mediaId: 'field', caption: 'The field' } },
      {
        type: 'gallery',
        attrs: {
          items: [
            { ...picture, mediaId: 'river', caption: '' },
            { ...picture, mediaId: 'forest', caption: '' },
          ],
        },
      },
      { type: 'embed', attrs: { provider: 'telegram', id: 'rekha_demo/101' } },
      { type: 'paragraph', content: [{ type: 'text', text: '{{embed https://evil.example/x}}' }] },
    ]);
  });
});
