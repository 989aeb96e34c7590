import { describe, expect, it } from 'vitest';
import { articleFormSchema, fieldErrors, formDataToInput } from './article-schema';
import { normalizeDoc } from './richtext-schema';

const valid = {
  title: 'Загаловак',
  lede: 'Лід',
  slug: '',
  body: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Тэкст' }] }] }),
  sectionId: 'seed-section-palityka',
  tagIds: [],
  authorIds: [],
  version: '3',
};

describe('articleFormSchema (browser and server)', () => {
  it('accepts a valid form and keeps headline and lede as plain text', () => {
    const r = articleFormSchema.parse({
      ...valid,
      title: '  <b>Загаловак</b>\n\tз   прабеламі ',
      lede: '<script>x</script>',
    });
    expect(r.title).toBe('<b>Загаловак</b> з прабеламі');
    expect(r.lede).toBe('<script>x</script>'); // stays text: React escapes it when rendered
    expect(r.version).toBe(3);
    expect(r.intent).toBe('save');
  });

  it('names each bad field with a message key', () => {
    const r = articleFormSchema.safeParse({
      ...valid,
      title: '   ',
      slug: 'Not A Slug!',
      sectionId: '',
      intent: 'publish-everything',
    });
    expect(r.success).toBe(false);
    const errors = fieldErrors(r.error!);
    expect(errors.title).toBe('required');
    expect(errors.slug).toBe('slugFormat');
    expect(errors.sectionId).toBe('required');
    expect(errors.intent).toBe('invalid');
  });

  it('limits lengths', () => {
    const r = articleFormSchema.safeParse({ ...valid, title: 'x'.repeat(201), lede: 'y'.repeat(601) });
    expect(fieldErrors(r.error!)).toMatchObject({ title: 'tooLong', lede: 'tooLong' });
  });

  it('accepts lowercase slugs and refuses markup or Cyrillic in them', () => {
    expect(articleFormSchema.parse({ ...valid, slug: 'novy-budzhet-2026' }).slug).toBe('novy-budzhet-2026');
    for (const slug of ['<script>', 'навіна', 'a--b', '-a', 'a b'])
      expect(articleFormSchema.safeParse({ ...valid, slug }).success).toBe(false);
  });

  it('reads a form post, multi-valued fields as arrays', () => {
    const f = new FormData();
    f.set('title', 'T');
    f.append('tagIds', 'a');
    f.append('tagIds', 'b');
    f.set('intent', 'schedule');
    const input = formDataToInput(f);
    expect(input.tagIds).toEqual(['a', 'b']);
    expect(input.intent).toBe('schedule');
    expect(input.version).toBe('0');
  });

  it('refuses a body that is not JSON', () => {
    const r = articleFormSchema.safeParse({ ...valid, body: '<p>html</p>' });
    expect(fieldErrors(r.error!).body).toBe('bodyInvalid');
  });
});

describe('normalizeDoc: only the nodes and marks the renderer knows', () => {
  it('keeps the allowed structure and drops attributes Tiptap adds', () => {
    const doc = normalizeDoc({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2, id: 'x' }, content: [{ type: 'text', text: 'H' }] },
        {
          type: 'paragraph',
          attrs: { textAlign: 'left' },
          content: [
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }, { type: 'underline' }] },
            { type: 'hardBreak' },
            {
              type: 'text',
              text: 'link',
              marks: [{ type: 'link', attrs: { href: 'https://example.org/a', target: '_blank', class: 'x' } }],
            },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }],
        },
      ],
    });
    expect(doc).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'H' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'https://example.org/a' } }] },
          ],
        },
        {
          type: 'orderedList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }],
        },
      ],
    });
  });

  it('removes unsafe links but keeps their text', () => {
    const doc = normalizeDoc({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            { type: 'text', text: 'data', marks: [{ type: 'link', attrs: { href: 'data:text/html,<script>' } }] },
          ],
        },
      ],
    });
    expect(doc.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'click' },
        { type: 'text', text: 'data' },
      ],
    });
  });

  it('turns unknown blocks into their text instead of losing it, and drops raw HTML nodes', () => {
    const doc = normalizeDoc({
      type: 'doc',
      content: [
        { type: 'codeBlock', content: [{ type: 'text', text: 'kept' }] },
        { type: 'html', html: '<script>alert(1)</script>' },
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'h1 becomes h2' }] },
      ],
    });
    expect(doc.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'kept' }] },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'h1 becomes h2' }] },
    ]);
  });

  it('never throws on junk', () => {
    for (const junk of [null, 42, 'x', [], { content: 'nope' }, { content: [null, 1, { type: 'listItem' }] }]) {
      expect(normalizeDoc(junk).type).toBe('doc');
    }
  });
});

