// `npm run export:static`: the static lite mirror (decision 0032). Reads the published stories through the
// reader queries (lib/news), writes plain files with relative links into a folder, then the signed manifest.
import fs from 'node:fs';
import path from 'node:path';
import type { KeyObject } from 'node:crypto';
import { renderLiteArticle } from '@/lib/lite/articleLite';
import { locales, type Locale } from '@/lib/locales';
import { getArticle, getLatestNews, getNavSections } from '@/lib/news/queries';
import type { ArticleView, HeadlineItem, SectionLink } from '@/lib/news/types';
import { articleLitePath, feedPath, frontPath, sectionPath, siteOrigin } from '@/lib/paths';
import { isSafeRelativePath, writeSignedManifest, type Manifest } from './manifest';
import { atomFeed, files, frontPage, LinkMap, rootPage, sectionPage, strings, type Story } from './site';

export interface ExportOptions {
  out: string;
  /** The latest N stories per language. */
  stories: number;
  privateKey: KeyObject;
  now?: Date;
}

export interface ExportResult {
  manifest: Manifest;
  files: string[];
}

export const DEFAULT_STORIES = 50;
export const MAX_STORIES = 5000;

interface LanguageData {
  stories: Story[];
  headlines: HeadlineItem[];
  sections: { section: SectionLink; file: string; stories: Story[] }[];
}

/** Write the copy into `out` (created if missing; it must be empty, so nothing stale is signed with it). */
export async function exportStaticSite({
  out,
  stories: n,
  privateKey,
  now = new Date(),
}: ExportOptions): Promise<ExportResult> {
  if (!Number.isInteger(n) || n < 1 || n > MAX_STORIES) throw new Error(`--stories must be 1…${MAX_STORIES}`);
  fs.mkdirSync(out, { recursive: true });
  if (fs.readdirSync(out).length > 0) throw new Error(`${out} is not empty: give an empty or new folder`);

  const links = new LinkMap();
  links.add('/', files.root());
  const data = new Map<Locale, LanguageData>();
  for (const locale of locales) {
    links.add(frontPath(locale), files.front(locale));
    links.add(feedPath(locale, 'atom'), files.feed(locale));
    const headlines = await getLatestNews(locale, n, now);
    const articles = (await Promise.all(headlines.map((h) => getArticle(locale, h.slug, now)))).filter(
      (a): a is ArticleView => a !== null,
    );
    const stories = articles.map((article) => ({ article, file: files.article(locale, article.slug, article.id) }));
    for (const s of stories) links.add(articleLitePath(locale, s.article.slug), s.file);
    const sections = (await getNavSections(locale)).map((section, i) => ({
      section,
      file: files.section(locale, section.slug, i),
      stories: stories.filter((s) => s.article.section?.slug === section.slug),
    }));
    for (const s of sections) links.add(sectionPath(locale, s.section.slug), s.file);
    data.set(locale, { stories, headlines, sections });
  }

  const written: string[] = [];
  const write = (file: string, content: string) => {
    if (!isSafeRelativePath(file)) throw new Error(`refusing to write ${file}`);
    const full = path.join(out, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
    written.push(file);
  };

  const site = siteOrigin();
  write(files.root(), rootPage(links));
  for (const locale of locales) {
    const { stories, headlines, sections } = data.get(locale)!;
    const t = strings(locale);
    write(
      files.front(locale),
      frontPage(
        locale,
        stories,
        sections.map((s) => s.section),
        links,
        now,
        site,
      ),
    );
    write(files.feed(locale), atomFeed(locale, stories, links, now));
    for (const s of sections) write(s.file, sectionPage(locale, s.file, s.section, s.stories, links));
    const latest = headlines.slice(0, 10);
    for (const { article, file } of stories) {
      const html = renderLiteArticle(article, latest, {
        siteName: t('site.name'),
        fullVersion: t('lite.fullVersion'),
        latestNews: t('latestNews.title'),
        languages: t('switcher.label'),
        noTranslation: (language) => t('switcher.noTranslation', { language }),
        languageName: (l) => t(`languages.${l}`),
        credit: (credit) => t('article.credit', { credit }),
      });
      write(file, links.rewrite(html, file));
    }
  }
  const manifest = writeSignedManifest(out, site, privateKey, now);
  return { manifest, files: written };
}
