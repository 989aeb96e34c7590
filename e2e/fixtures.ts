// What the e2e tests know about the demo content: they read the same fixture files that the seed loads.
import { demoContent, isPublished } from '../prisma/seed/content';
import type { DemoLocale, DemoStory } from '../prisma/seed/content/types';
import { markupToDoc } from '../lib/richtext/markup';
import { docToPlainText } from '../lib/richtext/plainText';

export const demoStories: DemoStory[] = demoContent;

export { isPublished };

export function slugOf(s: DemoStory, l: DemoLocale): string {
  const slug = s.versions[l]?.slug;
  if (!slug) throw new Error(`demo story ${s.key} has no explicit ${l} slug`);
  return slug;
}

/** A story published in all three languages, with the longest Belarusian body. */
export const storyInAllLanguages: DemoStory = demoStories
  .filter((s) => isPublished(s, 'be') && isPublished(s, 'ru') && isPublished(s, 'en'))
  .sort((a, b) => b.versions.be!.body.length - a.versions.be!.body.length)[0];

/** A story published in Belarusian with no published Russian version. */
export const storyWithoutRussian: DemoStory = demoStories.find((s) => isPublished(s, 'be') && !isPublished(s, 'ru'))!;

/** A language version that exists only as a draft. */
export const draftVersion = (() => {
  for (const s of demoStories)
    for (const l of ['be', 'ru', 'en'] as const)
      if (s.versions[l]?.draft) return { story: s, locale: l, slug: slugOf(s, l) };
  throw new Error('no draft version in the demo content');
})();

/** The body as the reader should be able to read it: one string per block. */
export function bodyBlocks(s: DemoStory, l: DemoLocale): string[] {
  return docToPlainText(markupToDoc(s.versions[l]!.body))
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
}

/** Tags stripped, entities decoded, whitespace collapsed: what a crawler reads in the HTML. */
export function htmlToText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
