import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MARK_END, MARK_START } from '@/lib/news/search';
import { Highlighted } from './Highlighted';

describe('Highlighted', () => {
  it('marks matches and escapes everything else, markup from the database included', () => {
    const html = renderToStaticMarkup(
      <Highlighted
        text={`<img src=x onerror=alert(1)> ${MARK_START}школа${MARK_END} & ${MARK_START}<script>${MARK_END}`}
      />,
    );
    expect(html).toBe(
      '<span>&lt;img src=x onerror=alert(1)&gt; </span><mark>школа</mark><span> &amp; </span><mark>&lt;script&gt;</mark>',
    );
  });
});
