// A demo story whose body holds pictures, a gallery and embeds (decision 0027), in every language, so a
// newcomer sees each kind of body node. Invented for this project, like every demo story; the embeds point at
// made-up posts.
import type { DemoStory } from './types';

export const storiesMedia: DemoStory[] = [
  {
    key: 'm-river-photo-walk',
    section: 'culture',
    tags: ['ecology', 'viciebsk'],
    authors: ['katsiaryna'],
    image: 'river',
    hoursAgo: 30,
    original: 'be',
    versions: {
      be: {
        slug: 'fotashpatsyr-uzdoyzh-raki',
        title: 'Фоташпацыр уздоўж ракі: малюнкі мясцовых школьнікаў выставілі пад адкрытым небам',
        lede: 'Сорак малюнкаў пра раку, поле і лес развесілі на набярэжнай. Арганізатары просяць гледачоў прайсці ўвесь маршрут пешшу.',
        body: `Выстава пачынаецца каля старога моста і цягнецца амаль на кіламетр. Кожны малюнак замацаваны на драўляным шчыце з кароткім тэкстам аўтара.

{{picture field | Поле за горадам — першы малюнак маршруту}}

Настаўніца малявання Вольга Сініца кажа, што дзеці некалькі тыдняў хадзілі на этюды. «Мы шукалі месцы, якія бачым кожны дзень і не заўважаем», — тлумачыць яна.

{{picture forest}}

## Што можна ўбачыць

{{gallery river library city-square}}

Відэа пра тое, як ставілі шчыты, арганізатары выклалі ў сетку, а расклад экскурсій — у сваім канале.

{{embed https://www.youtube.com/watch?v=rEkHaDeMo01}}

{{embed https://t.me/rekha_demo/101}}`,
      },
      ru: {
        slug: 'fotoprogulka-vdol-reki',
        title: 'Фотопрогулка вдоль реки: рисунки местных школьников выставили под открытым небом',
        lede: 'Сорок рисунков о реке, поле и лесе развесили на набережной. Организаторы просят зрителей пройти весь маршрут пешком.',
        body: `Выставка начинается у старого моста и тянется почти на километр. Каждый рисунок закреплён на деревянном щите с коротким текстом автора.

{{picture field | Поле за городом — первый рисунок маршрута}}

Учительница рисования Ольга Синица говорит, что дети несколько недель ходили на этюды. «Мы искали места, которые видим каждый день и не замечаем», — объясняет она.

{{picture forest}}

## Что можно увидеть

{{gallery river library city-square}}

Видео о том, как ставили щиты, организаторы выложили в сеть, а расписание экскурсий — в своём канале.

{{embed https://www.youtube.com/watch?v=rEkHaDeMo01}}

{{embed https://t.me/rekha_demo/101}}`,
      },
      en: {
        slug: 'river-photo-walk',
        title: 'A walk along the river: local pupils’ drawings go on show in the open air',
        lede: 'Forty drawings of the river, the fields and the forest hang along the embankment. The organisers ask visitors to walk the whole route.',
        body: `The exhibition starts by the old bridge and runs for almost a kilometre. Each drawing is fixed to a wooden board with a short note by its author.

{{picture field | The field outside town, the first drawing on the route}}

Art teacher Volha Sinitsa says the children spent weeks sketching outdoors. “We looked for places we see every day and never notice,” she explains.

{{picture forest}}

## What there is to see

{{gallery river library city-square}}

The organisers posted a video of the boards going up, and the tour times on their channel.

{{embed https://www.youtube.com/watch?v=rEkHaDeMo01}}

{{embed https://t.me/rekha_demo/101}}`,
      },
    },
  },
];
