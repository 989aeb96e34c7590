// The article body as React: the one mapping of lib/richtext/render.ts written as elements. XSS-safe by
// construction: only the mapping's tags become elements, React escapes every text and attribute, links
// follow bodyLink (decision 0017). The feeds write the same mapping as a string (lib/feeds/richtextHtml.ts).
import { createElement, type ReactNode } from 'react';
import { renderBody, type BodyOutput } from '@/lib/richtext/render';
import type { RichTextDoc } from '@/lib/richtext/types';

// Children are passed as arguments, not arrays, so React needs no keys.
const reactOutput: BodyOutput<ReactNode> = {
  text: (value) => value,
  element: (tag, attrs, children) => createElement(tag, attrs, ...children),
  inline: (content) => createElement('span', null, content),
  lines: (lines) => lines.map((line) => createElement('span', null, ...line)),
  doc: (blocks) => createElement('div', { className: 'prose-news' }, ...blocks),
};

export function RichText({ doc }: { doc: RichTextDoc }) {
  return renderBody(doc, reactOutput);
}
