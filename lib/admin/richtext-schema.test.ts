import { describe, expect, it } from 'vitest';
import { richTextDocSchema } from './richtext-schema';

describe('body normalisation keeps only what every output can carry', () => {
  it('drops NUL, other control characters and lone surrogates from text and attribution; keeps tab and newline', () => {
    const body = JSON.stringify({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '<scr\u0000ipt>a\u0001b\u000Cc\td\u007F \uD800e' }] },
        {
          type: 'blockquote',
          attrs: { cite: 'Іван\u0000' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: '\u0000' }] }],
        },
      ],
    });
    expect(richTextDocSchema.parse(body)).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '<script>abc\td \uFFFDe' }] },
        { type: 'blockquote', attrs: { cite: 'Іван' }, content: [{ type: 'paragraph' }] },
      ],
    });
  });
});
