import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { articlePath } from '@/lib/paths';
import { HeadlineLink } from './HeadlineLink';

describe('HeadlineLink', () => {
  const story = { title: 'Раённая <i>бібліятэка</i>', slug: 'raennaja-biblijateka' };

  it('links to the story in its language', () => {
    const html = renderToStaticMarkup(<HeadlineLink locale="be" story={story} current={false} />);
    expect(html).toContain(`href="${articlePath('be', story.slug)}"`);
    expect(html).toContain('Раённая &lt;i&gt;бібліятэка&lt;/i&gt;');
  });

  it('on the story’s own page is plain text marked as the current page', () => {
    const html = renderToStaticMarkup(<HeadlineLink locale="be" story={story} current />);
    expect(html).toMatch(/^<span aria-current="page"/);
    expect(html).not.toContain('href');
  });
});
