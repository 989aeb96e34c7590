// The body as plain text: the third output of the one body mapping (render.ts), for word counts and the
// newsroom's revision diffs. Blocks one a line, a list item's paragraphs side by side, a hard break a space;
// a quote's attribution is not part of the text. A picture is its caption and credit, a gallery one picture a
// line, an embed its link's words and address.
import { renderBody, type BodyOutput, type BodyTag } from './render';
import type { RichTextDoc } from './types';

const LINE_PER_CHILD: ReadonlySet<BodyTag> = new Set(['blockquote', 'ul', 'ol', 'div']);

// null: nothing (the attribution), unlike '' (an empty paragraph still takes its line).
const plainOutput: BodyOutput<string | null> = {
  text: (value) => value,
  element: (tag, _attrs, children) => {
    if (tag === 'footer') return null;
    if (tag === 'br') return ' ';
    const parts = children.filter((c): c is string => c !== null);
    return parts.join(LINE_PER_CHILD.has(tag) ? '\n' : '');
  },
  inline: (content) => content,
  lines: (lines) => [lines.map((line) => line.join('')).join(' ')],
  doc: (blocks) => blocks.join('\n'),
};

/** The document as plain text, one block a line (for word counts, search, feeds). */
export function docToPlainText(doc: RichTextDoc): string {
  return renderBody(doc, plainOutput) ?? '';
}

export function wordCount(doc: RichTextDoc): number {
  return docToPlainText(doc).split(/\s+/).filter(Boolean).length;
}
