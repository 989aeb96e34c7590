// Static pages (about, contacts) in be / ru / en, written for this demo; editors change them later.
// Idempotent like the rest of the seed: stable ids, upserts. Contacts are invented (example.org / .invalid).
import { markupToDoc } from '../../lib/richtext/markup';
import type { Prisma, PrismaClient } from '../../lib/db/client';
import type { DemoLocale } from './content/types';

interface PageText {
  slug: string;
  title: string;
  description: string;
  body: string;
}

export const staticPages: { key: string; versions: Record<DemoLocale, PageText> }[] = [
  {
    key: 'about',
    versions: {
      be: {
        slug: 'pra-nas',
        title: 'Пра нас',
        description: '«Рэха» — дэманстрацыйная рэдакцыя, якая піша навіны па-беларуску, па-руску і па-англійску.',
        body: `«Рэха» — дэманстрацыйны сайт навін. Мы паказваем, як можа працаваць невялікая незалежная рэдакцыя, што выдае кожны матэрыял на трох мовах: беларускай, рускай і англійскай.

## Што мы робім

Мы пішам пра мясцовае самакіраванне, гарады і вёскі, эканоміку, культуру і спорт. Кожны тэкст спачатку выходзіць на мове, на якой яго напісаў аўтар, а пераклады з’яўляюцца, калі іх праверыць рэдактар.

## Нашы правілы

- Мы аддзяляем факты ад меркаванняў і пазначаем, адкуль узятая інфармацыя.
- Калі мы памыляемся, мы выпраўляем тэкст і пішам пра выпраўленне ў канцы матэрыялу.
- Мы не ставім на сайт старонніх трэкераў і не выкарыстоўваем кукі для падліку чытачоў.

Усе людзі, установы і падзеі на гэтым сайце выдуманыя.`,
      },
      ru: {
        slug: 'o-nas',
        title: 'О нас',
        description:
          '«Рэха» — демонстрационная редакция, которая пишет новости по-белорусски, по-русски и по-английски.',
        body: `«Рэха» — демонстрационный сайт новостей. Мы показываем, как может работать небольшая независимая редакция, которая выпускает каждый материал на трёх языках: белорусском, русском и английском.

## Что мы делаем

Мы пишем о местном самоуправлении, городах и деревнях, экономике, культуре и спорте. Каждый текст сначала выходит на языке, на котором его написал автор, а переводы появляются, когда их проверит редактор.

## Наши правила

- Мы отделяем факты от мнений и указываем, откуда взята информация.
- Если мы ошибаемся, мы исправляем текст и пишем об исправлении в конце материала.
- Мы не ставим на сайт сторонние трекеры и не используем куки для подсчёта читателей.

Все люди, учреждения и события на этом сайте вымышлены.`,
      },
      en: {
        slug: 'about',
        title: 'About us',
        description: 'Rekha is a demonstration newsroom publishing news in Belarusian, Russian and English.',
        body: `Rekha is a demonstration news site. It shows how a small independent newsroom can publish every story in three languages: Belarusian, Russian and English.

## What we do

We cover local government, towns and villages, the economy, culture and sport. Each story first appears in the language its author wrote it in; translations follow once an editor has checked them.

## Our rules

- We keep facts apart from opinion and say where information comes from.
- When we get something wrong, we correct the story and note the correction at its end.
- We run no third-party trackers and use no cookies to count readers.

All people, institutions and events on this site are invented.`,
      },
    },
  },
  {
    key: 'contacts',
    versions: {
      be: {
        slug: 'kantakty',
        title: 'Кантакты',
        description: 'Як звязацца з рэдакцыяй «Рэха».',
        body: `Рэдакцыя чытае ўсе лісты, але не можа адказаць на кожны.

## Рэдакцыя

- Агульныя пытанні: **redakcyja@rekha.invalid**
- Памылка ў тэксце: **vypraulenni@rekha.invalid** — калі ласка, дадайце спасылку на матэрыял.
- Навіна або ідэя для тэмы: **naviny@rekha.invalid**

## Бяспечная сувязь

Калі вы хочаце паведаміць нешта адчувальнае, не пішыце з працоўнай пошты. Інструкцыя — на [старонцы пра бяспечную сувязь](https://example.org/rekha/secure).`,
      },
      ru: {
        slug: 'kontakty',
        title: 'Контакты',
        description: 'Как связаться с редакцией «Рэха».',
        body: `Редакция читает все письма, но не может ответить на каждое.

## Редакция

- Общие вопросы: **redakcyja@rekha.invalid**
- Ошибка в тексте: **vypraulenni@rekha.invalid** — пожалуйста, добавьте ссылку на материал.
- Новость или идея для темы: **naviny@rekha.invalid**

## Безопасная связь

Если вы хотите сообщить что-то чувствительное, не пишите с рабочей почты. Инструкция — на [странице о безопасной связи](https://example.org/rekha/secure).`,
      },
      en: {
        slug: 'contacts',
        title: 'Contacts',
        description: 'How to reach the Rekha newsroom.',
        body: `The newsroom reads every message but cannot answer each one.

## Newsroom

- General questions: **redakcyja@rekha.invalid**
- A mistake in a story: **vypraulenni@rekha.invalid** — please include a link to the story.
- A news tip or story idea: **naviny@rekha.invalid**

## Secure contact

If you want to tell us something sensitive, do not write from a work account. Instructions are on the [secure contact page](https://example.org/rekha/secure).`,
      },
    },
  },
];

const locales: DemoLocale[] = ['be', 'ru', 'en'];

/** Creates or updates the demo static pages (stable ids `seed-page-…`). Returns how many language versions. */
export async function seedStaticPages(prisma: PrismaClient): Promise<number> {
  let n = 0;
  for (const [position, page] of staticPages.entries()) {
    const id = `seed-page-${page.key}`;
    await prisma.$transaction([
      prisma.staticPage.upsert({
        where: { key: page.key },
        create: { id, key: page.key, position },
        update: { position },
      }),
      ...locales.map((locale) => {
        const v = page.versions[locale];
        const data = {
          slug: v.slug,
          title: v.title,
          description: v.description,
          body: markupToDoc(v.body) as unknown as Prisma.InputJsonValue,
        };
        n++;
        return prisma.staticPageTranslation.upsert({
          where: { pageId_locale: { pageId: id, locale } },
          create: { id: `${id}-${locale}`, pageId: id, locale, ...data },
          update: data,
        });
      }),
    ]);
  }
  return n;
}
