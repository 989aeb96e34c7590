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

export const MEDIA_CREDIT = 'Rekha demo';
export const MEDIA_WIDTH = 1200;
export const MEDIA_HEIGHT = 675;
export const mediaFile = (key: ImageKey) => `/media/demo/${key}.svg`;

export const images: Record<ImageKey, Localized<{ alt: string; caption: string }>> = {
  // Alt text says what the drawing shows (scripts/make-demo-images.ts); the caption says what it stands for.
  river: {
    be: { alt: 'Малюнак: зялёныя пагоркі і сіняя рака пад блакітным небам', caption: 'Рака ўвосень' },
    ru: { alt: 'Рисунок: зелёные холмы и синяя река под голубым небом', caption: 'Река осенью' },
    en: { alt: 'Drawing: green hills and a blue river under a pale sky', caption: 'A river in autumn' },
  },
  'city-square': {
    be: { alt: 'Малюнак: шэрыя гарадскія дамы і чырвоная вежа на фоне вечаровага неба', caption: 'Цэнтр горада' },
    ru: { alt: 'Рисунок: серые городские дома и красная башня на фоне вечернего неба', caption: 'Центр города' },
    en: { alt: 'Drawing: grey town houses and a red tower against an evening sky', caption: 'The town centre' },
  },
  field: {
    be: { alt: 'Малюнак: залатое поле з баразёнамі і сонца ў небе', caption: 'Жніво' },
    ru: { alt: 'Рисунок: золотое поле с бороздами и солнце в небе', caption: 'Жатва' },
    en: { alt: 'Drawing: a golden ploughed field under the sun', caption: 'Harvest time' },
  },
  'concert-hall': {
    be: { alt: 'Малюнак: белы будынак з чырвонымі калонамі і залатым дахам', caption: 'Канцэртная зала' },
    ru: { alt: 'Рисунок: белое здание с красными колоннами и золотой крышей', caption: 'Концертный зал' },
    en: { alt: 'Drawing: a white building with red columns and a golden roof', caption: 'The concert hall' },
  },
  stadium: {
    be: { alt: 'Малюнак: зялёнае футбольнае поле з цэнтральным колам', caption: 'Стадыён у дзень матча' },
    ru: { alt: 'Рисунок: зелёное футбольное поле с центральным кругом', caption: 'Стадион в день матча' },
    en: { alt: 'Drawing: a green football pitch with its centre circle', caption: 'The stadium on match day' },
  },
  library: {
    be: { alt: 'Малюнак: чатыры паліцы з рознакаляровымі кнігамі', caption: 'Бібліятэка' },
    ru: { alt: 'Рисунок: четыре полки с разноцветными книгами', caption: 'Библиотека' },
    en: { alt: 'Drawing: four shelves of brightly coloured books', caption: 'The library' },
  },
  'train-station': {
    be: { alt: 'Малюнак: чырвоны цягнік на шэрай платформе', caption: 'Вакзал' },
    ru: { alt: 'Рисунок: красный поезд у серой платформы', caption: 'Вокзал' },
    en: { alt: 'Drawing: a red train at a grey platform', caption: 'The station' },
  },
  forest: {
    be: { alt: 'Малюнак: шэраг зялёных елак на карычневай зямлі', caption: 'Лес каля горада' },
    ru: { alt: 'Рисунок: ряд зелёных елей на коричневой земле', caption: 'Лес возле города' },
    en: { alt: 'Drawing: a row of green fir trees on brown earth', caption: 'A forest near the city' },
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
