"""Tables of general news terms in English, Ukrainian, Russian and Hungarian, by word stem.

Independent reports of one story share few names in some sentences ("the talks lasted three hours"
against "Беседа длилась два часа"); what they share is the vocabulary of the event. This table
names common concepts of political and economic news with the stems that write them in each
language; a word matches a stem when it starts with it (stems are chosen so that case endings
follow: переговор-ах, tárgyal-ások), a stem with a space matches that phrase. It is a general
table of the genre, not a dictionary: a concept is listed only when its stems rarely mean anything
else in news text.

Two tables: :data:`TERMS` here (politics and diplomacy, written first) and the broader vocabulary of
the genre in ``news_vocabulary.tsv`` (transport, casualties, war, law, disasters, economy, society,
reporting, time; :func:`vocabulary`), read on first use. Its stems were checked against the word
lists of ``wordfreq`` by ``scripts/check_vocabulary.py``: a stem whose frequent matches mean
something else was made longer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from pathlib import Path

from ..languages import LANGUAGES

__all__ = ["ROLES", "TERMS", "VOCABULARY_FILE", "all_terms", "term_matches", "term_spans", "terms", "vocabulary"]

# fmt: off
# Written by hand from general knowledge of wire-news vocabulary, one block per domain of the genre
# (diplomacy, politics, conflict, economy and energy, disasters, time and reporting); no entry was
# taken from the gold texts of tests/data/coverage, though whoever wrote it had read them.
TERMS: dict[str, dict[str, tuple[str, ...]]] = {
    # -- diplomacy
    "meeting": {"en": ("meeting", "met ", "meet", "summit"), "uk": ("зустр", "саміт"), "ru": ("встреч", "встрети", "встрет", "саммит"),
                "hu": ("találkoz", "csúcs")},
    "talks": {"en": ("talks", "negotiat"), "uk": ("переговор", "перемовин"), "ru": ("переговор",), "hu": ("tárgyal",)},
    "visit": {"en": ("visit", "trip"), "uk": ("візит", "відвіда", "поїздк", "відвіду"), "ru": ("визит", "посети", "поездк", "посещ"), "hu": ("látogat", "utazás", "meglátogat")},
    "deal": {"en": ("deal", "agreement", "agreed", "accord "), "uk": ("угод", "домовле", "домовил", "узгоджен"),
             "ru": ("сделк", "соглашени", "договорен", "договорил", "договорён", "сделок"), "hu": ("megállapod", "alku", "megegyez")},
    "ceasefire": {"en": ("ceasefire", "cease-fire", "truce"), "uk": ("припинення вогню", "припинити вогонь", "перемир", "припинен вогн"),
                  "ru": ("прекращени огня", "прекратить огонь", "перемири", "прекрати огонь"), "hu": ("tűzszünet", "fegyverszünet")},
    "peace": {"en": ("peace",), "uk": ("миру", "мирн", "мир "), "ru": ("мира", "мирн", "мир "), "hu": ("béke", "békésen", "békés ", "békéért", "békére", "békéhez", "békében", "békéről", "békét")},
    "progress": {"en": ("progress", "breakthrough"), "uk": ("прогрес", "прорив"), "ru": ("прогресс", "прорыв"),
                 "hu": ("előrehalad", "előrelép", "haladtak előre", "haladás", "áttörés")},
    "relations": {"en": ("relations", "ties "), "uk": ("відносин", "стосунк"), "ru": ("отношени",), "hu": ("kapcsolat", "viszony")},
    "cooperation": {"en": ("cooperat", "co-operat"), "uk": ("співпрац",), "ru": ("сотруднич",), "hu": ("együttműköd",)},
    "bilateral": {"en": ("bilateral",), "uk": ("двосторонн",), "ru": ("двусторонн",), "hu": ("kétoldalú",)},
    "invitation": {"en": ("invit",), "uk": ("запрош", "запроси"), "ru": ("приглаш", "пригласи"), "hu": ("meghív",)},
    "phone-call": {"en": ("phone", "telephone"), "uk": ("телефон", "дзвін", "зателефон"), "ru": ("телефон", "звонк", "позвон", "звонок"),
                   "hu": ("telefon", "felhív")},
    "presidency": {"en": ("presidency",), "uk": ("головуван",), "ru": ("председательств",), "hu": ("elnökség", "soros elnök")},
    "membership": {"en": ("membership", "accession"), "uk": ("членств", "вступ"), "ru": ("членств", "вступлени", "вступить"), "hu": ("tagság", "csatlakoz")},
    "veto": {"en": ("veto",), "uk": ("вето",), "ru": ("вето",), "hu": ("vétó",)},
    # -- saying and reporting
    "press-conference": {"en": ("press conference", "press appearance", "news conference", "briefing", "the press"),
                         "uk": ("пресконференц", "прес-конференц", "прессконференц", "брифінг", "преси", "пресі"),
                         "ru": ("пресс-конференц", "пресс-подход", "брифинг", "прессы", "прессе"), "hu": ("sajtótájékoztató", "sajtó")},
    "questions": {"en": ("question",), "uk": ("запитан", "питанн", "питань"), "ru": ("вопрос",), "hu": ("kérdés", "kérdez")},
    "statement": {"en": ("statement",), "uk": ("заяв",), "ru": ("заявлени", "заяви"), "hu": ("nyilatkozat", "nyilatkozott", "nyilatkozta")},
    "interview": {"en": ("interview",), "uk": ("інтерв",), "ru": ("интервью",), "hu": ("interjú",)},
    "spokesperson": {"en": ("spokes", "press secretary"), "uk": ("речни", "прес-секретар", "речник"), "ru": ("пресс-секретар", "официальный представител", "официальн представител"),
                     "hu": ("szóviv",)},
    "official": {"en": ("official ", "officials "), "uk": ("посадов", "представник"), "ru": ("чиновни", "представител"), "hu": ("tisztviselő", "illetékes")},
    "appeal": {"en": ("urged", "called on", "called for", "asked"), "uk": ("попросив", "закликав", "закликал", "попроси", "заклик"), "ru": ("попросил", "призвал", "призыва"),
               "hu": ("kérte", "kértem", "szorgalmaz", "sürget", "javasolt", "kérték", "felszólít")},
    "refusal": {"en": ("refus", "declined"), "uk": ("відмов",), "ru": ("отказ",), "hu": ("megtagad", "elutasít", "visszautasít", "nem volt hajlandó")},
    "support": {"en": ("support", "backing"), "uk": ("підтрим",), "ru": ("поддерж",), "hu": ("támogat",)},
    "criticism": {"en": ("critic", "criticiz", "criticis"), "uk": ("критик", "розкритику"), "ru": ("критик", "раскритикова"), "hu": ("bírál", "kritiz", "kritiká")},
    "praise": {"en": ("praise", "praised"), "uk": ("похвал", "високо оцін"), "ru": ("похвал", "высоко оцен"), "hu": ("dicsér",)},
    "warning": {"en": ("warn",), "uk": ("попереди", "попереджа", "попереджен"), "ru": ("предупреди", "предупрежда", "предупрежден"), "hu": ("figyelmeztet",)},
    "threat": {"en": ("threat", "threaten"), "uk": ("погроз", "загроз", "пригрози", "погрожу"), "ru": ("угроз", "угрожа", "пригрози"), "hu": ("fenyeget", "fenyegetés", "megfenyeget")},
    "promise": {"en": ("promis", "pledge"), "uk": ("пообіця", "обіцян", "обіця"), "ru": ("пообеща", "обещ"), "hu": ("megígér", "ígér")},
    "denial": {"en": ("denied", "denies", "deny", "rejected"), "uk": ("запереч", "спростув", "відкину"), "ru": ("отрица", "опроверг", "отверг", "опроверж"),
               "hu": ("cáfol", "tagad", "elutasít")},
    "fake": {"en": ("hoax", "fake", "disinformation"), "uk": ("фейк", "дезінформац", "вигадк"), "ru": ("фейк", "дезинформац", "выдумк"),
             "hu": ("álhír", "kamu", "dezinformáció", "hamis")},
    "first-time": {"en": ("first time",), "uk": ("вперше", "уперше"), "ru": ("впервые",), "hu": ("először", "első alkalommal")},
    # -- politics
    "president": {"en": ("president",), "uk": ("президент",), "ru": ("президент",), "hu": ("elnök ", "elnöké", "elnökk", "elnöki", "elnökö", "elnökn", "elnökt")},
    "leader": {"en": ("leader",), "uk": ("лідер", "керівник"), "ru": ("лидер", "руководител"), "hu": ("vezető",)},
    "government": {"en": ("government", "cabinet"), "uk": ("уряд",), "ru": ("правительств", "кабмин"), "hu": ("kormány",)},
    "prime-minister": {"en": ("prime minister", "premier"), "uk": ("прем'єр", "прем’єр", "премʼєр"), "ru": ("премьер",),
                       "hu": ("miniszterelnök", "kormányfő")},
    "foreign-minister": {"en": ("foreign minister", "secretary of state"), "uk": ("міністр закордонних справ", "глава мзс", "мзс"),
                         "ru": ("министр иностранных дел", "глава мид", "мид ", "госсекретар"), "hu": ("külügyminiszter", "külügy")},
    "parliament": {"en": ("parliament", "lawmakers", "legislat"), "uk": ("парламент", "депутат", "верховн рад"), "ru": ("парламент", "депутат", "госдум"),
                   "hu": ("parlament", "országgyűlés", "képviselő")},
    "election": {"en": ("election", "vote ", "votes ", "voters", "ballot"),
                 # The votes cast ("24 процента голосов", "36 % голосів"); a voice is rarely counted in the news.
                 "uk": ("вибор", "голосуван", "виборц", "голосів ", "голоси ", "голосами "),
                 "ru": ("выбор", "голосовани", "избирател", "голосов ", "голоса ", "голосами "),
                 "hu": ("választás", "szavaz", "választó")},
    "opposition": {"en": ("opposition",), "uk": ("опозиц",), "ru": ("оппозиц",), "hu": ("ellenzék",)},
    "law": {"en": ("law ", "laws ", "bill ", "legislation"), "uk": ("закон",), "ru": ("закон",), "hu": ("törvény",)},
    "court": {"en": ("court", "judge"), "uk": ("суд ", "суду", "суді", "судд", "судом "), "ru": ("суд ", "суда", "суде", "судья", "судьи", "судье", "судей", "судью", "суду ", "судом "), "hu": ("bíróság", "bíró")},
    "protest": {"en": ("protest",), "uk": ("протест", "мітинг"), "ru": ("протест", "митинг"), "hu": ("tüntet", "tiltakoz")},
    "police": {"en": ("police",), "uk": ("поліц",), "ru": ("полици",), "hu": ("rendőr",)},
    "arrest": {"en": ("arrest", "detain"), "uk": ("арешт", "заарешт", "затрима"), "ru": ("арест", "задержа"), "hu": ("letartóztat", "tartóztat", "őrizetbe", "elfogták", "fogták el", "fogtak el")},
    "corruption": {"en": ("corrupt", "bribe"), "uk": ("корупц", "хабар"), "ru": ("коррупц", "взятк"), "hu": ("korrupci", "vesztegetés")},
    "immigration": {"en": ("migra", "migrant", "refugee", "asylum"), "uk": ("міграц", "мігрант", "біженц", "притулк", "притулок"),
                    "ru": ("миграц", "мигрант", "беженц", "убежищ"), "hu": ("migráci", "migráns", "bevándorl", "menekült", "menedék")},
    # -- conflict and security
    "war": {"en": ("war ", "wars ", "invasion", "conflict"), "uk": ("війн", "вторгнен", "конфлікт"), "ru": ("войн", "вторжени", "конфликт"),
            "hu": ("háború", "invázió", "konfliktus")},
    "attack": {"en": ("attack", "strike", "assault", "offensive"), "uk": ("атак", "удар", "наступ ", "наступу", "наступом", "наступі", "наступальн"), "ru": ("атак", "удар", "наступлени"),
               "hu": ("támad", "csapás", "offenzív", "megtámad")},
    "military": {"en": ("military",), "uk": ("військов",), "ru": ("военн",), "hu": ("katonai",)},
    "troops": {"en": ("troops", "soldiers", "army"), "uk": ("військ", "солдат", "армі"), "ru": ("войск", "солдат", "арми"), "hu": ("csapat", "katonák", "hadsereg")},
    "weapons": {"en": ("weapon", "arms "), "uk": ("зброї", "зброя", "зброю", "озброєн", "зброєю"), "ru": ("оружи", "вооружени"), "hu": ("fegyver",)},
    "drone": {"en": ("drone",), "uk": ("дрон", "безпілотник"), "ru": ("дрон", "беспилотник"), "hu": ("drón",)},
    "missile": {"en": ("missile", "rocket"), "uk": ("ракет",), "ru": ("ракет",), "hu": ("rakét",)},
    "nuclear": {"en": ("nuclear",), "uk": ("ядерн", "атомн"), "ru": ("ядерн", "атомн"), "hu": ("nukleáris", "atom")},
    "killed": {"en": ("killed", "killing", "kills ", "dead ", "died", "death toll"), "uk": ("загинул", "загиблих", "вбит", "загинув", "загибл"), "ru": ("погиб", "убит", "убил"),
               "hu": ("meghalt", "életét vesztette", "halott", "halálos áldozat", "megölt", "életüket veszt")},
    # "Пострадали 7 человек", "постраждали 5 людей": the casualty reports' word for the injured.
    "wounded": {"en": ("wounded", "injured", "hurt "), "uk": ("поранен", "поранил", "постраждал", "постраждав"), "ru": ("ранен", "пострадал", "пострадавш"),
                "hu": ("megsebesült", "sérült", "megsérült", "sebesült")},
    "security": {"en": ("security",), "uk": ("безпек",), "ru": ("безопасност",), "hu": ("biztonság",)},
    "intelligence": {"en": ("intelligence", "spy", "spies", "espionage"), "uk": ("розвідк", "шпигун", "спецслужб"), "ru": ("разведк", "шпион", "спецслужб"),
                     "hu": ("hírszerz", "titkosszolgálat", "kém")},
    "occupation": {"en": ("occup", "annex"), "uk": ("окупац", "окупова", "анекс"), "ru": ("оккупац", "оккупирова", "аннекс"), "hu": ("megszáll", "annekt")},
    "border": {"en": ("border",), "uk": ("кордон",), "ru": ("границ",), "hu": ("határon", "határt", "határá", "határ ", "határátkel", "határnál", "határok")},
    "air-base": {"en": ("air base", "airbase", "military base", "naval base"), "uk": ("авіабаз", "військовій базі", "військової бази", "базі ", "військов баз"),
                 "ru": ("авиабаз", "военной базе", "военная база", "базе ", "военн баз"), "hu": ("légibázis", "katonai bázis", "támaszpont")},
    "aid": {"en": ("aid ", "assistance"), "uk": ("допомог",), "ru": ("помощ",), "hu": ("segély", "támogatás", "segítség")},
    "humanitarian": {"en": ("humanitarian",), "uk": ("гуманітарн",), "ru": ("гуманитарн",), "hu": ("humanitárius",)},
    # -- economy and energy
    "sanctions": {"en": ("sanction",), "uk": ("санкці",), "ru": ("санкци",), "hu": ("szankci",)},
    "exemption": {"en": ("exemption", "exempt", "waiver"), "uk": ("звільнен", "виняток", "винятк"),
                  "ru": ("исключени", "освобожд", "освободи"), "hu": ("mentesség", "mentesít", "felmentés")},
    "oil": {"en": ("oil ", "crude"), "uk": ("нафт",), "ru": ("нефт",), "hu": ("olaj", "kőolaj")},
    "gas": {"en": ("gas ",), "uk": ("газ ", "газу", "газом", "газов"), "ru": ("газ ", "газа", "газом", "газов", "газу "), "hu": ("gáz",)},
    "liquefied-gas": {"en": ("liquified natural gas", "liquefied natural gas", "lng"), "uk": ("скраплен", "lng"), "ru": ("сжиженн", "спг"),
                      "hu": ("cseppfolyós", "lng")},
    "energy": {"en": ("energy", "fuel"), "uk": ("енерг", "палив"), "ru": ("энерг", "топлив"), "hu": ("energ", "üzemanyag")},
    "pipeline": {"en": ("pipeline",), "uk": ("трубопровід", "трубопровод", "газогін", "нафтогін", "газогон", "газопров"), "ru": ("трубопровод", "газопровод", "нефтепровод"),
                 "hu": ("vezeték",)},
    "trade": {"en": ("trade", "export", "import"), "uk": ("торгів", "торговел", "експорт", "імпорт"), "ru": ("торговл", "экспорт", "импорт"),
              "hu": ("kereskedelm", "export", "import", "kereskedelem")},
    "tariff": {"en": ("tariff", "duties "), "uk": ("мит ", "мита", "митами", "тариф"), "ru": ("пошлин", "тариф"), "hu": ("vám", "tarifa")},
    "price": {"en": ("price",), "uk": ("ціна", "ціни", "цін ", "ціною", "подорожча", "ціну "), "ru": ("цена", "цены", "цен ", "ценам", "подорож", "цену "),
              "hu": ("árak", "ára ", "áremel", "drágul")},
    "inflation": {"en": ("inflation",), "uk": ("інфляц",), "ru": ("инфляц",), "hu": ("infláci",)},
    "interest-rate": {"en": ("interest rate", "rate cut", "rate hike"), "uk": ("облікова ставк", "ставк"), "ru": ("ключевая ставк", "ставк"), "hu": ("kamat",)},
    "budget": {"en": ("budget",), "uk": ("бюджет",), "ru": ("бюджет",), "hu": ("költségvetés",)},
    "debt": {"en": ("debt", "loan", "credit"), "uk": ("борг", "кредит", "позик"), "ru": ("долг ", "долга ", "долгу ", "долги ", "долгов", "долгом", "кредит", "займ"),
             "hu": ("adósság", "hitel", "kölcsön ", "kölcsönt", "kölcsönök", "kölcsönb", "kölcsönr")},
    "investment": {"en": ("invest",), "uk": ("інвест",), "ru": ("инвест",), "hu": ("beruház", "befektet")},
    "economy": {"en": ("econom",), "uk": ("економі",), "ru": ("экономи",), "hu": ("gazdaság",)},
    "company": {"en": ("company", "companies", "firm "), "uk": ("компані",), "ru": ("компани",), "hu": ("vállalat", "cég")},
    "market": {"en": ("market",), "uk": ("ринк", "ринок", "біржі", "бірж"), "ru": ("рынк", "рынок", "бирж"), "hu": ("piac", "tőzsd")},
    "purchase": {"en": ("buy", "purchas", "bought"), "uk": ("купів", "закуп", "купу", "придба", "купи"), "ru": ("покуп", "закуп", "купи", "приобре"),
                 "hu": ("vásárl", "beszerz", "megvesz", "megvásárol", "vásárol")},
    # -- disasters and health
    "flood": {"en": ("flood",), "uk": ("повін", "повен", "затоплен"), "ru": ("наводнени", "паводк", "затоплен"), "hu": ("árvíz", "áradás")},
    "fire": {"en": ("wildfire", "blaze", "fire "), "uk": ("пожеж",), "ru": ("пожар",), "hu": ("tűzvész", "erdőtűz", "lángok", "tüzet ")},
    "earthquake": {"en": ("earthquake", "quake"), "uk": ("землетрус",), "ru": ("землетрясени",), "hu": ("földrengés",)},
    "storm": {"en": ("storm", "hurricane", "typhoon"), "uk": ("шторм", "ураган", "тайфун", "буря"), "ru": ("шторм", "ураган", "тайфун", "буря"),
              "hu": ("vihar", "hurrikán", "tájfun")},
    "hospital": {"en": ("hospital",), "uk": ("лікарн", "шпитал", "госпіталь", "госпітал"), "ru": ("больниц", "госпитал"), "hu": ("kórház",)},
    "victims": {"en": ("victim",), "uk": ("жертв", "постраждал"), "ru": ("жертв", "пострадавш", "пострадал"), "hu": ("áldozat",)},
    # -- time
    "yesterday": {"en": ("yesterday",), "uk": ("вчора", "учора"), "ru": ("вчера",), "hu": ("tegnap",)},
    "today": {"en": ("today",), "uk": ("сьогодні",), "ru": ("сегодня",), "hu": ("ma ", "mai ")},
    "tomorrow": {"en": ("tomorrow",), "uk": ("завтра",), "ru": ("завтра",), "hu": ("holnap",)},
    # -- saying, asking and answering (general verbs and nouns of reported speech)
    "journalists": {"en": ("reporters", "journalist", "the media"), "uk": ("журналіст", "репортер", "змі "), "ru": ("журналист", "репортер", "сми "),
                    "hu": ("újságíró", "riporter", "média", "médiá")},
    "answer": {"en": ("answer", "respond", "replied", "reply"), "uk": ("відповід", "відповів", "відповіла", "відповіли"), "ru": ("ответ",), "hu": ("válasz",)},
    "proposal": {"en": ("propos", "offer", "suggest"), "uk": ("запропон", "пропону", "пропозиц"), "ru": ("предлож", "предлага"),
                 "hu": ("javasol", "javaslat", "felajánl", "ajánlat")},
    "consider": {"en": ("consider", "weigh"), "uk": ("розгляда", "розглян", "подума"), "ru": ("рассматрива", "рассмотр", "подума"),
                 "hu": ("fontolgat", "megfontol", "mérlegel", "gondolkod")},
    "announce": {"en": ("announc", "unveil"), "uk": ("оголоси", "оголош", "анонс"), "ru": ("объяви", "объявл", "анонс"), "hu": ("bejelent",)},
    "thanks": {"en": ("thank", "grateful", "gratitude"), "uk": ("подяк", "подякува", "дякую", "вдячн"), "ru": ("благодар", "спасибо"),
               "hu": ("megköszön", "köszön", "hálás", "hála")},
    "hope": {"en": ("hope", "optimis"), "uk": ("сподіва", "надія", "надії", "надію", "оптиміз"), "ru": ("надежд", "надея", "надеется", "оптимиз", "надею"),
             "hu": ("remél", "remény", "optimiz")},
    "details": {"en": ("specific", "detail", "disclose"), "uk": ("деталі", "деталей", "подробиц", "розкри", "конкретн"),
                "ru": ("детал", "подробност", "раскры", "конкретн"), "hu": ("részlet", "konkrét", "nem nevez")},
    "points": {"en": ("points", "issues"), "uk": ("пункт",), "ru": ("пункт",), "hu": ("pont ", "pontban", "pontok", "pontot", "pontja", "kérdésben")},
    "significant": {"en": ("significant", "important", "crucial", "vital", "key "), "uk": ("значущ", "важлив", "ключов", "суттєв", "найважлив"),
                    "ru": ("значим", "важн", "ключев", "существенн", "важнейш"), "hu": ("jelentős", "fontos", "legfontosabb", "kulcs", "lényeges")},
    "remaining": {"en": ("remain", "unresolved", "outstanding"), "uk": ("залиш", "лишил", "невирішен"),
                  "ru": ("осталось", "остались", "остается", "остаются", "оставшиеся", "нерешенн", "остался", "остаётся", "оставш"), "hu": ("marad", "lezáratlan", "megoldatlan")},
    "next-time": {"en": ("next time",), "uk": ("наступного разу", "наступний раз"), "ru": ("следующий раз",), "hu": ("legközelebb", "következő alkalom")},
    "time-limit": {"en": ("unlimited", "indefinite", "permanent", "time-limited", "temporar", "limited in time"),
                           "uk": ("безстроков", "необмежен", "безтерміно", "обмежен в час", "тимчасов", "постійн"),
                           "ru": ("бессрочн", "неограничен", "неопределенн срок", "ограничен по времени", "временн", "постоянн"),
                           "hu": ("korlátlan", "határozatlan idej", "időkorlát", "végleges", "ideiglenes", "állandó")},
    "complete": {"en": ("full ", "fully", "complete", "entire"), "uk": ("повн", "цілком"),
                 "ru": ("целиком", "полност", "полный", "полная", "полное", "полного", "полной", "полном", "полную", "полным", "полные", "полных"), "hu": ("teljes",)},
    "possibility": {"en": ("possib", "chance", "opportunit"), "uk": ("можлив", "шанс"), "ru": ("возможн", "шанс"), "hu": ("lehetőség", "esély", "lehetséges")},
    "quick": {"en": ("quick", "fast", "rapid", "speed up", "immediate", "swift"), "uk": ("швидк", "негайн", "пришвидш", "прискор"),
              "ru": ("быстр", "немедлен", "ускор", "скорейш"), "hu": ("gyors", "azonnal")},
    "pause": {"en": ("pause", "break "), "uk": ("пауз", "перерв"), "ru": ("пауз", "перерыв", "приостанов"), "hu": ("szünet", "felfüggeszt")},
    "brief": {"en": ("brief", "short", "abrupt"), "uk": ("коротк", "нетривал", "раптово"), "ru": ("коротк", "кратк", "внезапно"), "hu": ("rövid", "hirtelen")},
    "duration": {"en": ("lasted", "lasting"), "uk": ("тривал", "тривав"), "ru": ("длил", "продолжал", "продлил"), "hu": ("órán át", "időtartam")},
    "former": {"en": ("former", "ex-"), "uk": ("колишн", "екс-"), "ru": ("бывш", "экс-"), "hu": ("egykori", "korábbi ")},
    "first": {"en": ("first",), "uk": ("перший", "перша ", "першої", "перше ", "першим", "першу", "першого", "першому", "першій", "перших",
                                      "вперше", "уперше", "перші "),
              "ru": ("первый", "первая", "первой", "первое", "первым", "первую", "первого", "первом ", "первых", "впервые", "первые"),
              "hu": ("első ", "először", "elsőként")},
    "surprise": {"en": ("surprise", "unexpected", "unannounced"), "uk": ("несподіван", "неоголошен", "раптов"), "ru": ("неожиданн", "внезапн", "необъявленн"),
                 "hu": ("váratlan", "meglepet", "bejelentés nélkül")},
    "agenda": {"en": ("agenda",), "uk": ("порядок денн", "порядку денн"), "ru": ("повестк",), "hu": ("napirend",)},
    "decision": {"en": ("decision", "decide"), "uk": ("рішен", "виріши", "вирішу"), "ru": ("решил", "решит", "постановлени", "решен"), "hu": ("döntés", "döntött", "dönt ", "dönten")},
    "cancel": {"en": ("cancel", "called off", "postpon"), "uk": ("скасува", "відклад", "відкла", "скасов"), "ru": ("отмен", "отлож"), "hu": ("lemond", "elhalaszt", "töröl")},
    "sign": {"en": ("sign ", "signed", "signing"), "uk": ("підпис",), "ru": ("подпис",), "hu": ("aláír",)},
    "dispute": {"en": ("clash", "argu", "spat", "row ", "dispute", "shouting"), "uk": ("сварк", "суперечк", "перепалк", "посвари", "конфліктув"),
                "ru": ("ссор", "перепалк", "спор ", "спора", "споре", "споров", "спором", "спорн", "поссори"), "hu": ("vita", "veszeked", "összecsap", "szóváltás", "összeveszett", "vitá")},
    "respect": {"en": ("respect",), "uk": ("поваг", "неповаг", "шануб"), "ru": ("уважени", "неуважени", "уважа"), "hu": ("tisztelet",)},
    # -- people, groups and places of the news
    "allies": {"en": ("ally", "allies", "allied", "alliance"), "uk": ("союзн", "альянс"), "ru": ("союзн", "альянс"), "hu": ("szövetség",)},
    "neighbour": {"en": ("neighbo",), "uk": ("сусід",), "ru": ("сосед",), "hu": ("szomszéd",)},
    "enemy": {"en": ("enem", "adversar"), "uk": ("ворог", "противник"), "ru": ("враг", "противник"), "hu": ("ellenség",)},
    "victory": {"en": ("defeat", "victor", "won ", "win "), "uk": ("перемог", "поразк", "переміг"), "ru": ("побед", "поражени"), "hu": ("győz", "legyőz", "vereség")},
    "aides": {"en": ("aides", "delegation", "adviser", "advisor"), "uk": ("помічник", "делегац", "радник"), "ru": ("помощник", "делегац", "советник"),
              "hu": ("tanácsad", "delegáci", "küldöttség", "munkatárs")},
    "authorities": {"en": ("authorities",), "uk": ("влада", "влади", "владою", "владі", "владу"), "ru": ("власти", "властей", "властям", "властях"), "hu": ("hatóság",)},
    "region": {"en": ("region", "province", "oblast", "republic"), "uk": ("област", "регіон", "республік"), "ru": ("област", "регион", "республик"),
               "hu": ("régió", "megye", "tartomány", "köztársaság", "megyé")},
    "residents": {"en": ("residents", "civilian", "inhabitants", "locals"), "uk": ("жител", "мешкан", "цивільн"), "ru": ("жител", "мирн жител", "гражданск"),
                  "hu": ("lakos", "civil")},
    "children": {"en": ("child", "minor"), "uk": ("діти", "дітей", "дитин", "дитяч", "дітям"), "ru": ("дети", "детей", "ребен", "детск", "детям", "ребён"), "hu": ("gyerek", "gyermek")},
    "students": {"en": ("student", "college", "school"), "uk": ("студент", "коледж", "школ", "учн"), "ru": ("студент", "колледж", "школ", "учащ"),
                 "hu": ("diák", "hallgató", "főiskol", "iskol")},
    "sea": {"en": ("sea ", "seas ", "coast", "landlocked", "port ", "ports "), "uk": ("моря", "морю", "морем", "море ", "морськ", "порт ", "портів", "порти", "морі ", "порту "),
            "ru": ("моря", "морю", "морем", "море ", "морск", "порт ", "портов", "порты", "порта "), "hu": ("tenger", "kikötő")},
    "red-carpet": {"en": ("red carpet", "red-carpet"), "uk": ("червон доріжк", "червон килим"), "ru": ("красн дорожк", "красн ковр"),
                   "hu": ("vörös szőny", "piros szőny")},
    "handshake": {"en": ("handshake", "shook hands", "shake hands"), "uk": ("рукостиск", "потисну"), "ru": ("рукопожат", "пожал руку", "пожали руки"),
                  "hu": ("kézfog", "kezet fog")},
    "smile": {"en": ("smil",), "uk": ("посміх", "усміх", "усмішк"), "ru": ("улыб",), "hu": ("mosoly",)},
    "warm": {"en": ("warm",), "uk": ("тепл",), "ru": ("тепл",), "hu": ("meleg",)},
    # -- strikes, damage and investigation
    "explosion": {"en": ("explosion", "explod", "blast"), "uk": ("вибух",), "ru": ("взрыв",), "hu": ("robban",)},
    "damage": {"en": ("damag", "destroy"), "uk": ("пошкодж", "зруйн", "руйнув", "пошкоди"), "ru": ("поврежд", "разруш", "повреди"), "hu": ("megrongál", "károk", "kárt ", "megsemmis")},
    "air-defence": {"en": ("air defen", "shot down", "shoot down", "shooting down", "brought down", "downing of", "downed", "intercept"), "uk": ("ппо", "протиповітрян", "збит", "збили", "перехоп"),
                    "ru": ("пво", "противовоздушн", "сбит", "сбили", "перехват"), "hu": ("légvédel", "lelőtt", "lelőtték", "lelövés")},
    "factory": {"en": ("factory", "plant ", "facility", "enterprise"), "uk": ("завод", "підприємств", "фабрик"), "ru": ("завод", "предприяти", "фабрик"),
                "hu": ("gyár", "üzem", "létesítmény")},
    "building": {"en": ("residential", "dormitor", "apartment", "building"), "uk": ("житлов", "гуртож", "будин", "будівл"),
                 "ru": ("жилой", "жилом", "жилого", "общежит", "здани", "жилые", "жилых"), "hu": ("lakóépület", "kollégium", "épület", "lakóház")},
    "investigation": {"en": ("investigat", "probe"), "uk": ("розслід", "слідч"), "ru": ("расследова", "следств", "следовател", "расследу"), "hu": ("nyomoz", "vizsgál", "kivizsgál")},
    "interference": {"en": ("interfer", "meddl"), "uk": ("втруча",), "ru": ("вмешательств", "вмешива", "вмеша"), "hu": ("beavatkoz",)},
    "dependence": {"en": ("depend", "rely", "reliant"), "uk": ("залежн", "залежа"), "ru": ("зависи", "зависим"), "hu": ("függő", "függés", "függ ")},
    "package": {"en": ("package",), "uk": ("пакет",), "ru": ("пакет",), "hu": ("csomag",)},
    "resources": {"en": ("mineral", "rare earth", "natural resources"), "uk": ("корисн копалин", "мінерал", "рідкісноземел", "ресурс"),
                  "ru": ("полезн ископаем", "минерал", "редкоземел", "ресурс"), "hu": ("ásvány", "ritkaföldfém", "nyersanyag", "erőforrás")},
    "television": {"en": ("televis", "broadcast", "on camera", "cameras"), "uk": ("телебачен", "трансляц", "в ефірі", "камер"),
                   "ru": ("телевиден", "трансляц", "в эфире", "камер"), "hu": ("televízi", "közvetít", "kamer", "élőben")},
}
# fmt: on
# Concepts that name a role, not a fact: they go with the names (a prime minister is in every
# sentence of a story about one) and weigh like them.
ROLES = frozenset({"president", "leader", "prime-minister", "foreign-minister", "official", "spokesperson"})
_SPACES = re.compile(r"\s+")
VOCABULARY_FILE = Path(__file__).with_name("news_vocabulary.tsv")
_COLUMNS = tuple(LANGUAGES)  # the file's columns after the concept: en, uk, ru, hu


@cache
def vocabulary() -> dict[str, dict[str, tuple[str, ...]]]:
    """The general vocabulary of ``news_vocabulary.tsv`` in the shape of :data:`TERMS`.

    A line is ``concept<TAB>en<TAB>uk<TAB>ru<TAB>hu``, stems separated by ``;``; a stem ending in
    ``$`` matches the whole word only (a final space in :data:`TERMS`); ``#`` starts a comment line.
    """
    table: dict[str, dict[str, tuple[str, ...]]] = {}
    for number, line in enumerate(VOCABULARY_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        concept, *columns = line.split("\t")
        if len(columns) != len(_COLUMNS) or concept in table or concept in TERMS:
            raise ValueError(f"{VOCABULARY_FILE.name} line {number}: a new concept and {len(_COLUMNS)} columns of stems")
        table[concept] = {
            lang: tuple(stem[:-1] + " " if stem.endswith("$") else stem for stem in column.split(";") if stem)
            for lang, column in zip(_COLUMNS, columns, strict=True)
        }
    return table


def all_terms() -> Mapping[str, Mapping[str, tuple[str, ...]]]:
    """Both tables: :data:`TERMS` and :func:`vocabulary`."""
    return {**TERMS, **vocabulary()}


def _stem_pattern(stem: str) -> str:
    """A stem as a regex: each word of a phrase takes its own ending (прекращени огня → прекращению огня);
    a final space means the whole word (мир, not мирный)."""
    words = stem.split()
    body = r"\w*\s+".join(re.escape(w) for w in words)
    return body + (r"(?!\w)" if stem.endswith(" ") else "")


_KEY = 3  # stems are found through their first letters: only the concepts whose stems a word begins like are searched
_WORD_START = re.compile(r"(?<!\w)\w+")


@lru_cache(maxsize=8)
def _patterns(lang: str) -> tuple[tuple[tuple[str, re.Pattern[str]], ...], dict[str, tuple[int, ...]]]:
    """Each concept's pattern, and the concepts (by position) whose stems start with a key of up to
    three letters."""
    out: list[tuple[str, re.Pattern[str]]] = []
    keys: dict[str, set[int]] = {}
    for concept, stems in all_terms().items():
        options = stems.get(lang, ())
        if options:
            for stem in options:
                first = _WORD_START.match(stem)  # the letters a word starts with ("из" of "из-за")
                keys.setdefault((first.group() if first else stem)[:_KEY], set()).add(len(out))
            alternatives = "|".join(_stem_pattern(s) for s in options)
            out.append((concept, re.compile(r"(?<!\w)(?:" + alternatives + ")")))
    return tuple(out), {key: tuple(sorted(found)) for key, found in keys.items()}


def _candidates(text: str, lang: str) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns of the concepts whose stems begin like a word of ``text`` (normalised)."""
    patterns, keys = _patterns(lang)
    found: set[int] = set()
    for match in _WORD_START.finditer(text):
        word = match.group()
        for length in range(1, min(_KEY, len(word)) + 1):
            found.update(keys.get(word[:length], ()))
    return [patterns[i] for i in sorted(found)]


