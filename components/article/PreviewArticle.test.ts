// Decision 0022: one rendering of an article. The newsroom preview and the shareable preview link render the
// same article column (PreviewArticle); neither page may build its own from the article pieces again.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const pages = ['app/admin/preview/[id]/page.tsx', 'app/[locale]/preview/[token]/page.tsx'];
/** What the article column is built from: only PreviewArticle (and the reader page) may put these together. */
const pieces = [
  'ArticleColumns',
  'ArticleHeader',
  'ArticleFooter',
  'Byline',
  'Corrections',
  'ArticleImage',
  'RichText',
];

describe('the previews share one article column', () => {
  for (const page of pages)
    it(`${page} renders PreviewArticle and none of its pieces itself`, () => {
      const source = readFileSync(path.join(root, page), 'utf8');
      expect(source).toMatch(/<PreviewArticle\b/);
      for (const piece of pieces) expect(source, piece).not.toMatch(new RegExp(`<${piece}\\b`));
    });
});
