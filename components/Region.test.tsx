import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Region } from './Region';

describe('Region', () => {
  it('is a landmark named by its own heading, in the element its look asks for', () => {
    const box = renderToStaticMarkup(
      <Region name="most-read" look="box" title="Most read">
        <p>list</p>
      </Region>,
    );
    expect(box).toMatch(/^<section aria-labelledby="most-read-title"[^>]* data-testid="most-read">/);
    expect(box).toContain('<h2 id="most-read-title" class="text-lg font-bold">Most read</h2><p>list</p>');
    const after = renderToStaticMarkup(
      <Region name="related" look="after" title="<b>Related</b>">
        {null}
      </Region>,
    );
    expect(after).toMatch(/^<aside aria-labelledby="related-title"[^>]*print:hidden/);
    expect(after).toContain('&lt;b&gt;Related&lt;/b&gt;');
  });
});