def _normal(sentence: str) -> str:
    # Lower-casing keeps the length here (NFC text of these scripts), so offsets stay valid.
    return _SPACES.sub(" ", unicodedata.normalize("NFC", sentence)).lower()


# A Hungarian verb's prefix stands after it in many sentences ("két ügynököt tartóztattak le", "lőtték le a
# gépet"): the verb is also read with its prefix before it (letartóztattak, lelőtték), as the table lists it.
_HU_PREFIX_AFTER = re.compile(r"(?<!\w)(\w{3,})\s+(le|ki|be|fel|meg|el|át|vissza|rá|szét|össze)(?!\w)")


def terms(sentence: str, lang: str) -> set[str]:
    """The concepts of both tables (:func:`all_terms`) that ``sentence`` (written in ``lang``) names.

    A concept named only inside a longer concept's words is that concept alone: "water level" is not
    also water and level, "prime minister" not also minister (else one phrase would count as several facts).
    """
    text = _normal(sentence)
    if lang == "hu":
        text += "".join(f" / {prefix}{verb}" for verb, prefix in _HU_PREFIX_AFTER.findall(text))
    found: dict[str, list[tuple[int, int, int]]] = {}  # concept -> (start, end, length of the match itself)
    for concept, pattern in _candidates(text, lang):
        for m in pattern.finditer(text):
            found.setdefault(concept, []).append((*_whole_words(text, *m.span()), m.end() - m.start()))
    spans = [(start, end, length, concept) for concept, matches in found.items() for start, end, length in matches]

    def inside_longer(concept: str, start: int, end: int, length: int) -> bool:
        return any(a <= start and end <= b and other_length > length and other != concept for a, b, other_length, other in spans)

    return {concept for concept, matches in found.items() if not all(inside_longer(concept, *match) for match in matches)}


_WORD_CHAR = re.compile(r"[\w'’ʼ-]")


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A match widened to the words it touches (a hyphen or apostrophe inside a word keeps it whole)."""
    while start > 0 and _WORD_CHAR.match(text[start - 1]):
        start -= 1
    while end < len(text) and _WORD_CHAR.match(text[end]):
        end += 1
    return start, end


def term_matches(sentence: str, lang: str) -> list[tuple[str, int, int]]:
    """Each match of a term: its concept and the words it touches, as offsets into ``sentence`` after NFC
    and with runs of spaces as one."""
    text = _normal(sentence)
    return [(concept, *_whole_words(text, *m.span())) for concept, pattern in _candidates(text, lang) for m in pattern.finditer(text)]


def term_spans(sentence: str, lang: str) -> list[tuple[int, int]]:
    """Where the terms are, as offsets into ``sentence`` after NFC and with runs of spaces as one."""
    text = _normal(sentence)
    return [m.span() for _concept, pattern in _candidates(text, lang) for m in pattern.finditer(text)]


def terms_per_sentence(sentences: Sequence[str], lang: str) -> list[set[str]]:
    return [terms(s, lang) for s in sentences]
