// The rich-text body as an HTML string for feeds (content:encoded, Atom content): the one mapping of
// lib/richtext/render.ts written as markup, every text and attribute value escaped (values double-quoted),
// site links absolute (feed readers have no base URL). The page writes the same mapping with React
// (components/RichText.tsx).
import { escapeHtml } from '@/lib/richtext/html';
import { renderBody, type BodyOutput } from '@/lib/richtext/render';
import type { Locale } from '@/lib/locales';
import type { RichTextDoc } from '@/lib/richtext/types';

const VOID = new Set(['br', 'img']);

const htmlOutput: BodyOutput<string> = {
  text: escapeHtml,
  element: (tag, attrs, children) => {
    const attributes = Object.entries(attrs ?? {})
      .filter(([, value]) => typeof value === 'string')
      .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
      .join('');
    return VOID.has(tag) ? `<${tag}${attributes}>` : `<${tag}${attributes}>${children.join('')}</${tag}>`;
  },
  inline: (content) => content,
  lines: (lines) => lines.flatMap((line, i) => (i > 0 ? [' ', ...line] : line)),
  doc: (blocks) => blocks.join('\n'),
};

/** Pictures as plain `<img>` with absolute addresses, embeds as links (decision 0027). */
export function richTextToHtml(doc: RichTextDoc, locale?: Locale): string {
  return renderBody(doc, htmlOutput, { absoluteLinks: true, locale });
}
