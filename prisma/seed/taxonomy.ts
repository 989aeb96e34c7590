// Sections, tags, authors and demo images that `prisma db seed` creates, in be / ru / en.
// All people here are invented. Keys come from ./content/types.ts.
import { slugify } from '../../lib/slug';
import type { AuthorKey, DemoLocale, ImageKey, SectionKey, TagKey } from './content/types';

export type Localized<T> = Record<DemoLocale, T>;
export interface NameSlug {
  name: string;
  slug: string;
}

export const demoLocales: DemoLocale[] = ['be', 'ru', 'en'];

/** Names with slugs made by transliteration, unless a slug is given. */
function named(be: string, ru: string, en: string, slugs: Partial<Localized<string>> = {}): Localized<NameSlug> {
  return {
    be: { name: be, slug: slugs.be ?? slugify(be, 'be') },
    ru: { name: ru, slug: slugs.ru ?? slugify(ru, 'ru') },
    en: { name: en, slug: slugs.en ?? slugify(en, 'en') },
  };
}

/** In navigation order. */
export const sections: { key: SectionKey; translations: Localized<NameSlug> }[] = [
  { key: 'politics', translations: named('Палітыка', 'Политика', 'Politics') },
  { key: 'society', translations: named('Грамадства', 'Общество', 'Society') },
  { key: 'economy', translations: named('Эканоміка', 'Экономика', 'Economy') },
  { key: 'world', translations: named('Свет', 'Мир', 'World') },
  { key: 'culture', translations: named('Культура', 'Культура', 'Culture') },
  { key: 'sport', translations: named('Спорт', 'Спорт', 'Sport') },
];

export const tags: Record<TagKey, Localized<NameSlug>> = {
  minsk: named('Мінск', 'Минск', 'Minsk'),
  hrodna: named('Гродна', 'Гродно', 'Hrodna'),
  viciebsk: named('Віцебск', 'Витебск', 'Vitsebsk'),
  brest: named('Брэст', 'Брест', 'Brest'),
  elections: named('Выбары', 'Выборы', 'Elections'),
  education: named('Адукацыя', 'Образование', 'Education'),
  health: named('Здароўе', 'Здоровье', 'Health'),
  transport: named('Транспарт', 'Транспорт', 'Transport'),
  prices: named('Цэны', 'Цены', 'Prices'),
  it: named('ІТ', 'IT', 'IT'),
  agriculture: named('Сельская гаспадарка', 'Сельское хозяйство', 'Agriculture'),
  ecology: named('Экалогія', 'Экология', 'Ecology'),
  music: named('Музыка', 'Музыка', 'Music'),
  books: named('Кнігі', 'Книги', 'Books'),
  cinema: named('Кіно', 'Кино', 'Cinema'),
  football: named('Футбол', 'Футбол', 'Football'),
  hockey: named('Хакей', 'Хоккей', 'Hockey'),
  athletics: named('Лёгкая атлетыка', 'Лёгкая атлетика', 'Athletics'),
  weather: named('Надвор’е', 'Погода', 'Weather'),
  diaspora: named('Дыяспара', 'Диаспора', 'Diaspora'),
};

export interface AuthorTranslationSeed extends NameSlug {
  bio: string;
}

function author(
  names: Localized<string>,
  bios: Localized<string>,
  slugs: Partial<Localized<string>> = {},
): Localized<AuthorTranslationSeed> {
  const t = named(names.be, names.ru, names.en, slugs);
  return {
    be: { ...t.be, bio: bios.be },
    ru: { ...t.ru, bio: bios.ru },
    en: { ...t.en, bio: bios.en },
  };
}

export const authors: Record<AuthorKey, Localized<AuthorTranslationSeed>> = {
  alesia: author(
    { be: 'Алеся Вярбіцкая', ru: 'Алеся Вербицкая', en: 'Alesia Viarbitskaya' },
    {
      be: 'Піша пра мясцовае самакіраванне і выбары. Да журналістыкі пяць гадоў працавала ў раённай бібліятэцы.',
      ru: 'Пишет о местном самоуправлении и выборах. До журналистики пять лет работала в районной библиотеке.',
      en: 'Covers local government and elections. Worked at a district library for five years before turning to journalism.',
    },
  ),
  mikhas: author(
    { be: 'Міхась Паляшчук', ru: 'Михась Полещук', en: 'Mikhas Paliashchuk' },
    {
      be: 'Эканамічны аглядальнік: цэны, заробкі, малы бізнес. Любіць табліцы і доўгія размовы на рынках.',
      ru: 'Экономический обозреватель: цены, зарплаты, малый бизнес. Любит таблицы и долгие разговоры на рынках.',
      en: 'Economics writer: prices, wages and small business. Fond of spreadsheets and long conversations at markets.',
    },
  ),
  katsiaryna: author(
    { be: 'Кацярына Сіўко', ru: 'Екатерина Сивко', en: 'Katsiaryna Siuko' },
    {
      be: 'Рэдактарка аддзела культуры. Піша пра кнігі, кіно і музыку, вядзе штотыднёвы агляд прэм’ер.',
      ru: 'Редактор отдела культуры. Пишет о книгах, кино и музыке, ведёт еженедельный обзор премьер.',
      en: 'Culture editor. Writes about books, film and music, and runs the weekly round-up of premieres.',
    },
  ),
  andrei: author(
    { be: 'Андрэй Жылевіч', ru: 'Андрей Жилевич', en: 'Andrei Zhylevich' },
    {
      be: 'Спартыўны карэспандэнт. Асвятляе футбол, хакей і лёгкую атлетыку, сам бегае паўмарафоны.',
      ru: 'Спортивный корреспондент. Освещает футбол, хоккей и лёгкую атлетику, сам бегает полумарафоны.',
      en: 'Sports correspondent covering football, hockey and athletics; runs half-marathons himself.',
    },
  ),
  newsdesk: author(
    { be: 'Рэдакцыя', ru: 'Редакция', en: 'Newsdesk' },
    {
      be: 'Навіны, падрыхтаваныя дзяжурнай зменай рэдакцыі.',
      ru: 'Новости, подготовленные дежурной сменой редакции.',
      en: 'News prepared by the duty team of the newsroom.',
    },
  ),
};

