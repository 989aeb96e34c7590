import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWxr, WxrError } from './wxr';

const here = path.join(import.meta.dirname, 'testing');
const enc = (s: string) => new TextEncoder().encode(s);

describe('parseWxr', () => {
  it('reads the test export: site, authors, translation terms, items with their terms and meta', () => {
    const exp = parseWxr(fs.readFileSync(path.join(here, 'export.xml')));
    expect(exp.siteUrl).toBe('https://old.example.org');
    expect(exp.authors.map((a) => a.login)).toEqual(['alesia', 'ivan']);
    expect(exp.translationTerms.get('pll_5f0a1b2c3d4e5')).toContain('"ru";i:101');
    const post = exp.items.find((i) => i.postId === 100)!;
    expect(post.postDate?.toISOString()).toBe('2025-09-05T13:41:00.000Z');
    expect(post.terms.find((t) => t.domain === 'language')?.slug).toBe('be');
    expect(post.meta.get('_thumbnail_id')).toBe('10');
    expect(exp.items.find((i) => i.postId === 103)!.postDate).toBeNull();
  });

  it('names the line of a malformed file', () => {
    const error = (() => {
      try {
        parseWxr(fs.readFileSync(path.join(here, 'malformed.xml')));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(WxrError);
    expect((error as WxrError).line).toBe(14);
    expect((error as Error).message).toMatch(/^line 14: /);
  });

  it('refuses XML that is not a WordPress export, and an item without a post id', () => {
    expect(() => parseWxr(enc('<html><body/></html>'))).toThrow(/root element is not <rss>/);
    expect(() => parseWxr(enc('<rss><channel><title>x</title></channel></rss>'))).toThrow(/wxr_version/);
    expect(() =>
      parseWxr(
        enc('<rss><channel><wp:wxr_version>1.2</wp:wxr_version>\n<item><title>x</title></item></channel></rss>'),
      ),
    ).toThrow(/line 2: an <item> without a valid <wp:post_id>/);
    // An entity declaration (the billion-laughs shape) is not expanded: saxes knows no DTD entities.
    expect(() =>
      parseWxr(enc('<!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel><title>&a;</title></channel></rss>')),
    ).toThrow(WxrError);
  });
});

describe('localeOf', () => {
  it('maps WordPress language codes to ours, and no others', async () => {
    const { localeOf } = await import('./importer');
    expect(['be_BY', 'ru-RU', 'en_US', 'be', 'EN'].map(localeOf)).toEqual(['be', 'ru', 'en', 'be', 'en']);
    expect(['de_DE', 'uk', '', undefined, 'be-tarask-x'].map(localeOf)).toEqual([null, null, null, null, 'be']);
  });
});
