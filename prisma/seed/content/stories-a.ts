// Demo stories, part A: politics, society and economy. All text is fiction written for this
// project; the people, councils, companies and schools in it are invented.
import type { DemoStory } from './types';

export const storiesA: DemoStory[] = [
  // ───────────────────────────── POLITICS ─────────────────────────────
  {
    key: 'a-hrodna-by-election-registration',
    section: 'politics',
    tags: ['elections', 'hrodna'],
    authors: ['alesia'],
    hoursAgo: 2.5,
    original: 'be',
    versions: {
      be: {
        slug: 'u-hrodne-pachali-rehistravats-kandydataw-na-davybary',
        title: 'У Гродне пачалі рэгістраваць кандыдатаў на давыбары ў гарадскую раду',
        lede: 'Акруговая камісія Нёманскай акругі № 14 да канца месяца прымае дакументы ад ініцыятыўных груп. Галасаванне прызначана на апошнюю нядзелю наступнага месяца, датэрміновае пачнецца за пяць дзён да яго.',
        body: `Давыбары ў Нёманскай акрузе № 14 спатрэбіліся пасля таго, як летам дэпутат Павел Карповіч склаў паўнамоцтвы ў сувязі з пераездам у Магілёў. Акруга ахоплівае кварталы паміж Прыбярэжнай вуліцай і новым мікрараёнам Зарэчны, дзе жыве каля дзевяці тысяч выбаршчыкаў.

Паводле старшыні акруговай камісіі Ірыны Станкевіч, да чацвярга дакументы падалі дзве ініцыятыўныя групы. Каб вылучыць кандыдата, група павінна сабраць не менш за 150 подпісаў выбаршчыкаў, якія жывуць у гэтай акрузе. Подпісы правяраюць выбарачна, але памылкі ў адрасах або датах могуць стаць падставай для адмовы ў рэгістрацыі.

## Як падаць дакументы

Камісія працуе ў будынку школы № 31 па буднях з 15:00 да 19:00, а ў суботу — да 13:00. Узоры заяў і подпісных лістоў апублікаваныя на [старонцы камісіі](https://example.org/hrodna/okruha-14), там жа можна праверыць, ці ўваходзіць ваш дом у акругу.

«Мы просім групы не адкладаць падачу на апошні дзень: калі ў подпісных лістах знойдуцца памылкі, трэба мець час іх выправіць», — сказала Ірына Станкевіч. Камісія таксама шукае назіральнікаў ад мясцовых грамадскіх аб’яднанняў — звярнуцца можна ў тыя ж гадзіны.`,
      },
      ru: {
        slug: 'v-grodno-nachali-registrirovat-kandidatov-na-dovybory',
        title: 'В Гродно начали регистрировать кандидатов на довыборы в городской совет',
        lede: 'Окружная комиссия Нёманского округа № 14 до конца месяца принимает документы от инициативных групп. Голосование назначено на последнее воскресенье следующего месяца, досрочное начнётся за пять дней до него.',
        body: `Довыборы в Нёманском округе № 14 понадобились после того, как летом депутат Павел Карпович сложил полномочия в связи с переездом в Могилёв. Округ охватывает кварталы между Прибрежной улицей и новым микрорайоном Заречный, где живёт около девяти тысяч избирателей.

По словам председателя окружной комиссии Ирины Станкевич, к четвергу документы подали две инициативные группы. Чтобы выдвинуть кандидата, группа должна собрать не менее 150 подписей избирателей, проживающих в этом округе. Подписи проверяют выборочно, но ошибки в адресах или датах могут стать основанием для отказа в регистрации.

## Как подать документы

Комиссия работает в здании школы № 31 по будням с 15:00 до 19:00, а в субботу — до 13:00. Образцы заявлений и подписных листов опубликованы на [странице комиссии](https://example.org/hrodna/okruha-14), там же можно проверить, входит ли ваш дом в округ.

«Мы просим группы не откладывать подачу на последний день: если в подписных листах найдутся ошибки, нужно иметь время их исправить», — сказала Ирина Станкевич. Комиссия также ищет наблюдателей от местных общественных объединений — обратиться можно в те же часы.`,
      },
      en: {
        slug: 'hrodna-begins-registering-candidates-by-election',
        title: 'Hrodna begins registering candidates for a city council by-election',
        lede: 'The commission for Nioman district No. 14 is accepting papers from nomination groups until the end of the month. Voting is set for the last Sunday of next month, with early voting opening five days before.',
        body: `The by-election in Nioman district No. 14 became necessary after councillor Pavel Karpovich stepped down in the summer because he was moving to Mahiliou. The district covers the blocks between Pryberazhnaya Street and the new Zarechny neighbourhood, home to about nine thousand voters.

According to the district commission’s chair, Iryna Stankevich, two nomination groups had submitted their papers by Thursday. To put forward a candidate, a group must collect at least 150 signatures from voters who live in the district. Signatures are checked selectively, but mistakes in addresses or dates can be grounds for refusing registration.

## How to submit documents

The commission works from School No. 31 on weekdays from 15:00 to 19:00 and until 13:00 on Saturdays. Sample applications and signature sheets are published on the [commission’s page](https://example.org/hrodna/okruha-14), where residents can also check whether their building belongs to the district.

“We ask groups not to leave it to the last day: if errors turn up in the signature sheets, there has to be time to correct them,” Stankevich said. The commission is also looking for observers from local civic associations, who can apply during the same hours.`,
      },
    },
  },
  {
    key: 'a-minsk-budget-hearings',
    section: 'politics',
    tags: ['minsk'],
    authors: ['mikhas'],
    image: 'city-square',
    hoursAgo: 130,
    original: 'ru',
    versions: {
      ru: {
        slug: 'minskiy-gorsovet-vpervye-provyol-otkrytye-slushaniya-po-byudzhetu',
        title: 'Минский горсовет впервые провёл открытые слушания по бюджету на следующий год',
        lede: 'В среду около двухсот жителей пришли в городской совет, чтобы обсудить расходы столицы на следующий год. Больше всего предложений касалось освещения дворов, ремонта тротуаров и новых детских площадок.',
        body: `Бюджетная комиссия Минского городского совета в среду впервые провела открытые слушания по проекту бюджета на следующий год. Около двухсот жителей заранее зарегистрировались на сайте совета, ещё несколько десятков человек пришли без записи и следили за обсуждением в фойе, где установили экран.

Проект предусматривает, что на благоустройство дворов город направит примерно на 8% больше, чем в этом году. Председатель комиссии Тамара Рудак пояснила, что окончательные суммы будут зависеть от поступления налогов в четвёртом квартале.

## Что предлагали жители

Больше всего предложений касалось освещения дворов и пешеходных переходов, ремонта тротуаров в старых кварталах и новых детских площадок. Несколько выступающих попросили сохранить финансирование вечерних кружков в районных домах культуры. Все предложения занесены в протокол, который опубликуют на [сайте совета](https://example.org/minsk/budget-hearings).

«Мы не обещаем, что каждое пожелание попадёт в бюджет, но каждое получит письменный ответ с объяснением», — сказала Тамара Рудак. Следующие слушания, уже по поправкам, запланированы через три недели.`,
      },
      be: {
        slug: 'minskaya-haradskaya-rada-wpershynyu-pravyala-adkrytyya-slukhanni',
        title: 'Мінская гарадская рада ўпершыню правяла адкрытыя слуханні па бюджэце на наступны год',
        lede: 'У сераду каля двухсот жыхароў прыйшлі ў гарадскую раду, каб абмеркаваць выдаткі сталіцы на наступны год. Найбольш прапаноў датычылася асвятлення двароў, рамонту тратуараў і новых дзіцячых пляцовак.',
        body: `Бюджэтная камісія Мінскай гарадской рады ў сераду ўпершыню правяла адкрытыя слуханні па праекце бюджэту на наступны год. Каля двухсот жыхароў загадзя зарэгістраваліся на сайце рады, яшчэ некалькі дзясяткаў чалавек прыйшлі без запісу і сачылі за абмеркаваннем у фае, дзе паставілі экран.

Праект прадугледжвае, што на добраўпарадкаванне двароў горад накіруе прыкладна на 8% больш, чым сёлета. Старшыня камісіі Тамара Рудак патлумачыла, што канчатковыя сумы будуць залежаць ад паступлення падаткаў у чацвёртым квартале.

## Што прапаноўвалі жыхары

Найбольш прапаноў датычылася асвятлення двароў і пешаходных пераходаў, рамонту тратуараў у старых кварталах і новых дзіцячых пляцовак. Некалькі выступоўцаў папрасілі захаваць фінансаванне вячэрніх гурткоў у раённых дамах культуры. Усе прапановы занесеныя ў пратакол, які апублікуюць на [сайце рады](https://example.org/minsk/budget-hearings).

«Мы не абяцаем, што кожнае пажаданне трапіць у бюджэт, але кожнае атрымае пісьмовы адказ з тлумачэннем», — сказала Тамара Рудак. Наступныя слуханні, ужо па папраўках, запланаваныя праз тры тыдні.`,
      },
      en: {
        slug: 'minsk-city-council-first-open-hearings-budget',
        title: 'Minsk city council holds its first open hearings on next year’s budget',
        lede: 'On Wednesday about two hundred residents came to the city council to discuss the capital’s spending plans for next year. Most proposals concerned courtyard lighting, pavement repairs and new playgrounds.',
        body: `The budget committee of Minsk city council held its first open hearings on the draft budget for next year on Wednesday. About two hundred residents had registered in advance on the council’s website, and several dozen more came without signing up and followed the discussion on a screen set up in the lobby.

The draft provides for the city to spend roughly 8% more on courtyard improvements than this year. Committee chair Tamara Rudak explained that the final amounts will depend on tax revenue in the fourth quarter.

## What residents proposed

Most proposals concerned lighting in courtyards and at pedestrian crossings, pavement repairs in older neighbourhoods and new playgrounds. Several speakers asked the council to keep funding evening clubs at district community centres. All proposals have been entered into the minutes, which will be published on the [council’s website](https://example.org/minsk/budget-hearings).

“We do not promise that every wish will make it into the budget, but every one will receive a written answer with an explanation,” Rudak said. The next hearings, this time on amendments, are scheduled in three weeks.`,
      },
    },
  },
  {
    key: 'a-viciebsk-crossing-petition',
    section: 'politics',
    tags: ['viciebsk', 'transport'],
    authors: ['katsiaryna'],
    hoursAgo: 260,
    original: 'be',
    versions: {
      be: {
        slug: 'zhykhary-vitsebskaha-mikrarayona-sabrali-podpisaw-za-peshakhodny-perakhod',
        title: 'Жыхары віцебскага мікрараёна сабралі 1200 подпісаў за новы пешаходны пераход',
        lede: 'Ініцыятыўная група з мікрараёна Паўднёвы-7 просіць зрабіць рэгуляваны пераход каля школы № 45. У раённай адміністрацыі абяцаюць разгледзець зварот на бліжэйшай сесіі савета дэпутатаў.',
        body: `Ініцыятыўная група з віцебскага мікрараёна Паўднёвы-7 за тры тыдні сабрала 1200 подпісаў пад зваротам да раённага савета дэпутатаў. Жыхары просяць зрабіць рэгуляваны пешаходны пераход праз вуліцу Энергетыкаў каля школы № 45, дзе цяпер бліжэйшы светлафор знаходзіцца амаль за паўкіламетра.

«Раніцай дзеці бягуць праз чатыры паласы руху, бо інакш спазняюцца на першы ўрок», — расказала адна з арганізатарак, бухгалтарка Вольга Мароз. Паводле яе слоў, за апошні год каля школы здарыліся два наезды на пешаходаў, абодва без сур’ёзных траўмаў.

У раённай адміністрацыі пацвердзілі, што зварот атрыманы і будзе разгледжаны на бліжэйшай сесіі савета. Спецыялісты дарожнай службы ўжо падлічылі транспартныя патокі на вуліцы. Іх вынікі, як чакаецца, пакажуць, ці можна паставіць светлафор за кошт сёлетняга бюджэту, або работы давядзецца перанесці на наступную вясну.

Пакуль жа бацькі дамовіліся па чарзе дзяжурыць на пераходзе ў раннія гадзіны. Ініцыятыўная група просіць усіх, хто бачыў небяспечныя сітуацыі на вуліцы Энергетыкаў, пісаць пра іх у раённую адміністрацыю.`,
      },
      ru: {
        slug: 'zhiteli-vitebskogo-mikrorayona-sobrali-podpisey-za-peshekhodnyy-perekhod',
        title: 'Жители витебского микрорайона собрали 1200 подписей за новый пешеходный переход',
        lede: 'Инициативная группа из микрорайона Южный-7 просит сделать регулируемый переход возле школы № 45. В районной администрации обещают рассмотреть обращение на ближайшей сессии совета депутатов.',
        body: `Инициативная группа из витебского микрорайона Южный-7 за три недели собрала 1200 подписей под обращением в районный совет депутатов. Жители просят сделать регулируемый пешеходный переход через улицу Энергетиков возле школы № 45, где сейчас ближайший светофор находится почти в полукилометре.

«Утром дети бегут через четыре полосы движения, потому что иначе опаздывают на первый урок», — рассказала одна из организаторов, бухгалтер Ольга Мороз. По её словам, за последний год возле школы произошли два наезда на пешеходов, оба без серьёзных травм.

В районной администрации подтвердили, что обращение получено и будет рассмотрено на ближайшей сессии совета. Специалисты дорожной службы уже подсчитали транспортные потоки на улице. Их результаты, как ожидается, покажут, можно ли поставить светофор за счёт бюджета этого года, или работы придётся перенести на следующую весну.

Пока же родители договорились по очереди дежурить на переходе в ранние часы. Инициативная группа просит всех, кто видел опасные ситуации на улице Энергетиков, писать о них в районную администрацию.`,
      },
    },
  },
  {
    key: 'a-brest-youth-council-chair',
    section: 'politics',
    tags: ['brest', 'education'],
    authors: ['andrei'],
    hoursAgo: 0.3,
    original: 'ru',
    versions: {
      ru: {
        slug: 'molodyozhnyy-sovet-bresta-vybral-novogo-predsedatelya',
        title: 'Молодёжный совет Бреста выбрал нового председателя и утвердил план работы',
        lede: 'Председателем стала 19-летняя студентка технического университета Дарья Ковальчук. Среди первых инициатив совета — льготный проездной для студентов колледжей и продление работы читальных залов до десяти вечера.',
        body: `Молодёжный совет Бреста, в который входят 25 представителей школ, колледжей и вузов города, в понедельник вечером выбрал нового председателя. Им стала 19-летняя студентка технического университета Дарья Ковальчук: за неё проголосовали 17 членов совета, за второго кандидата, школьника Илью Сацевича, — восемь.

Совет не принимает обязательных решений, но может вносить предложения в городской совет и участвовать в обсуждении бюджета. В прошлом году по его инициативе в трёх парках появились бесплатный Wi-Fi и площадки для настольного тенниса.

## Первые инициативы

На том же заседании совет утвердил план работы до конца учебного года. Главные пункты — **льготный проездной для студентов колледжей**, который сейчас доступен только студентам вузов, и продление работы читальных залов центральной библиотеки до десяти вечера в период сессии.

«Мы хотим, чтобы о совете узнали не только те, кто в нём состоит. Каждое заседание теперь будет открытым, а протоколы — публичными», — сказала Дарья Ковальчук. Следующее заседание назначено на первую среду месяца.`,
      },
      en: {
        slug: 'brest-youth-council-elects-new-chair',
        title: 'Brest youth council elects a new chair and approves its work plan',
        lede: 'The new chair is Darya Kavalchuk, a 19-year-old student at the technical university. Among the council’s first initiatives are a discounted travel pass for college students and reading rooms open until ten in the evening.',
        body: `The Brest youth council, which brings together 25 representatives of the city’s schools, colleges and universities, elected a new chair on Monday evening. The post went to Darya Kavalchuk, a 19-year-old student at the technical university: 17 council members voted for her and eight for the other candidate, secondary school pupil Illia Satsevich.

The council cannot take binding decisions, but it can submit proposals to the city council and take part in budget discussions. Last year, at its suggestion, three parks got free Wi-Fi and table tennis areas.

## First initiatives

At the same meeting the council approved its work plan until the end of the academic year. The main points are **a discounted travel pass for college students**, which is currently available only to university students, and keeping the central library’s reading rooms open until ten in the evening during exam periods.

“We want people to know about the council, not only those who sit on it. Every meeting will now be open and the minutes will be public,” Kavalchuk said. The next meeting is scheduled for the first Wednesday of the month.`,
      },
    },
  },
  {
    key: 'a-mahiliou-council-vote-records',
    section: 'politics',
    tags: ['it'],
    authors: ['alesia', 'newsdesk'],
    hoursAgo: 410,
    original: 'be',
    versions: {
      be: {
        slug: 'mahilyowskaya-haradskaya-rada-budze-publikavats-vyniki-halasavannyaw',
        title: 'Магілёўская гарадская рада будзе публікаваць вынікі галасаванняў кожнага дэпутата',
        lede: 'З наступнай сесіі на сайце рады з’явіцца табліца, дзе можна будзе ўбачыць, як галасаваў кожны дэпутат па кожным пытанні. Ініцыятыву падтрымалі 31 з 36 дэпутатаў.',
        body: `Магілёўская гарадская рада ў чацвер прагаласавала за змены ў рэгламенце, якія абавязваюць сакратарыят публікаваць пайменныя вынікі ўсіх галасаванняў. Раней на сайце рады з’яўляліся толькі агульныя лічбы: колькі дэпутатаў прагаласавала «за», колькі «супраць» і колькі ўстрымалася.

Змены прапанавала пастаянная камісія па пытаннях мясцовага самакіравання. Яе старшыня Мікалай Вішнеўскі звярнуў увагу, што электронная сістэма галасавання ў зале пасяджэнняў і так фіксуе выбар кожнага дэпутата. «Гэтыя дадзеныя існуюць ужо шмат гадоў. Мы проста перастаём трымаць іх у шуфлядзе», — сказаў ён.

## Як гэта будзе працаваць

Табліцы з вынікамі будуць выкладвацца на [сайце рады](https://example.org/mahiliou/rada/vote-records) не пазней чым праз тры працоўныя дні пасля сесіі. Іх можна будзе спампаваць у фармаце электроннай табліцы, каб журналісты і даследчыкі маглі параўноўваць галасаванні за розныя гады.

Супраць змен прагаласавалі пяць дэпутатаў. Некаторыя з іх выказалі асцярогу, што лічбы без кантэксту могуць няправільна тлумачыцца, і прапанавалі дадаць да табліц магчымасць *пісьмова растлумачыць сваю пазіцыю*. Гэтую прапанову камісія паабяцала разгледзець да канца года.`,
      },
    },
  },
  {
    key: 'a-homiel-polling-access-check',
    section: 'politics',
    tags: ['elections', 'health'],
    authors: ['katsiaryna'],
    hoursAgo: 55,
    original: 'ru',
    versions: {
      ru: {
        slug: 'v-gomele-proveryat-dostupnost-izbiratelnykh-uchastkov',
        title: 'В Гомеле проверят доступность избирательных участков для людей на колясках',
        lede: 'Городская избирательная комиссия вместе с общественным объединением людей с инвалидностью обойдёт все 86 участков. По итогам проверки участки без пандусов могут перенести в другие здания.',
        body: `Проверку предложило гомельское объединение «Равный шаг», которое помогает людям, передвигающимся на колясках. В прошлом году его волонтёры получили десятки жалоб: где-то пандус оказался слишком крутым, где-то кабина для голосования стояла на втором этаже здания без лифта.

Теперь члены городской комиссии и представители объединения вместе обойдут все 86 участков в городе. Для каждого помещения заполнят короткую анкету из двенадцати пунктов: ширина дверей, наличие пандуса и поручней, расстояние до ближайшей остановки, освещение у входа.

## Что будет после проверки

«Если участок нельзя сделать доступным за разумные деньги, мы будем искать другое здание поблизости. Школы и библиотеки обычно подходят лучше, чем старые конторы», — пояснил секретарь комиссии Олег Драгун. По его словам, итоговый список с оценкой каждого участка опубликуют на [сайте комиссии](https://example.org/homiel/uchastki).

Избиратели, которые не могут прийти на участок, по-прежнему могут заранее подать заявку на голосование на дому. Такую заявку принимают по телефону и письменно до двух часов дня в день голосования.`,
      },
    },
  },
  {
    key: 'a-riga-diaspora-online-vote',
    section: 'politics',
    tags: ['diaspora'],
    authors: ['newsdesk'],
    hoursAgo: 600,
    original: 'en',
    versions: {
      en: {
        slug: 'belarusian-community-riga-first-online-board-vote',
        title: 'Belarusian community association in Riga holds its first online board vote',
        lede: 'More than 600 members of a Belarusian cultural association in Riga took part in electing its new board. Turnout was three times higher than at last year’s in-person general meeting.',
        body: `The Belarusian cultural association Dom na Dzvinie, which has been running language classes, concerts and a small library in Riga for more than a decade, elected its new board entirely online this month. Voting stayed open for a week, and 612 of the association’s roughly 900 members took part.

Last year’s general meeting, held in a rented hall on a Sunday afternoon, drew fewer than 200 people. Many members live outside the city or work weekend shifts, explained outgoing chair Tatsiana Miklashevich, and could never attend in person.

## A new board with new priorities

Seven people were elected to the board, four of them for the first time. The youngest, 24-year-old programmer Ales Zhuk, says he wants the association to focus on practical help: evening courses in Latvian, a list of trusted lawyers and accountants, and a mentoring scheme for families who have recently arrived.

“People come to us for the music and the books, but they stay because someone helped them fill in a form,” Zhuk said. The results and the full vote count have been published on the [association’s website](https://example.org/riga/dom-na-dzvinie/vote), and the new board meets for the first time next week.`,
      },
    },
  },

  // ───────────────────────────── SOCIETY ─────────────────────────────
  {
    key: 'a-zaazierski-bus-network',
    section: 'society',
    tags: ['transport', 'viciebsk'],
    authors: ['mikhas', 'andrei'],
    image: 'train-station',
    hoursAgo: 74,
    original: 'be',
    versions: {
      be: {
        slug: 'chamu-w-zaazerskim-rayone-za-pyats-hadow-znikla',
        title: 'Чаму ў Заазерскім раёне за пяць гадоў знікла траціна аўтобусных маршрутаў',
        lede: 'Пяць гадоў таму аўтобусы з Заазерска хадзілі па 42 маршрутах, сёння — толькі па 27. Мы паспрабавалі разабрацца, чаму сетка так хутка скарацілася і што могуць зрабіць мясцовыя ўлады.',
        body: `Пяць гадоў таму з аўтастанцыі Заазерска кожную раніцу выходзілі аўтобусы па сарака двух маршрутах у вёскі раёна. Сёння ў раскладзе на сцяне засталося дваццаць сем радкоў, а каля некаторых з іх дробным шрыфтам дапісана: «толькі па аўторках і пятніцах». Мы паразмаўлялі з кіроўцамі, пасажырамі, супрацоўнікамі аўтапарка і раённай адміністрацыі, каб зразумець, чаму сетка так хутка скарацілася і што з гэтым можна зрабіць.

## Ад сарака двух да дваццаці сямі

Першыя маршруты знікалі амаль незаўважна. Спачатку адмянілі вячэрнія рэйсы, якімі карысталіся некалькі чалавек, потым — суботнія. Паводле дадзеных раённага аўтапарка, у першы год скарацілі толькі тры маршруты, але за апошнія два гады — адзінаццаць. Разам з маршрутамі знікла і частка прыпынкаў: з 214 у раёне засталося 158.

Колькасць пасажыраў за той жа час зменшылася прыкладна на чвэрць. Найбольш — на кароткіх лініях у вёскі, дзе жывуць пераважна пенсіянеры. Адначасова вырасла нагрузка на маршруты, якія вядуць у Віцебск: у пятніцу ўвечары на іх часам не хапае месцаў, і частка пасажыраў едзе стоячы амаль гадзіну.

За гэты ж час кошт праезду ў межах раёна вырас з 1,20 да 1,90 рубля. Для пенсіянераў праезд застаўся льготным, але льгота дапамагае толькі там, дзе аўтобус яшчэ ходзіць. Таксі ад аддаленых вёсак да райцэнтра, паводле мясцовых жыхароў, каштуе каля дваццаці пяці рублёў у адзін бок — для многіх гэта заўважная частка пенсіі.

## Чаму знікаюць рэйсы

Дырэктар аўтапарка Віктар Шымановіч называе некалькі прычын, якія, на яго думку, дзейнічаюць адначасова:

- не хапае кіроўцаў: з 38 штатных месцаў занятыя 29, а сярэдні ўзрост кіроўцы — 56 гадоў;
- аўтобусы старэюць: палова машын эксплуатуецца больш за пятнаццаць гадоў, і кожная паломка здымае з лініі цэлы маршрут;
- дарожэюць паліва і запчасткі, а кошт білета мяняецца значна павольней;
- у вёсках становіцца менш жыхароў, і многія рэйсы ездзяць амаль пустыя;
- субсідыю з бюджэту разлічваюць па колькасці кіламетраў, таму доўгія і малалюдныя маршруты выглядаюць у справаздачах найбольш стратнымі.

> Мы не закрываем маршруты таму, што так хочам. Калі ў пятніцу захварэюць два кіроўцы, я мушу выбіраць, якую вёску пакінуць без аўтобуса. Гэта самае цяжкае рашэнне ў маёй працы.
> — Віктар Шымановіч, дырэктар Заазерскага аўтапарка

## Хто застаўся без аўтобуса

Ганне Філіповіч семдзесят чатыры гады. Яна жыве ў вёсцы Лужкі, за дзевятнаццаць кіламетраў ад Заазерска. Да мінулай восені аўтобус праходзіў праз Лужкі тры разы на дзень, цяпер — два разы на тыдзень. «Каб трапіць да ўрача, я выязджаю ў аўторак раніцай, а вяртаюся толькі ў пятніцу. Жыву гэтыя дні ў сястры ў горадзе», — расказвае яна.

Падобнае мы чулі амаль у кожнай вёсцы, дзе пабывалі. Фельчарска-акушэрскі пункт у суседніх Карабанах зачынілі яшчэ раней, і бліжэйшая аптэка цяпер таксама ў райцэнтры. Мясцовая крама прымае заказы на лекі, але не ўсе рэцэптурныя прэпараты можна прывезці такім чынам.

Там, дзе аўтобус знік зусім, людзі дамаўляюцца самі. У Карабанах былы механік Уладзімір Кухта двойчы на тыдзень возіць суседзяў у райцэнтр на сваёй машыне і бярэ з іх толькі грошы на бензін. «Я не перавозчык, я проста сусед. Але калі я захварэю, палове вёскі не будзе на чым дабрацца да ўрача», — кажа ён.

Школьнікаў праблема закранае менш: для іх працуюць асобныя школьныя аўтобусы, якія належаць аддзелу адукацыі. Але гэтыя аўтобусы ездзяць толькі ў навучальныя дні і не бяруць дарослых пасажыраў, нават калі ў салоне ёсць вольныя месцы.

## Што прапануюць

У раённай адміністрацыі прызнаюць, што вярнуць сетку ў ранейшым выглядзе не атрымаецца. Намесніца кіраўніка адміністрацыі Алена Жукоўская расказала, што з наступнага года раён плануе паспрабаваць некалькі новых падыходаў:

1. Аўтобус па выкліку: на тры самыя малалюдныя напрамкі выйдзе мікрааўтобус, які едзе толькі тады, калі пасажыры запісаліся па тэлефоне напярэдадні.
2. Агульныя рэйсы: школьныя аўтобусы ў вольныя гадзіны будуць браць дарослых пасажыраў, калі гэта дазволяць правілы перавозак.
3. Набор кіроўцаў: аўтапарк разам з каледжам у Віцебску аплаціць навучанне дзесяці маладым кіроўцам, якія пагодзяцца адпрацаваць у раёне тры гады.

Даследчык грамадскага транспарту Дзмітрый Пашкевіч лічыць, што аўтобус па выкліку можа спрацаваць, калі запіс будзе простым. «Пенсіянеры не будуць карыстацца праграмай у смартфоне. Патрэбны адзін нумар тэлефона і жывы дыспетчар, які ведае ўсіх па імені», — кажа ён. Паводле яго ацэнкі, такая схема абышлася б раёну толькі на 10–15 адсоткаў даражэй за цяперашнія рэйсы, але ахапіла б удвая больш вёсак.

Ганна Філіповіч пра гэтыя планы пакуль не чула. «Калі будзе аўтобус па тэлефоне, я запішуся першая», — кажа яна і паказвае на стары расклад, які захоўвае на кухні побач з календаром.`,
      },
      ru: {
        slug: 'pochemu-v-zaozerskom-rayone-za-pyat-let-ischezla',
        title: 'Почему в Заозерском районе за пять лет исчезла треть автобусных маршрутов',
        lede: 'Пять лет назад автобусы из Заозерска ходили по 42 маршрутам, сегодня — только по 27. Мы попытались разобраться, почему сеть так быстро сократилась и что могут сделать местные власти.',
        body: `Пять лет назад с автостанции Заозерска каждое утро отправлялись автобусы по сорока двум маршрутам в деревни района. Сегодня в расписании на стене осталось двадцать семь строк, а возле некоторых из них мелким шрифтом дописано: «только по вторникам и пятницам». Мы поговорили с водителями, пассажирами, сотрудниками автопарка и районной администрации, чтобы понять, почему сеть так быстро сократилась и что с этим можно сделать.

## От сорока двух до двадцати семи

Первые маршруты исчезали почти незаметно. Сначала отменили вечерние рейсы, которыми пользовались несколько человек, потом — субботние. По данным районного автопарка, в первый год сократили только три маршрута, но за последние два года — одиннадцать. Вместе с маршрутами исчезла и часть остановок: из 214 в районе осталось 158.

Число пассажиров за то же время уменьшилось примерно на четверть. Сильнее всего — на коротких линиях в деревни, где живут в основном пенсионеры. Одновременно выросла нагрузка на маршруты, которые идут в Витебск: в пятницу вечером на них иногда не хватает мест, и часть пассажиров едет стоя почти час.

За это же время стоимость проезда в пределах района выросла с 1,20 до 1,90 рубля. Для пенсионеров проезд остался льготным, но льгота помогает только там, где автобус ещё ходит. Такси от дальних деревень до райцентра, по словам местных жителей, стоит около двадцати пяти рублей в одну сторону — для многих это заметная часть пенсии.

## Почему исчезают рейсы

Директор автопарка Виктор Шиманович называет несколько причин, которые, по его мнению, действуют одновременно:

- не хватает водителей: из 38 штатных мест заняты 29, а средний возраст водителя — 56 лет;
- автобусы стареют: половина машин эксплуатируется больше пятнадцати лет, и каждая поломка снимает с линии целый маршрут;
- дорожают топливо и запчасти, а стоимость билета меняется гораздо медленнее;
- в деревнях становится меньше жителей, и многие рейсы ездят почти пустыми;
- субсидию из бюджета рассчитывают по количеству километров, поэтому длинные и малолюдные маршруты выглядят в отчётах самыми убыточными.

> Мы не закрываем маршруты потому, что нам так хочется. Если в пятницу заболеют два водителя, я должен выбирать, какую деревню оставить без автобуса. Это самое тяжёлое решение в моей работе.
> — Виктор Шиманович, директор Заозерского автопарка

## Кто остался без автобуса

Анне Филипович семьдесят четыре года. Она живёт в деревне Лужки, в девятнадцати километрах от Заозерска. До прошлой осени автобус проходил через Лужки три раза в день, теперь — два раза в неделю. «Чтобы попасть к врачу, я уезжаю во вторник утром, а возвращаюсь только в пятницу. Живу эти дни у сестры в городе», — рассказывает она.

Похожее мы слышали почти в каждой деревне, где побывали. Фельдшерско-акушерский пункт в соседних Карабанах закрыли ещё раньше, и ближайшая аптека теперь тоже в райцентре. Местный магазин принимает заказы на лекарства, но не все рецептурные препараты можно привезти таким образом.

Там, где автобус исчез совсем, люди договариваются сами. В Карабанах бывший механик Владимир Кухта дважды в неделю возит соседей в райцентр на своей машине и берёт с них только деньги на бензин. «Я не перевозчик, я просто сосед. Но если я заболею, половине деревни не на чем будет добраться до врача», — говорит он.

Школьников проблема затрагивает меньше: для них работают отдельные школьные автобусы, которые принадлежат отделу образования. Но эти автобусы ходят только в учебные дни и не берут взрослых пассажиров, даже если в салоне есть свободные места.

## Что предлагают

В районной администрации признают, что вернуть сеть в прежнем виде не получится. Заместитель главы администрации Елена Жуковская рассказала, что со следующего года район планирует попробовать несколько новых подходов:

1. Автобус по вызову: на три самых малолюдных направления выйдет микроавтобус, который едет только тогда, когда пассажиры записались по телефону накануне.
2. Общие рейсы: школьные автобусы в свободные часы будут брать взрослых пассажиров, если это позволят правила перевозок.
3. Набор водителей: автопарк вместе с колледжем в Витебске оплатит обучение десяти молодым водителям, которые согласятся отработать в районе три года.

Исследователь общественного транспорта Дмитрий Пашкевич считает, что автобус по вызову может сработать, если запись будет простой. «Пенсионеры не будут пользоваться приложением в смартфоне. Нужен один номер телефона и живой диспетчер, который знает всех по имени», — говорит он. По его оценке, такая схема обошлась бы району всего на 10–15 процентов дороже нынешних рейсов, но охватила бы вдвое больше деревень.

Анна Филипович об этих планах пока не слышала. «Если будет автобус по телефону, я запишусь первой», — говорит она и показывает на старое расписание, которое хранит на кухне рядом с календарём.`,
      },
      en: {
        slug: 'why-zaazierski-district-lost-third-bus-routes',
        title: 'Why Zaazierski district lost a third of its bus routes in five years',
        lede: 'Five years ago buses from Zaaziersk served 42 routes; today they serve only 27. We set out to understand why the network shrank so quickly and what the local authorities can do about it.',
        body: `Five years ago, buses left the Zaaziersk bus station every morning on forty-two routes to the villages of the district. Today the timetable on the wall has twenty-seven lines, and next to some of them someone has added in small print: “Tuesdays and Fridays only”. We spoke to drivers, passengers, staff at the bus depot and the district administration to understand why the network shrank so quickly and what can be done about it.

## From forty-two to twenty-seven

The first routes disappeared almost unnoticed. Evening services used by a handful of people were cancelled first, then the Saturday ones. According to the district bus depot, only three routes were cut in the first year, but eleven have gone in the last two years. Stops have disappeared along with the routes: of the 214 stops the district once had, 158 remain.

Over the same period the number of passengers fell by about a quarter. The drop was steepest on the short lines to villages where most residents are pensioners. At the same time, demand has grown on the routes to Viciebsk: on Friday evenings there are sometimes not enough seats, and some passengers stand for almost an hour.

Over the same period the fare for a trip within the district rose from 1.20 to 1.90 roubles. Pensioners still travel at a discount, but the discount only helps where a bus still runs. A taxi from the more remote villages to the district centre, local residents say, costs about twenty-five roubles each way — a noticeable share of many people’s pensions.

## Why services disappear

The depot’s director, Viktar Shymanovich, names several causes that, in his view, are all at work at once:

- there are not enough drivers: 29 of 38 positions are filled, and the average driver is 56 years old;
- the buses are ageing: half the fleet has been in service for more than fifteen years, and every breakdown takes a whole route off the road;
- fuel and spare parts keep getting more expensive, while fares change much more slowly;
- villages are losing residents, and many services run almost empty;
- the budget subsidy is calculated per kilometre, so long, sparsely used routes look like the biggest loss-makers in the reports.

> We don’t close routes because we want to. If two drivers call in sick on a Friday, I have to choose which village is left without a bus. It is the hardest decision in my job.
> — Viktar Shymanovich, director of the Zaaziersk bus depot

## Who was left without a bus

Hanna Filipovich is seventy-four. She lives in the village of Luzhki, nineteen kilometres from Zaaziersk. Until last autumn the bus went through Luzhki three times a day; now it comes twice a week. “To see a doctor, I leave on Tuesday morning and only come back on Friday. I stay with my sister in town in between,” she says.

We heard similar stories in almost every village we visited. The rural health post in neighbouring Karabany closed even earlier, and the nearest pharmacy is now also in the district centre. The village shop takes orders for medicines, but not every prescription drug can be delivered that way.

Where the bus has gone altogether, people make their own arrangements. In Karabany, a former mechanic, Uladzimir Kukhta, drives his neighbours to the district centre twice a week in his own car and asks them only to chip in for petrol. “I’m not a transport company, I’m just a neighbour. But if I fall ill, half the village will have no way to get to a doctor,” he says.

Schoolchildren are less affected: they have separate school buses run by the education department. But those buses operate only on school days and do not take adult passengers, even when there are empty seats.

## What is being proposed

The district administration admits that the network cannot be restored to what it was. Deputy head of the administration Alena Zhukouskaya said that from next year the district plans to try several new approaches:

1. Buses on demand: a minibus will serve the three least-used directions, running only when passengers have booked by phone the day before.
2. Shared services: school buses will take adult passengers in their free hours, if transport regulations allow it.
3. Recruiting drivers: the depot and a college in Viciebsk will pay for ten young people to train as drivers if they agree to work in the district for three years.

Public transport researcher Dzmitry Pashkevich believes buses on demand can work if booking is simple. “Pensioners will not use a smartphone app. You need one phone number and a real dispatcher who knows everyone by name,” he says. By his estimate, such a scheme would cost the district only 10–15 per cent more than the current services, while reaching twice as many villages.

Hanna Filipovich has not yet heard about these plans. “If there is a bus you can call by phone, I will be the first to sign up,” she says, pointing to an old timetable she keeps in the kitchen next to the calendar.`,
      },
    },
  },
  {
    key: 'a-minsk-new-school-northern-bank',
    section: 'society',
    tags: ['education', 'minsk'],
    authors: ['alesia'],
    hoursAgo: 37,
    original: 'ru',
    versions: {
      ru: {
        slug: 'v-minskom-mikrorayone-severnyy-bereg-otkrylas-novaya-shkola',
        title: 'В минском микрорайоне Северный Берег открылась новая школа на 1200 учеников',
        lede: 'Занятия в четырёхэтажном здании начнутся в понедельник. В новую школу переводят часть учеников из двух соседних школ, где сейчас из-за нехватки кабинетов учатся в две смены.',
        body: `В микрорайоне Северный Берег на северо-западе Минска в четверг открылась средняя школа № 241. Четырёхэтажное здание рассчитано на 1200 учеников: в нём 48 классов, два спортзала, бассейн и столовая на 400 мест. Строительство заняло почти три года и закончилось на четыре месяца позже первоначального срока.

Первыми сюда придут около 900 детей. Часть из них переводят из двух соседних школ, где из-за нехватки кабинетов младшие классы несколько лет учились во вторую смену. О переводе родителей заранее предупредили письмами; тем, кто хочет оставить ребёнка в прежней школе, предложили подать заявление до конца недели.

## Кружки и вечерний режим

Директор новой школы Наталья Бобрик рассказала, что здание будет открыто до восьми вечера. После уроков в нём начнут работать 14 кружков, в том числе робототехника, хор и шахматы, а спортзалы по вечерам смогут арендовать жители района.

«Мы хотим, чтобы школа стала местом, куда приходят не только на уроки», — сказала Наталья Бобрик. Расписание кружков опубликовано на [сайте школы](https://example.org/minsk/school-241).`,
      },
      be: {
        slug: 'u-minskim-mikrarayone-pawnochny-berah-adkrylasya-novaya-shkola',
        title: 'У мінскім мікрараёне Паўночны Бераг адкрылася новая школа на 1200 вучняў',
        lede: 'Заняткі ў чатырохпавярховым будынку пачнуцца ў панядзелак. У новую школу пераводзяць частку вучняў з дзвюх суседніх школ, дзе цяпер з-за недахопу кабінетаў вучацца ў дзве змены.',
        body: `У мікрараёне Паўночны Бераг на паўночным захадзе Мінска ў чацвер адкрылася сярэдняя школа № 241. Чатырохпавярховы будынак разлічаны на 1200 вучняў: у ім 48 класаў, дзве спартыўныя залы, басейн і сталовая на 400 месцаў. Будаўніцтва доўжылася амаль тры гады і скончылася на чатыры месяцы пазней за першапачатковы тэрмін.

Першымі сюды прыйдуць каля 900 дзяцей. Частку з іх пераводзяць з дзвюх суседніх школ, дзе з-за недахопу кабінетаў малодшыя класы некалькі гадоў вучыліся ў другую змену. Пра перавод бацькоў загадзя папярэдзілі лістамі; тым, хто хоча пакінуць дзіця ў ранейшай школе, прапанавалі падаць заяву да канца тыдня.

## Гурткі і вячэрні рэжым

Дырэктарка новай школы Наталля Бобрык расказала, што будынак будзе адчынены да васьмі гадзін вечара. Пасля ўрокаў у ім пачнуць працаваць 14 гурткоў, у тым ліку робататэхніка, хор і шахматы, а спартыўныя залы ўвечары змогуць арандаваць жыхары раёна.

«Мы хочам, каб школа стала месцам, куды прыходзяць не толькі на ўрокі», — сказала Наталля Бобрык. Расклад гурткоў апублікаваны на [сайце школы](https://example.org/minsk/school-241).`,
      },
      en: {
        slug: 'new-school-opens-minsk-northern-bank-district',
        title: 'New school for 1,200 pupils opens in Minsk’s Northern Bank district',
        lede: 'Classes in the four-storey building begin on Monday. Some pupils are being transferred from two neighbouring schools where, because of a shortage of classrooms, children currently study in two shifts.',
        body: `Secondary School No. 241 opened on Thursday in the Northern Bank neighbourhood in north-western Minsk. The four-storey building is designed for 1,200 pupils and has 48 classrooms, two gyms, a swimming pool and a canteen seating 400. Construction took almost three years and finished four months behind the original schedule.

About 900 children will be the first to attend. Some of them are being transferred from two neighbouring schools where, because of a shortage of classrooms, the younger year groups have had to study in the afternoon shift for several years. Parents were notified of the transfer by letter in advance; those who want their child to stay at the old school have been asked to apply by the end of the week.

## Clubs and evening opening

The new school’s head teacher, Natallia Bobryk, said the building will stay open until eight in the evening. After lessons it will host 14 clubs, including robotics, choir and chess, and local residents will be able to rent the gyms in the evenings.

“We want the school to be a place people come to for more than lessons,” Bobryk said. The club timetable is published on the [school’s website](https://example.org/minsk/school-241).`,
      },
    },
  },
  {
    key: 'a-homiel-rehabilitation-wing',
    section: 'society',
    tags: ['health'],
    authors: ['katsiaryna'],
    hoursAgo: 190,
    original: 'be',
    versions: {
      be: {
        slug: 'u-homelskay-balnitsy-adkryli-novy-korpus-dlya-reabilitatsyi',
        title: 'У гомельскай бальніцы № 4 адкрылі новы корпус для рэабілітацыі пацыентаў',
        lede: 'У пяціпавярховым корпусе — шэсцьдзесят ложкаў, басейн і залы для лячэбнай фізкультуры. Тут будуць аднаўляцца пацыенты пасля інсульту, траўмаў і складаных аперацый.',
        body: `Гарадская бальніца № 4 у Гомелі ў панядзелак прыняла першых пацыентаў у новым рэабілітацыйным корпусе. Будынак з’явіўся на месцы старой кацельні, якую знеслі тры гады таму, і злучаны з галоўным корпусам цёплым пераходам.

У корпусе шэсцьдзесят ложкаў у двух- і трохмесных палатах, невялікі басейн, дзве залы для лячэбнай фізкультуры і кабінеты, дзе пацыенты зноў вучацца гатаваць ежу, апранацца і карыстацца грамадскім транспартам. Паводле загадчыцы аддзялення Святланы Ляшчынскай, менавіта такія бытавыя навыкі часта вырашаюць, ці зможа чалавек пасля інсульту жыць самастойна.

Раней пацыентаў з Гомеля накіроўвалі на рэабілітацыю ў іншыя гарады, і чарга магла расцягнуцца на некалькі месяцаў. «Чым раней пачынаецца рэабілітацыя, тым лепшы вынік. Цяпер мы зможам пачынаць яе праз некалькі дзён пасля выпіскі з кардыялогіі ці неўралогіі», — сказала Святлана Ляшчынская.

Накіраванне ў корпус выдае лекар, які вядзе пацыента. У бальніцы таксама плануюць адкрыць амбулаторныя заняткі для тых, хто ўжо вярнуўся дадому.`,
      },
      ru: {
        slug: 'v-gomelskoy-bolnitse-otkryli-novyy-korpus-dlya-reabilitatsii',
        title: 'В гомельской больнице № 4 открыли новый корпус для реабилитации пациентов',
        lede: 'В пятиэтажном корпусе — шестьдесят коек, бассейн и залы для лечебной физкультуры. Здесь будут восстанавливаться пациенты после инсульта, травм и сложных операций.',
        body: `Городская больница № 4 в Гомеле в понедельник приняла первых пациентов в новом реабилитационном корпусе. Здание появилось на месте старой котельной, которую снесли три года назад, и соединено с главным корпусом тёплым переходом.

В корпусе шестьдесят коек в двух- и трёхместных палатах, небольшой бассейн, два зала для лечебной физкультуры и кабинеты, где пациенты заново учатся готовить еду, одеваться и пользоваться общественным транспортом. По словам заведующей отделением Светланы Лещинской, именно такие бытовые навыки часто решают, сможет ли человек после инсульта жить самостоятельно.

Раньше пациентов из Гомеля направляли на реабилитацию в другие города, и очередь могла растянуться на несколько месяцев. «Чем раньше начинается реабилитация, тем лучше результат. Теперь мы сможем начинать её через несколько дней после выписки из кардиологии или неврологии», — сказала Светлана Лещинская.

Направление в корпус выдаёт врач, который ведёт пациента. В больнице также планируют открыть амбулаторные занятия для тех, кто уже вернулся домой.`,
      },
      en: {
        slug: 'homiel-hospital-opens-new-rehabilitation-wing',
        title: 'Homiel hospital No. 4 opens a new rehabilitation wing for patients',
        lede: 'The five-storey wing has sixty beds, a pool and halls for physiotherapy. Patients recovering from strokes, injuries and complex operations will be treated there.',
        draft: true,
        body: `City Hospital No. 4 in Homiel admitted the first patients to its new rehabilitation wing on Monday. The building stands on the site of an old boiler house demolished three years ago and is linked to the main building by a heated walkway.

The wing has sixty beds in two- and three-bed rooms, a small pool, two physiotherapy halls and rooms where patients relearn how to cook, get dressed and use public transport. According to the head of the department, Sviatlana Liashchynskaya, it is often these everyday skills that decide whether a person can live independently after a stroke.

Until now, patients from Homiel were sent to other cities for rehabilitation, and the wait could stretch to several months. “The earlier rehabilitation starts, the better the outcome. Now we can begin a few days after a patient is discharged from cardiology or neurology,” Liashchynskaya said.

Referrals to the wing are issued by the patient’s own doctor. The hospital also plans to offer outpatient sessions for people who have already returned home.`,
      },
    },
  },
  {
    key: 'a-hrodna-tram-line',
    section: 'society',
    tags: ['transport', 'hrodna'],
    authors: ['andrei'],
    image: 'city-square',
    hoursAgo: 5.5,
    original: 'en',
    versions: {
      en: {
        slug: 'hrodna-unveils-route-of-proposed-first-tram-line',
        title: 'Hrodna unveils route of proposed first tram line, opens public consultation',
        lede: 'The 7.4-kilometre line would link the railway station with the Vishniaviec housing estate via the city centre. Residents have four weeks to comment on the stops and the route.',
        body: `The city of Hrodna has published the proposed route for its first tram line and opened a four-week public consultation. The 7.4-kilometre line would run from the railway station through the city centre to the Vishniaviec housing estate, with 12 stops along the way.

According to the city’s transport department, the line could carry up to 4,000 passengers an hour at peak times and would replace two of the busiest bus routes. Trams would run every six minutes during the rush hour and every ten minutes in the evening.

## What residents are asked

The consultation asks residents to comment on the exact location of the stops, on the plan to close one lane of the riverside road to cars, and on whether the line should later be extended to the university campus. Maps and a short questionnaire are available on the [city’s website](https://example.org/hrodna/tram-consultation), and paper forms can be picked up at district libraries.

“Nothing is final yet. If people show us a better place for a stop, we will move it,” said Aliaksandr Kazak, head of the transport department’s planning unit. If the project is approved, construction would start next year at the earliest and take about three years.`,
      },
      be: {
        slug: 'hrodna-pradstavila-marshrut-pershay-tramvaynay-linii',
        title: 'Гродна прадставіла маршрут першай трамвайнай лініі і запрасіла жыхароў на абмеркаванне',
        lede: 'Лінія даўжынёй 7,4 кіламетра злучыць чыгуначны вакзал з мікрараёнам Вішнявец праз цэнтр горада. Жыхары маюць чатыры тыдні, каб выказацца пра прыпынкі і маршрут.',
        body: `Гродна апублікавала праект маршруту першай трамвайнай лініі і пачала чатырохтыднёвае грамадскае абмеркаванне. Лінія даўжынёй 7,4 кіламетра пройдзе ад чыгуначнага вакзала праз цэнтр горада да мікрараёна Вішнявец, на ёй будзе 12 прыпынкаў.

Паводле транспартнага ўпраўлення горада, у гадзіны пік лінія зможа перавозіць да 4000 пасажыраў за гадзіну і заменіць два самыя загружаныя аўтобусныя маршруты. Трамваі будуць хадзіць кожныя шэсць хвілін у гадзіны пік і кожныя дзесяць хвілін увечары.

## Пра што пытаюцца ў жыхароў

Удзельнікаў абмеркавання просяць выказацца пра дакладнае размяшчэнне прыпынкаў, пра план закрыць для машын адну паласу прыбярэжнай дарогі і пра тое, ці варта пазней падоўжыць лінію да ўніверсітэцкага гарадка. Карты і кароткая анкета даступныя на [сайце горада](https://example.org/hrodna/tram-consultation), а папяровыя бланкі можна ўзяць у раённых бібліятэках.

«Нічога яшчэ не вырашана канчаткова. Калі людзі пакажуць нам лепшае месца для прыпынку, мы яго перанясём», — сказаў Аляксандр Казак, кіраўнік аддзела планавання транспартнага ўпраўлення. Калі праект зацвердзяць, будаўніцтва пачнецца не раней чым праз год і зойме каля трох гадоў.`,
      },
      ru: {
        slug: 'grodno-predstavil-marshrut-pervoy-tramvaynoy-linii',
        title: 'Гродно представил маршрут первой трамвайной линии и открыл общественное обсуждение',
        lede: 'Линия длиной 7,4 километра свяжет железнодорожный вокзал с микрорайоном Вишневец через центр города. У жителей есть четыре недели, чтобы высказаться об остановках и маршруте.',
        body: `Гродно опубликовал проект маршрута первой трамвайной линии и начал четырёхнедельное общественное обсуждение. Линия длиной 7,4 километра пройдёт от железнодорожного вокзала через центр города до микрорайона Вишневец, на ней будет 12 остановок.

По данным транспортного управления города, в часы пик линия сможет перевозить до 4000 пассажиров в час и заменит два самых загруженных автобусных маршрута. Трамваи будут ходить каждые шесть минут в часы пик и каждые десять минут вечером.

## О чём спрашивают жителей

Участников обсуждения просят высказаться о точном расположении остановок, о плане закрыть для машин одну полосу прибрежной дороги и о том, стоит ли позже продлить линию до университетского городка. Карты и короткая анкета доступны на [сайте города](https://example.org/hrodna/tram-consultation), а бумажные бланки можно взять в районных библиотеках.

«Ничего ещё не решено окончательно. Если люди покажут нам лучшее место для остановки, мы её перенесём», — сказал Александр Казак, руководитель отдела планирования транспортного управления. Если проект утвердят, строительство начнётся не раньше чем через год и займёт около трёх лет.`,
      },
    },
  },
  {
    key: 'a-warsaw-saturday-school',
    section: 'society',
    tags: ['diaspora', 'education'],
    authors: ['alesia'],
    hoursAgo: 330,
    original: 'be',
    versions: {
      be: {
        slug: 'belaruskaya-subotnyaya-shkola-w-varshave-nabrala-rekordnyya-vuchnyaw',
        title: 'Беларуская суботняя школа ў Варшаве набрала рэкордныя 140 вучняў',
        lede: 'Школа, якую пяць гадоў таму заснавалі бацькі-валанцёры, адкрыла яшчэ адзін першы клас. Заняткі па беларускай мове, гісторыі і музыцы праходзяць кожную суботу ў класах польскай гімназіі.',
        body: `Суботнюю школу «Сябрына» пяць гадоў таму заснавалі некалькі беларускіх сем’яў, якія хацелі, каб іх дзеці не забывалі мову. Тады на першыя заняткі прыйшлі чатырнаццаць дзяцей. Сёлета школа набрала 140 вучняў ад шасці да чатырнаццаці гадоў і ўпершыню адкрыла трэці першы клас.

Заняткі праходзяць кожную суботу з дзесяці да трох гадзін у класах польскай гімназіі, якая здае памяшканні па сімвалічнай цане. Дзеці вывучаюць беларускую мову і літаратуру, гісторыю і геаграфію Беларусі, спяваюць у хоры і рыхтуюць спектаклі да святаў.

## Настаўнікі-валанцёры

Усе дваццаць тры настаўнікі працуюць бясплатна. Сярод іх — былыя школьныя педагогі, студэнты і нават адзін інжынер, які вядзе гурток канструявання. «Найцяжэй знайсці людзей надоўга. Многія гатовыя дапамагаць месяц-два, але дзецям патрэбная стабільнасць», — кажа дырэктарка школы Алена Маркевіч.

Школа ўтрымліваецца на ўнёсках бацькоў і невялікіх грантах. Бацькі, якія хочуць запісаць дзяцей, могуць пакінуць заяўку на [старонцы школы](https://example.org/warsaw/siabryna); чарга на наступны год ужо складае каля трыццаці чалавек.`,
      },
      en: {
        slug: 'belarusian-saturday-school-warsaw-record-pupils',
        title: 'Belarusian Saturday school in Warsaw enrols a record 140 pupils',
        lede: 'The school, founded five years ago by volunteer parents, has opened yet another first-year class. Lessons in Belarusian language, history and music take place every Saturday in classrooms rented from a Polish secondary school.',
        body: `The Saturday school *Siabryna* was founded five years ago by a few Belarusian families who wanted their children to keep their language. Fourteen children came to the first lessons. This year the school has enrolled 140 pupils aged six to fourteen and, for the first time, opened a third first-year class.

Lessons take place every Saturday from ten to three in classrooms of a Polish secondary school, which lets the rooms for a symbolic fee. The children study Belarusian language and literature, the history and geography of Belarus, sing in a choir and prepare plays for holidays.

## Volunteer teachers

All twenty-three teachers work unpaid. They include former school teachers, students and even an engineer who runs a design and building club. “The hardest thing is finding people for the long term. Many are ready to help for a month or two, but children need stability,” says the school’s director, Alena Markevich.

The school is funded by parents’ contributions and small grants. Parents who want to enrol their children can leave a request on the [school’s page](https://example.org/warsaw/siabryna); the waiting list for next year already stands at about thirty children.`,
      },
    },
  },
  {
    key: 'a-viciebsk-library-late-hours',
    section: 'society',
    tags: ['viciebsk', 'books'],
    authors: ['katsiaryna'],
    image: 'library',
    hoursAgo: 480,
    original: 'be',
    versions: {
      be: {
        slug: 'vitsebskaya-haradskaya-bibliyateka-budze-pratsavats-da-dzesyatsi-hadzin',
        title: 'Віцебская гарадская бібліятэка будзе працаваць да дзесяці гадзін вечара',
        lede: 'Чытальныя залы цэнтральнай гарадской бібліятэкі з панядзелка па пятніцу будуць адчыненыя на дзве гадзіны даўжэй. Такі графік папрасілі студэнты і людзі, якія вучацца пасля працы.',
        body: `Цэнтральная гарадская бібліятэка ў Віцебску з наступнага панядзелка будзе працаваць да дзесяці гадзін вечара. Раней яна зачынялася ў восем. Падоўжаны графік, як паведамілі ў бібліятэцы, будзе дзейнічаць з панядзелка па пятніцу, а ў суботу чытальныя залы, як і раней, будуць адчыненыя да шасці.

Рашэнне прынялі пасля апытання, у якім узялі ўдзел больш за 800 чытачоў. Большасць з іх — студэнты і людзі, якія вучацца пасля працы. Многія пісалі, што дома ім не хапае спакойнага месца, каб рыхтавацца да экзаменаў.

## Што зменіцца

У вячэрнія гадзіны будуць працаваць дзве чытальныя залы на другім паверсе і новая зона для сумеснай працы на дваццаць месцаў з разеткамі і бясплатным інтэрнэтам. Абанемент, дзе выдаюць кнігі дадому, будзе зачыняцца ў восем, як і цяпер.

«Нам важна, каб бібліятэка была не толькі месцам, дзе бяруць кнігі, але і месцам, дзе можна проста быць», — кажа дырэктарка бібліятэкі Людміла Сямашка. Дадатковыя гадзіны аплочваюцца з гарадскога бюджэту ў межах праграмы падтрымкі адукацыі дарослых. Калі залы будуць запоўненыя, эксперымент працягнуць і на наступны год.`,
      },
    },
  },
  {
    key: 'a-brest-weather-alerts',
    section: 'society',
    tags: ['brest', 'weather'],
    authors: ['newsdesk'],
    hoursAgo: 11,
    original: 'ru',
    versions: {
      ru: {
        slug: 'v-breste-zapustili-besplatnuyu-rassylku-preduprezhdeniy-o-nepogode',
        title: 'В Бресте запустили бесплатную рассылку предупреждений о непогоде',
        lede: 'Жители города могут подписаться на SMS и сообщения в мессенджере о сильном ветре, граде, ливнях и гололёде. За первые сутки на рассылку подписались более трёх тысяч человек.',
        body: `Городской центр гражданской защиты Бреста вместе с местной метеостанцией запустил бесплатную рассылку предупреждений о непогоде. Сообщения будут приходить, когда синоптики объявляют жёлтый или оранжевый уровень опасности: при сильном ветре, граде, ливнях, снегопадах и гололёде.

Подписаться можно двумя способами: отправить короткое сообщение на номер, указанный на сайте центра, или нажать кнопку в официальном канале центра в мессенджере. Каждое предупреждение содержит время, на которое действует прогноз, и несколько простых советов — например, не оставлять машины под деревьями или заранее убрать вещи с балконов.

## Почему решили сделать рассылку

По словам руководителя центра Виталия Кондратовича, в прошлом году во время сильной грозы многие жители узнали о предупреждении только из новостей, когда ветер уже ломал деревья. «Мы хотим, чтобы человек получил сообщение за несколько часов, пока ещё можно что-то сделать», — сказал он.

За первые сутки на рассылку подписались более трёх тысяч человек. Если опыт окажется удачным, систему распространят на весь район. Подробности — на [сайте центра](https://example.org/brest/weather-alerts).`,
      },
    },
  },
  {
    key: 'a-minsk-svislach-cleanup',
    section: 'society',
    tags: ['minsk', 'ecology'],
    authors: ['mikhas'],
    image: 'river',
    hoursAgo: 700,
    original: 'en',
    versions: {
      en: {
        slug: 'volunteers-clear-three-tonnes-rubbish-svislach-riverbanks',
        title: 'Volunteers clear three tonnes of rubbish from the Svislach riverbanks in Minsk',
        lede: 'More than 250 volunteers spent Saturday clearing the banks of the Svislach in the north of the city. Most of what they collected was plastic bottles, packaging and old tyres.',
        body: `More than 250 volunteers turned out on Saturday morning to clean up a four-kilometre stretch of the Svislach riverbanks in the north of Minsk. By mid-afternoon they had filled more than 400 bags, which city services weighed at just over three tonnes.

The clean-up was organised by *Zialiony Bierah*, a small environmental group founded two years ago by students from the city’s technical university. The organisers supplied gloves, bags and hot tea; the city’s parks department provided two lorries to take the rubbish away.

## What they found

Most of the rubbish was plastic bottles and food packaging, but volunteers also pulled out eleven car tyres, a shopping trolley and parts of an old boat. “Every year we find less glass and more plastic,” said the group’s coordinator, Yana Sauchuk. “That tells you a lot about how people picnic now.”

The group plans two more clean-ups before the end of the season and is asking residents to report illegal dumping spots through an [online map](https://example.org/minsk/clean-riverbanks). The parks department said it would install ten extra bins along the most popular stretch of the riverside path.`,
      },
    },
  },

  // ───────────────────────────── ECONOMY ─────────────────────────────
  {
    key: 'a-dubraulany-dairy-cooperative',
    section: 'economy',
    tags: ['agriculture', 'hrodna'],
    authors: ['alesia', 'katsiaryna'],
    image: 'field',
    hoursAgo: 150,
    original: 'be',
    versions: {
      be: {
        slug: 'yak-malochny-kaaperatyw-z-dubrawlyan-vyzhyw-bez-buynoha',
        title: 'Як малочны кааператыў з Дубраўлян выжыў без буйнога камбіната',
        lede: 'Калі тры гады таму камбінат перастаў купляць іх малако, некалькі дзясяткаў сямейных ферм з Дубраўлян маглі проста закрыцца. Замест гэтага яны пабудавалі ўласны сыраварны цэх і навучыліся прадаваць самі.',
        body: `Дубраўляны на поўдні Гродзенскай вобласці — гэта адна доўгая вуліца, царква, школа і белы аднапавярховы будынак з шыльдай «Дубраўлянскі малочнік». Тры гады таму многія тут былі ўпэўненыя, што шыльду хутка здымуць. Сёння кааператыў аб’ядноўвае сорак сямейных ферм, вырабляе сыр, тварог і масла і прадае іх у Гродне, Лідзе і Мінску. Мы паехалі ў Дубраўляны, каб зразумець, як невялікай гаспадарцы ўдалося выжыць, калі знік яе галоўны пакупнік.

## Зіма, калі спыніліся закупкі

Кааператыў заснавалі ў канцы 1990-х трыццаць сем сем’яў, якія трымалі ад пяці да дваццаці кароў. Разам яны куплялі корм, наймалі ветэрынара і здавалі малако на камбінат у суседнім раённым цэнтры. Гэтая схема працавала больш за дваццаць гадоў, і мала хто задумваўся, што яна можа скончыцца.

Восенню тры гады таму камбінат паведаміў, што з новага года будзе прымаць малако толькі ад буйных ферм з уласнымі халадзільнымі танкамі на тысячу літраў і больш. Для сямейных гаспадарак гэта азначала адно: прадаваць малако няма каму.

«Мы сабраліся ў школьнай зале, і палова людзей казала, што трэба прадаваць кароў, пакуль за іх нешта даюць», — успамінае Марыя Калеснік, якая тады толькі стала старшынёй кааператыва. Некалькі сем’яў сапраўды сышлі. Астатнія вырашылі паспрабаваць перапрацоўваць малако самі.

## Уласны цэх замест чужога камбіната

Першыя месяцы былі самымі цяжкімі. Кааператыў узяў крэдыт у рэгіянальным банку, купіў ужыванае абсталяванне ў сыраварні пад Навагрудкам, якая якраз закрывалася, і перарабіў пад цэх былую калгасную майстэрню. Тэхнолага знайшлі праз аб’яву ў газеце: адгукнулася пенсіянерка з Ліды, якая трыццаць гадоў працавала на сыраробным заводзе і пагадзілася «папрацаваць яшчэ год-два». Працуе да гэтага часу.

Першы сыр атрымаўся не з першага разу. За паўгода цэх выпусціў некалькі партый, якія давялося аддаць на корм свінням, і прайшоў дзве праверкі санітарнай службы. Да лета ўдалося наладзіць выпуск трох відаў прадукцыі: маладога сыру, вытрыманага «Дубраўлянскага» і тварагу. Першымі пакупнікамі сталі кавярні ў Гродне, куды Марыя Калеснік сама вазіла ўзоры ў багажніку сваёй машыны.

> Самая вялікая памылка, якую мы маглі зрабіць, — спрабаваць канкураваць з камбінатам па цане. Мы ніколі не будзем танней. Таму мы вырашылі прадаваць тое, чаго ў камбіната няма: свежасць, адрас фермы на ўпакоўцы і магчымасць прыехаць і ўсё паглядзець.
> — Марыя Калеснік, старшыня кааператыва «Дубраўлянскі малочнік»

Паводле Марыі Калеснік, кааператыў выжыў дзякуючы некалькім рашэнням, прынятым у першы год:

- замест аднаго вялікага пакупніка — больш за дзвесце дробных: кавярні, школьныя сталоўкі, крамы фермерскіх прадуктаў;
- продаж па падпісцы: сем’і ў Гродне і Мінску раз на тыдзень атрымліваюць скрынку з сырам, тварагом і маслам;
- агульная тэхніка: даільныя апараты, трактар і фургон-халадзільнік належаць кааператыву, а не асобным фермам;
- адзіныя правілы якасці: кожная ферма двойчы на месяц здае пробы ў лабараторыю, і вынікі бачаць усе ўдзельнікі.

## Колькі гэта каштуе

Сёння кааператыў перапрацоўвае каля чатырох тон малака ў дзень. Фермы атрымліваюць за літр прыкладна на пятую частку больш, чым калісьці плаціў камбінат, але частка гэтых грошай вяртаецца ў агульную касу на пагашэнне крэдыту. Да поўнага разліку з банкам засталося два гады.

Выдаткі таксама выраслі. Цэх працуе ў дзве змены, у ім занятыя дзевятнаццаць чалавек, большасць з якіх — дзеці і ўнукі фермераў. Фургон штодня праязджае каля трохсот кіламетраў. Найбольшая пагроза, кажуць у кааператыве, — рэзкі рост коштаў на электрычнасць і корм, які немагчыма хутка перакласці на пакупнікоў.

Цэны для пакупнікоў кааператыў стараецца трымаць стабільнымі. «Мы не можам быць таннейшымі, але можам быць прадказальнымі. Людзі, якія падпісаліся тры гады таму, ведаюць, што цана не зменіцца без папярэджання за месяц», — тлумачыць бухгалтарка кааператыва Жанна Сіняк. Паводле яе слоў, за тры гады ад падпіскі адмовіліся менш за дзясятую частку кліентаў.

## Што далей

Эканаміст Раман Гурыновіч, які вывучае сельскія кааператывы, лічыць досвед Дубраўлян карысным, але не ўніверсальным. «Тут супалі тры рэчы: блізкасць да вялікіх гарадоў, моцная старшыня і людзі, якія даўно давяралі адно аднаму. Без апошняга ніякі крэдыт не дапамог бы», — кажа ён.

Ёсць і іншыя рызыкі. Большасць фермераў у кааператыве старэйшыя за пяцьдзясят гадоў, і не ўсе іх дзеці гатовыя працягваць справу. Каб прыцягнуць моладзь, кааператыў з мінулага года плаціць стыпендыю двум студэнтам аграрнага каледжа, якія пасля вучобы паабяцалі вярнуцца ў Дубраўляны.

У самім кааператыве ўжо думаюць пра наступны крок. У планах — маленькая крама пры цэху, сонечныя панэлі на даху і экскурсіі для школьнікаў. А тры сям’і, якія тры гады таму прадалі кароў, летась зноў папрасіліся ў кааператыў. Іх прынялі.`,
      },
      ru: {
        slug: 'kak-molochnyy-kooperativ-iz-dubrovlyan-vyzhil-bez-krupnogo',
        title: 'Как молочный кооператив из Дубровлян выжил без крупного комбината',
        lede: 'Когда три года назад комбинат перестал покупать их молоко, несколько десятков семейных ферм из Дубровлян могли просто закрыться. Вместо этого они построили собственный сыроваренный цех и научились продавать сами.',
        body: `Дубровляны на юге Гродненской области — это одна длинная улица, церковь, школа и белое одноэтажное здание с вывеской «Дубровлянский молочник». Три года назад многие здесь были уверены, что вывеску скоро снимут. Сегодня кооператив объединяет сорок семейных ферм, производит сыр, творог и масло и продаёт их в Гродно, Лиде и Минске. Мы поехали в Дубровляны, чтобы понять, как небольшому хозяйству удалось выжить, когда исчез его главный покупатель.

## Зима, когда прекратились закупки

Кооператив основали в конце 1990-х тридцать семь семей, которые держали от пяти до двадцати коров. Вместе они покупали корм, нанимали ветеринара и сдавали молоко на комбинат в соседнем районном центре. Эта схема работала больше двадцати лет, и мало кто задумывался, что она может закончиться.

Осенью три года назад комбинат сообщил, что с нового года будет принимать молоко только у крупных ферм с собственными холодильными танками на тысячу литров и больше. Для семейных хозяйств это означало одно: продавать молоко некому.

«Мы собрались в школьном зале, и половина людей говорила, что надо продавать коров, пока за них что-то дают», — вспоминает Мария Колесник, которая тогда только стала председателем кооператива. Несколько семей действительно ушли. Остальные решили попробовать перерабатывать молоко сами.

## Свой цех вместо чужого комбината

Первые месяцы были самыми тяжёлыми. Кооператив взял кредит в региональном банке, купил подержанное оборудование у сыроварни под Новогрудком, которая как раз закрывалась, и переделал под цех бывшую колхозную мастерскую. Технолога нашли через объявление в газете: откликнулась пенсионерка из Лиды, которая тридцать лет проработала на сыродельном заводе и согласилась «поработать ещё год-два». Работает до сих пор.

Первый сыр получился не с первого раза. За полгода цех выпустил несколько партий, которые пришлось отдать на корм свиньям, и прошёл две проверки санитарной службы. К лету удалось наладить выпуск трёх видов продукции: молодого сыра, выдержанного «Дубровлянского» и творога. Первыми покупателями стали кафе в Гродно, куда Мария Колесник сама возила образцы в багажнике своей машины.

> Самая большая ошибка, которую мы могли совершить, — пытаться конкурировать с комбинатом по цене. Мы никогда не будем дешевле. Поэтому мы решили продавать то, чего у комбината нет: свежесть, адрес фермы на упаковке и возможность приехать и всё посмотреть.
> — Мария Колесник, председатель кооператива «Дубровлянский молочник»

По словам Марии Колесник, кооператив выжил благодаря нескольким решениям, принятым в первый год:

- вместо одного крупного покупателя — больше двухсот мелких: кафе, школьные столовые, магазины фермерских продуктов;
- продажа по подписке: семьи в Гродно и Минске раз в неделю получают коробку с сыром, творогом и маслом;
- общая техника: доильные аппараты, трактор и фургон-холодильник принадлежат кооперативу, а не отдельным фермам;
- единые правила качества: каждая ферма дважды в месяц сдаёт пробы в лабораторию, и результаты видят все участники.

## Сколько это стоит

Сегодня кооператив перерабатывает около четырёх тонн молока в день. Фермы получают за литр примерно на пятую часть больше, чем когда-то платил комбинат, но часть этих денег возвращается в общую кассу на погашение кредита. До полного расчёта с банком осталось два года.

Расходы тоже выросли. Цех работает в две смены, в нём заняты девятнадцать человек, большинство из которых — дети и внуки фермеров. Фургон ежедневно проезжает около трёхсот километров. Самая большая угроза, говорят в кооперативе, — резкий рост цен на электричество и корма, который невозможно быстро переложить на покупателей.

Цены для покупателей кооператив старается держать стабильными. «Мы не можем быть дешевле, но можем быть предсказуемыми. Люди, которые подписались три года назад, знают, что цена не изменится без предупреждения за месяц», — объясняет бухгалтер кооператива Жанна Синяк. По её словам, за три года от подписки отказались меньше десятой части клиентов.

## Что дальше

Экономист Роман Гуринович, который изучает сельские кооперативы, считает опыт Дубровлян полезным, но не универсальным. «Здесь совпали три вещи: близость к крупным городам, сильный председатель и люди, которые давно доверяли друг другу. Без последнего никакой кредит бы не помог», — говорит он.

Есть и другие риски. Большинство фермеров в кооперативе старше пятидесяти лет, и не все их дети готовы продолжать дело. Чтобы привлечь молодёжь, кооператив с прошлого года платит стипендию двум студентам аграрного колледжа, которые после учёбы пообещали вернуться в Дубровляны.

В самом кооперативе уже думают о следующем шаге. В планах — маленький магазин при цехе, солнечные панели на крыше и экскурсии для школьников. А три семьи, которые три года назад продали коров, в прошлом году снова попросились в кооператив. Их приняли.`,
      },
      en: {
        slug: 'how-small-dairy-cooperative-dubraulany-survived',
        title: 'How a small dairy cooperative in Dubraulany survived without a big buyer',
        lede: 'When the regional dairy plant stopped buying their milk three years ago, dozens of family farms in Dubraulany could simply have closed. Instead they built their own cheese workshop and learned to sell directly.',
        body: `Dubraulany, in the south of Hrodna region, is one long street, a church, a school and a white single-storey building with a sign that reads “Dubraulany Dairy”. Three years ago many people here were sure the sign would soon come down. Today the cooperative brings together forty family farms, makes cheese, curd and butter, and sells them in Hrodna, Lida and Minsk. We went to Dubraulany to understand how a small enterprise survived when its main buyer disappeared.

## The winter the buying stopped

The cooperative was founded in the late 1990s by thirty-seven families who kept between five and twenty cows each. Together they bought feed, hired a vet and delivered their milk to a dairy plant in the neighbouring district town. The arrangement worked for more than twenty years, and few people thought it might end.

Three years ago, in the autumn, the plant announced that from the new year it would only accept milk from large farms with their own refrigerated tanks holding a thousand litres or more. For family farms that meant only one thing: there was no one left to sell their milk to.

“We met in the school hall, and half the people said we should sell the cows while someone was still paying for them,” recalls Maryia Kalesnik, who had just become chair of the cooperative. Several families did leave. The rest decided to try processing the milk themselves.

## A workshop of their own instead of someone else’s plant

The first months were the hardest. The cooperative took a loan from a regional bank, bought second-hand equipment from a cheese dairy near Navahrudak that happened to be closing, and converted an old collective-farm repair shop into a workshop. They found a cheesemaker through a newspaper advert: a retired technologist from Lida who had spent thirty years at a cheese factory replied and agreed to “work for another year or two”. She is still there.

The first cheese did not turn out right straight away. In six months the workshop produced several batches that had to be fed to pigs, and it went through two inspections by the sanitary service. By the summer it had settled on three products: a young cheese, a matured cheese called “Dubraulianski”, and curd. The first customers were cafés in Hrodna, where Kalesnik delivered samples herself in the boot of her car.

> The biggest mistake we could have made was trying to compete with the plant on price. We will never be cheaper. So we decided to sell what the plant does not have: freshness, the farm’s address on the packet and the chance to come and see everything for yourself.
> — Maryia Kalesnik, chair of the Dubraulany Dairy cooperative

According to Kalesnik, the cooperative survived thanks to several decisions taken in its first year:

- instead of one big buyer, more than two hundred small ones: cafés, school canteens and farm shops;
- subscription sales: families in Hrodna and Minsk receive a weekly box of cheese, curd and butter;
- shared machinery: the milking equipment, a tractor and a refrigerated van belong to the cooperative rather than to individual farms;
- common quality rules: every farm sends samples to a laboratory twice a month, and all members can see the results.

## What it costs

Today the cooperative processes about four tonnes of milk a day. Farms receive roughly a fifth more per litre than the plant used to pay, but part of that money goes back into a common fund to repay the loan. Two years remain before the debt to the bank is cleared.

Costs have risen too. The workshop runs two shifts and employs nineteen people, most of them the children and grandchildren of the farmers. The van covers about three hundred kilometres every day. The biggest threat, people at the cooperative say, is a sudden rise in electricity and feed prices, which cannot quickly be passed on to customers.

The cooperative tries to keep prices stable for its customers. “We can’t be cheaper, but we can be predictable. People who subscribed three years ago know the price won’t change without a month’s notice,” explains the cooperative’s accountant, Zhanna Siniak. She says fewer than one in ten customers have cancelled their subscriptions in three years.

## What comes next

Raman Hurynovich, an economist who studies rural cooperatives, considers the Dubraulany experience useful but not universal. “Three things came together here: being close to big cities, a strong chair and people who had trusted one another for a long time. Without the last one, no loan would have helped,” he says.

There are other risks too. Most of the cooperative’s farmers are over fifty, and not all of their children are ready to carry on. To attract young people, the cooperative has since last year been paying grants to two students at an agricultural college who have promised to return to Dubraulany after graduating.

The cooperative itself is already thinking about its next step. Plans include a small shop next to the workshop, solar panels on the roof and tours for schoolchildren. And three families who sold their cows three years ago asked to rejoin the cooperative last year. They were accepted.`,
      },
    },
  },
  {
    key: 'a-minsk-market-vegetable-prices',
    section: 'economy',
    tags: ['prices', 'minsk'],
    authors: ['newsdesk'],
    hoursAgo: 4.2,
    original: 'ru',
    versions: {
      ru: {
        slug: 'na-rynkakh-minska-podesheveli-kartofel-i-kapusta',
        title: 'На рынках Минска подешевели картофель и капуста, а огурцы подорожали',
        lede: 'За неделю картофель на столичных рынках подешевел в среднем на 12%, белокочанная капуста — на 9%. Тепличные огурцы, напротив, подорожали примерно на 15%.',
        body: `За прошедшую неделю на крупнейших рынках Минска подешевели картофель и белокочанная капуста. По данным еженедельного мониторинга городского управления торговли, килограмм картофеля в среднем стоит на 12% меньше, чем неделей ранее, капусты — на 9% меньше. Морковь и свёкла в цене почти не изменились.

Продавцы объясняют снижение хорошим урожаем в пригородных хозяйствах и тем, что фермеры стараются продать овощи до того, как придётся платить за их хранение. «Склады заполнены, поэтому многие готовы уступить в цене, особенно если берут мешком», — рассказал фермер из-под Минска Геннадий Шабан.

## Огурцы и помидоры дорожают

Зато тепличные огурцы за неделю подорожали примерно на 15%, помидоры — на 7%. Это обычная сезонная картина: когда заканчиваются овощи с открытого грунта, на прилавки возвращается тепличная продукция, которая обходится дороже из-за расходов на отопление и освещение.

Экономисты советуют не делать выводов по недельным колебаниям и сравнивать цены хотя бы за месяц. Полную таблицу цен по рынкам можно посмотреть на [сайте мониторинга](https://example.org/minsk/market-prices).`,
      },
      be: {
        slug: 'na-rynkakh-minska-patanneli-bulba-i-kapusta',
        title: 'На рынках Мінска патаннелі бульба і капуста, а агуркі падаражэлі',
        lede: 'За тыдзень бульба на сталічных рынках патаннела ў сярэднім на 12%, белагаловая капуста — на 9%. Цяплічныя агуркі, наадварот, падаражэлі прыкладна на 15%.',
        body: `За мінулы тыдзень на найбуйнейшых рынках Мінска патаннелі бульба і белагаловая капуста. Паводле штотыднёвага маніторынгу гарадскога ўпраўлення гандлю, кілаграм бульбы ў сярэднім каштуе на 12% менш, чым тыдзень таму, капусты — на 9% менш. Морква і буракі ў цане амаль не змяніліся.

Прадаўцы тлумачаць зніжэнне добрым ураджаем у прыгарадных гаспадарках і тым, што фермеры імкнуцца прадаць гародніну, пакуль не давядзецца плаціць за яе захоўванне. «Склады запоўненыя, таму многія гатовыя саступіць у цане, асабліва калі бяруць мяшком», — расказаў фермер з-пад Мінска Генадзь Шабан.

## Агуркі і памідоры даражэюць

Затое цяплічныя агуркі за тыдзень падаражэлі прыкладна на 15%, памідоры — на 7%. Гэта звычайная сезонная карціна: калі заканчваецца гародніна з адкрытага грунту, на прылаўкі вяртаецца цяплічная прадукцыя, якая каштуе даражэй з-за выдаткаў на ацяпленне і асвятленне.

Эканамісты раяць не рабіць высноў па тыднёвых ваганнях і параўноўваць цэны хаця б за месяц. Поўную табліцу цэн па рынках можна паглядзець на [сайце маніторынгу](https://example.org/minsk/market-prices).`,
      },
      en: {
        slug: 'potatoes-cabbage-cheaper-minsk-markets-cucumbers-rise',
        title: 'Potatoes and cabbage get cheaper at Minsk markets, while cucumbers rise',
        lede: 'Over the week, potatoes at the capital’s markets fell in price by 12% on average and white cabbage by 9%. Greenhouse cucumbers, by contrast, rose by about 15%.',
        body: `Potatoes and white cabbage got cheaper at the largest markets in Minsk over the past week. According to the city trade department’s weekly price monitoring, a kilogram of potatoes now costs 12% less on average than a week earlier, and cabbage 9% less. Carrots and beetroot barely changed in price.

Traders put the fall down to a good harvest on farms around the city and to farmers trying to sell their vegetables before they have to pay for storage. “The warehouses are full, so many are ready to knock the price down, especially if you buy a whole sack,” said Hienadz Shaban, a farmer from just outside Minsk.

## Cucumbers and tomatoes go up

Greenhouse cucumbers, on the other hand, rose by about 15% over the week, and tomatoes by 7%. This is the usual seasonal pattern: once field-grown vegetables run out, greenhouse produce returns to the stalls, and it costs more because of heating and lighting.

Economists advise against drawing conclusions from weekly swings and suggest comparing prices over at least a month. The full table of prices by market is available on the [monitoring website](https://example.org/minsk/market-prices).`,
      },
    },
  },
  {
    key: 'a-mahiliou-brewery-reopens',
    section: 'economy',
    tags: ['agriculture'],
    authors: ['andrei'],
    hoursAgo: 95,
    original: 'be',
    versions: {
      be: {
        slug: 'u-mahilyove-paslya-dzesyatsi-hadow-prastoyu-znow-zapratsavaw',
        title: 'У Магілёве пасля дзесяці гадоў прастою зноў запрацаваў стары бровар',
        lede: 'Будынак бровара на беразе Дняпра больш за дзесяць гадоў стаяў пусты. Новыя ўладальнікі ўклалі ў рамонт каля двух мільёнаў рублёў, стварылі 35 працоўных месцаў і будуць купляць ячмень у мясцовых фермераў.',
        body: `Стары бровар на беразе Дняпра ў Магілёве, які не працаваў з пачатку 2010-х, зноў адкрыўся пад назвай «Дняпроўскі бровар». Яго новыя ўладальнікі — тры сябры з Магілёва, якія раней гандлявалі абсталяваннем для харчовай прамысловасці.

Рамонт заняў паўтара года. Паводле кіраўніка прадпрыемства Ігара Радзевіча, у будынак уклалі каля двух мільёнаў рублёў: адрамантавалі дах і цагляныя сцены XIX стагоддзя, замянілі ўсе камунікацыі і купілі новыя варачныя катлы. Частку старых бочак захавалі і паставілі ў зале, праз якую будзе праходзіць экскурсія.

## Працоўныя месцы і мясцовы ячмень

На бровары працуюць 35 чалавек, у тым ліку тэхнолагі, якія пачыналі тут кар’еру яшчэ да закрыцця. Прадпрыемства падпісала дамовы з трыма фермерскімі гаспадаркамі Магілёўскага раёна на пастаўку піваварнага ячменю, каб не залежаць ад імпартнай сыравіны.

«Мы хочам, каб бровар зноў стаў часткай горада, а не проста вытворчасцю за плотам», — кажа Ігар Радзевіч. Пры бровары адкрыюць невялікую краму і кавярню, а па выхадных будуць праводзіць экскурсіі па старых сутарэннях.`,
      },
      ru: {
        slug: 'v-mogilyove-posle-desyati-let-prostoya-snova-zarabotala',
        title: 'В Могилёве после десяти лет простоя снова заработала старая пивоварня',
        lede: 'Здание пивоварни на берегу Днепра больше десяти лет стояло пустым. Новые владельцы вложили в ремонт около двух миллионов рублей, создали 35 рабочих мест и будут покупать ячмень у местных фермеров.',
        draft: true,
        body: `Старая пивоварня на берегу Днепра в Могилёве, которая не работала с начала 2010-х, снова открылась под названием «Днепровский бровар». Её новые владельцы — трое друзей из Могилёва, которые раньше торговали оборудованием для пищевой промышленности.

Ремонт занял полтора года. По словам руководителя предприятия Игоря Радзевича, в здание вложили около двух миллионов рублей: отремонтировали крышу и кирпичные стены XIX века, заменили все коммуникации и купили новые варочные котлы. Часть старых бочек сохранили и поставили в зале, через который будет проходить экскурсия.

## Рабочие места и местный ячмень

На пивоварне работают 35 человек, в том числе технологи, которые начинали здесь карьеру ещё до закрытия. Предприятие подписало договоры с тремя фермерскими хозяйствами Могилёвского района на поставку пивоваренного ячменя, чтобы не зависеть от импортного сырья.

«Мы хотим, чтобы пивоварня снова стала частью города, а не просто производством за забором», — говорит Игорь Радзевич. При пивоварне откроют небольшой магазин и кафе, а по выходным будут проводить экскурсии по старым подвалам.`,
      },
      en: {
        slug: 'old-mahiliou-brewery-reopens-after-ten-years',
        title: 'Old Mahiliou brewery reopens after ten years of standing idle',
        lede: 'The brewery building on the bank of the Dnieper had stood empty for more than a decade. Its new owners have spent about two million roubles on repairs, created 35 jobs and will buy barley from local farmers.',
        body: `The old brewery on the bank of the Dnieper in Mahiliou, which had not operated since the early 2010s, has reopened under the name *Dniaprouski Brovar*. Its new owners are three friends from Mahiliou who previously sold equipment to the food industry.

The renovation took eighteen months. According to the company’s manager, Ihar Radzevich, about two million roubles went into the building: the roof and the nineteenth-century brick walls were repaired, all utilities were replaced and new brewing kettles were bought. Some of the old barrels were kept and placed in the hall that visitors will pass through on tours.

## Jobs and local barley

The brewery employs 35 people, including brewers who started their careers here before it closed. The company has signed contracts with three farms in Mahiliou district to supply malting barley, so that it does not depend on imported raw materials.

“We want the brewery to become part of the city again, not just a factory behind a fence,” Radzevich says. A small shop and a café will open at the brewery, and at weekends there will be tours of the old cellars.`,
      },
    },
  },
  {
    key: 'a-hrodna-lanka-labs-hiring',
    section: 'economy',
    tags: ['it', 'hrodna'],
    authors: ['mikhas'],
    hoursAgo: 280,
    original: 'en',
    versions: {
      en: {
        slug: 'hrodna-software-firm-lanka-labs-hire-junior-developers',
        title: 'Hrodna software firm Lanka Labs plans to hire 60 junior developers',
        lede: 'The company, which builds booking software for clinics and gyms, says most new hires will come from a paid internship it runs with the local university. Applications open next month.',
        body: `Lanka Labs, a Hrodna software company that makes booking and scheduling tools for clinics, gyms and beauty salons, plans to hire 60 junior developers and testers over the next year. The company currently employs about 140 people, most of them in an office overlooking the Nioman.

Most of the new staff are expected to come through a paid six-month internship the company runs together with the city’s university. Interns spend three days a week on real projects and two days in classes taught by senior engineers. Last year, 22 of the 30 interns received job offers.

## Why Hrodna

Co-founder Palina Hrynevich says staying in a regional city has been an advantage rather than a compromise. “Our people don’t leave every two years for a slightly bigger salary. They have family here, they have their own flats, and they grow with the company,” she said.

Applications for the next internship open next month on the [company’s careers page](https://example.org/lanka-labs/careers). The company says it does **not** require a computer science degree, but it will test applicants on basic programming and English.`,
      },
      be: {
        slug: 'hrodzenskaya-prahramnaya-kampaniya-lanka-labs-vozme-na-pratsu',
        title: 'Гродзенская праграмная кампанія Lanka Labs возьме на працу 60 пачаткоўцаў',
        lede: 'Кампанія, якая распрацоўвае сістэмы запісу для клінік і спартзалаў, кажа, што большасць новых супрацоўнікаў прыйдзе праз платную стажыроўку з мясцовым універсітэтам. Прыём заявак пачнецца ў наступным месяцы.',
        body: `Гродзенская кампанія Lanka Labs, якая робіць праграмы для запісу і раскладу ў клініках, спартыўных залах і салонах прыгажосці, плануе на працягу года наняць 60 пачаткоўцаў-распрацоўшчыкаў і тэстаўшчыкаў. Цяпер у кампаніі працуе каля 140 чалавек, большасць з іх — у офісе з відам на Нёман.

Большасць новых супрацоўнікаў, як чакаецца, прыйдзе праз платную шасцімесячную стажыроўку, якую кампанія праводзіць разам з гарадскім універсітэтам. Стажоры тры дні на тыдзень працуюць над сапраўднымі праектамі, а два дні займаюцца з вопытнымі інжынерамі. Летась прапановы працы атрымалі 22 стажоры з 30.

## Чаму Гродна

Сузаснавальніца кампаніі Паліна Грыневіч кажа, што праца ў абласным горадзе стала перавагай, а не кампрамісам. «Нашы людзі не сыходзяць кожныя два гады дзеля крыху большага заробку. У іх тут сем’і, уласныя кватэры, і яны растуць разам з кампаніяй», — сказала яна.

Заяўкі на наступную стажыроўку будуць прымаць з наступнага месяца на [старонцы вакансій](https://example.org/lanka-labs/careers). Дыплом па інфарматыцы, паводле кампаніі, **не** патрэбны, але кандыдаты пройдуць тэст па асновах праграмавання і англійскай мове.`,
      },
      ru: {
        slug: 'grodnenskaya-softvernaya-kompaniya-lanka-labs-naymyot-nachinayushchikh-razrabotchikov',
        title: 'Гродненская софтверная компания Lanka Labs наймёт 60 начинающих разработчиков',
        lede: 'Компания, которая разрабатывает системы записи для клиник и спортзалов, говорит, что большинство новых сотрудников придёт через оплачиваемую стажировку с местным университетом. Приём заявок начнётся в следующем месяце.',
        body: `Гродненская компания Lanka Labs, которая делает программы для записи и расписания в клиниках, спортзалах и салонах красоты, планирует в течение года нанять 60 начинающих разработчиков и тестировщиков. Сейчас в компании работает около 140 человек, большинство из них — в офисе с видом на Неман.

Большинство новых сотрудников, как ожидается, придёт через оплачиваемую шестимесячную стажировку, которую компания проводит вместе с городским университетом. Стажёры три дня в неделю работают над настоящими проектами, а два дня занимаются с опытными инженерами. В прошлом году предложения о работе получили 22 стажёра из 30.

## Почему Гродно

Сооснователь компании Полина Гриневич говорит, что работа в областном городе оказалась преимуществом, а не компромиссом. «Наши люди не уходят каждые два года ради чуть большей зарплаты. У них здесь семьи, свои квартиры, и они растут вместе с компанией», — сказала она.

Заявки на следующую стажировку будут принимать со следующего месяца на [странице вакансий](https://example.org/lanka-labs/careers). Диплом по информатике, по словам компании, **не** нужен, но кандидаты пройдут тест по основам программирования и английскому языку.`,
      },
    },
  },
  {
    key: 'a-brest-rain-delays-harvest',
    section: 'economy',
    tags: ['agriculture', 'weather'],
    authors: ['katsiaryna'],
    image: 'field',
    hoursAgo: 20,
    original: 'ru',
    versions: {
      ru: {
        slug: 'zatyazhnye-dozhdi-zaderzhali-uborku-zerna-v-khozyaystvakh',
        title: 'Затяжные дожди задержали уборку зерна в хозяйствах Брестской области',
        lede: 'Из-за почти двух недель дождей хозяйства Брестской области успели убрать лишь около 60% зерновых. Аграрии вынуждены дольше сушить зерно, и расходы на топливо заметно выросли.',
        body: `Почти две недели непрерывных дождей замедлили уборку зерновых в Брестской области. По данным областной ассоциации фермеров, к середине недели хозяйства успели убрать около 60% площадей под пшеницей и ячменём, тогда как год назад в это же время показатель превышал 85%.

Комбайны выходят в поле лишь на несколько часов в день, когда подсыхает роса. Зерно приходится дольше сушить: его влажность часто превышает 20%, а для хранения нужно не больше 14%. «Сушилка работает круглосуточно, а расход газа вырос почти вдвое», — рассказал фермер из-под Пружан Сергей Мельник.

## Что дальше

Синоптики обещают, что с выходных установится сухая погода. Если прогноз оправдается, основную часть урожая удастся убрать за десять–двенадцать дней. Качество зерна, по оценкам агрономов, может оказаться ниже обычного: часть пшеницы пойдёт не на муку, а на корм скоту.

Ассоциация советует хозяйствам заранее согласовывать очередь на элеваторах, чтобы не терять сухие дни. Свежие данные об уборке публикуются на [сайте ассоциации](https://example.org/brest/harvest).`,
      },
      en: {
        slug: 'prolonged-rain-delays-grain-harvest-brest-region',
        title: 'Prolonged rain delays the grain harvest on farms in Brest region',
        lede: 'After almost two weeks of rain, farms in Brest region have brought in only about 60% of their grain. Farmers are having to dry the crop for longer, and fuel costs have risen sharply.',
        body: `Almost two weeks of continuous rain have slowed the grain harvest in Brest region. According to the regional farmers’ association, by the middle of the week farms had harvested about 60% of the area under wheat and barley, compared with more than 85% at the same time last year.

Combine harvesters can go out into the fields for only a few hours a day, once the dew has dried. The grain has to be dried for longer: its moisture content often exceeds 20%, while storage requires no more than 14%. “The dryer runs around the clock, and our gas use has almost doubled,” said Siarhei Melnik, a farmer from near Pruzhany.

## What comes next

Forecasters expect dry weather to set in from the weekend. If the forecast holds, most of the crop can be brought in within ten to twelve days. Agronomists warn that grain quality may be lower than usual: some of the wheat will go to animal feed rather than flour.

The association advises farms to book their slots at grain elevators in advance so as not to lose any dry days. Daily harvest figures are published on the [association’s website](https://example.org/brest/harvest).`,
      },
    },
  },
  {
    key: 'a-homiel-family-bakery',
    section: 'economy',
    tags: ['prices'],
    authors: ['andrei'],
    hoursAgo: 530,
    original: 'ru',
    versions: {
      ru: {
        slug: 'semeynaya-pekarnya-iz-gomelya-otkryla-pyatyy-magazin',
        title: 'Семейная пекарня из Гомеля открыла пятый магазин и не повышает цены',
        lede: 'Пекарня, которую пятнадцать лет назад открыла семья Сидоровичей, теперь работает в пяти районах города. Владельцы говорят, что удерживают цены благодаря новым печам и прямым поставкам муки.',
        body: `Семейная пекарня «Сидорович и дочери» открыла пятый магазин в Гомеле — на этот раз в микрорайоне у нового моста. Пятнадцать лет назад Николай и Галина Сидорович начинали с одной печи в арендованном подвале, а сегодня у них работают 48 человек, и каждое утро пекарня выпускает около трёх тысяч буханок и батонов.

Несмотря на рост расходов, цены на основные виды хлеба здесь не менялись с весны. По словам дочери основателей, управляющей Анны Сидорович, помогли две вещи: новые печи, которые расходуют примерно на треть меньше электроэнергии, и договор напрямую с мельницей в соседнем районе, без посредников.

## Ставка на соседей

«Мы не пытаемся быть везде. Наш магазин должен быть в пяти минутах ходьбы от дома покупателя, а продавщица должна знать, какой хлеб он берёт», — говорит Анна Сидорович. В новом магазине, как и в остальных, после семи вечера непроданный хлеб продают со скидкой 50%, а остатки передают в городскую столовую для малообеспеченных.

Следующий шаг — небольшая кондитерская при главной пекарне. Её открытие запланировано на следующий год.`,
      },
      be: {
        slug: 'syameynaya-pyakarnya-z-homelya-adkryla-pyatuyu-kramu',
        title: 'Сямейная пякарня з Гомеля адкрыла пятую краму і не павышае цэны',
        lede: 'Пякарня, якую пятнаццаць гадоў таму адкрыла сям’я Сідаровічаў, цяпер працуе ў пяці раёнах горада. Уладальнікі кажуць, што ўтрымліваюць цэны дзякуючы новым печам і прамым пастаўкам мукі.',
        body: `Сямейная пякарня «Сідаровіч і дочкі» адкрыла пятую краму ў Гомелі — гэтым разам у мікрараёне каля новага моста. Пятнаццаць гадоў таму Мікалай і Галіна Сідаровіч пачыналі з адной печы ў арандаваным падвале, а сёння ў іх працуюць 48 чалавек, і кожную раніцу пякарня выпякае каля трох тысяч боханаў і батонаў.

Нягледзячы на рост выдаткаў, цэны на асноўныя гатункі хлеба тут не мяняліся з вясны. Паводле дачкі заснавальнікаў, кіраўніцы Ганны Сідаровіч, дапамаглі дзве рэчы: новыя печы, якія спажываюць прыкладна на траціну менш электраэнергіі, і дамова напрамую з млыном у суседнім раёне, без пасярэднікаў.

## Стаўка на суседзяў

«Мы не спрабуем быць усюды. Наша крама павінна быць за пяць хвілін хады ад дома пакупніка, а прадаўшчыца павінна ведаць, які хлеб ён бярэ», — кажа Ганна Сідаровіч. У новай краме, як і ў астатніх, пасля сёмай вечара непрададзены хлеб прадаюць са зніжкай 50%, а рэшткі перадаюць у гарадскую сталовую для малазабяспечаных.

Наступны крок — невялікая кандытарская пры галоўнай пякарні. Яе адкрыццё запланавана на наступны год.`,
      },
    },
  },
  {
    key: 'a-brest-rail-freight-warehouse',
    section: 'economy',
    tags: ['brest', 'transport'],
    authors: ['mikhas'],
    image: 'train-station',
    hoursAgo: 640,
    original: 'en',
    versions: {
      en: {
        slug: 'new-rail-freight-warehouse-near-brest-jobs',
        title: 'New rail freight warehouse near Brest to create 120 jobs',
        lede: 'The logistics company Zakhodni Shliakh will build a 24,000-square-metre warehouse next to the freight yard east of the city. Construction starts in spring, and the first section should open within 18 months.',
        body: `The logistics company Zakhodni Shliakh has signed an agreement with the Brest district authorities to build a 24,000-square-metre warehouse next to the freight yard east of the city. The site, a former concrete plant, has stood empty for almost a decade.

The warehouse will have its own rail siding, so containers can be unloaded straight from trains without lorries having to drive through the city. The company estimates it will handle up to 40 railway wagons a day once fully operational.

## Jobs and roads

About 120 people will work at the site, including forklift drivers, warehouse managers and customs specialists. The company says it will train some of the staff at the Brest transport college and plans to run a shuttle bus from the city for the early shift.

Local residents have raised concerns about lorry traffic on the village road that passes the site. District officials say a new access road linking the warehouse directly to the ring road will be built before the warehouse opens. “We do not want a single extra lorry in the village,” said project manager Dzianis Verabei. Details are on the [project page](https://example.org/brest/freight-warehouse).`,
      },
      be: {
        slug: 'kalya-bresta-pabuduyuts-chyhunachny-hruzavy-sklad',
        title: 'Каля Брэста пабудуюць чыгуначны грузавы склад на 120 працоўных месцаў',
        lede: 'Лагістычная кампанія «Заходні шлях» пабудуе склад плошчай 24 000 квадратных метраў побач з грузавой станцыяй на ўсход ад горада. Будаўніцтва пачнецца вясной, а першая чарга павінна адкрыцца на працягу 18 месяцаў.',
        body: `Лагістычная кампанія «Заходні шлях» падпісала пагадненне з уладамі Брэсцкага раёна аб будаўніцтве склада плошчай 24 000 квадратных метраў побач з грузавой станцыяй на ўсход ад горада. Пляцоўка, дзе раней быў бетонны завод, пуставала амаль дзесяць гадоў.

У склада будзе ўласная чыгуначная ветка, таму кантэйнеры можна будзе разгружаць проста з цягнікоў, і грузавікам не давядзецца ехаць праз горад. Паводле ацэнак кампаніі, пасля выхаду на поўную магутнасць склад зможа прымаць да 40 вагонаў у дзень.

## Працоўныя месцы і дарогі

На складзе будуць працаваць каля 120 чалавек, у тым ліку кіроўцы пагрузчыкаў, кіраўнікі складскіх участкаў і мытныя спецыялісты. Кампанія абяцае навучаць частку персаналу ў Брэсцкім транспартным каледжы і пусціць службовы аўтобус з горада для ранняй змены.

Жыхары навакольнай вёскі баяцца, што па іх вуліцы паедуць грузавікі. У раённай адміністрацыі кажуць, што да адкрыцця склада пабудуюць новую пад’язную дарогу, якая злучыць яго напрамую з кальцавой. «Мы не хочам у вёсцы ніводнага лішняга грузавіка», — сказаў кіраўнік праекта Дзяніс Верабей. Падрабязнасці — на [старонцы праекта](https://example.org/brest/freight-warehouse).`,
      },
    },
  },
];
