// A small markup for demo and fixture content, turned into a RichTextDoc.
// Editors never write this: the admin editor saves RichTextDoc directly.
//   blank line      → new paragraph        ## / ###  → subheading
//   > line          → quote; "> — Name" last line is the attribution
//   - item / 1. item → bulleted / numbered list
//   **bold**  *italic*  [text](https://…)
import type { BlockNode, InlineNode, ListItemNode, Mark, ParagraphNode, RichTextDoc } from './types';

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
