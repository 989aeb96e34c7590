// The two looks of the article components: the site's (Tailwind classes, reader page and preview) and the
// lite page's (its own few classes, styled by the inline CSS of lib/lite/articleLite.ts). Same elements and
// text in both; only class names differ.
export type ArticleLook = 'page' | 'lite';

const page = {
  header: 'grid gap-3',
  section: 'text-sm font-semibold uppercase text-brand',
  sectionLink: 'hover:underline',
  title: 'text-3xl font-black leading-tight md:text-4xl',
  byline: 'text-sm text-muted',
  author: 'text-ink hover:underline',
  lede: 'text-xl font-semibold leading-snug',
  footer: 'grid gap-2 border-t border-rule pt-4 text-sm',
  note: 'text-muted',
  alternate: 'underline',
  tagsTitle: 'inline font-semibold',
  tagList: 'inline',
  tagItem: 'inline',
  tag: 'text-brand underline-offset-4 hover:underline',
  corrections: 'grid gap-2 border-s-4 border-brand ps-3 text-sm',
  correctionLabel: 'font-semibold',
};

type Classes = { [K in keyof typeof page]?: string };

const lite: Classes = { byline: 'meta', lede: 'lede', corrections: 'corrections' };

export function articleClasses(look: ArticleLook = 'page'): Classes {
  return look === 'lite' ? lite : page;
}
