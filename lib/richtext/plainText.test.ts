import { describe, expect, it } from 'vitest';
import { docToPlainText, wordCount } from './plainText';
import type { RichTextDoc } from './types';

describe('docToPlainText', () => {
  it('one block a line, list paragraphs side by side, a break as a space, no quote attribution', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Head' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a ' },
            { type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'javascript:x' } }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'b', marks: [{ type: 'bold' }] },
          ],
        },
        {
          type: 'blockquote',
          attrs: { cite: 'Who' },
          content: [
            { type: 'paragraph', content: [] },
            { type: 'paragraph', content: [{ type: 'text', text: 'said' }] },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'one' }] },
                { type: 'paragraph', content: [{ type: 'text', text: 'more' }] },
              ],
            },
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'two' }] }] },
          ],
        },
      ],
    } as RichTextDoc;
    expect(docToPlainText(doc)).toBe('Head\na link b\n\nsaid\none more\ntwo');
    expect(wordCount(doc)).toBe(8);
  });
});
