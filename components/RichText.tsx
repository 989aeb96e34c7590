// Renders a RichTextDoc as HTML. XSS-safe by construction: only the node and mark types below
// become elements, text is always escaped by React, and links follow the shared rule of bodyLink
// (lib/richtext/safeHref.ts, also used by the feeds' and lite page's renderer; decision 0017).
import type { ReactNode } from 'react';
import { bodyLink } from '@/lib/richtext/safeHref';
import type { BlockNode, InlineNode, ListItemNode, ParagraphNode, RichTextDoc } from '@/lib/richtext/types';

function renderInline(nodes: InlineNode[] | undefined): ReactNode[] {
  return (nodes ?? []).map((node, i) => {
    if (node.type === 'hardBreak') return <br key={i} />;
    if (node.type !== 'text' || typeof node.text !== 'string') return null;
    let el: ReactNode = node.text;
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') el = <strong>{el}</strong>;
      else if (mark.type === 'italic') el = <em>{el}</em>;
      else if (mark.type === 'link') {
        const link = bodyLink(mark.attrs?.href);
        if (link) el = <a href={link.href} rel={link.rel}>{el}</a>;
      }
    }
    return <span key={i}>{el}</span>;
  });
}

function Paragraph({ node }: { node: ParagraphNode }) {
  return <p>{renderInline(node.content)}</p>;
}

function ListItems({ items }: { items: ListItemNode[] }) {
  return items
    .filter((li) => li?.type === 'listItem')
    .map((li, i) => (
      <li key={i}>
        {(li.content ?? []).map((p, j) => (p?.type === 'paragraph' ? <span key={j}>{renderInline(p.content)}</span> : null))}
      </li>
    ));
}

function Block({ node }: { node: BlockNode }) {
  switch (node?.type) {
    case 'paragraph':
      return <Paragraph node={node} />;
    case 'heading':
      return node.attrs?.level === 3 ? <h3>{renderInline(node.content)}</h3> : <h2>{renderInline(node.content)}</h2>;
    case 'blockquote':
      return (
        <blockquote>
          {(node.content ?? []).map((p, i) => (p?.type === 'paragraph' ? <Paragraph key={i} node={p} /> : null))}
          {typeof node.attrs?.cite === 'string' && node.attrs.cite ? <footer>— {node.attrs.cite}</footer> : null}
        </blockquote>
      );
    case 'bulletList':
      return (
        <ul>
          <ListItems items={node.content ?? []} />
        </ul>
      );
    case 'orderedList':
      return (
        <ol>
          <ListItems items={node.content ?? []} />
        </ol>
      );
    default:
      return null;
  }
}

export function RichText({ doc }: { doc: RichTextDoc }) {
  const blocks = Array.isArray(doc?.content) ? doc.content : [];
  return (
    <div className="prose-news">
      {blocks.map((node, i) => (
        <Block key={i} node={node} />
      ))}
    </div>
  );
}
