// Demo stories that exercise what crawlers see: a language version whose slug changed
// (its former slug answers 301) and a deleted language version (its URL answers 410 Gone).
// Fiction written for this project; the library and people are invented.
import type { DemoStory } from './types';

export const storiesSeo: DemoStory[] = [
  {
    key: 's-library-night-opening',
    section: 'culture',
    tags: ['books', 'minsk'],
    authors: ['newsdesk'],
    image: 'library',
    hoursAgo: 1.5,
    original: 'be',
    versions: {
      be: {
        slug: 'rajonnaja-biblijateka-budze-pratsavats-da-paunochy',
        formerSlugs: ['biblijateka-budze-pratsavats-da-paunochy'],
        title: 'Раённая бібліятэка на Кастрычніцкай будзе працаваць да поўначы па пятніцах',
        lede: 'З наступнага месяца чытальная зала застанецца адкрытай да 24:00 кожную пятніцу. Бібліятэкары кажуць, што вечарам туды часцей за ўсё прыходзяць студэнты і бацькі пасля працы.',
        body: `Раённая бібліятэка на вуліцы Кастрычніцкай з наступнага месяца будзе працаваць па пятніцах да поўначы. Загадчыца Вольга Шыманская растлумачыла, што пра доўгія вечары чытачы прасілі ў анкеце, якую бібліятэка праводзіла ўвесну.

Увечары будзе адкрыта толькі чытальная зала на другім паверсе: кнігі можна браць з адкрытых паліц і здаваць праз скрыню каля ўваходу. Абанемент працуе ў звычайныя гадзіны.

«Калі за тры месяцы ўвечары будзе прыходзіць хаця б трыццаць чалавек, мы пакінем новы графік назаўсёды», — сказала Вольга Шыманская.`,
      },
      ru: {
        slug: 'rayonnaya-biblioteka-budet-rabotat-do-polunochi',
        deleted: true,
        title: 'Районная библиотека на Октябрьской будет работать до полуночи по пятницам',
        lede: 'С следующего месяца читальный зал будет открыт до 24:00 каждую пятницу.',
        body: `Эта версия материала удалена редакцией: в ней была ошибка в адресе библиотеки.`,
      },
      en: {
        slug: 'district-library-to-stay-open-until-midnight-on-fridays',
        title: 'District library on Kastrychnitskaya Street to stay open until midnight on Fridays',
        lede: 'From next month the reading room will stay open until midnight every Friday. Librarians say evening visitors are mostly students and parents coming from work.',
        body: `The district library on Kastrychnitskaya Street will stay open until midnight on Fridays from next month. Its head, Volha Shymanskaya, said readers had asked for longer evenings in a survey the library ran in the spring.

In the evening only the reading room on the second floor will be open: books can be taken from the open shelves and returned through the box by the entrance. The lending desk keeps its usual hours.

“If at least thirty people come in the evenings over three months, we will keep the new hours for good,” Shymanskaya said.`,
      },
    },
  },
];