describe('hostile text in the article form (decision 0020)', () => {
  const nested = (type: string, levels: number) =>
    '{"type":"doc","content":[' +
    `{"type":"${type}","content":[`.repeat(levels) +
    '{"type":"paragraph","content":[{"type":"text","text":"x"}]}' +
    ']}'.repeat(levels) +
    ']}';
  const bodyWith = (text: string) =>
    JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

  it('refuses NUL, other control characters and lone surrogates in headline and lede with a field error, naming the field', () => {
    for (const bad of ['a\u0000b', 'a\u0007b', 'a\u001bb', 'a\u0085b', 'a\ud800b', 'a\udfffb']) {
      const r = articleFormSchema.safeParse({ ...valid, title: bad, lede: bad });
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(fieldErrors(r.error!), JSON.stringify(bad)).toMatchObject({ title: 'controlChars', lede: 'controlChars' });
    }
  });

  it('drops invisible control characters pasted into the body, keeping every visible character (decision 0020)', () => {
    for (const bad of ['a\u0000b', 'a\u0007b', 'a\u001bb', 'a\u0085b', 'a\ud800b']) {
      const r = articleFormSchema.safeParse({ ...valid, body: bodyWith(bad) });
      expect(r.success, JSON.stringify(bad)).toBe(true);
      expect(JSON.stringify(r.data!.body), JSON.stringify(bad)).toMatch(/"text":"a\S?b"/u);
      expect(JSON.stringify(r.data!.body)).not.toMatch(/\\u0000|\\u0007|\\u001b|\\ud800/i);
    }
    // A quote source is text too.
    const cite = JSON.stringify({
      type: 'doc',
      content: [{ type: 'blockquote', attrs: { cite: 'x\u0000y' }, content: [{ type: 'paragraph' }] }],
    });
    expect(JSON.stringify(articleFormSchema.parse({ ...valid, body: cite }).body)).toContain('"cite":"xy"');
  });

  it('keeps whitespace controls and real emoji (surrogate pairs)', () => {
    const r = articleFormSchema.parse({ ...valid, title: 'Ліст\tз\r\nрадкамі 🙂', body: bodyWith('радок\nі 🙂') });
    expect(r.title).toBe('Ліст з радкамі 🙂');
    expect(JSON.stringify(r.body)).toContain('радок\\nі 🙂');
  });

  it('answers a body nested thousands of levels deep with a field error, as a string or an object', () => {
    for (const type of ['blockquote', 'bulletList', 'unknownBlock']) {
      const r = articleFormSchema.safeParse({ ...valid, body: nested(type, 3000) });
      expect(fieldErrors(r.error!).body, type).toBe('bodyTooDeep');
    }
    let deep: Record<string, unknown> = { type: 'text', text: 'x' };
    for (let i = 0; i < 20_000; i++) deep = { type: 'unknownBlock', content: [deep] };
    expect(
      fieldErrors(articleFormSchema.safeParse({ ...valid, body: { type: 'doc', content: [deep] } }).error!).body,
    ).toBe('bodyTooDeep');
    // Real documents are far from the limit.
    expect(articleFormSchema.safeParse({ ...valid, body: nested('blockquote', 10) }).success).toBe(true);
  });
});
