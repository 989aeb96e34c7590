import { highlightParts } from '@/lib/news/search';

/** A search headline with its matches in <mark>; every part is rendered as text, never as HTML. */
export function Highlighted({ text }: { text: string }) {
  return (
    <>{highlightParts(text).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>
  );
}