export const MEDIA_CREDIT = 'Illustration: Rekha demo';
export const MEDIA_WIDTH = 1200;
export const MEDIA_HEIGHT = 675;
export const mediaFile = (key: ImageKey) => `/media/demo/${key}.svg`;

export const images: Record<ImageKey, Localized<{ alt: string; caption: string }>> = {
  river: {
    be: { alt: 'Рака з драўляным мостам на світанку', caption: 'Рака ўвосень. Ілюстрацыя' },
    ru: { alt: 'Река с деревянным мостом на рассвете', caption: 'Река осенью. Иллюстрация' },
    en: { alt: 'A river with a wooden bridge at dawn', caption: 'A river in autumn. Illustration' },
  },
  'city-square': {
    be: { alt: 'Гарадская плошча з ратушай і людзьмі', caption: 'Цэнтральная плошча. Ілюстрацыя' },
    ru: { alt: 'Городская площадь с ратушей и людьми', caption: 'Центральная площадь. Иллюстрация' },
    en: { alt: 'A town square with a town hall and people', caption: 'The central square. Illustration' },
  },
  field: {
    be: { alt: 'Поле з жытам і трактар удалечыні', caption: 'Жніво. Ілюстрацыя' },
    ru: { alt: 'Поле ржи и трактор вдалеке', caption: 'Жатва. Иллюстрация' },
    en: { alt: 'A rye field with a tractor in the distance', caption: 'Harvest time. Illustration' },
  },
  'concert-hall': {
    be: { alt: 'Сцэна канцэртнай залы з аркестрам', caption: 'Канцэртная зала. Ілюстрацыя' },
    ru: { alt: 'Сцена концертного зала с оркестром', caption: 'Концертный зал. Иллюстрация' },
    en: { alt: 'The stage of a concert hall with an orchestra', caption: 'The concert hall. Illustration' },
  },
  stadium: {
    be: { alt: 'Футбольны стадыён з поўнымі трыбунамі', caption: 'Стадыён у дзень матча. Ілюстрацыя' },
    ru: { alt: 'Футбольный стадион с полными трибунами', caption: 'Стадион в день матча. Иллюстрация' },
    en: { alt: 'A football stadium with full stands', caption: 'The stadium on match day. Illustration' },
  },
  library: {
    be: { alt: 'Чытальная зала бібліятэкі з высокімі паліцамі', caption: 'Чытальная зала. Ілюстрацыя' },
    ru: { alt: 'Читальный зал библиотеки с высокими полками', caption: 'Читальный зал. Иллюстрация' },
    en: { alt: 'A library reading room with tall shelves', caption: 'The reading room. Illustration' },
  },
  'train-station': {
    be: { alt: 'Чыгуначны вакзал і электрычка на пероне', caption: 'Вакзал. Ілюстрацыя' },
    ru: { alt: 'Железнодорожный вокзал и электричка на перроне', caption: 'Вокзал. Иллюстрация' },
    en: { alt: 'A railway station with a commuter train at the platform', caption: 'The station. Illustration' },
  },
  forest: {
    be: { alt: 'Сцежка праз хвойны лес', caption: 'Лес каля горада. Ілюстрацыя' },
    ru: { alt: 'Тропинка через хвойный лес', caption: 'Лес возле города. Иллюстрация' },
    en: { alt: 'A path through a pine forest', caption: 'A forest near the city. Illustration' },
  },
};

// Stable ids: a re-run of the seed finds and updates the same rows instead of adding new ones.
export const seedIds = {
  section: (key: SectionKey) => `seed-section-${key}`,
  tag: (key: TagKey) => `seed-tag-${key}`,
  author: (key: AuthorKey) => `seed-author-${key}`,
  media: (key: ImageKey) => `seed-media-${key}`,
  story: (key: string) => `seed-story-${key}`,
  article: (key: string, locale: DemoLocale) => `seed-article-${key}-${locale}`,
};
export const SEED_STORY_PREFIX = 'seed-story-';
