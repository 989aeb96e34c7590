// A small markup for demo and fixture content, turned into a RichTextDoc.
// Editors never write this: the admin editor saves RichTextDoc directly.
//   blank line      → new paragraph        ## / ###  → subheading
//   > line          → quote; "> — Name" last line is the attribution
//   - item / 1. item → bulleted / numbered list
//   **bold**  *italic*  [text](https://…)
//   {{picture key | caption}}  a picture of the body (key: the seed's picture; caption optional)
//   {{gallery key key …}}      a gallery
//   {{embed https://…}}        an embed (YouTube, Telegram, X, Instagram)
// Pictures come out with the key as their media id and no file: whoever loads the markup (the seed) completes them.
import { parseEmbedUrl } from './embeds';
import type { BlockNode, BodyPicture, InlineNode, ListItemNode, Mark, ParagraphNode, RichTextDoc } from './types';

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(text: string): InlineNode[] {
  const out: InlineNode[] = [];
  let last = 0;
  const push = (t: string, marks?: Mark[]) => {
    if (t) out.push(marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
  };
  for (const m of text.matchAll(INLINE)) {
    push(text.slice(last, m.index));
    if (m[1] !== undefined) push(m[1], [{ type: 'bold' }]);
    else if (m[2] !== undefined) push(m[2], [{ type: 'italic' }]);
    else push(m[3], [{ type: 'link', attrs: { href: m[4] } }]);
    last = m.index + m[0].length;
  }
  push(text.slice(last));
  return out;
}

const pictureKey = (key: string, caption = ''): BodyPicture => ({
  mediaId: key,
  src: '',
  width: 0,
  height: 0,
  alt: '',
  caption: caption.trim(),
  credit: '',
});

/** A `{{…}}` line as a picture, gallery or embed; null when it is not one. */
function mediaBlock(line: string): BlockNode | null {
  const m = /^\{\{(picture|gallery|embed)\s+(.+)\}\}$/.exec(line);
  if (!m) return null;
  if (m[1] === 'picture') {
    const [key, caption] = m[2].split('|');
    return { type: 'image', attrs: pictureKey(key.trim(), caption) };
  }
  if (m[1] === 'gallery')
    return {
      type: 'gallery',
      attrs: {
        items: m[2]
          .trim()
          .split(/\s+/)
          .map((k) => pictureKey(k)),
      },
    };
  const embed = parseEmbedUrl(m[2]);
  return embed ? { type: 'embed', attrs: embed } : null;
}

function paragraph(text: string): ParagraphNode {
  const content = parseInline(text.trim());
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

export function markupToDoc(markup: string): RichTextDoc {
  const blocks: BlockNode[] = [];
  const chunks = markup
    .replace(/\r\n/g, '\n')
    .trim()
    .split(/\n\s*\n/);
  for (const chunk of chunks) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!lines.length) continue;
    const first = lines[0];
    const media = lines.length === 1 ? mediaBlock(first) : null;
    if (media) {
      blocks.push(media);
      continue;
    }
    const heading = /^(#{2,3})\s+(.*)$/.exec(first);
    if (heading && lines.length === 1) {
      blocks.push({
        type: 'heading',
        attrs: { level: heading[1].length as 2 | 3 },
        content: parseInline(heading[2]),
      });
    } else if (lines.every((l) => l.startsWith('>'))) {
      const body = lines.map((l) => l.replace(/^>\s?/, ''));
      let cite: string | undefined;
      const lastLine = body[body.length - 1];
      if (body.length > 1 && /^[—–-]\s/.test(lastLine)) {
        cite = lastLine.replace(/^[—–-]\s+/, '');
        body.pop();
      }
      blocks.push({
        type: 'blockquote',
        content: [paragraph(body.join(' '))],
        ...(cite ? { attrs: { cite } } : {}),
      });
    } else if (lines.every((l) => /^[-*]\s+/.test(l))) {
      blocks.push({ type: 'bulletList', content: lines.map((l) => item(l.replace(/^[-*]\s+/, ''))) });
    } else if (lines.every((l) => /^\d+[.)]\s+/.test(l))) {
      blocks.push({ type: 'orderedList', content: lines.map((l) => item(l.replace(/^\d+[.)]\s+/, ''))) });
    } else {
      blocks.push(paragraph(lines.join(' ')));
    }
  }
  return { type: 'doc', content: blocks };
}

function item(text: string): ListItemNode {
  return { type: 'listItem', content: [paragraph(text)] };
}
