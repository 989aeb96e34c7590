// Line-by-line difference between two revisions (longest common subsequence), for the revisions page.
import { docToPlainText } from '@/lib/richtext/plainText';
import type { RichTextDoc } from '@/lib/richtext/types';
import { normalizeDoc } from './richtext-schema';

export type DiffLine = { op: 'same' | 'add' | 'del'; text: string };

export function diffLines(a: string[], b: string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: 'same', text: a[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push({ op: 'del', text: a[i++] });
    else out.push({ op: 'add', text: b[j++] });
  }
  while (i < n) out.push({ op: 'del', text: a[i++] });
  while (j < m) out.push({ op: 'add', text: b[j++] });
  return out;
}

export interface RevisionText {
  title: string;
  lede: string;
  slug: string;
  body: unknown;
}

/** A revision as lines: headline, lede, slug, then the body one block a line. */
export function revisionLines(r: RevisionText): string[] {
  const body = docToPlainText(normalizeDoc(r.body as RichTextDoc)).split('\n');
  return [`# ${r.title}`, `> ${r.lede}`, `/${r.slug}`, ...body].filter((l) => l.trim() !== '');
}
