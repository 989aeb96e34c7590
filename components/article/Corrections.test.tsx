// The correction notice is newsroom text shown to readers: every payload of the XSS corpus (decision 0017) must
// come back as text in both looks, and in the JSON-LD script without ending it.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ArticleView } from '@/lib/news/types';
import { asHtmlText, htmlElements, htmlProblems, htmlText } from '@/lib/security/inspect';
import { PAYLOADS } from '@/lib/security/payloads';
import { articleJsonLd, serializeJsonLd } from '@/lib/seo/jsonld';
import { Corrections } from './Corrections';

const at = new Date('2026-12-02T11:05:00Z');
const notices = PAYLOADS.map((p) => ({ text: p.text.replace(/\u0000/g, ''), at }));
const ALLOWED = new Set(['aside', 'p', 'strong', 'time']);

describe('correction notices', () => {
  for (const look of ['page', 'lite'] as const)
    it(`show every payload as text (${look} look), labelled and timed in Minsk`, () => {
      const html = renderToStaticMarkup(<Corrections notices={notices} locale="be" label="Выпраўленне" look={look} />);
      expect(htmlProblems(html, { allowedTags: ALLOWED })).toEqual([]);
      const paragraphs = htmlElements(html).filter((e) => e.tag === 'p');
      expect(paragraphs.map((p) => p.text)).toEqual(
        notices.map((n) => `Выпраўленне, 2.12.2026, 14:05: ${asHtmlText(n.text)}`),
      );
      expect(htmlText(html)).not.toContain('undefined');
    });

  it('renders nothing without notices', () => {
    expect(renderToStaticMarkup(<Corrections notices={[]} locale="en" label="Correction" />)).toBe('');
  });

  it('go into the JSON-LD as CorrectionComment, and the script cannot be ended by their text', () => {
    const article = {
      id: 'a',
      storyId: 's',
      locale: 'en',
      slug: 'story',
      title: 'Story',
      lede: 'Lede',
      body: { type: 'doc', content: [] },
      publishedAt: at,
      updatedAt: at,
      section: null,
      tags: [],
      authors: [],
      image: null,
      translatedFrom: null,
      translations: [],
      corrections: notices,
    } satisfies ArticleView;
    const json = serializeJsonLd(articleJsonLd(article));
    expect(json).not.toMatch(/<\/script/i);
    const [news] = JSON.parse(json);
    expect(news.correction).toHaveLength(notices.length);
    expect(news.correction[0]).toEqual({
      '@type': 'CorrectionComment',
      text: notices[0].text,
      datePublished: '2026-12-02T14:05:00+03:00',
    });
  });
});
