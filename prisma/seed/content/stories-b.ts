// Demo stories, batch B: sections 'world', 'culture', 'sport'.
// All people, clubs, festivals, bands, books, films and events below are invented for this
// project; any resemblance to real news is accidental.

import type { DemoStory } from './types';

export const storiesB: DemoStory[] = [
  // ───────────────────────────── WORLD ─────────────────────────────
  {
    key: 'b-vilnius-saturday-school',
    section: 'world',
    tags: ['diaspora', 'education'],
    authors: ['alesia'],
    image: 'library',
    hoursAgo: 3.5,
    original: 'be',
    versions: {
      be: {
        slug: 'subotnyaya-shkola-zhyvitsa-w-vilni-adznachae-dzesyats',
        title: 'Суботняя школа «Жывіца» ў Вільні адзначае дзесяць гадоў і адкрывае падлеткавы клас',
        lede: 'Беларуская суботняя школа, якая пачыналася з дзвюх вучаніц у пазычаным пакоі, цяпер збірае больш за сто дзяцей і з кастрычніка прымае падлеткаў ад дванаццаці гадоў.',
        body: `Школа «Жывіца» працуе па суботах у будынку гарадской бібліятэкі ў раёне Жвірыны. Дзеці вучаць беларускую мову, гісторыю і музыку, а бацькі за гэты час п’юць гарбату ў суседняй зале і абменьваюцца навінамі. На ўрачыстасць у суботу прыйшлі каля двухсот чалавек: былыя вучні, настаўнікі і суседзі, якія некалі дапамагалі з мэбляй.

Заснавальніца школы Таццяна Мароз успамінае, што першы год яна праводзіла заняткі з дзвюма дзяўчынкамі за кухонным сталом. «Мы не мелі ні падручнікаў, ні плана. Былі толькі казкі, якія я памятала з дзяцінства», — кажа яна.

## Новы клас для падлеткаў

З кастрычніка школа адкрывае асобную групу для дзяцей ад 12 да 15 гадоў. Там будзе менш граматыкі і больш праектаў: падлеткі збіраюцца запісваць падкаст пра беларусаў Вільні і рабіць уласную школьную газету. Запіс ужо адкрыты на [старонцы школы](https://example.org/zhyvitsa).

Школа існуе на ахвяраванні бацькоў і невялікі гарадскі грант. Настаўнікі працуюць як валанцёры, але, паводле арганізатараў, у наступным годзе яны спадзяюцца хаця б часткова аплачваць іх працу.`,
      },
      ru: {
        slug: 'subbotnyaya-shkola-zhivitsa-v-vilnyuse-otmechaet-desyat',
        title: 'Субботняя школа «Живица» в Вильнюсе отмечает десять лет и открывает подростковый класс',
        lede: 'Белорусская субботняя школа, которая начиналась с двух учениц в одолженной комнате, теперь собирает больше ста детей и с октября принимает подростков от двенадцати лет.',
        body: `Школа «Живица» работает по субботам в здании городской библиотеки в районе Жверинас. Дети изучают белорусский язык, историю и музыку, а родители в это время пьют чай в соседнем зале и делятся новостями. На праздник в субботу пришли около двухсот человек: бывшие ученики, учителя и соседи, которые когда-то помогали с мебелью.

Основательница школы Татьяна Мороз вспоминает, что первый год вела занятия с двумя девочками за кухонным столом. «У нас не было ни учебников, ни плана. Были только сказки, которые я помнила с детства», — говорит она.

## Новый класс для подростков

С октября школа открывает отдельную группу для детей от 12 до 15 лет. Там будет меньше грамматики и больше проектов: подростки собираются записывать подкаст о белорусах Вильнюса и выпускать собственную школьную газету. Запись уже открыта на [странице школы](https://example.org/zhyvitsa).

Школа существует на пожертвования родителей и небольшой городской грант. Учителя работают как волонтёры, но, по словам организаторов, в следующем году они надеются хотя бы частично оплачивать их труд.`,
      },
      en: {
        slug: 'vilnius-saturday-school-zhyvitsa-turns-ten',
        title: 'Vilnius Saturday school Zhyvitsa turns ten and opens a class for teenagers',
        lede: 'A Belarusian Saturday school that began with two pupils in a borrowed room now teaches more than a hundred children and will take teenagers aged twelve and up from October.',
        body: `Zhyvitsa meets on Saturdays in a city library building in the Žvėrynas district. Children study the Belarusian language, history and music, while their parents drink tea in the next room and catch up on news. About two hundred people came to Saturday’s celebration: former pupils, teachers and neighbours who once helped with the furniture.

The school’s founder, Tatsiana Maroz, remembers spending the first year teaching two girls at her kitchen table. “We had no textbooks and no plan. We only had the fairy tales I remembered from my childhood,” she says.

## A new class for teenagers

From October the school is opening a separate group for children aged 12 to 15. There will be less grammar and more projects: the teenagers plan to record a podcast about Belarusians in Vilnius and publish their own school newspaper. Registration is already open on the [school’s page](https://example.org/zhyvitsa).

The school runs on parents’ donations and a small city grant. Teachers work as volunteers, but the organisers say they hope to pay them at least in part next year.`,
      },
    },
  },
  {
    key: 'b-riga-storm-ferries',
    section: 'world',
    tags: ['weather', 'diaspora'],
    authors: ['newsdesk'],
    hoursAgo: 0.3,
    original: 'ru',
    versions: {
      ru: {
        slug: 'silnyy-veter-na-baltike-riga-otmenyaet-paromy',
        title: 'Сильный ветер на Балтике: Рига отменяет паромы, волонтёры помогают пассажирам',
        lede: 'Штормовое предупреждение в Латвии действует до утра воскресенья: паромы в Стокгольм стоят в порту, а белорусский культурный центр в Риге открыл двери для тех, кому негде переночевать.',
        body: `Порывы ветра в Риге в пятницу вечером достигали 28 метров в секунду. Морская администрация остановила движение пассажирских паромов, а в Старом городе временно перекрыли несколько улиц из-за повреждённых крыш. Пострадавших, по данным местных служб, нет. Аэропорт работает, но часть рейсов задерживается.

Белорусский культурный центр на левом берегу Даугавы открыл свой зал для пассажиров, которые остались без парома и гостиницы. Волонтёры принесли матрасы, одеяла и термосы с чаем; в первую ночь пришли около тридцати человек, среди них семьи с маленькими детьми.

«Обычно мы проводим здесь концерты и лекции, но когда люди стоят на вокзале с чемоданами, выбор простой», — говорит координатор центра Мария Шила.

Центр принимает и пожертвования продуктов, список нужного опубликован на [странице волонтёров](https://example.org/riga-help). Синоптики ожидают, что ветер ослабнет к утру воскресенья, а паромы вернутся к расписанию в понедельник. Путешественникам советуют проверять информацию перевозчиков перед выездом.`,
      },
      be: {
        slug: 'motsny-vetser-na-baltytsy-ryha-admyanyae-paromy',
        title: 'Моцны вецер на Балтыцы: Рыга адмяняе паромы, валанцёры дапамагаюць пасажырам',
        lede: 'Штармавое папярэджанне ў Латвіі дзейнічае да раніцы нядзелі: паромы ў Стакгольм стаяць у порце, а беларускі культурны цэнтр у Рызе адкрыў дзверы для тых, каму няма дзе пераначаваць.',
        body: `Парывы ветру ў Рызе ў пятніцу ўвечары дасягалі 28 метраў у секунду. Марская адміністрацыя спыніла рух пасажырскіх паромаў, а ў Старым горадзе часова перакрылі некалькі вуліц з-за пашкоджаных дахаў. Пацярпелых, паводле мясцовых службаў, няма. Аэрапорт працуе, але частка рэйсаў затрымліваецца.

Беларускі культурны цэнтр на левым беразе Даўгавы адкрыў сваю залу для пасажыраў, якія засталіся без парома і гасцініцы. Валанцёры прынеслі матрацы, коўдры і тэрмасы з гарбатай; у першую ноч прыйшлі каля трыццаці чалавек, сярод іх сем’і з малымі дзецьмі.

«Звычайна мы праводзім тут канцэрты і лекцыі, але калі людзі стаяць на вакзале з чамаданамі, выбар просты», — кажа каардынатарка цэнтра Марыя Шыла.

Цэнтр прымае і ахвяраванні прадуктаў, спіс патрэбнага апублікаваны на [старонцы валанцёраў](https://example.org/riga-help). Сіноптыкі чакаюць, што вецер аслабне да раніцы нядзелі, а паромы вернуцца да раскладу ў панядзелак. Падарожнікам раяць правяраць звесткі перавозчыкаў перад выездам.`,
      },
      en: {
        slug: 'strong-winds-on-the-baltic-riga-cancels',
        title: 'Strong winds on the Baltic: Riga cancels ferries as volunteers help passengers',
        lede: 'A storm warning is in force in Latvia until Sunday morning: ferries to Stockholm are staying in port, and a Belarusian cultural centre in Riga has opened its doors to people with nowhere to sleep.',
        body: `Gusts in Riga reached 28 metres per second on Friday evening. The maritime administration halted passenger ferry services, and several streets in the Old Town were temporarily closed because of damaged roofs. Local services say no one has been injured. The airport is open, but some flights are delayed.

A Belarusian cultural centre on the left bank of the Daugava opened its hall to passengers left without a ferry or a hotel. Volunteers brought mattresses, blankets and flasks of tea; about thirty people came on the first night, among them families with small children.

“We usually host concerts and lectures here, but when people are standing at the station with their suitcases, the choice is simple,” says the centre’s coordinator, Maryia Shyla.

The centre is also accepting food donations, and a list of what is needed has been published on the [volunteers’ page](https://example.org/riga-help). Forecasters expect the wind to ease by Sunday morning, with ferries returning to their schedule on Monday. Travellers are advised to check with carriers before setting off.`,
      },
    },
  },
  {
    key: 'b-tbilisi-cafe-language-club',
    section: 'world',
    tags: ['diaspora', 'books'],
    authors: ['katsiaryna'],
    hoursAgo: 30,
    original: 'be',
    versions: {
      be: {
        slug: 'kavyarnya-kufar-u-tbilisi-try-hady-zbirae',
        title: 'Кавярня «Куфар» у Тбілісі тры гады збірае беларусаў на моўны клуб',
        lede: 'Кавярня, якую адкрылі ў Тбілісі двое беларусаў з Магілёва, штотыдзень збірае моўны клуб, а на яе паліцах ужо стаіць больш за шэсцьсот кніг на беларускай мове.',
        body: `Кавярня «Куфар» займае невялікае памяшканне на першым паверсе старога дома ў раёне Салалакі. Гаспадары, Ігар і Вераніка Шостак, пераехалі ў Грузію тры гады таму і спачатку думалі пра звычайную пякарню. Але ўжо праз месяц у іх пачалі збірацца суайчыннікі, і па чацвяргах тут з’явіўся моўны клуб.

На сустрэчы прыходзяць ад дзесяці да трыццаці чалавек. Сярод іх не толькі беларусы: у клубе рэгулярна бываюць грузінскія студэнты-філолагі і некалькі палякаў, якія вучаць беларускую мову для працы. Кожны вечар мае тэму — ад кулінарных рэцэптаў да вершаў, якія ўдзельнікі чытаюць уголас.

## Кнігі ад гасцей

Бібліятэка кавярні пачалася з адной скрыні, якую гаспадары прывезлі з сабой. Цяпер на паліцах больш за шэсцьсот кніг: іх пакідаюць госці, дасылаюць сябры з Вільні і Варшавы. Узяць кнігу можна бясплатна, галоўнае правіла — вярнуць яе або прынесці ўзамен іншую.

На трэці дзень нараджэння «Куфар» рыхтуе **вечар беларускай кухні** з дранікамі і грузінскім віном, а таксама невялікі канцэрт. Гаспадары кажуць, што заўсёды марылі пра месца, дзе абедзве культуры адчуваюць сябе дома.`,
      },
      ru: {
        slug: 'kofeynya-kufar-v-tbilisi-tri-goda-sobiraet',
        title: 'Кофейня «Куфар» в Тбилиси три года собирает белорусов на языковой клуб',
        lede: 'Кофейня, которую открыли в Тбилиси двое белорусов из Могилёва, каждую неделю собирает языковой клуб, а на её полках уже стоит больше шестисот книг на белорусском языке.',
        body: `Кофейня «Куфар» занимает небольшое помещение на первом этаже старого дома в районе Сололаки. Хозяева, Игорь и Вероника Шосток, переехали в Грузию три года назад и сначала думали об обычной пекарне. Но уже через месяц у них начали собираться соотечественники, и по четвергам здесь появился языковой клуб.

На встречи приходят от десяти до тридцати человек. Среди них не только белорусы: в клубе регулярно бывают грузинские студенты-филологи и несколько поляков, которые учат белорусский язык для работы. У каждого вечера есть тема — от кулинарных рецептов до стихов, которые участники читают вслух.

## Книги от гостей

Библиотека кофейни началась с одного ящика, который хозяева привезли с собой. Теперь на полках больше шестисот книг: их оставляют гости, присылают друзья из Вильнюса и Варшавы. Взять книгу можно бесплатно, главное правило — вернуть её или принести взамен другую.

К третьему дню рождения «Куфар» готовит **вечер белорусской кухни** с драниками и грузинским вином, а также небольшой концерт. Хозяева говорят, что всегда мечтали о месте, где обе культуры чувствуют себя дома.`,
      },
      en: {
        slug: 'tbilisi-cafe-kufar-has-hosted-a-belarusian',
        title: 'Tbilisi café Kufar has hosted a Belarusian language club for three years',
        lede: 'A café opened in Tbilisi by two Belarusians from Mahilioŭ hosts a weekly language club, and its shelves now hold more than six hundred books in Belarusian.',
        draft: true,
        body: `Kufar occupies a small ground-floor room in an old house in the Sololaki district. Its owners, Ihar and Veranika Shostak, moved to Georgia three years ago and at first planned an ordinary bakery. But within a month fellow Belarusians began gathering there, and a Thursday language club was born.

Between ten and thirty people come to each meeting. Not all of them are Belarusian: Georgian philology students and a few Poles who are learning Belarusian for work are regulars. Every evening has a theme, from recipes to poems that members read aloud.

## Books from guests

The café’s library started with a single box the owners brought with them. Now there are more than six hundred books on the shelves, left by guests or sent by friends in Vilnius and Warsaw. Borrowing is free; the main rule is to bring the book back or leave another in its place.

For its third birthday Kufar is preparing **an evening of Belarusian food** with potato pancakes and Georgian wine, plus a small concert. [TODO: owner quote, check translation of the last paragraph]`,
      },
    },
  },
  {
    key: 'b-bialystok-night-bus',
    section: 'world',
    tags: ['transport', 'diaspora'],
    authors: ['andrei'],
    hoursAgo: 120,
    original: 'be',
    versions: {
      be: {
        slug: 'belastok-zapuskae-vyacherni-awtobus-da-studentskaha-haradka',
        title: 'Беласток запускае вячэрні аўтобус да студэнцкага гарадка на ўскраіне горада',
        lede: 'З наступнага месяца новая лінія будзе вазіць студэнтаў да кампуса на ўскраіне Беластока да поўначы; за яе запуск больш за год выступалі і студэнты з Беларусі.',
        body: `Новы маршрут пад нумарам 41 звяжа чыгуначны вакзал з універсітэцкім гарадком, дзе жывуць і вучацца каля пяці тысяч студэнтаў. Аўтобусы будуць хадзіць кожныя паўгадзіны з 19:00 да 0:30, а ў выхадныя — да другой гадзіны ночы.

Дагэтуль апошні аўтобус з цэнтра адпраўляўся а дзясятай вечара, і студэнтам, якія працуюць пасля заняткаў, даводзілася браць таксі або ісці пешшу амаль гадзіну. Петыцыю за вячэрні маршрут падпісалі больш за тры тысячы чалавек. Адной з яе аўтарак была студэнтка-медык з Брэста Ганна Кавалёва.

«Я працую ў кавярні да адзінаццаці і кожны вечар думала, як дабрацца дадому. Цяпер гэта будзе проста аўтобус», — кажа яна.

Гарадскі перавозчык абяцае, што лінія будзе працаваць у тэставым рэжыме паўгода. Калі пасажыраў акажацца дастаткова, маршрут застанецца ў сталым раскладзе, а ў наступным годзе на ім з’явяцца электробусы. Праезд на новым маршруце будзе каштаваць столькі ж, колькі на звычайных гарадскіх лініях, а студэнцкія праязныя таксама будуць дзейнічаць.`,
      },
      ru: {
        slug: 'belostok-zapuskaet-vecherniy-avtobus-do-studencheskogo-gorodka',
        title: 'Белосток запускает вечерний автобус до студенческого городка на окраине города',
        lede: 'Со следующего месяца новая линия будет возить студентов до кампуса на окраине Белостока до полуночи; за её запуск больше года выступали и студенты из Беларуси.',
        body: `Новый маршрут под номером 41 свяжет железнодорожный вокзал с университетским городком, где живут и учатся около пяти тысяч студентов. Автобусы будут ходить каждые полчаса с 19:00 до 0:30, а в выходные — до двух часов ночи.

До сих пор последний автобус из центра отправлялся в десять вечера, и студентам, которые работают после занятий, приходилось брать такси или идти пешком почти час. Петицию за вечерний маршрут подписали больше трёх тысяч человек. Одним из её авторов была студентка-медик из Бреста Анна Ковалёва.

«Я работаю в кафе до одиннадцати и каждый вечер думала, как добраться домой. Теперь это будет просто автобус», — говорит она.

Городской перевозчик обещает, что линия будет работать в тестовом режиме полгода. Если пассажиров окажется достаточно, маршрут останется в постоянном расписании, а в следующем году на нём появятся электробусы. Проезд на новом маршруте будет стоить столько же, сколько на обычных городских линиях, а студенческие проездные тоже будут действовать.`,
      },
    },
  },
  {
    key: 'b-warsaw-job-fair',
    section: 'world',
    tags: ['it', 'diaspora'],
    authors: ['mikhas'],
    image: 'city-square',
    hoursAgo: 200,
    original: 'ru',
    versions: {
      ru: {
        slug: 'yarmarka-vakansiy-v-varshave-vpervye-otkryla-otdelnyy',
        title: 'Ярмарка вакансий в Варшаве впервые открыла отдельный стенд для белорусских специалистов',
        lede: 'На весенней ярмарке вакансий в Варшаве впервые появился стенд, где белорусские программисты, дизайнеры и тестировщики могли получить консультации на родном языке и обсудить работу с польскими компаниями.',
        body: `Ярмарка прошла в выставочном зале неподалёку от центрального вокзала и собрала около ста двадцати работодателей. Белорусский стенд организовало объединение «ИТ-мост», которое уже несколько лет помогает специалистам с документами и поиском работы.

За два дня к стенду подошли более четырёхсот человек. Чаще всего спрашивали о признании дипломов, налогах для индивидуальных предпринимателей и курсах польского языка. Несколько компаний прямо на месте договорились о собеседованиях. Отдельная очередь выстроилась к юристу, который бесплатно консультировал по вопросам вида на жительство.

## Не только программисты

Организаторы отмечают, что заметно вырос интерес тех, кто хочет сменить профессию. «К нам приходили бухгалтеры, учителя, даже один пекарь, который мечтает стать тестировщиком. Мы никого не отговариваем», — говорит координатор объединения Денис Волчок.

Записи лекций с ярмарки выложены на [сайте объединения](https://example.org/it-most). Следующая ярмарка запланирована на осень, и организаторы надеются вдвое увеличить число участвующих компаний.`,
      },
      en: {
        slug: 'warsaw-job-fair-opens-its-first-stand',
        title: 'Warsaw job fair opens its first stand for Belarusian tech specialists',
        lede: 'For the first time, a spring job fair in Warsaw had a stand where Belarusian programmers, designers and testers could get advice in their own language and discuss work with Polish companies.',
        body: `The fair took place in an exhibition hall near the central railway station and brought together about 120 employers. The Belarusian stand was organised by IT Most, an association that has spent several years helping specialists with paperwork and job hunting.

Over two days more than four hundred people came to the stand. The most common questions were about recognition of diplomas, taxes for sole traders and Polish language courses. Several companies arranged job interviews on the spot. A separate queue formed for a lawyer who gave free advice on residence permits.

## Not only programmers

The organisers say interest has grown noticeably among people who want to change careers. “We had accountants, teachers, even a baker who dreams of becoming a software tester. We don’t talk anyone out of it,” says the association’s coordinator, Dzianis Vauchok.

Recordings of the fair’s talks are available on the [association’s website](https://example.org/it-most). The next fair is planned for the autumn, and the organisers hope to double the number of participating companies.`,
      },
    },
  },
  {
    key: 'b-vilnius-rooftop-garden',
    section: 'world',
    tags: ['ecology', 'diaspora'],
    authors: ['alesia'],
    hoursAgo: 400,
    original: 'be',
    versions: {
      be: {
        slug: 'aharod-na-dakhu-belarusy-w-vilni-sabrali',
        title: 'Агарод на даху: беларусы ў Вільні сабралі першы ўраджай памідораў',
        lede: 'На даху былога склада ў Вільні беларускія і ўкраінскія сем’і вясной пасадзілі гародніну ў драўляных скрынях, а цяпер сабралі першы ўраджай — больш за сто кілаграмаў памідораў.',
        body: `Ідэя належыць архітэктару Паўлу Сівусу, які два гады таму пераехаў у Вільню і ніяк не мог прызвычаіцца да жыцця без уласнага агарода. Ён угаварыў гаспадара былога склада ў Навінінках аддаць пусты дах у карыстанне бясплатна, а суседзі дапамаглі зрабіць дваццаць чатыры драўляныя скрыні.

У праекце ўдзельнічаюць пятнаццаць сем’яў. Акрамя памідораў, на даху растуць агуркі, цыбуля, кроп і нават некалькі кустоў бульбы — «для гонару», як жартуе Павел. Паліваюць гародніну па чарзе, графік вядуць у агульным чаце. Найбольш адказныя агароднікі — дзеці: у кожнага з іх ёсць свая скрыня з подпісам.

## Ураджай для ўсіх

Лішак гародніны ўдзельнікі аддаюць у бясплатную сталовую, якая працуе ў суседнім касцёле. За апошнія тыдні туды адвезлі каля сарака кілаграмаў памідораў і агуркоў.

У наступным сезоне ўдзельнікі праекта плануюць паставіць там два вуллі і ладзіць адкрытыя заняткі па гарадскім агародніцтве. Запісацца ў праект можна праз [суполку агарода](https://example.org/rooftop-garden).`,
      },
    },
  },
  {
    key: 'b-podlasie-spring-floods',
    section: 'world',
    tags: ['weather', 'ecology'],
    authors: ['newsdesk'],
    image: 'river',
    hoursAgo: 650,
    original: 'en',
    versions: {
      en: {
        slug: 'spring-floods-on-the-narew-volunteers-fill',
        title: 'Spring floods on the Narew: volunteers fill sandbags in Podlasie villages',
        lede: 'Volunteers, including members of the local Belarusian minority association, spent the weekend filling sandbags as the Narew rose to its highest level in twelve years near several Podlasie villages.',
        body: `The river rose by almost a metre in three days after heavy rain and late snowmelt. Water flooded meadows and several access roads near the village of Olszanka Dolna, where about sixty households had to be reached by tractor for part of Saturday.

More than a hundred volunteers turned up at the village fire station. Among them were members of a Belarusian cultural association from nearby Hajnówka, who arrived with two vans, shovels and several hundred empty sacks. By Sunday evening they had filled and laid about four thousand sandbags along the lowest streets.

## Water expected to fall

“Half the people here speak Belarusian at home, and the other half speak Polish. On Saturday everyone just spoke the language of shovels,” said the head of the volunteer fire brigade, Jan Mikulski.

Hydrologists expect the water to start falling by the middle of the week if no more heavy rain arrives. Regional authorities have advised residents not to drive through flooded sections and to follow updates on the [county information page](https://example.org/narew-floods).`,
      },
    },
  },

  // ──────────────────────────── CULTURE ────────────────────────────
  {
    key: 'b-puppet-theatre-van',
    section: 'culture',
    tags: ['diaspora', 'education'],
    authors: ['katsiaryna', 'alesia'],
    image: 'forest',
    hoursAgo: 96,
    original: 'be',
    versions: {
      be: {
        slug: 'batleyka-na-kolakh-yak-lyalechny-teatr',
        title: 'Батлейка на колах: як лялечны тэатр у фургоне вандруе па Еўропе',
        lede: 'Чатыры акторы, дваццаць пяць лялек і стары белы фургон: за тры гады тэатр «Батлейка на колах» праехаў больш за сорак тысяч кіламетраў, каб паказаць беларускія казкі дзецям у Літве, Польшчы і Латвіі.',
        body: `Раніца ў Беластоку пачынаецца з пакавання. Алена Зубрыцкая, заснавальніца тэатра, стаіць каля адчыненага фургона і правярае спіс: дзве драўляныя скрыні-батлейкі, тры чамаданы з лялькамі, складная сцэна, два пражэктары, калонка і мяшок з запаснымі шнуркамі. Апошні пункт яна лічыць самым важным. «Шнурок рвецца заўсёды ў самы кульмінацыйны момант, — смяецца яна. — Таму іх у нас больш, чым шкарпэтак».

Праз гадзіну фургон ужо на трасе. Сёння ў тэатра два спектаклі: удзень у беларускай нядзельнай школе ў Беластоку, увечары — у невялікай вёсцы пад Сакулкай, дзе мясцовы клуб запрасіў артыстаў на свята ўраджаю. На наступным тыдні — Вільня, потым Рыга, потым зноў Польшча. Так жыве трупа з чатырох чалавек, якая называе сябе самым маленькім вандроўным тэатрам Еўропы.

## Як усё пачалося

Ідэя з’явілася выпадкова. Тры гады таму Алена, лялечніца па прафесіі, прыйшла на дзіцячае свята ў Вільні і заўважыла, што беларускія дзеці ведаюць казкі хутчэй па мультфільмах на чужых мовах, чым па кнігах. Яна прапанавала зладзіць невялікі паказ з некалькімі лялькамі, якія прывезла з сабой. На першы спектакль прыйшлі пятнаццаць дзяцей. На другі — ужо сорак.

Неўзабаве да яе далучыліся майстар лялек Сымон Лаўрэнка і музыка Вольга Дзятлава, якая грае на цымбалах і дудцы. Чацвёртым стаў кіроўца і гукарэжысёр Аляксей Рудэнка — ён жа адказвае за фургон, які каманда купіла ўскладчыну за грошы, сабраныя на ўласных канцэртах.

Назву ўзялі ад батлейкі — старога беларускага лялечнага тэатра, які некалі насілі з вёскі ў вёску ў драўлянай скрыні. «Мы нічога не вынайшлі, — кажа Сымон. — Людзі так рабілі трыста гадоў таму. Мы проста памянялі коней на дызельны рухавік».

Спектаклі ідуць па-беларуску, але трупа навучылася працаваць і з залай, дзе палова дзяцей мову амаль не ведае. Перад паказам Вольга разам з гледачамі развучвае некалькі слоў і простую песеньку, а лялькі часам перапытваюць адна адну, каб сэнс быў зразумелы ўсім. Літоўскія і польскія дзеці, кажа Алена, смяюцца ў тых самых месцах, што і беларускія: добрай казцы не патрэбны пераклад.

## Майстэрня ў гаражы

Усе лялькі робіць Сымон у арандаваным гаражы на ўскраіне Беластока. Там пахне клеем, фарбай і сасновай габлюшкай. На паліцах сядзяць персанажы: Кот у лапцях, Зязюля, Дзед з Бабай, Чорт з кругленькімі рожкамі. На адну ляльку ў яго сыходзіць ад тыдня да месяца.

Ён не любіць пластык і працуе з ліпай, ільном і воўнай. Тканіну для касцюмаў часта прыносяць гледачы: старыя абрусы, хусткі, кавалкі вышыванак з бабуліных шафаў. «Кожная лялька нясе ў сабе нечыю гісторыю, — тлумачыць майстар. — Дзеці гэта адчуваюць, нават калі ім ніхто не кажа».

За тры гады ў тэатра назбіралася шэсць спектакляў. Найбольш папулярныя:

- «Каза-дзераза» — камедыя для самых маленькіх, якую паказвалі ўжо больш за сто разоў;
- «Як Музыка чорта перайграў» — казка з жывой музыкай на цымбалах;
- «Зязюля і сем братоў» — спектакль для школьнікаў пра сямейныя сувязі;
- «Калядная батлейка» — традыцыйны зімовы паказ у двухпавярховай скрыні.

## Дарога і грошы

Жыццё на колах — гэта не толькі апладысменты. За год фургон праязджае каля чатырнаццаці тысяч кіламетраў. Сам фургон даўно стаў пятым членам трупы. У яго ёсць імя — Бусел, — а на бартах намаляваныя героі ўсіх спектакляў. Унутры Аляксей абсталяваў паліцы для скрынь і дзве складаныя лаўкі, на якіх артысты часам начуюць, калі гасцініца каштуе даражэй за ганарар. Пазамінулай восенню ў яго зламалася скрынка перадач пад Каўнасам, і трупа тры дні жыла ў доме незнаёмай літоўскай сям’і, якая даведалася пра іх з мясцовай газеты. У знак удзячнасці акторы згулялі спектакль для ўсіх дзяцей вуліцы.

Тэатр не мае сталага фінансавання. Асноўныя грошы прыходзяць ад білетаў, невялікіх грантаў гарадскіх фондаў і ахвяраванняў пасля спектакляў. Акторы атрымліваюць сціплыя ганарары, і ўсе яны працуюць яшчэ дзесьці: Вольга выкладае музыку, Аляксей рамантуе ровары, Алена вядзе заняткі ў дзіцячай студыі.

Каб запрасіць тэатр, арганізатарам трэба зрабіць тры простыя крокі:

1. Напісаць тэатру праз [форму на сайце](https://example.org/batleyka) хаця б за месяц да патрэбнай даты.
2. Знайсці залу, дзе змесціцца сцэна шырынёй тры метры.
3. Сабраць гледачоў — хаця б дваццаць дзяцей.

## Пасля спектакля

Пад Сакулкай вячэрні паказ праходзіць у былой пажарнай частцы. Дзеці сядзяць проста на падлозе, бацькі стаяць уздоўж сцен. Калі Каза нарэшце праганяе Мядзведзя з хаты, зала выбухае смехам. Пасля спектакля малыя падыходзяць да сцэны і асцярожна кранаюць лялек, нібыта правяраюць, ці жывыя яны.

> Мы прыязджаем на адзін вечар, а застаемся ў галаве ў дзяцей на гады. Хтосьці праз дзесяць гадоў раптам успомніць Казу-дзеразу і пачне гаварыць з уласнымі дзецьмі па-беларуску. Дзеля гэтага мы і ездзім.
> — Алена Зубрыцкая, заснавальніца тэатра «Батлейка на колах»

Ужо позна ўвечары Аляксей загружае апошнюю скрыню ў фургон. Заўтра — дзевяць гадзін дарогі да Рыгі. Наступны вялікі план трупы — летні тур па Грузіі, дзе, па словах Алены, таксама шмат беларускіх сем’яў, якія чакаюць сваю казку.`,
      },
      ru: {
        slug: 'teatr-v-furgone-kak-batleyka-na-kolyosakh',
        title: 'Театр в фургоне: как «Батлейка на колёсах» возит кукол по Европе',
        lede: 'Четыре актёра, двадцать пять кукол и старый белый фургон: за три года театр «Батлейка на колёсах» проехал больше сорока тысяч километров, чтобы показать белорусские сказки детям в Литве, Польше и Латвии.',
        body: `Утро в Белостоке начинается со сборов. Алёна Зубрицкая, основательница театра, стоит у открытого фургона и сверяется со списком: два деревянных ящика-батлейки, три чемодана с куклами, складная сцена, два прожектора, колонка и мешок с запасными шнурками. Последний пункт она считает самым важным. «Шнурок рвётся всегда в самый кульминационный момент, — смеётся она. — Поэтому их у нас больше, чем носков».

Через час фургон уже на трассе. Сегодня у театра два спектакля: днём в белорусской воскресной школе в Белостоке, вечером — в небольшой деревне под Сокулкой, где местный клуб пригласил артистов на праздник урожая. На следующей неделе — Вильнюс, потом Рига, потом снова Польша. Так живёт труппа из четырёх человек, которая называет себя самым маленьким бродячим театром Европы.

## Как всё началось

Идея появилась случайно. Три года назад Алёна, кукольница по профессии, пришла на детский праздник в Вильнюсе и заметила, что белорусские дети знают сказки скорее по мультфильмам на чужих языках, чем по книгам. Она предложила устроить небольшой показ с несколькими куклами, которые привезла с собой. На первый спектакль пришли пятнадцать детей. На второй — уже сорок.

Вскоре к ней присоединились мастер кукол Сымон Лавренко и музыкант Ольга Дятлова, которая играет на цимбалах и дудке. Четвёртым стал водитель и звукорежиссёр Алексей Руденко — он же отвечает за фургон, который команда купила вскладчину на деньги, собранные на собственных концертах.

Название взяли от батлейки — старинного белорусского кукольного театра, который когда-то носили из деревни в деревню в деревянном ящике. «Мы ничего не изобрели, — говорит Сымон. — Люди так делали триста лет назад. Мы просто поменяли лошадей на дизельный двигатель».

Спектакли идут по-белорусски, но труппа научилась работать и с залом, где половина детей язык почти не знает. Перед показом Ольга вместе со зрителями разучивает несколько слов и простую песенку, а куклы иногда переспрашивают друг друга, чтобы смысл был понятен всем. Литовские и польские дети, говорит Алёна, смеются в тех же местах, что и белорусские: хорошая сказка не нуждается в переводе.

## Мастерская в гараже

Всех кукол Сымон делает в арендованном гараже на окраине Белостока. Там пахнет клеем, краской и сосновой стружкой. На полках сидят персонажи: Кот в лаптях, Кукушка, Дед с Бабой, Чёрт с кругленькими рожками. На одну куклу у него уходит от недели до месяца.

Он не любит пластик и работает с липой, льном и шерстью. Ткань для костюмов часто приносят зрители: старые скатерти, платки, лоскуты вышиванок из бабушкиных шкафов. «Каждая кукла несёт в себе чью-то историю, — объясняет мастер. — Дети это чувствуют, даже если им никто не говорит».

За три года у театра набралось шесть спектаклей. Самые популярные:

- «Коза-дереза» — комедия для самых маленьких, которую показывали уже больше ста раз;
- «Как Музыкант чёрта переиграл» — сказка с живой музыкой на цимбалах;
- «Кукушка и семь братьев» — спектакль для школьников о семейных связях;
- «Рождественская батлейка» — традиционный зимний показ в двухэтажном ящике.

## Дорога и деньги

Жизнь на колёсах — это не только аплодисменты. За год фургон проезжает около четырнадцати тысяч километров. Сам фургон давно стал пятым членом труппы. У него есть имя — Бусел, что по-белорусски значит «аист», — а на бортах нарисованы герои всех спектаклей. Внутри Алексей оборудовал полки для ящиков и две складные скамейки, на которых артисты иногда ночуют, если гостиница стоит дороже гонорара. Позапрошлой осенью у него сломалась коробка передач под Каунасом, и труппа три дня жила в доме незнакомой литовской семьи, которая узнала о них из местной газеты. В знак благодарности актёры сыграли спектакль для всех детей улицы.

У театра нет постоянного финансирования. Основные деньги приходят от билетов, небольших грантов городских фондов и пожертвований после спектаклей. Актёры получают скромные гонорары, и все они работают где-то ещё: Ольга преподаёт музыку, Алексей ремонтирует велосипеды, Алёна ведёт занятия в детской студии.

Чтобы пригласить театр, организаторам нужно сделать три простых шага:

1. Написать театру через [форму на сайте](https://example.org/batleyka) хотя бы за месяц до нужной даты.
2. Найти зал, где поместится сцена шириной три метра.
3. Собрать зрителей — хотя бы двадцать детей.

## После спектакля

Под Сокулкой вечерний показ проходит в бывшей пожарной части. Дети сидят прямо на полу, родители стоят вдоль стен. Когда Коза наконец выгоняет Медведя из избы, зал взрывается смехом. После спектакля малыши подходят к сцене и осторожно трогают кукол, будто проверяют, живые ли они.

> Мы приезжаем на один вечер, а остаёмся в голове у детей на годы. Кто-то через десять лет вдруг вспомнит Козу-дерезу и начнёт говорить со своими детьми по-белорусски. Ради этого мы и ездим.
> — Алёна Зубрицкая, основательница театра «Батлейка на колёсах»

Уже поздно вечером Алексей загружает в фургон последний ящик. Завтра — девять часов дороги до Риги. Следующий большой план труппы — летний тур по Грузии, где, по словам Алёны, тоже много белорусских семей, которые ждут свою сказку.`,
      },
      en: {
        slug: 'puppets-on-the-road-how-a-theatre',
        title: 'Puppets on the road: how a theatre in a van tours Europe',
        lede: 'Four actors, twenty-five puppets and an old white van: in three years the Batleika on Wheels theatre has driven more than forty thousand kilometres to show Belarusian fairy tales to children in Lithuania, Poland and Latvia.',
        body: `Morning in Białystok begins with packing. Alena Zubrytskaya, the theatre’s founder, stands by the open van and works through her checklist: two wooden batleika boxes, three suitcases of puppets, a folding stage, two spotlights, a speaker and a bag of spare strings. She considers the last item the most important. “A string always snaps right at the climax,” she laughs. “That’s why we have more of them than socks.”

An hour later the van is on the motorway. Today the theatre has two shows: in the afternoon at a Belarusian Sunday school in Białystok, and in the evening in a small village near Sokółka, where the local community club has invited the actors to its harvest festival. Next week it is Vilnius, then Riga, then Poland again. This is the life of a four-person troupe that calls itself the smallest travelling theatre in Europe.

## How it started

The idea came about by chance. Three years ago Alena, a puppeteer by training, went to a children’s party in Vilnius and noticed that Belarusian children knew fairy tales from cartoons in other languages rather than from books. She offered to put on a small show with a few puppets she had brought with her. Fifteen children came to the first performance. Forty came to the second.

Soon she was joined by puppet maker Symon Laurenka and musician Volha Dziatlava, who plays the cymbaly, a hammered dulcimer, and the dudka pipe. The fourth member is driver and sound engineer Aliaksei Rudenka, who also looks after the van the team bought together with money raised at their own concerts.

The name comes from the batleika, the old Belarusian puppet theatre that was once carried from village to village in a wooden box. “We didn’t invent anything,” says Symon. “People did this three hundred years ago. We just swapped the horses for a diesel engine.”

The shows are performed in Belarusian, but the troupe has learned to work with audiences in which half the children barely know the language. Before each performance Volha teaches the audience a few words and a simple song, and the puppets sometimes ask each other to repeat things so that everyone can follow. Lithuanian and Polish children, Alena says, laugh in exactly the same places as Belarusian ones: a good fairy tale needs no translation.

## A workshop in a garage

Symon makes every puppet himself in a rented garage on the outskirts of Białystok. It smells of glue, paint and pine shavings. Characters sit on the shelves: the Cat in Bast Shoes, the Cuckoo, Grandpa and Grandma, a Devil with little round horns. A single puppet takes him anywhere from a week to a month.

He dislikes plastic and works with lime wood, linen and wool. Fabric for the costumes is often brought by the audience: old tablecloths, headscarves, scraps of embroidered shirts from grandmothers’ wardrobes. “Every puppet carries someone’s story,” the craftsman explains. “Children feel it, even if nobody tells them.”

In three years the theatre has built up six shows. The most popular are:

- *The Stubborn Goat*, a comedy for the youngest audiences that has been performed more than a hundred times;
- *How the Musician Outplayed the Devil*, a tale with live music on the cymbaly;
- *The Cuckoo and the Seven Brothers*, a show for schoolchildren about family ties;
- *The Christmas Batleika*, a traditional winter performance in a two-storey box.

## The road and the money

Life on wheels is not only applause. The van covers about fourteen thousand kilometres a year. The van itself has long since become the troupe’s fifth member. It has a name, Busel, the Belarusian word for stork, and characters from every show are painted on its sides. Inside, Aliaksei has fitted shelves for the boxes and two folding benches where the actors sometimes sleep when a hotel would cost more than the fee. Two autumns ago its gearbox broke down near Kaunas, and the troupe spent three days in the home of a Lithuanian family they had never met, who had read about them in the local paper. To say thank you, the actors put on a show for all the children in the street.

The theatre has no permanent funding. Most of its money comes from tickets, small grants from city foundations and donations after performances. The actors are paid modest fees, and all of them have other jobs: Volha teaches music, Aliaksei repairs bicycles and Alena runs classes at a children’s studio.

Organisers who want to invite the theatre need to take three simple steps:

1. Write to the theatre through the [form on its website](https://example.org/batleyka) at least a month before the date.
2. Find a hall with room for a stage three metres wide.
3. Gather an audience of at least twenty children.

## After the show

Near Sokółka the evening performance takes place in a former fire station. Children sit on the floor while parents stand along the walls. When the Goat finally chases the Bear out of the hut, the room bursts into laughter. After the show the little ones come up to the stage and carefully touch the puppets, as if checking whether they are alive.

> We come for one evening, but we stay in children’s heads for years. Ten years from now someone will suddenly remember the Stubborn Goat and start speaking Belarusian with their own children. That is why we travel.
> — Alena Zubrytskaya, founder of the Batleika on Wheels theatre

Late in the evening Aliaksei loads the last box into the van. Tomorrow brings nine hours on the road to Riga. The troupe’s next big plan is a summer tour of Georgia, where, Alena says, there are also many Belarusian families waiting for their fairy tale.`,
      },
    },
  },
  {
    key: 'b-vilnius-poetry-festival',
    section: 'culture',
    tags: ['books', 'diaspora'],
    authors: ['alesia'],
    hoursAgo: 4.2,
    original: 'be',
    versions: {
      be: {
        slug: 'festyval-belaruskay-paezii-slovy-na-mostse-zbyare',
        title: 'Фестываль беларускай паэзіі «Словы на мосце» збярэ ў Вільні сорак аўтараў',
        lede: 'Трэці фестываль «Словы на мосце» пройдзе ў Вільні ў пятніцу і суботу: сорак паэтаў з пяці краін прачытаюць вершы на беларускай мове ў кнігарнях, на двары ўніверсітэта і проста на мастах праз Вілію.',
        body: `Арганізатары фестывалю, літаратурная суполка «Пераправа», кажуць, што сёлета атрымалі рэкордную колькасць заявак — больш за сто дваццаць. Адбор праводзіла журы з трох чалавек, і ўпершыню ў праграме будуць аўтары з Грузіі і Канады. Сярод удзельнікаў — і вядомыя аўтары, і дэбютанты, якія яшчэ не выдалі ніводнай кнігі.

Галоўная падзея — *паэтычны марафон* у суботу ўвечары. Паэты будуць чытаць па чарзе на трох мастах праз Вілію, а гледачы змогуць пераходзіць ад аднаго моста да другога. Калі пойдзе дождж, марафон пераедзе ў залу старой друкарні ў Старым горадзе.

## Для дзяцей і перакладчыкаў

Упершыню фестываль праводзіць дзіцячую праграму: у суботу зранку малыя змогуць пісаць вершы разам з аўтарамі кніжак для дзяцей. Для перакладчыкаў падрыхтаваны семінар, на якім беларускую паэзію будуць перакладаць на літоўскую і польскую мовы.

Уваход на большасць падзей бясплатны. Праграма і карта месцаў апублікаваныя на [сайце фестывалю](https://example.org/slovy-na-mostse).`,
      },
      ru: {
        slug: 'festival-belorusskoy-poezii-slova-na-mostu-soberyot',
        title: 'Фестиваль белорусской поэзии «Слова на мосту» соберёт в Вильнюсе сорок авторов',
        lede: 'Третий фестиваль «Слова на мосту» пройдёт в Вильнюсе в пятницу и субботу: сорок поэтов из пяти стран прочтут стихи на белорусском языке в книжных магазинах, во дворе университета и прямо на мостах через Нерис.',
        body: `Организаторы фестиваля, литературное объединение «Переправа», говорят, что в этом году получили рекордное число заявок — больше ста двадцати. Отбор проводило жюри из трёх человек, и впервые в программе будут авторы из Грузии и Канады. Среди участников — и известные авторы, и дебютанты, у которых ещё не вышло ни одной книги.

Главное событие — *поэтический марафон* в субботу вечером. Поэты будут читать по очереди на трёх мостах через Нерис, а зрители смогут переходить от одного моста к другому. Если пойдёт дождь, марафон переедет в зал старой типографии в Старом городе.

## Для детей и переводчиков

Впервые фестиваль проводит детскую программу: в субботу утром малыши смогут писать стихи вместе с авторами детских книг. Для переводчиков подготовлен семинар, на котором белорусскую поэзию будут переводить на литовский и польский языки.

Вход на большинство событий бесплатный. Программа и карта площадок опубликованы на [сайте фестиваля](https://example.org/slovy-na-mostse).`,
      },
      en: {
        slug: 'poetry-festival-words-on-the-bridge-brings',
        title: 'Poetry festival Words on the Bridge brings forty Belarusian poets to Vilnius',
        lede: 'The third Words on the Bridge festival takes place in Vilnius on Friday and Saturday, with forty poets from five countries reading in Belarusian in bookshops, a university courtyard and on bridges over the Neris.',
        body: `The festival’s organisers, the literary group Pieraprava, say they received a record number of applications this year, more than 120. A three-member jury made the selection, and for the first time the programme includes poets from Georgia and Canada. The line-up mixes well-known authors with debutants who have yet to publish a single book.

The main event is a *poetry marathon* on Saturday evening. Poets will take turns reading on three bridges over the Neris, and the audience will be able to walk from one bridge to the next. If it rains, the marathon will move to the hall of an old printing house in the Old Town.

## For children and translators

For the first time the festival has a children’s programme: on Saturday morning young visitors can write poems together with authors of children’s books. Translators are invited to a workshop where Belarusian poetry will be translated into Lithuanian and Polish.

Entry to most events is free. The programme and a map of venues are published on the [festival website](https://example.org/slovy-na-mostse).`,
      },
    },
  },
  {
    key: 'b-river-without-banks-translation',
    section: 'culture',
    tags: ['books'],
    authors: ['katsiaryna'],
    hoursAgo: 60,
    original: 'en',
    versions: {
      en: {
        slug: 'a-forgotten-belarusian-novel-from-the-1930s',
        title: 'A forgotten Belarusian novel from the 1930s finds new English readers',
        lede: 'River Without Banks, a 1936 novel about raftsmen on the Nioman by the little-known writer Lavon Hushcha, has been published in English for the first time in a translation eight years in the making.',
        body: `The novel follows Tomash, a young raftsman who takes timber down the Nioman towards the Baltic each spring, and the village he leaves behind. Published in Vilnius in 1936, it went almost unnoticed at the time and was reprinted only once, in a small edition in the 1960s.

Translator Eleanor Pask, who learned Belarusian as a student, came across a worn copy in a second-hand bookshop. “I read the first chapter standing in the shop and knew I would spend years on it,” she says. The hardest part, she adds, was the river vocabulary: Hushcha uses dozens of words for currents, shoals and types of raft that have no English equivalents.

## A glossary and a map

The edition, published by the small Edinburgh press Lantern House, includes a glossary of rafting terms and a hand-drawn map of the river. Readers can find an extract on the [publisher’s website](https://example.org/river-without-banks).

A new Belarusian edition of the original is also planned for next year, prepared by a literary foundation in Białystok.`,
      },
      be: {
        slug: 'zabyty-belaruski-raman-trytstsatykh-hadow-upershynyu-vyyshaw',
        title: 'Забыты беларускі раман трыццатых гадоў упершыню выйшаў па-англійску',
        lede: '«Рака без берагоў» — раман 1936 года малавядомага пісьменніка Лявона Гушчы пра плытнікаў на Нёмане — упершыню выйшаў па-англійску ў перакладзе, над якім працавалі восем гадоў.',
        body: `Раман распавядае пра Тамаша, маладога плытніка, які кожнай вясной сплаўляе лес па Нёмане ў бок Балтыкі, і пра вёску, якую ён пакідае. Кніга выйшла ў Вільні ў 1936 годзе, тады амаль не была заўважаная і перавыдавалася толькі аднойчы — невялікім накладам у 1960-я.

Перакладчыца Элеанор Паск, якая вывучыла беларускую мову яшчэ студэнткай, знайшла пацёрты асобнік у букіністычнай краме. «Я прачытала першы раздзел, стоячы ў краме, і зразумела, што правяду над ім гады», — кажа яна. Найцяжэй, паводле яе слоў, было з рачной лексікай: Гушча ўжывае дзясяткі слоў для плыняў, мелей і тыпаў плытоў, якім няма адпаведнікаў у англійскай мове.

## Слоўнік і мапа

Выданне, якое выпусціла невялікае эдынбургскае выдавецтва Lantern House, мае слоўнік сплаўных тэрмінаў і намаляваную ўручную мапу ракі. Урывак можна прачытаць на [сайце выдавецтва](https://example.org/river-without-banks).

Новае беларускае выданне арыгінала таксама плануецца на наступны год; яго рыхтуе літаратурны фонд з Беластока.`,
      },
      ru: {
        slug: 'zabytyy-belorusskiy-roman-tridtsatykh-godov-vpervye-vyshel',
        title: 'Забытый белорусский роман тридцатых годов впервые вышел на английском',
        lede: '«Река без берегов» — роман 1936 года малоизвестного писателя Лявона Гущи о плотогонах на Немане — впервые вышел на английском языке в переводе, над которым работали восемь лет.',
        body: `Роман рассказывает о Томаше, молодом плотогоне, который каждую весну сплавляет лес по Неману в сторону Балтики, и о деревне, которую он оставляет. Книга вышла в Вильно в 1936 году, тогда почти не была замечена и переиздавалась лишь однажды — небольшим тиражом в 1960-е.

Переводчица Элеанор Паск, которая выучила белорусский язык ещё студенткой, нашла потрёпанный экземпляр в букинистическом магазине. «Я прочитала первую главу прямо в магазине и поняла, что проведу над ней годы», — говорит она. Труднее всего, по её словам, было с речной лексикой: Гуща использует десятки слов для течений, отмелей и типов плотов, у которых нет английских соответствий.

## Словарь и карта

Издание, выпущенное небольшим эдинбургским издательством Lantern House, содержит словарь сплавных терминов и нарисованную от руки карту реки. Отрывок можно прочитать на [сайте издательства](https://example.org/river-without-banks).

Новое белорусское издание оригинала также планируется на следующий год; его готовит литературный фонд из Белостока.`,
      },
    },
  },
  {
    key: 'b-last-ferry-premiere',
    section: 'culture',
    tags: ['cinema'],
    authors: ['andrei'],
    hoursAgo: 170,
    original: 'ru',
    versions: {
      ru: {
        slug: 'premera-v-varshave-film-posledniy-parom',
        title: 'Премьера в Варшаве: фильм «Последний паром» о полесской деревне встретили овацией',
        lede: 'Полнометражный дебют режиссёра Игоря Сосновского о пароме через Припять и последних жителях полесской деревни открыл фестиваль «Дни восточного кино» и получил десятиминутную овацию.',
        body: `Фильм рассказывает о Степане, пожилом паромщике, который каждый день перевозит через реку нескольких оставшихся жителей деревни Верболозы. Когда в районе решают построить мост и закрыть переправу, Степан начинает готовиться к последнему рейсу.

Почти все роли сыграли непрофессиональные актёры — жители полесских деревень. Главную роль исполнил 74-летний бывший лесник Николай Ярмолич, который до съёмок ни разу не был в кинотеатре. «Я просто делал то, что делал всю жизнь: смотрел на реку», — сказал он после показа.

## Снимали три сезона

Съёмки шли почти три года: режиссёр хотел показать реку весной, летом и зимой. Бюджет фильма собрали через краудфандинг и небольшой грант культурного фонда. Оператором выступила Марта Гловацкая, для которой это тоже первый полнометражный фильм.

После фестиваля «Последний паром» покажут на нескольких европейских смотрах, а осенью он выйдет в онлайн-прокат с субтитрами на пяти языках. Расписание показов публикуется на [странице фильма](https://example.org/last-ferry).`,
      },
      be: {
        slug: 'premera-w-varshave-film-aposhni-parom',
        title: 'Прэм’ера ў Варшаве: фільм «Апошні паром» пра палескую вёску сустрэлі авацыяй',
        lede: 'Поўнаметражны дэбют рэжысёра Ігара Сасноўскага пра паром праз Прыпяць і апошніх жыхароў палескай вёскі адкрыў фестываль «Дні ўсходняга кіно» і атрымаў дзесяціхвілінную авацыю.',
        body: `Фільм распавядае пра Сцяпана, пажылога паромшчыка, які кожны дзень перавозіць праз раку некалькіх жыхароў вёскі Вербалозы, што там яшчэ засталіся. Калі ў раёне вырашаюць пабудаваць мост і зачыніць пераправу, Сцяпан пачынае рыхтавацца да апошняга рэйса.

Амаль усе ролі згулялі непрафесійныя акторы — жыхары палескіх вёсак. Галоўную ролю выканаў 74-гадовы былы ляснік Мікалай Ярмоліч, які да здымак ні разу не быў у кінатэатры. «Я проста рабіў тое, што рабіў усё жыццё: глядзеў на раку», — сказаў ён пасля паказу.

## Здымалі тры сезоны

Здымкі ішлі амаль тры гады: рэжысёр хацеў паказаць раку вясной, летам і зімой. Бюджэт фільма сабралі праз краўдфандынг і невялікі грант культурнага фонду. Аператаркай стала Марта Главацкая, для якой гэта таксама першы поўнаметражны фільм.

Пасля фестывалю «Апошні паром» пакажуць на некалькіх еўрапейскіх аглядах, а восенню ён выйдзе ў анлайн-пракат з субтытрамі на пяці мовах. Расклад паказаў публікуецца на [старонцы фільма](https://example.org/last-ferry).`,
      },
      en: {
        slug: 'warsaw-premiere-the-last-ferry-a-film',
        title: 'Warsaw premiere: The Last Ferry, a film about a Polesie village, wins an ovation',
        lede: 'Director Ihar Sasnouski’s feature debut, about a ferry across the Prypiac and the last residents of a Polesie village, opened the Eastern Cinema Days festival and received a ten-minute ovation.',
        body: `The film follows Stsiapan, an elderly ferryman who every day carries the few remaining residents of the village of Verbalozy across the river. When the district decides to build a bridge and close the crossing, Stsiapan starts preparing for his last trip.

Almost all the roles are played by non-professional actors from villages in Polesie. The lead is 74-year-old former forester Mikalai Yarmolich, who had never been inside a cinema before filming began. “I just did what I have done all my life: I looked at the river,” he said after the screening.

## Three seasons of filming

Shooting took almost three years, as the director wanted to show the river in spring, summer and winter. The budget was raised through crowdfunding and a small grant from a cultural foundation. The cinematographer, Marta Głowacka, was also making her first feature film.

After the festival *The Last Ferry* will be shown at several European festivals, and in the autumn it will be released online with subtitles in five languages. The screening schedule is published on the [film’s page](https://example.org/last-ferry).`,
      },
    },
  },
  {
    key: 'b-riga-embroidery-exhibition',
    section: 'culture',
    tags: ['diaspora'],
    authors: ['katsiaryna'],
    hoursAgo: 260,
    original: 'be',
    versions: {
      be: {
        slug: 'u-ryze-adkrylasya-vystava-belaruskikh-ruchnikow',
        title: 'У Рызе адкрылася выстава беларускіх ручнікоў з сямейных куфраў',
        lede: 'Выстава «Нітка памяці» ў рыжскай галерэі паказвае больш за семдзесят вышываных ручнікоў, якія беларускія сем’і ў Латвіі захоўвалі дзесяцігоддзямі і ўпершыню аддалі на агляд.',
        body: `Выстава адкрылася ў невялікай галерэі ў цэнтры Рыгі і будзе працаваць да канца месяца. Куратарка праекта, мастацтвазнаўца Ірына Калядка, цэлы год ездзіла па беларускіх сем’ях у Рызе, Даўгаўпілсе і Лудзе і запісвала гісторыю кожнага ручніка.

Найстарэйшаму экспанату больш за сто дваццаць гадоў: яго вышыла прабабуля адной з удзельніц у вёсцы пад Браславам і прывезла ў Латвію ў пасажным куфры. Побач — зусім сучасныя работы, якія зрабілі ўдзельніцы гуртка вышыўкі пры беларускім таварыстве.

## Гісторыі побач з узорамі

Каля кожнага ручніка вісіць кароткі тэкст пра яго шлях: хто вышываў, на якое свята, як рэч перажыла пераезды і вайну. Тэксты падрыхтаваныя па-беларуску, па-латышску і па-англійску.

«Людзі прыносілі ручнікі, загорнутыя ў газеты, і казалі: „Гэта ж звычайная рэч“. А потым гадзіну расказвалі пра сваю бабулю», — кажа Ірына Калядка. Уваход на выставу бясплатны, па суботах куратарка праводзіць экскурсіі.`,
      },
      en: {
        slug: 'riga-exhibition-shows-belarusian-embroidered-towels',
        title: 'Riga exhibition shows Belarusian embroidered towels from family chests',
        lede: 'The exhibition Thread of Memory at a Riga gallery shows more than seventy embroidered ritual towels that Belarusian families in Latvia have kept for decades and are now displaying for the first time.',
        body: `The exhibition has opened in a small gallery in central Riga and runs until the end of the month. Its curator, art historian Iryna Kaliadka, spent a whole year visiting Belarusian families in Riga, Daugavpils and Ludza and recording the story of each towel.

The oldest piece is more than 120 years old: it was embroidered by the great-grandmother of one of the participants in a village near Braslau and brought to Latvia in a dowry chest. Next to it hang entirely modern works made by members of an embroidery circle at the local Belarusian society.

## Stories beside the patterns

Each towel is accompanied by a short text about its journey: who embroidered it, for which celebration, and how it survived moves and the war. The texts are in Belarusian, Latvian and English.

“People brought towels wrapped in newspaper and said, ‘It’s just an ordinary thing.’ Then they spent an hour telling me about their grandmother,” says Iryna Kaliadka. Admission is free, and the curator gives guided tours on Saturdays.`,
      },
    },
  },
  {
    key: 'b-kryga-mill-album',
    section: 'culture',
    tags: ['music'],
    authors: ['andrei'],
    image: 'concert-hall',
    hoursAgo: 330,
    original: 'ru',
    versions: {
      ru: {
        slug: 'gruppa-kryga-zapisala-novyy-albom-v-staroy',
        title: 'Группа «Крыга» записала новый альбом в старой мельнице под Белостоком',
        lede: 'Фолк-рок-группа «Крыга» записала третий альбом «Северный ветер» в заброшенной водяной мельнице под Белостоком, где музыканты прожили две недели без интернета и почти без электричества.',
        body: `Музыканты нашли мельницу через знакомых: здание XIX века стоит на небольшой речке в нескольких километрах от Белостока и давно не используется. Электричество давал переносной генератор, а вместо студийной акустики группа полагалась на деревянные стены и шум воды. Быт был спартанским: готовили на костре, а воду для чая носили из родника.

«Мы хотели, чтобы было слышно место. На некоторых треках можно различить, как под полом поскрипывает старое колесо», — рассказывает вокалистка «Крыги» Ксения Бобровская.

## Десять песен о севере

В альбом вошли десять песен на белорусском языке: шесть авторских и четыре обработки старинных песен, записанных в деревнях Подляшья. Кроме гитар и барабанов, в записи звучат цимбалы, колёсная лира и дудка. Сведением занимался звукорежиссёр из Гданьска, который, по словам музыкантов, оставил «все скрипы на своих местах».

Презентация альбома пройдёт в следующем месяце в Белостоке и Варшаве, а цифровая версия уже доступна на [странице группы](https://example.org/kryga).`,
      },
      be: {
        slug: 'hurt-kryha-zapisaw-novy-albom-u-starym',
        title: 'Гурт «Крыга» запісаў новы альбом у старым млыне пад Беластокам',
        lede: 'Фолк-рок-гурт «Крыга» запісаў трэці альбом «Паўночны вецер» у закінутым вадзяным млыне пад Беластокам, дзе музыкі пражылі два тыдні без інтэрнэту і амаль без электрычнасці.',
        body: `Музыкі знайшлі млын праз знаёмых: будынак XIX стагоддзя стаіць на невялікай рэчцы за некалькі кіламетраў ад Беластока і даўно не выкарыстоўваецца. Электрычнасць даваў пераносны генератар, а замест студыйнай акустыкі гурт спадзяваўся на драўляныя сцены і шум вады. Побыт быў спартанскі: ежу гатавалі на вогнішчы, а ваду для гарбаты насілі з крыніцы.

«Мы хацелі, каб было чуваць месца. На некаторых трэках можна пачуць, як пад падлогай парыпвае старое кола», — расказвае вакалістка «Крыгі» Ксенія Баброўская.

## Дзесяць песень пра поўнач

У альбом увайшлі дзесяць песень на беларускай мове: шэсць аўтарскіх і чатыры апрацоўкі старых песень, запісаных у вёсках Падляшша. Акрамя гітар і барабанаў, у запісе гучаць цымбалы, ліра і дудка. Зводзіў альбом гукарэжысёр з Гданьска, які, па словах музыкаў, пакінуў «усе рыпы на сваіх месцах».

Прэзентацыя альбома пройдзе ў наступным месяцы ў Беластоку і Варшаве, а лічбавая версія ўжо даступная на [старонцы гурта](https://example.org/kryga).`,
      },
    },
  },
  {
    key: 'b-warsaw-library-reading-night',
    section: 'culture',
    tags: ['books', 'diaspora'],
    authors: ['alesia'],
    image: 'library',
    hoursAgo: 480,
    original: 'ru',
    versions: {
      ru: {
        slug: 'belorusskaya-biblioteka-v-varshave-provela-pervuyu-noch',
        title: 'Белорусская библиотека в Варшаве провела первую ночь чтения до рассвета',
        lede: 'Небольшая белорусская библиотека в варшавском районе Прага впервые не закрывалась на ночь: около восьмидесяти читателей до утра слушали чтения, спорили о книгах и пили чай среди стеллажей.',
        body: `Библиотека «Книжный шкаф» работает уже четыре года и насчитывает около пяти тысяч книг на белорусском языке. Обычно она открыта три вечера в неделю, но в субботу двери не закрывались с восьми вечера до шести утра.

Программу составили сами читатели. Каждый час начиналось новое чтение: детективы, стихи, воспоминания бабушек, которые одна из участниц записала на диктофон. Ближе к трём часам ночи устроили тихий час — все читали про себя, а на столе стоял только будильник.

## Книги в спальниках

Многие пришли со спальниками и подушками, а самые стойкие остались до рассвета. «Я думала, к полуночи все разойдутся. Но в пять утра у нас всё ещё шёл спор о том, кто лучше описывал осень», — рассказывает библиотекарь Наталья Жук.

За ночь читатели записались на **сто двенадцать книг**, а библиотека получила в подарок ещё три коробки изданий. Организаторы хотят сделать ночь чтения ежегодной и уже ищут дату на весну.`,
      },
    },
  },
  {
    key: 'b-dzvina-fairy-tales-book',
    section: 'culture',
    tags: ['books', 'viciebsk'],
    authors: ['mikhas'],
    hoursAgo: 600,
    original: 'be',
    versions: {
      be: {
        slug: 'kniha-kazki-z-pad-dzviny-sabrala-sto',
        title: 'Кніга «Казкі з-пад Дзвіны» сабрала сто гісторый ад віцебскіх бабуль',
        lede: 'Фалькларыстка Людміла Карповіч трыццаць гадоў запісвала казкі ў вёсках Віцебшчыны, і цяпер сто з іх выйшлі асобнай кнігай з ілюстрацыямі студэнтаў мастацкай акадэміі.',
        body: `Першую казку Людміла Карповіч запісала яшчэ студэнткай, на фальклорнай практыцы, на касетны магнітафон. З таго часу ў яе архіве сабралася больш за тысячу гадзін запісаў: казкі, прыпеўкі, малітвы і проста ўспаміны пра жыццё.

У кнігу ўвайшлі сто казак, якія расказвалі сорак дзве апавядальніцы. Тэксты пакінулі максімальна блізкімі да жывой мовы — з мясцовымі словамі і паўторамі, якія так любяць дзеці. Для кожнай казкі ёсць кароткая даведка: хто расказваў, у якой вёсцы і ў якім годзе.

## Малюнкі студэнтаў

Ілюстрацыі зрабілі дваццаць студэнтаў мастацкай акадэміі ў Вільні. Кожны атрымаў пяць казак і поўную свабоду ў выбары стылю, таму ў кнізе суседнічаюць акварэль, лінарыт і лічбавая графіка.

«Многія з маіх апавядальніц ужо не дажылі да гэтай кнігі. Мне хацелася, каб іх галасы засталіся хаця б на паперы», — кажа Людміла Карповіч. Кніга выйшла накладам у дзве тысячы асобнікаў, а аўдыязапісы некаторых казак можна паслухаць на [старонцы выдання](https://example.org/kazki-dzviny).`,
      },
    },
  },

  // ───────────────────────────── SPORT ─────────────────────────────
  {
    key: 'b-krushyna-club-fifty-years',
    section: 'sport',
    tags: ['football', 'hrodna'],
    authors: ['mikhas', 'andrei'],
    image: 'field',
    hoursAgo: 140,
    original: 'be',
    versions: {
      be: {
        slug: 'pyatsdzyasyat-hadow-na-adnym-poli-historyya-vyaskovaha',
        title: 'Пяцьдзясят гадоў на адным полі: гісторыя вясковага клуба «Крушына»',
        lede: 'Клуб з вёскі Крушына пад Гродна ніколі не гуляў у вышэйшай лізе, але за паўстагоддзя выхаваў тры пакаленні футбалістаў і ператварыў звычайны луг каля ракі ў сэрца ўсёй акругі.',
        body: `У суботу на полі за старой школай у Крушыне было цесна, як ніколі. Каля васьмісот гледачоў — удвая больш, чым жыве ў самой вёсцы, — прыйшлі на юбілейны матч: ветэраны клуба гулялі супраць цяперашняга складу. Лік 3:3 задаволіў усіх. Пасля фінальнага свістка абедзве каманды разам зрабілі круг пашаны, а мясцовы духавы аркестр зайграў марш, які тут памятаюць яшчэ з сямідзясятых.

«Крушына» святкуе пяцьдзясят гадоў. За гэты час клуб ні разу не падымаўся вышэй за абласную лігу, але для вёскі гэта ніколі не было галоўным.

## Мяч на ўсю вуліцу

Гісторыя пачалася вясной 1975 года, калі малады настаўнік фізкультуры Мікола Дубіна прыехаў у Крушыну па размеркаванні. Ён знайшоў у вёсцы дзясятак хлопцаў, якія гулялі ў футбол на выгане гумовым мячом, і ўгаварыў старшыню калгаса аддаць пад поле луг каля ракі. Першы скураны мяч купілі за грошы, сабраныя ўсёй вуліцай, а вароты зварыў мясцовы трактарыст.

Першы афіцыйны матч «Крушына» прайграла суседзям 0:7. «Мы тады нават не ведалі, што такое пазасадавае становішча, — успамінае Васіль Ляшчэня, адзін з першых гульцоў, якому сёння семдзесят адзін год. — Але пасля гульні ніхто не пайшоў дадому. Мы сядзелі на траве і спрачаліся, хто вінаваты. Так і нарадзілася каманда».

Праз тры гады клуб ужо выйграў раённы кубак, а ў 1983-м упершыню выйшаў у абласны турнір. Кажуць, што на выязныя гульні тады ездзілі на калгасным аўтобусе ўсёй вёскай — з песнямі і кошыкамі бліноў.

Асаблівае месца ў календары займае дэрбі з суседнімі Заглінкамі, якое гуляюць кожнае лета на Купалле. Вынік гэтага матча, прызнаюцца ў Крушыне, хвалюе вёску значна больш, чым любая турнірная табліца.

## Тры пакаленні

Сёння ў складзе «Крушыны» гуляюць унукі тых, хто выходзіў на поле ў сямідзясятых. Капітан каманды, 27-гадовы Дзяніс Ляшчэня, — унук Васіля. Удзень ён працуе аграномам, а тры вечары на тыдзень праводзіць на трэніроўках. Дзяніс кажа, што ніколі не думаў пра іншы клуб. «Калі я быў малы, дзед браў мяне на кожны матч і садзіў на лаўку побач з трэнерам. Я вырас на гэтай лаўцы», — усміхаецца ён.

Клуб заўсёды трымаўся на валанцёрах. Трэнеры не атрымліваюць заробку, поле косяць самі гульцы, а форму па чарзе мыюць маці і жонкі. За паўстагоддзя ў клубе змяніліся:

- дзевяць галоўных трэнераў, з іх чатыры — былыя гульцы «Крушыны»;
- тры трыбуны — але поле ўвесь час заставалася на тым самым лузе;
- пяць камплектаў формы, і ўсе — у зялёна-белых колерах;
- больш за чатырыста футбалістаў, якія хоць бы раз выходзілі на поле ў афіцыйным матчы.

Некаторыя выхаванцы клуба потым гулялі ў прафесійных камандах, але большасць засталася ў вёсцы або вярнулася сюды пасля вучобы.

Грошы на паездкі і мячы клуб заўсёды шукаў сам. Мясцовая пякарня дае хлеб для пасляматчавых застолляў, фермер з суседняй вёскі аплачвае аўтобус на выязныя гульні, а раз на год клуб ладзіць кірмаш, дзе прадаюць мёд, саджанцы і вязаныя шалікі ў клубных колерах. Шалікі, прызнаюцца ў Крушыне, разыходзяцца хутчэй за ўсё: іх набываюць нават тыя, хто ніколі не быў на матчы.

Само поле — асобная гісторыя. Луг каля ракі амаль кожную вясну залівае вадой, і да пачатку сезона гульцы разам з бацькамі вывозяць з яго галлё і пясок. У 2010 годзе паводка была такой моцнай, што матчы першага кола давялося гуляць на школьным двары. Тады ж вёска сабрала грошы на дрэнаж, і з таго часу поле высыхае на два тыдні раней.

## Найлепшы сезон

Самым удалым у гісторыі лічыцца сезон 1998 года, калі «Крушына» дайшла да паўфіналу абласнога кубка. У чвэрцьфінале каманда абыграла клуб з райцэнтра, у якім гулялі былыя прафесіяналы. Пераможны гол з пенальці на апошняй хвіліне забіў абаронца Пятро Гаўрыш, і гэты момант у Крушыне пераказваюць дагэтуль. Паўфінал прайгралі, але вярнуліся дадому героямі: на ўездзе ў вёску каманду сустракалі з кветкамі і караваем.

## Будучыня

Цяпер пры клубе працуе дзіцячая школа, дзе займаюцца 46 хлопчыкаў і дзяўчынак з Крушыны і трох суседніх вёсак. Для многіх гэта адзіная магчымасць рэгулярна займацца спортам: бліжэйшая спартыўная школа знаходзіцца ў горадзе, за трыццаць кіламетраў.

Трэнерка дзіцячай школы Вольга Дубіна — дачка заснавальніка клуба. Яна прыйшла ў футбол позна, у трыццаць гадоў, калі вярнулася ў вёску з горада, і першай у гісторыі «Крушыны» атрымала трэнерскую ліцэнзію. У наступным сезоне яна хоча сабраць дзявочую каманду: ахвотных ужо дванаццаць.

> Пяцьдзясят гадоў таму ў нас быў адзін мяч на ўсю вёску. Цяпер у нас ёсць дзеці, якія ведаюць, што такое каманда. Для мяне гэта і ёсць галоўная перамога клуба, значна важнейшая за любы кубак.
> — Васіль Ляшчэня, ветэран «Крушыны»

Да юбілею клуб выпусціў невялікую кнігу з фотаздымкамі і ўспамінамі гульцоў, а на сцяне раздзявальні з’явілася дошка з імёнамі ўсіх капітанаў. Апошні радок на ёй пакуль пусты: там з’явіцца імя таго, хто павядзе каманду ў наступнае паўстагоддзе.`,
      },
      ru: {
        slug: 'pyatdesyat-let-na-odnom-pole-istoriya-derevenskogo',
        title: 'Пятьдесят лет на одном поле: история деревенского клуба «Крушина»',
        lede: 'Клуб из деревни Крушина под Гродно никогда не играл в высшей лиге, но за полвека воспитал три поколения футболистов и превратил обычный луг у реки в сердце всей округи.',
        body: `В субботу на поле за старой школой в Крушине было тесно, как никогда. Около восьмисот зрителей — вдвое больше, чем живёт в самой деревне, — пришли на юбилейный матч: ветераны клуба играли против нынешнего состава. Счёт 3:3 устроил всех. После финального свистка обе команды вместе сделали круг почёта, а местный духовой оркестр заиграл марш, который здесь помнят ещё с семидесятых.

«Крушина» празднует пятьдесят лет. За это время клуб ни разу не поднимался выше областной лиги, но для деревни это никогда не было главным.

## Мяч на всю улицу

История началась весной 1975 года, когда молодой учитель физкультуры Николай Дубина приехал в Крушину по распределению. Он нашёл в деревне десяток парней, которые гоняли по выгону резиновый мяч, и уговорил председателя колхоза отдать под поле луг у реки. Первый кожаный мяч купили на деньги, собранные всей улицей, а ворота сварил местный тракторист.

Первый официальный матч «Крушина» проиграла соседям 0:7. «Мы тогда даже не знали, что такое офсайд, — вспоминает Василий Лещеня, один из первых игроков, которому сегодня семьдесят один год. — Но после игры никто не пошёл домой. Мы сидели на траве и спорили, кто виноват. Так и родилась команда».

Через три года клуб уже выиграл районный кубок, а в 1983-м впервые вышел в областной турнир. Говорят, что на выездные игры тогда ездили на колхозном автобусе всей деревней — с песнями и корзинами блинов.

Особое место в календаре занимает дерби с соседними Заглинками, которое играют каждое лето на Купалье. Результат этого матча, признаются в Крушине, волнует деревню куда больше, чем любая турнирная таблица.

## Три поколения

Сегодня в составе «Крушины» играют внуки тех, кто выходил на поле в семидесятых. Капитан команды, 27-летний Денис Лещеня, — внук Василия. Днём он работает агрономом, а три вечера в неделю проводит на тренировках. Денис говорит, что никогда не думал о другом клубе. «Когда я был маленьким, дед брал меня на каждый матч и сажал на скамейку рядом с тренером. Я вырос на этой скамейке», — улыбается он.

Клуб всегда держался на волонтёрах. Тренеры не получают зарплаты, поле косят сами игроки, а форму по очереди стирают матери и жёны. За полвека в клубе сменились:

- девять главных тренеров, из них четверо — бывшие игроки «Крушины»;
- три трибуны — но поле всё это время оставалось на том же лугу;
- пять комплектов формы, и все — в зелёно-белых цветах;
- больше четырёхсот футболистов, которые хотя бы раз выходили на поле в официальном матче.

Некоторые воспитанники клуба потом играли в профессиональных командах, но большинство осталось в деревне или вернулось сюда после учёбы.

Деньги на поездки и мячи клуб всегда искал сам. Местная пекарня даёт хлеб для послематчевых застолий, фермер из соседней деревни оплачивает автобус на выездные игры, а раз в год клуб устраивает ярмарку, где продают мёд, саженцы и вязаные шарфы в клубных цветах. Шарфы, признаются в Крушине, расходятся быстрее всего: их покупают даже те, кто ни разу не был на матче.

Само поле — отдельная история. Луг у реки почти каждую весну заливает водой, и перед началом сезона игроки вместе с родителями вывозят с него ветки и песок. В 2010 году паводок был таким сильным, что матчи первого круга пришлось играть на школьном дворе. Тогда же деревня собрала деньги на дренаж, и с тех пор поле высыхает на две недели раньше.

## Лучший сезон

Самым удачным в истории считается сезон 1998 года, когда «Крушина» дошла до полуфинала областного кубка. В четвертьфинале команда обыграла клуб из райцентра, в котором играли бывшие профессионалы. Победный гол с пенальти на последней минуте забил защитник Пётр Гавриш, и этот момент в Крушине пересказывают до сих пор. Полуфинал проиграли, но вернулись домой героями: на въезде в деревню команду встречали с цветами и караваем.

## Будущее

Сейчас при клубе работает детская школа, где занимаются 46 мальчиков и девочек из Крушины и трёх соседних деревень. Для многих это единственная возможность регулярно заниматься спортом: ближайшая спортивная школа находится в городе, в тридцати километрах.

Тренер детской школы Ольга Дубина — дочь основателя клуба. Она пришла в футбол поздно, в тридцать лет, когда вернулась в деревню из города, и первой в истории «Крушины» получила тренерскую лицензию. В следующем сезоне она хочет собрать девичью команду: желающих уже двенадцать.

> Пятьдесят лет назад у нас был один мяч на всю деревню. Теперь у нас есть дети, которые знают, что такое команда. Для меня это и есть главная победа клуба, гораздо важнее любого кубка.
> — Василий Лещеня, ветеран «Крушины»

К юбилею клуб выпустил небольшую книгу с фотографиями и воспоминаниями игроков, а на стене раздевалки появилась доска с именами всех капитанов. Последняя строка на ней пока пуста: там появится имя того, кто поведёт команду в следующие полвека.`,
      },
      en: {
        slug: 'fifty-years-on-one-pitch-the-story',
        title: 'Fifty years on one pitch: the story of village club Krushyna',
        lede: 'The club from the village of Krushyna near Hrodna has never played in the top division, but in half a century it has raised three generations of footballers and turned an ordinary riverside meadow into the heart of the district.',
        body: `On Saturday the pitch behind the old school in Krushyna was more crowded than ever. About eight hundred spectators, twice the population of the village itself, came to the anniversary match, in which the club’s veterans played the current squad. The 3–3 scoreline pleased everyone. After the final whistle both teams did a lap of honour together, and the local brass band struck up a march that people here remember from the seventies.

Krushyna is celebrating fifty years. In all that time the club has never risen above the regional league, but for the village that was never the point.

## One ball for the whole street

The story began in the spring of 1975, when a young PE teacher, Mikola Dubina, was assigned to Krushyna after college. He found a dozen lads kicking a rubber ball around the village common and persuaded the collective farm chairman to give up the meadow by the river for a pitch. The first leather ball was bought with money collected by the whole street, and a local tractor driver welded the goals.

Krushyna lost its first official match to the neighbours 7–0. “Back then we didn’t even know what offside was,” recalls Vasil Liashchenia, one of the first players, who is now seventy-one. “But after the game nobody went home. We sat on the grass and argued about whose fault it was. That’s how the team was born.”

Three years later the club had won the district cup, and in 1983 it reached the regional tournament for the first time. People say the whole village used to travel to away games on the collective farm bus, singing songs and carrying baskets of pancakes.

A special place in the calendar belongs to the derby against neighbouring Zahlinki, played every summer on Kupalle, the midsummer holiday. In Krushyna they admit that the result of this match matters far more to the village than any league table.

## Three generations

Today Krushyna’s squad includes the grandsons of men who played in the seventies. The captain, 27-year-old Dzianis Liashchenia, is Vasil’s grandson. By day he works as an agronomist, and three evenings a week he is at training. Dzianis says he has never considered playing for another club. “When I was little, my grandfather took me to every match and sat me on the bench next to the coach. I grew up on that bench,” he smiles.

The club has always run on volunteers. The coaches are unpaid, the players mow the pitch themselves, and mothers and wives take turns washing the kit. Over half a century the club has been through:

- nine head coaches, four of them former Krushyna players;
- three stands, although the pitch has stayed on the same meadow all along;
- five sets of kit, every one of them green and white;
- more than four hundred footballers who played at least one official match.

Some of the club’s graduates went on to play for professional teams, but most stayed in the village or came back after their studies.

The club has always had to find money for travel and balls on its own. A local bakery supplies bread for post-match meals, a farmer from the next village pays for the bus to away games, and once a year the club holds a fair selling honey, saplings and knitted scarves in club colours. The scarves, people in Krushyna admit, sell fastest of all: even people who have never been to a match buy them.

The pitch itself is a story of its own. The riverside meadow floods almost every spring, and before the season starts players and their parents clear away branches and sand. In 2010 the flood was so severe that first-round matches had to be played in the school yard. That year the village raised money for drainage, and since then the pitch has dried out two weeks earlier.

## The best season

The most successful season in the club’s history was 1998, when Krushyna reached the semi-final of the regional cup. In the quarter-final the team beat a club from the district town that fielded former professionals. Defender Piatro Haurysh scored the winning penalty in the last minute, and people in Krushyna still retell that moment. The semi-final was lost, but the players came home as heroes: at the entrance to the village they were met with flowers and a loaf of festive bread.

## The future

The club now runs a children’s academy with 46 boys and girls from Krushyna and three neighbouring villages. For many of them it is the only chance to play sport regularly: the nearest sports school is in town, thirty kilometres away.

The academy coach, Volha Dubina, is the founder’s daughter. She came to football late, at thirty, when she moved back to the village from the city, and she became the first person in Krushyna’s history to earn a coaching licence. Next season she wants to form a girls’ team, and twelve have already signed up.

> Fifty years ago we had one ball for the whole village. Now we have children who know what a team is. For me that is the club’s greatest victory, far more important than any cup.
> — Vasil Liashchenia, Krushyna veteran

For the anniversary the club has published a small book of photographs and players’ memories, and a board with the names of every captain has gone up on the dressing-room wall. The last line on it is still empty: it will carry the name of whoever leads the team into its next half-century.`,
      },
    },
  },
  {
    key: 'b-haradnitsa-amateur-cup',
    section: 'sport',
    tags: ['football', 'hrodna'],
    authors: ['mikhas'],
    image: 'stadium',
    hoursAgo: 5.1,
    original: 'be',
    versions: {
      be: {
        slug: 'haradnitsa-z-hrodna-wpershynyu-vyyhrala-kubak-amatarskay',
        title: '«Гарадніца» з Гродна ўпершыню выйграла Кубак аматарскай лігі ў дадатковы час',
        lede: 'Аматарскі клуб «Гарадніца» ў фінале на гарадскім стадыёне абыграў «Прынёманне» з лікам 2:1, а пераможны мяч на 112-й хвіліне забіў 19-гадовы абаронца, які выйшаў на замену.',
        body: `Фінал Кубка аматарскай лігі праходзіў пры амаль поўных трыбунах — паглядзець на яго прыйшлі каля трох тысяч заўзятараў. «Гарадніца», у складзе якой гуляюць пераважна студэнты і маладыя рабочыя, упершыню за дзевяць гадоў існавання дайшла да фіналу.

Лік адкрылі госці: на 34-й хвіліне нападаючы «Прынёмання» Антон Бялюк забіў пасля кутняга. Гаспадары адыграліся ў другім тайме, калі паўабаронца Максім Дзераш дакладна прабіў са штрафнога. Асноўны час скончыўся 1:1.

## Гол з лаўкі

Перад дадатковым часам трэнер «Гарадніцы» выпусціў 19-гадовага абаронцу Ягора Лісоўскага. На 112-й хвіліне ён апынуўся ў штрафной пасля падачы з кутняга і галавой накіраваў мяч пад перакладзіну. «Я нават не памятаю, як біў. Памятаю толькі, як на мяне ўпалі ўсе хлопцы», — смяецца ён.

Кубак дае «Гарадніцы» права наступным летам згуляць у рэгіянальным турніры пераможцаў аматарскіх ліг. Клуб абяцае **бясплатны ўваход** на першы хатні матч новага сезона для ўсіх, хто быў на фінале.`,
      },
      ru: {
        slug: 'garadnitsa-iz-grodno-vpervye-vyigrala-kubok-lyubitelskoy',
        title: '«Гарадница» из Гродно впервые выиграла Кубок любительской лиги в дополнительное время',
        lede: 'Любительский клуб «Гарадница» в финале на городском стадионе обыграл «Принёманье» со счётом 2:1, а победный мяч на 112-й минуте забил вышедший на замену 19-летний защитник.',
        body: `Финал Кубка любительской лиги проходил при почти полных трибунах — посмотреть на него пришли около трёх тысяч болельщиков. «Гарадница», в составе которой играют в основном студенты и молодые рабочие, впервые за девять лет существования дошла до финала.

Счёт открыли гости: на 34-й минуте нападающий «Принёманья» Антон Белюк забил после углового. Хозяева отыгрались во втором тайме, когда полузащитник Максим Дереш точно пробил со штрафного. Основное время закончилось со счётом 1:1.

## Гол со скамейки

Перед дополнительным временем тренер «Гарадницы» выпустил 19-летнего защитника Егора Лисовского. На 112-й минуте он оказался в штрафной после подачи с углового и головой отправил мяч под перекладину. «Я даже не помню, как бил. Помню только, как на меня попадали все ребята», — смеётся он.

Кубок даёт «Гараднице» право следующим летом сыграть в региональном турнире победителей любительских лиг. Клуб обещает **бесплатный вход** на первый домашний матч нового сезона для всех, кто был на финале.`,
      },
      en: {
        slug: 'hrodna-club-haradnitsa-wins-amateur-league-cup',
        title: 'Hrodna club Haradnitsa wins amateur league cup in extra time',
        lede: 'Amateur club Haradnitsa beat Prynioman’e 2–1 in the final at the city stadium, with the winner scored in the 112th minute by a 19-year-old defender who had come on as a substitute.',
        body: `The amateur league cup final was played in front of nearly full stands, with about three thousand fans turning up. Haradnitsa, whose squad is made up mostly of students and young workers, had never reached a final in the club’s nine-year history.

The visitors took the lead in the 34th minute, when Prynioman’e striker Anton Bieliuk scored from a corner. The hosts equalised in the second half through a precise free kick by midfielder Maksim Dzierash. Normal time ended 1–1.

## A goal from the bench

Before extra time Haradnitsa’s coach sent on 19-year-old defender Yahor Lisouski. In the 112th minute he found himself in the box as a corner came in and headed the ball in under the crossbar. “I don’t even remember the header. I only remember all the lads landing on top of me,” he laughs.

The cup gives Haradnitsa the right to play next summer in a regional tournament for amateur league winners. The club has promised **free entry** to the first home match of the new season for everyone who was at the final.`,
      },
    },
  },
  {
    key: 'b-padzvinne-youth-hockey',
    section: 'sport',
    tags: ['hockey', 'viciebsk'],
    authors: ['andrei'],
    hoursAgo: 20,
    original: 'ru',
    versions: {
      ru: {
        slug: 'yunoshi-podvinya-vyigrali-khokkeynyy-kubok-dviny',
        title: 'Юноши «Подвинья» выиграли хоккейный «Кубок Двины» без единого поражения',
        lede: 'Юношеская команда витебского клуба «Подвинье» выиграла традиционный турнир «Кубок Двины» среди игроков до шестнадцати лет, победив во всех пяти матчах и пропустив всего четыре шайбы.',
        body: `Турнир проходил пять дней на городской ледовой арене, в нём участвовали шесть команд из разных регионов страны. В финальном матче «Подвинье» обыграло сверстников из Минска со счётом 3:1, а две шайбы забросил капитан команды Артём Сенкевич. Финал смотрели почти полторы тысячи зрителей — рекорд за всю историю турнира.

Лучшим вратарём турнира признали 15-летнего Матвея Городецкого, который отразил 93 процента бросков. Приз лучшему бомбардиру достался его одноклубнику, нападающему Кириллу Шабалину, — семь очков за пять матчей.

## Тренер: главное — характер

Главный тренер команды Павел Мицура отмечает, что ребята играют вместе всего второй сезон. «Мы не самые высокие и не самые быстрые. Но они ни разу не опустили руки, даже когда проигрывали в третьем периоде», — говорит он.

Следующий турнир для «Подвинья» пройдёт зимой. Тренеры надеются, что к тому времени команда получит больше льда для тренировок: сейчас ребята занимаются на арене в основном поздно вечером.`,
      },
      be: {
        slug: 'yunaki-padzvinnya-vyyhrali-khakeyny-kubak-dzviny',
        title: 'Юнакі «Падзвіння» выйгралі хакейны «Кубак Дзвіны» без ніводнай паразы',
        lede: 'Юнацкая каманда віцебскага клуба «Падзвінне» выйграла традыцыйны турнір «Кубак Дзвіны» сярод гульцоў да шаснаццаці гадоў, перамогшы ва ўсіх пяці матчах і прапусціўшы толькі чатыры шайбы.',
        body: `Турнір праходзіў пяць дзён на гарадской ледавой арэне, у ім удзельнічалі шэсць каманд з розных рэгіёнаў краіны. У фінальным матчы «Падзвінне» абыграла равеснікаў з Мінска з лікам 3:1, а дзве шайбы закінуў капітан каманды Арцём Сянкевіч. Фінал глядзелі амаль паўтары тысячы гледачоў — рэкорд за ўсю гісторыю турніру.

Лепшым брамнікам турніру прызналі 15-гадовага Мацвея Гарадзецкага, які адбіў 93 працэнты кідкоў. Прыз лепшаму бамбардзіру дастаўся яго аднаклубніку, нападаючаму Кірылу Шабаліну, — сем ачкоў за пяць матчаў.

## Трэнер: галоўнае — характар

Галоўны трэнер каманды Павел Міцура адзначае, што хлопцы гуляюць разам толькі другі сезон. «Мы не самыя высокія і не самыя хуткія. Але яны ні разу не апусцілі рукі, нават калі прайгравалі ў трэцім перыядзе», — кажа ён.

Наступны турнір для «Падзвіння» пройдзе ўзімку. Трэнеры спадзяюцца, што да таго часу каманда атрымае больш лёду для трэніровак: цяпер хлопцы займаюцца на арэне пераважна позна ўвечары.`,
      },
      en: {
        slug: 'padzvinne-youngsters-win-the-dzvina-cup-hockey',
        title: 'Padzvinne youngsters win the Dzvina Cup hockey tournament without a defeat',
        lede: 'The youth team of Viciebsk club Padzvinne won the traditional under-16 Dzvina Cup, taking all five of its matches and conceding only four goals.',
        draft: true,
        body: `The tournament was held over five days at the city ice arena, with six teams from different regions of the country. In the final Padzvinne beat their peers from Minsk 3–1, with captain Artsiom Siankevich scoring twice. Almost fifteen hundred spectators watched the final, a record in the tournament’s history.

Fifteen-year-old Matsvei Haradzetski was named the tournament’s best goaltender after saving 93 per cent of shots. The top scorer award went to his teammate, forward Kiryl Shabalin, with seven points in five games.

## Coach: character comes first

[Translation in progress: coach’s quote and the final paragraph still to be added.]`,
      },
    },
  },
  {
    key: 'b-vilnius-autumn-marathon',
    section: 'sport',
    tags: ['athletics', 'diaspora'],
    authors: ['alesia'],
    hoursAgo: 40,
    original: 'be',
    versions: {
      be: {
        slug: 'shestsdzyasyat-behunow-z-belaruskaha-kluba-prabehli-vosenski',
        title: 'Шэсцьдзясят бегуноў з беларускага клуба прабеглі восеньскі марафон у Вільні',
        lede: 'Бегавы клуб «Бяжым разам», які аб’ядноўвае беларусаў у Літве, выставіў на восеньскі марафон у Вільні рэкордную каманду, і ўсе шэсцьдзясят удзельнікаў дабеглі да фінішу.',
        body: `Клуб з’явіўся чатыры гады таму як невялікая суботняя прабежка ўздоўж Віліі. Цяпер у ім больш за сто пяцьдзясят чалавек, а трэніроўкі праходзяць тры разы на тыдзень — у парку, на стадыёне і па лясных сцежках за горадам.

На марафоне бегуны клуба выступалі ў аднолькавых зялёных майках з лагатыпам. Дванаццаць чалавек пабеглі поўную дыстанцыю, астатнія — паўмарафон і дзесяць кіламетраў. Лепшы вынік у клубе паказала 52-гадовая настаўніца матэматыкі Святлана Рудзік: 3 гадзіны 14 хвілін і трэцяе месца ў сваёй узроставай катэгорыі.

«Я пачала бегаць у сорак восем, каб не сумаваць па суботах. Цяпер сумую, калі няма трэніроўкі», — смяецца яна.

## Далей — зімовая серыя

Пасля марафону клуб бярэ кароткі перапынак, а ў снежні пачынае зімовую серыю з чатырох забегаў па пяць кіламетраў у парку Вінгіс. Удзел бясплатны, а запісацца можна на [старонцы клуба](https://example.org/biazhym-razam). Арганізатары запрашаюць і тых, хто ніколі не бегаў: для пачаткоўцаў будзе асобная група з хадой і бегам па чарзе.`,
      },
      en: {
        slug: 'sixty-runners-from-a-belarusian-club-finish',
        title: 'Sixty runners from a Belarusian club finish the Vilnius autumn marathon',
        lede: 'Running club Biazhym Razam, which brings together Belarusians in Lithuania, entered a record team in the Vilnius autumn marathon, and all sixty of its runners made it to the finish.',
        body: `The club started four years ago as a small Saturday jog along the Neris. It now has more than 150 members and trains three times a week, in a park, at a stadium and on forest trails outside the city.

At the marathon the club’s runners wore matching green shirts with the club logo. Twelve ran the full distance, while the rest took on the half marathon and the ten-kilometre race. The club’s best result came from 52-year-old maths teacher Sviatlana Rudzik, who finished in 3 hours 14 minutes and took third place in her age group.

“I started running at forty-eight so I wouldn’t be bored on Saturdays. Now I’m bored when there’s no training,” she laughs.

## Next up: a winter series

After the marathon the club is taking a short break, and in December it starts a winter series of four five-kilometre runs in Vingis Park. Taking part is free, and registration is open on the [club’s page](https://example.org/biazhym-razam). The organisers also welcome people who have never run before: there will be a separate beginners’ group that alternates walking and running.`,
      },
    },
  },
  {
    key: 'b-brest-kayak-regatta',
    section: 'sport',
    tags: ['brest', 'athletics'],
    authors: ['mikhas'],
    hoursAgo: 230,
    original: 'ru',
    versions: {
      ru: {
        slug: 'baydarochnaya-regata-mukhavetskaya-milya-sobrala-v-breste',
        title: 'Байдарочная регата «Мухавецкая миля» собрала в Бресте рекордные двести экипажей',
        lede: 'Традиционная регата на байдарках и каноэ «Мухавецкая миля» в этом году собрала рекордные двести экипажей — от школьников до ветеранов, а самому старшему участнику исполнился восемьдесят один год.',
        body: `Дистанция регаты — ровно одна миля по Мухавцу в центре Бреста, от пешеходного моста до лодочной станции. Экипажи стартовали в двенадцати категориях: одиночки, двойки, семейные лодки и отдельный заезд для школьных команд.

Главную гонку двоек выиграли Ирина и Сергей Ломако, которые прошли милю за 7 минут 48 секунд. Супруги тренируются вместе уже пятнадцать лет и, по их словам, давно перестали спорить, кто сидит впереди.

## Самый опытный гребец

Больше всего аплодисментов досталось 81-летнему Ивану Кошелю. Он финишировал в одиночке в середине протокола и сразу после гонки пообещал вернуться на следующий год. «Я на этой реке с детства. Пока вёсла держатся в руках, буду грести», — сказал он.

Организатор регаты, местный гребной клуб «Весло», уже объявил о новой идее: в следующем сезоне появится ночной заезд с фонарями на лодках. Фотографии с регаты опубликованы на [странице клуба](https://example.org/mukhavets-mile).`,
      },
      en: {
        slug: 'mukhavets-mile-kayak-regatta-draws-a-record',
        title: 'Mukhavets Mile kayak regatta draws a record two hundred crews to Brest',
        lede: 'This year’s traditional Mukhavets Mile kayak and canoe regatta drew a record two hundred crews, from schoolchildren to veterans, with the oldest participant aged eighty-one.',
        body: `The regatta course is exactly one mile along the Mukhavets in the centre of Brest, from the footbridge to the boat station. Crews started in twelve categories: singles, doubles, family boats and a separate race for school teams.

The main doubles race was won by Iryna and Siarhei Lamaka, who covered the mile in 7 minutes 48 seconds. The couple have been training together for fifteen years and, they say, long ago stopped arguing about who sits in front.

## The most experienced paddler

The loudest applause went to 81-year-old Ivan Koshel. He finished mid-table in the singles and promised straight after the race to come back next year. “I have been on this river since I was a child. As long as I can hold a paddle, I will keep paddling,” he said.

The regatta’s organiser, local rowing club Vesla, has already announced a new idea: next season will feature a night race with lanterns on the boats. Photos from the regatta are published on the [club’s page](https://example.org/mukhavets-mile).`,
      },
    },
  },
  {
    key: 'b-lastochka-teachers-futsal',
    section: 'sport',
    tags: ['football', 'minsk'],
    authors: ['andrei'],
    hoursAgo: 430,
    original: 'ru',
    versions: {
      ru: {
        slug: 'komanda-uchitelnits-lastochka-vyigrala-minskuyu-lyubitelskuyu-ligu',
        title: 'Команда учительниц «Ласточка» выиграла минскую любительскую лигу по мини-футболу',
        lede: 'Команда «Ласточка», в которой играют учительницы трёх минских школ, выиграла городскую любительскую лигу по мини-футболу среди женщин, не проиграв ни одного матча за весь сезон.',
        body: `«Ласточку» собрали три года назад учительницы физкультуры, которые после уроков играли в школьном спортзале просто для себя. Постепенно к ним присоединились коллеги — преподаватели истории, химии и даже завуч. Сейчас в заявке команды четырнадцать игроков в возрасте от 24 до 51 года.

В финальном туре «Ласточка» сыграла вничью 2:2 с командой студенток медицинского университета, и этого хватило для первого места. Всего за сезон команда одержала девять побед и дважды сыграла вничью.

## Тренировки после проверки тетрадей

Главная сложность, по словам капитана Ольги Кравец, — расписание. «Тренируемся поздно вечером, когда все проверили тетради и уложили детей. Зато на поле никто не думает о контрольных», — говорит она.

Ученики относятся к спортивным успехам учителей с большим энтузиазмом: на финал пришли почти сто школьников с самодельными плакатами. Следующей весной «Ласточка» планирует сыграть в открытом турнире в Гродно, а пока команда ищет спонсора для новой формы.`,
      },
    },
  },
  {
    key: 'b-zubry-warszawa-hockey-final',
    section: 'sport',
    tags: ['hockey', 'diaspora'],
    authors: ['newsdesk'],
    hoursAgo: 712,
    original: 'en',
    versions: {
      en: {
        slug: 'amateur-side-zubry-warszawa-reach-the-final',
        title: 'Amateur side Zubry Warszawa reach the final of the Warsaw hockey league',
        lede: 'Zubry Warszawa, an amateur hockey team founded by Belarusians living in Warsaw, have reached the final of the city’s recreational league after beating last year’s champions in a tense semi-final shootout.',
        body: `The team was formed five years ago by a handful of friends who used to play pick-up hockey on frozen ponds back home. Today its roster of twenty-two includes programmers, a dentist, two bus drivers and a university lecturer. Most of the players are Belarusian, but there are also three Poles and a Ukrainian goaltender.

The semi-final against defending champions Kosy Praga ended 4–4 after regulation and a scoreless overtime. In the shootout, forward Uladzimir Hrynevich scored the only goal, and goaltender Taras Melnyk stopped all five attempts.

## Ice time at midnight

Like most amateur teams in the city, Zubry train late at night, when rink time is cheapest. “Our practice starts at 11.30 p.m. on Tuesdays. Our families have accepted it,” says team captain Pavel Karpenka.

The final will be played next Saturday at a municipal rink in the Targówek district, with free admission. The team has invited supporters to bring *flasks of tea* rather than anything stronger, adding that the rink is cold and the game may be long.`,
      },
    },
  },
];
