"""The red team's corpus for the leak guard (DESIGN.md §4), written from attack classes, not from the guard.

Each `Case` is one allegation as a hurried moderator left it: a private record, the public texts,
and the forms of private values planted in them. `CLEAN` holds correctly redacted summaries with
their private records, to measure false positives. Everything is invented; nothing is random.

Classes of planted form:
  1 inflection            2 other scripts          3 joins and splits     4 parts and short forms
  5 numbers               6 obfuscated contacts    7 look-alikes, encodings
  8 listed nowhere (only a named-entity recogniser can catch it)
  9 the source (organisation, submitting person)   10 a town in the region field
  11 a false-positive mark must not clear the same value in another field

Use: `CASES`, `CLEAN`, `span(case, form)`, `timing_allegation()`.
"""
from __future__ import annotations

import collections
import dataclasses
import urllib.parse

CLASS_NAMES = {
    1: "inflection", 2: "other scripts", 3: "joins and splits", 4: "parts and short forms",
    5: "numbers", 6: "obfuscated contacts", 7: "look-alikes and encodings", 8: "listed nowhere",
    9: "the source", 10: "region field", 11: "false-positive scope",
}
# Class 8 values appear in no structured private field: only a recogniser of names and places finds them.
LISTED_NOWHERE = frozenset({8})


@dataclasses.dataclass(frozen=True)
class Form:
    """One planted form: the exact text left in one public field."""

    field: str
    text: str
    cls: int
    language: str  # of the public text the form sits in (a Cyrillic name in an English summary: en)
    nth: int = 0  # which occurrence of `text` in the field, when it occurs more than once
    note: str = ""

    @property
    def derived(self) -> bool:
        return self.cls not in LISTED_NOWHERE


@dataclasses.dataclass(frozen=True)
class Case:
    id: str
    language: str
    private: dict  # PrivateDetails keyword arguments
    context: dict  # GuardContext keyword arguments
    texts: dict  # public field -> text
    forms: tuple[Form, ...] = ()
    false_positives: tuple[dict, ...] = ()  # the moderator's marks: {"field", "text", "note"}
    public_names: tuple[str, ...] = ()


def span(case: Case, form: Form) -> tuple[int, int]:
    """Offsets of the planted form in its field, located by search (the corpus stores no offsets)."""
    text = case.texts[form.field]
    start = -1
    for _ in range(form.nth + 1):
        start = text.find(form.text, start + 1)
        if start == -1:
            raise ValueError(f"{case.id}: {form.text!r} (occurrence {form.nth}) not in {form.field}")
    return start, start + len(form.text)


def _case(cid, language, private, texts, forms, context=None, false_positives=(), public_names=()):
    """Forms are (text, cls), (text, cls, field), (text, cls, field, nth) or (..., language)."""
    built = []
    for entry in forms:
        text, cls, *rest = entry
        field = rest[0] if len(rest) > 0 else "summary"
        nth = rest[1] if len(rest) > 1 else 0
        lang = rest[2] if len(rest) > 2 else language
        built.append(Form(field, text, cls, lang, nth))
    if isinstance(texts, str):
        texts = {"summary": texts}
    return Case(cid, language, dict(private), dict(context or {}), dict(texts), tuple(built),
                tuple(false_positives), tuple(public_names))


def _people(*pairs):
    return [{"name": name, "relation": relation} for name, relation in pairs]


# ---------------------------------------------------------------------------------------------
# 1. Inflection: the name is there, with a case ending, a dropped vowel or an attached preposition.

def _inflection() -> list[Case]:
    cases = [
        _case("ru-infl-kravets", "ru", dict(
            victim_names=["Павел Кравец"], other_people=_people(("Ольга Кравец", "жена")),
            exact_location="ул. Садовая, 14, станица Старонижестеблиевская, Краснодарский край"),
            "В марте 2024 года сотрудники ФСБ задержали Павла Кравца в Краснодаре после того, как он "
            "направил информацию специальному докладчику. Следователь угрожал Павлу уголовным делом. "
            "Жене Кравца, Ольге, запретили выезд. Адвоката к Кравцу не пустили, а с Кравцом обращались "
            "жестоко. О Павле ничего не известно с 2 апреля. Ольгу вызывали на допрос, с Ольгой беседовал "
            "оперативник.",
            [("Павла", 1), ("Кравца", 1), ("Павлу", 1), ("Кравца", 1, "summary", 1), ("Ольге", 1),
             ("Кравцу", 1), ("Кравцом", 1), ("Павле", 1), ("Ольгу", 1), ("Ольгой", 1)]),
        _case("ru-infl-morozov", "ru", dict(
            victim_names=["Лев Морозов"],
            other_people=_people(("Пётр Морозов", "брат"), ("Марина Белоусова", "адвокат"))),
            "Правозащитника Льва Морозова задержали 12 мая после брифинга для Комитета против пыток. "
            "Брата Льва, Петра, уволили с завода, а Петру угрожали. Адвокату Марине Белоусовой не дали "
            "встретиться с подзащитным. Морозову предъявили обвинение по статье 280.3 УК РФ. Со Львом "
            "обращались унизительно.",
            [("Льва", 1), ("Морозова", 1), ("Льва", 1, "summary", 1), ("Петра", 1), ("Петру", 1),
             ("Марине", 1), ("Белоусовой", 1), ("Морозову", 1), ("Львом", 1)]),
        _case("uk-infl-kravets", "uk", dict(
            victim_names=["Петро Кравець"],
            other_people=_people(("Оксана Мельник", "сестра"), ("Андрій Ткачук", "адвокат"),
                                 ("Богдан Лисенко", "свідок"))),
            "Окупаційна влада затримала Петра Кравця в Мелітополі після його звернення до Моніторингової "
            "місії ООН. Кравцю погрожували, а з Кравцем поводилися жорстоко. Адвокатові Андрієві Ткачуку не "
            "дозволили побачення; Ткачука допитали. Сестру Оксану викликали до комендатури, Оксані "
            "погрожували. Свідка Лисенка також затримали. «Петре, ти наступний», — сказали Андрію.",
            [("Петра", 1), ("Кравця", 1), ("Кравцю", 1), ("Кравцем", 1), ("Андрієві", 1), ("Ткачуку", 1),
             ("Ткачука", 1), ("Оксану", 1), ("Оксані", 1), ("Лисенка", 1), ("Петре", 1), ("Андрію", 1)]),
        _case("pl-infl-wrobel", "pl", dict(
            victim_names=["Łukasz Wróbel"],
            other_people=_people(("Agnieszka Wróbel", "żona"), ("Marek Kozioł", "adwokat"))),
            "Funkcjonariusze KGB zatrzymali Łukasza Wróbla w Grodnie po jego wystąpieniu przed Radą Praw "
            "Człowieka. Wróblowi postawiono zarzut ekstremizmu. Żonie, Agnieszce, grożono; Agnieszki nie "
            "wpuszczono do aresztu. Adwokata Kozła pozbawiono licencji, a z Łukaszem nie ma kontaktu.",
            [("Łukasza", 1), ("Wróbla", 1), ("Wróblowi", 1), ("Agnieszce", 1), ("Agnieszki", 1),
             ("Kozła", 1), ("Łukaszem", 1)]),
        _case("tr-infl-yilmaz", "tr", dict(
            victim_names=["Mehmet Yılmaz"], other_people=_people(("Ayşe Demir", "avukat")),
            exact_location="Yeşilbağ köyü, Lice, Diyarbakır"),
            "Mehmet Yılmaz'ın BM İşkenceye Karşı Komite'ye bilgi vermesinin ardından jandarma Yeşilbağ'daki "
            "evi aradı. Polis Yılmaz'a 'örgüt üyeliği' suçlaması yöneltti ve Yılmaz'ı dört gün gözaltında "
            "tuttu. Avukatı Demir'in müvekkiliyle görüşmesine izin verilmedi; Ayşe'ye de tehdit mesajları "
            "gönderildi. Mehmet'in ailesi Yılmaz'dan haber alamıyor. Savcılık Yılmazın yurt dışına çıkışını "
            "yasakladı.",
            [("Yılmaz'ın", 1), ("Yeşilbağ'daki", 1), ("Yılmaz'a", 1), ("Yılmaz'ı", 1), ("Demir'in", 1),
             ("Ayşe'ye", 1), ("Mehmet'in", 1), ("Yılmaz'dan", 1), ("Yılmazın", 1)]),
        _case("fi-infl-nakkalajarvi", "fi", dict(
            victim_names=["Áile Näkkäläjärvi"], other_people=_people(("Juhani Virtanen", "asianajaja"))),
            "Saamelaisaktivisti Näkkäläjärven mukaan häntä uhkailtiin sen jälkeen, kun hän puhui "
            "alkuperäiskansojen oikeuksien erityisraportoijalle. Näkkäläjärvelle lähetettiin viestejä, ja "
            "Áilen autoa vahingoitettiin. Asianajaja Virtasen mukaan poliisi ei tutkinut asiaa; Virtaselle "
            "ei vastattu.",
            [("Näkkäläjärven", 1), ("Näkkäläjärvelle", 1), ("Áilen", 1), ("Virtasen", 1), ("Virtaselle", 1)]),
        _case("hu-infl-lakatos", "hu", dict(
            victim_names=["Lakatos Erzsébet"], other_people=_people(("Kovács Gábor", "ügyvéd"))),
            "Lakatos Erzsébetet, a roma jogvédőt, megfenyegették, miután tájékoztatta az ENSZ Faji "
            "Megkülönböztetés Elleni Bizottságát. Erzsébetnek névtelen leveleket küldtek, Lakatosékat a "
            "polgármesteri hivatal kilakoltatással fenyegette. Kovács Gábornak, az ügyvédnek sem "
            "válaszoltak; Kovácsot kizárták az ügyből.",
            [("Erzsébetet", 1), ("Erzsébetnek", 1), ("Lakatosékat", 1), ("Gábornak", 1), ("Kovácsot", 1)]),
        _case("ar-infl-haddad", "ar", dict(
            victim_names=["سمير الحداد"], other_people=_people(("منى الحداد", "زوجة"))),
            "اعتقلت قوات الأمن المدافع عن حقوق الإنسان في 3 آذار/مارس 2024 بعد مشاركته في الدورة 55 لمجلس "
            "حقوق الإنسان. ووجهت النيابة للحداد تهمة نشر أخبار كاذبة، وزعمت أن لسمير صلات بجهات أجنبية. "
            "واستُدعيت زوجته ومنى ممنوعة من السفر منذ ذلك الحين. وقال المحقق إن قضية بالحداد ستُحال إلى "
            "محكمة أمن الدولة، وهدد سميرًا بالسجن. كما اتصل ضابط بمنى وطلب منها التوقف عن التواصل مع الأمم "
            "المتحدة، وأبلغ والحداد الأب بذلك.",
            [("للحداد", 1), ("لسمير", 1), ("ومنى", 1), ("بالحداد", 1), ("سميرًا", 1), ("بمنى", 1),
             ("والحداد", 1)]),
        _case("ar-infl-omari", "ar", dict(victim_names=["خالد العمري"]),
            "صادر عناصر جهاز أمن الدولة هاتفين لخالد بعد أسبوع من لقائه بالمقرر الخاص. ووجهت النيابة "
            "للعمري تهمة الانضمام إلى جماعة محظورة، واتصلوا بخالد مرارًا لتهديده. وخالد ممنوع من السفر منذ "
            "ذلك الحين، وقد التقى محاميه بالعمري مرة واحدة.",
            [("لخالد", 1), ("للعمري", 1), ("بخالد", 1), ("وخالد", 1), ("بالعمري", 1)]),
        _case("fa-infl-rezaei", "fa", dict(victim_names=["مریم رضایی"]),
            "مأموران وزارت اطلاعات پس از ارسال گزارش به گزارشگر ویژه، رضایی‌ها را تهدید کردند. به گفته یکی "
            "از بستگان، «مریمو بردن بازداشتگاه».",
            [("رضایی‌ها", 1), ("مریمو", 1)]),
    ]
    return cases


# ---------------------------------------------------------------------------------------------
# 2. Other scripts: the private value in one script, the public text in another.

def _scripts() -> list[Case]:
    kravets = dict(victim_names=["Павел Кравец"], other_people=_people(("Ольга Кравец", "жена")))
    layla = dict(victim_names=["ليلى عبد الرحمن"], other_people=_people(("أحمد عبد الرحمن", "أخ")))
    wang = dict(victim_names=["王小明"], other_people=_people(("李秀英", "妻子")))
    maryam = dict(victim_names=["مریم رضایی"], other_people=_people(("علی رضایی", "برادر")))
    return [
        _case("en-scr-kravets", "en", kravets,
              "Pavel Kravets, a lawyer from Krasnodar, was detained on 19 March 2024 after he sent information "
              "to the Special Rapporteur on human rights defenders. His wife Olga Kravets was banned from "
              "travelling abroad. Kravetz's lawyer was refused access.",
              [("Pavel Kravets", 2), ("Olga Kravets", 2), ("Kravetz", 2)]),
        _case("de-scr-kravets", "de", kravets,
              "Der Anwalt Pawel Krawez wurde nach seiner Eingabe an den Sonderberichterstatter festgenommen; "
              "seine Frau Olga Krawez darf nicht ausreisen.",
              [("Pawel Krawez", 2), ("Olga Krawez", 2)]),
        _case("es-scr-kravets", "es", kravets,
              "El abogado Pável Kravets fue detenido tras enviar información al Relator Especial.",
              [("Pável Kravets", 2)]),
        _case("en-scr-layla", "en", layla,
              "Layla Abdulrahman, a woman human rights defender, was summoned by the National Security "
              "Agency after the 54th session. Her brother Ahmed Abdel-Rahman lost his job; Ms Abdelrahman "
              "has been under a travel ban since.",
              [("Layla Abdulrahman", 2), ("Ahmed Abdel-Rahman", 2), ("Abdelrahman", 2)]),
        _case("fr-scr-layla", "fr", layla,
              "Leïla Abderrahmane a été convoquée par l'Agence nationale de sécurité après sa participation à "
              "la 54e session du Conseil.",
              [("Leïla Abderrahmane", 2)]),
        _case("es-scr-layla", "es", layla,
              "Laila Abderrahmán fue citada por la Agencia de Seguridad Nacional; su hermano Ahmad Abdul "
              "Rahman perdió su empleo.",
              [("Laila Abderrahmán", 2), ("Ahmad Abdul Rahman", 2)]),
        _case("en-scr-wang", "en", wang,
              "Human rights lawyer Wang Xiaoming was placed under residential surveillance after submitting "
              "information to the Committee against Torture. Xiaoming Wang's wife, Li Xiuying, was followed. "
              "Reports in Taiwan give his name as Wang Hsiao-ming.",
              [("Wang Xiaoming", 2), ("Xiaoming Wang", 2), ("Li Xiuying", 2), ("Wang Hsiao-ming", 2)]),
        _case("en-scr-maryam", "en", maryam,
              "Maryam Rezaei was arrested in Tehran after sending information to the Special Rapporteur. Her "
              "brother Ali Rezaee was also summoned.",
              [("Maryam Rezaei", 2), ("Ali Rezaee", 2)]),
        _case("fr-scr-maryam", "fr", maryam,
              "Maryam Rézaï a été arrêtée à Téhéran ; selon la famille Rezayi, elle est détenue à Evin.",
              [("Maryam Rézaï", 2), ("Rezayi", 2)]),
        _case("uz-scr-karimov", "uz", dict(victim_names=["Шухрат Каримов"]),
              "Huquq himoyachisi Shuxrat Karimov BMT maxsus ma'ruzachisi bilan uchrashganidan keyin hibsga olindi.",
              [("Shuxrat Karimov", 2)]),
        _case("en-scr-karimov", "en", dict(victim_names=["Шухрат Каримов"]),
              "Shukhrat Karimov was detained after meeting the Special Rapporteur during the country visit.",
              [("Shukhrat Karimov", 2)]),
        _case("en-scr-burmese", "en", dict(victim_names=["အောင်ကိုကို"],
                                           other_people=_people(("ခင်မာဝင်း", "ဇနီး"))),
              "Aung Ko Ko, who met the Independent Investigative Mechanism for Myanmar, was arrested by the "
              "military; his wife Khin Mar Win went into hiding.",
              [("Aung Ko Ko", 2), ("Khin Mar Win", 2)]),
        _case("ru-scr-whitfield", "ru", dict(victim_names=["John Whitfield"]),
              "Британский журналист Джон Уитфилд был выслан из страны после его доклада для УВКПЧ.",
              [("Джон Уитфилд", 2)]),
        _case("ru-scr-hernandez", "ru", dict(victim_names=["José Hernández"],
                                             other_people=_people(("Maria Santos", "esposa"))),
              "Правозащитник Хосе Эрнандес и его жена Мария Сантос получили угрозы после сессии СПЧ.",
              [("Хосе Эрнандес", 2), ("Мария Сантос", 2)]),
        _case("ar-scr-hernandez", "ar", dict(victim_names=["José Hernández"]),
              "تلقى المدافع خوسيه هيرنانديز تهديدات بعد مشاركته في الاستعراض الدوري الشامل.",
              [("خوسيه هيرنانديز", 2)]),
        _case("ar-scr-becker", "ar", dict(victim_names=["Thomas Becker"]),
              "مُنع الصحفي توماس بيكر من دخول البلاد بعد إحاطته أمام مجلس حقوق الإنسان.",
              [("توماس بيكر", 2)]),
        _case("zh-scr-dubois", "zh", dict(victim_names=["Claire Dubois"]),
              "法国研究人员克莱尔·杜布瓦在向人权理事会提交报告后被拒绝入境。",
              [("克莱尔·杜布瓦", 2)]),
        _case("fa-scr-miller", "fa", dict(victim_names=["Sarah Miller"]),
              "سارا میلر، پژوهشگر، پس از همکاری با گزارشگر ویژه از ورود به کشور منع شد.",
              [("سارا میلر", 2)]),
        _case("en-scr-german", "en", dict(victim_names=["Jürgen Müller"],
                                          other_people=_people(("Anke Grüßner", "colleague"),
                                                               ("Heike Strauß", "lawyer"))),
              "Juergen Mueller, who briefed the Working Group, was refused a visa; his colleague Anke "
              "Gruessner and lawyer Heike Strauss were put on a watch list. Mr Muller appealed.",
              [("Juergen Mueller", 2), ("Gruessner", 2), ("Strauss", 2), ("Muller", 2)]),
        _case("en-scr-bondarenko", "en", dict(victim_names=["Олена Бондаренко"]),
              "Olena Bondarenko, a teacher who spoke to the Human Rights Monitoring Mission, was detained. "
              "Russian-language media call her Elena Bondarenko.",
              [("Olena Bondarenko", 2), ("Elena Bondarenko", 2)]),
        _case("ru-scr-bondarenko", "ru", dict(victim_names=["Олена Бондаренко"]),
              "Учительница Елена Бондаренко задержана после её разговора с Мониторинговой миссией.",
              [("Елена Бондаренко", 2)]),
        _case("en-scr-nguyen", "en", dict(victim_names=["Nguyễn Văn Hùng"]),
              "Blogger Nguyen Van Hung was sentenced after his submission to the UPR.",
              [("Nguyen Van Hung", 2)]),
        _case("fr-scr-nguyen", "fr", dict(victim_names=["Nguyễn Văn Hùng"]),
              "Le blogueur Nguyen Van Hùng a été condamné après sa contribution à l'EPU.",
              [("Nguyen Van Hùng", 2)]),
        _case("en-scr-bensalah", "en", dict(victim_names=["محمد بن صالح"]),
              "Mohamed Ben Salah was dismissed from his post after the UPR pre-session.",
              [("Mohamed Ben Salah", 2)]),
        _case("fr-scr-bensalah", "fr", dict(victim_names=["محمد بن صالح"]),
              "Mohammed ben Saleh a été révoqué après la pré-session de l'EPU.",
              [("Mohammed ben Saleh", 2)]),
        _case("en-scr-chinese", "en", dict(victim_names=["张伟"], other_people=_people(("陈光", "律师"))),
              "Activist Zhang Wei was taken away by police; his lawyer Chen Guang was disbarred. Hong Kong "
              "media wrote 張偉 and 陳光.",
              [("Zhang Wei", 2), ("Chen Guang", 2), ("張偉", 2), ("陳光", 2)]),
        _case("es-scr-sokolov", "es", dict(victim_names=["Александр Соколов"]),
              "Aleksandr Sokolov fue detenido tras reunirse con la Relatora Especial.",
              [("Aleksandr Sokolov", 2)]),
        _case("fr-scr-sokolov", "fr", dict(victim_names=["Александр Соколов"]),
              "Alexandre Sokolov a été arrêté après avoir rencontré la Rapporteuse spéciale.",
              [("Alexandre Sokolov", 2)]),
        _case("uz-scr-rev", "uz", dict(victim_names=["Dilshod Rahimov"]),
              "Дилшод Раҳимов БМТ билан ҳамкорлик қилгани учун ҳибсга олинди.",
              [("Дилшод Раҳимов", 2)]),
    ]


# ---------------------------------------------------------------------------------------------
# 3. Joins and splits: compounds written joined or apart, a surname broken across a line.

def _joins() -> list[Case]:
    return [
        _case("ar-join-shammari", "ar", dict(
            victim_names=["عبد الرحمن الشمري"],
            other_people=_people(("عبدالله الشمري", "أخ"), ("نور الدين الشمري", "ابن عم"))),
            "اعتقل جهاز أمن الدولة عبدالرحمن الشمري بعد تواصله مع المفوضية السامية، واستُدعي شقيقه عبد الله "
            "للتحقيق، كما فُصل نورالدين من عمله.",
            [("عبدالرحمن", 3), ("عبد الله", 3), ("نورالدين", 3)]),
        _case("en-join-bensalah", "en", dict(victim_names=["Mohamed Ben Salah"]),
              "Mr Bensalah was dismissed after the UPR. Colleagues say Ben-Salah had been warned; the ministry "
              "letter names him BenSalah.",
              [("Bensalah", 3), ("Ben-Salah", 3), ("BenSalah", 3)]),
        _case("fr-join-abdelkader", "fr", dict(victim_names=["Abdelkader Mansouri"]),
              "Abd el Kader Mansouri a été placé en garde à vue. Selon sa famille, Abd-el-Kader n'a pas vu "
              "d'avocat ; le procès-verbal mentionne Abdel Kader M.",
              [("Abd el Kader", 3), ("Abd-el-Kader", 3), ("Abdel Kader", 3)]),
        _case("en-join-hyphen", "en", dict(victim_names=["Pavel Kravets"], other_people=_people(
            ("Yassine Trabelsi", "lawyer"))),
              "The lawyer, Mr Kra-\nvets, was detained on 2 April. His colleague Yassine Trabel-\nsi was "
              "questioned. A later note spells him Krav- ets.",
              [("Kra-\nvets", 3), ("Trabel-\nsi", 3), ("Krav- ets", 3)]),
        _case("sw-join-abubakar", "sw", dict(victim_names=["Abu Bakr Hassan"]),
              "Mtetezi Abubakar Hassan alikamatwa na polisi baada ya kuwasilisha taarifa kwa Baraza la Haki "
              "za Binadamu.",
              [("Abubakar", 3)]),
        _case("en-join-nurulhaq", "en", dict(victim_names=["Nurul Haq Amiri"]),
              "Journalist Nurulhaq Amiri was detained after his interview with UNAMA.",
              [("Nurulhaq", 3)]),
        _case("tr-join-abdurrahman", "tr", dict(victim_names=["Abdurrahman Kaya"]),
              "Abdur Rahman Kaya, BM Özel Raportörü ile görüştükten sonra gözaltına alındı.",
              [("Abdur Rahman", 3)]),
        _case("zh-join-wang", "zh", dict(victim_names=["王小明"]),
              "律师王 小明在向禁止酷刑委员会提交材料后被指定居所监视居住，网上也有人写作王·小明。",
              [("王 小明", 3), ("王·小明", 3)]),
        _case("ru-join-petrov", "ru", dict(victim_names=["Игорь Петров-Водкин"]),
              "Игорь Петров Водкин задержан после выступления на сессии СПЧ.",
              [("Петров Водкин", 3)]),
        _case("es-join-garcia", "es", dict(victim_names=["María José García-López"]),
              "La defensora María José García López fue amenazada; en otro documento figura como Garcia Lopez.",
              [("García López", 3), ("Garcia Lopez", 3)]),
        _case("fa-join-abdollahzadeh", "fa", dict(victim_names=["رضا عبدالله‌زاده"]),
              "رضا عبدالله زاده پس از ارسال گزارش بازداشت شد؛ در حکم دادگاه نام او عبداللهزاده آمده است.",
              [("عبدالله زاده", 3), ("عبداللهزاده", 3)]),
        _case("ar-join-abubakr", "ar", dict(victim_names=["أبو بكر السيد"]),
              "احتُجز أبوبكر السيد بعد لقائه بالفريق العامل المعني بالاحتجاز التعسفي.",
              [("أبوبكر", 3)]),
        _case("fr-join-elmansouri", "fr", dict(victim_names=["Karima El Mansouri"]),
              "Karima Elmansouri a été licenciée après sa participation à l'EPU.",
              [("Elmansouri", 3)]),
        _case("en-join-alamin", "en", dict(victim_names=["Osman Al-Amin"]),
              "Osman Alamin was arrested; a second report calls him Osman Al Amin.",
              [("Alamin", 3), ("Al Amin", 3)]),
        _case("es-join-delacruz", "es", dict(victim_names=["Luz Marina De la Cruz"]),
              "La lideresa Luz Marina Delacruz recibió amenazas tras su intervención ante el Comité.",
              [("Delacruz", 3)]),
        _case("en-join-abdelaziz", "en", dict(victim_names=["Abdel Aziz Idris"]),
              "Abdelaziz Idris, a lawyer, was disbarred after the session.",
              [("Abdelaziz", 3)]),
        _case("uz-join-abdulkarim", "uz", dict(victim_names=["Abdul Karim Toshev"]),
              "Abdulkarim Toshev BMT maxsus ma'ruzachisi bilan uchrashgandan keyin hibsga olindi.",
              [("Abdulkarim", 3)]),
        _case("ar-join-abdelkader", "ar", dict(victim_names=["عبد القادر منصوري"]),
              "قالت عائلة عبدالقادر منصوري إنه محتجز دون تهمة.",
              [("عبدالقادر", 3)]),
        _case("vi-join-hyphen", "vi", dict(victim_names=["Trần Thị Lan"]),
              "Bà Trần Thị La-\nn bị triệu tập sau khi gửi thông tin cho Báo cáo viên đặc biệt.",
              [("Trần Thị La-\nn", 3)]),
        _case("ru-join-hyphen", "ru", dict(victim_names=["Павел Кравец"]),
              "Адвоката Кра-\nвеца задержали 2 апреля.",
              [("Кра-\nвеца", 3)]),
    ]


# ---------------------------------------------------------------------------------------------
# 4. Parts and short forms: a given name alone, a surname with a title, initials, a nickname, a detail.

def _parts() -> list[Case]:
    gharsalli_details = ('Known locally as "Abu Yassin"; drives the only red minibus on the Kairouan road; '
                         'wears a prosthetic left leg.')
    return [
        _case("zh-part-wang", "zh", dict(victim_names=["王小明"], other_people=_people(("李秀英", "妻子"))),
              "[name withheld]律师在向联合国特别程序提交材料后被警方带走。王律师此前曾代理多起维权案件。小明的"
              "妻子李女士也被约谈，秀英表示家中被安装了监控。邻居称他为老王。",
              [("王律师", 4), ("小明", 4), ("李女士", 4), ("秀英", 4), ("老王", 4)]),
        _case("zh-part-zhang", "zh", dict(victim_names=["张伟"], other_people=_people(("陈光", "律师"))),
              "活动人士张某在参加人权理事会会议后被限制出境。张先生的律师陈律师被吊销执照。",
              [("张某", 4), ("张先生", 4), ("陈律师", 4)]),
        _case("en-part-wang", "en", dict(victim_names=["王小明"], other_people=_people(("李秀英", "妻子"))),
              "Mr Wang was taken away by police. Xiaoming had submitted information to the Committee; Ms Li "
              "was questioned twice.",
              [("Mr Wang", 4), ("Xiaoming", 4), ("Ms Li", 4)]),
        _case("en-part-okafor", "en", dict(victim_names=["Ngozi Eze"],
                                           other_people=_people(("Chinedu Okafor", "doctor, witness"))),
              "Mrs Eze was detained after she testified before the Human Rights Council. Dr. Okafor, who "
              "examined her, was later threatened; Dr Okafor left the State. Ngozi remains in custody. The "
              "charge sheet names 'N. Eze'; the police log says N.E.",
              [("Mrs Eze", 4), ("Dr. Okafor", 4), ("Dr Okafor", 4), ("Ngozi", 4), ("N. Eze", 4), ("N.E.", 4)]),
        _case("fr-part-diallo", "fr", dict(victim_names=["Aïssatou Bah"],
                                           other_people=_people(("Mamadou Diallo", "avocat"))),
              "Mme Bah a été arrêtée après sa rencontre avec l'Expert indépendant. Maître Diallo, son avocat, "
              "n'a pas pu la voir ; Me Diallo a saisi le procureur. Le procès-verbal mentionne A. Bah. "
              "Aïssatou est toujours détenue.",
              [("Mme Bah", 4), ("Maître Diallo", 4), ("Me Diallo", 4), ("A. Bah", 4), ("Aïssatou", 4)]),
        _case("ru-part-kravets", "ru", dict(victim_names=["Павел Андреевич Кравец"]),
              "г-н Кравец был задержан 19 марта. В постановлении суда указан П. Кравец, в протоколе — "
              "П. А. Кравец. Павел Андреевич отказался от дачи показаний; в списке значится Кравец П.А.",
              [("г-н Кравец", 4), ("П. Кравец", 4), ("П. А. Кравец", 4), ("Павел Андреевич", 4),
               ("Кравец П.А.", 4)]),
        _case("en-part-initials", "en", dict(victim_names=["Khalid Bin Saeed Al-Marri", "Yassine Trabelsi"]),
              "K.B.S. was held incommunicado for 40 days; Mr Al-Marri had briefed the Working Group. Khalid's "
              "family was not informed. His co-defendant Y. Trabelsi (Y.T. in the indictment) was released; "
              "Mr Trabelsi is under a travel ban.",
              [("K.B.S.", 4), ("Mr Al-Marri", 4), ("Khalid", 4), ("Y. Trabelsi", 4), ("Y.T.", 4),
               ("Mr Trabelsi", 4)]),
        _case("en-part-nickname", "en", dict(victim_names=["Mohamed Ali Gharsalli"],
                                             identifying_details=gharsalli_details),
              "Abu Yassin, a driver, was arrested after he spoke to the OHCHR team. Police stopped the red "
              "minibus twice that week. Neighbours say the man with a prosthetic left leg was beaten.",
              [("Abu Yassin", 4), ("red minibus", 4), ("prosthetic left leg", 4)]),
        _case("ar-part-kunya", "ar", dict(
            victim_names=["محمد الشريف"], other_people=_people(("فاطمة الزهراء", "زوجة")),
            identifying_details='يُعرف في حيّه بـ"أبو ياسين"؛ زوجته تُعرف بـ"أم محمد"؛ يعمل في المخبز الوحيد في القرية.'),
              "اعتُقل أبو ياسين بعد لقائه بفريق المفوضية، واستُدعيت أم محمد للتحقيق. وأُغلق المخبز الوحيد بعد ذلك. "
              "وقال الأستاذ الشريف إنه تعرض للضرب.",
              [("أبو ياسين", 4), ("أم محمد", 4), ("المخبز الوحيد", 4), ("الشريف", 4)]),
        _case("sw-part-pendo", "sw", dict(
            victim_names=["Mwanaisha Juma Bakari"],
            identifying_details='Anajulikana kama "Mama Pendo"; anauza samaki soko la Kongowea.'),
              "Mama Pendo alikamatwa baada ya kuzungumza na Mwandishi Maalum. Bi. Mwanaisha alihojiwa kwa saa "
              "sita; polisi walifika soko la Kongowea kumtafuta Bi. Bakari.",
              [("Mama Pendo", 4), ("Bi. Mwanaisha", 4), ("soko la Kongowea", 4), ("Bi. Bakari", 4)]),
        _case("vi-part-hung", "vi", dict(victim_names=["Nguyễn Văn Hùng"],
                                         identifying_details='Bút danh "Gió Bấc" trên Facebook.'),
              "Blogger Gió Bấc bị bắt sau khi gửi thông tin cho Báo cáo viên đặc biệt. Công an đã thẩm vấn anh "
              "Hùng ba lần; ông Hùng bị cấm xuất cảnh. Bản án ghi tên Nguyễn V. H.",
              [("Gió Bấc", 4), ("anh Hùng", 4), ("ông Hùng", 4), ("Nguyễn V. H.", 4)]),
        _case("tr-part-demir", "tr", dict(victim_names=["Mehmet Yılmaz"],
                                          other_people=_people(("Ayşe Demir", "avukat"))),
              "Mehmet Bey gözaltına alındı. Av. Demir müvekkiliyle görüşemedi; Ayşe Hanım baro aracılığıyla "
              "şikâyette bulundu. İddianamede M. Yılmaz, tutanakta M.Y. olarak geçiyor.",
              [("Mehmet Bey", 4), ("Av. Demir", 4), ("Ayşe Hanım", 4), ("M. Yılmaz", 4), ("M.Y.", 4)]),
        _case("fa-part-rezaei", "fa", dict(victim_names=["مریم رضایی"], other_people=_people(("علی رضایی", "برادر"))),
              "خانم رضایی پس از همکاری با گزارشگر ویژه بازداشت شد. آقای رضایی نیز احضار شد. در کیفرخواست نام "
              "او م. رضایی آمده است.",
              [("خانم رضایی", 4), ("آقای رضایی", 4), ("م. رضایی", 4)]),
        _case("es-part-quispe", "es", dict(victim_names=["Ana María Pérez Quispe"],
                                           other_people=_people(("Juan Mamani Condori", "esposo"))),
              "La defensora Quispe fue amenazada tras su intervención ante el Foro Permanente. La señora Pérez "
              "Quispe denunció los hechos; el Sr. Mamani fue golpeado. Ana María sigue en la zona. Doña Ana "
              "no ha recibido protección.",
              [("defensora Quispe", 4), ("Pérez Quispe", 4), ("Sr. Mamani", 4), ("Ana María", 4),
               ("Doña Ana", 4)]),
        _case("pt-part-raimundo", "pt", dict(
            victim_names=["Raimundo Kayapó da Silva"],
            identifying_details='Conhecido como "Seu Raimundo do Rio"; tem uma cicatriz no rosto.'),
              "Seu Raimundo foi ameaçado após participar do Fórum Permanente. Homens armados procuraram o "
              "homem com a cicatriz no rosto na aldeia. O Sr. Kayapó registrou queixa.",
              [("Seu Raimundo", 4), ("cicatriz no rosto", 4), ("Sr. Kayapó", 4)]),
        _case("uk-part-oksana", "uk", dict(victim_names=["Оксана Мельник"],
                                           other_people=_people(("Петро Кравець", "брат"))),
              "Пані Оксана отримувала погрози після розмови з Моніторинговою місією. Пан Кравець також "
              "отримав повістку. У протоколі — О. Мельник.",
              [("Пані Оксана", 4), ("Кравець", 4), ("О. Мельник", 4)]),
        _case("my-part-koko", "my", dict(victim_names=["ဦးအောင်ကိုကို"]),
              "ကိုကို ကို ကုလသမဂ္ဂ စုံစမ်းရေးအဖွဲ့နှင့် တွေ့ဆုံပြီးနောက် စစ်တပ်က ဖမ်းဆီးခဲ့သည်။ ဦးအောင် ၏ မိသားစုကို ခြိမ်းခြောက်ခဲ့သည်။",
              [("ကိုကို", 4), ("ဦးအောင်", 4)]),
        _case("uz-part-karimov", "uz", dict(victim_names=["Shuxrat Karimov"]),
              "Sh. Karimov hibsga olindi. Qo'shnilar Shuxrat aka kaltaklanganini aytishdi; tergovchi Karimov "
              "akani tahdid qildi.",
              [("Sh. Karimov", 4), ("Shuxrat aka", 4), ("Karimov", 4, "summary", 1)]),
        _case("ru-part-source", "ru", dict(victim_names=["Лев Морозов"],
                                           source_contact="Через двоюродного брата, аптека на Красной, 12"),
              "Связь с семьёй поддерживалась через аптеку на Красной; после обыска аптека на Красной закрыта.",
              [("аптека на Красной", 4)]),
        _case("en-part-source", "en", dict(victim_names=["Salma Ben Youssef"],
                                           source_contact="Via her cousin at the Bab Souika pharmacy, +216 71 555 010"),
              "The organisation reached her through the Bab Souika pharmacy until it was raided.",
              [("Bab Souika pharmacy", 4)]),
        _case("en-part-detail", "en", dict(victim_names=["Ilhom Nazarov"],
                                           identifying_details="Only Pamiri-speaking imam in the Rushon mosque; "
                                                               "limps since a 2012 mine injury."),
              "The only Pamiri-speaking imam in the district was summoned; he limps since a 2012 mine injury.",
              [("Pamiri-speaking imam", 4), ("2012 mine injury", 4)]),
    ]


# ---------------------------------------------------------------------------------------------
# 5. Numbers: phone and ID digits with other separators, other digit sets, letters spaced.

_AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_MY_DIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")
_FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@."}


def _fullwidth(text: str) -> str:
    return "".join(_FULLWIDTH.get(c, c) for c in text)


def _numbers() -> list[Case]:
    tunisia = dict(
        victim_names=["Salma Ben Youssef"],
        victim_contacts="Mobile: +216 98 765 432\nWhatsApp: +216 22 134 567\nLandline (mother): 73 221 904",
        id_numbers=["14765432", "AB452190"])
    russia = dict(victim_names=["Павел Кравец"], victim_contacts="+7 918 123-45-67 (Telegram тоже)",
                  id_numbers=["45 12 678901"])
    china = dict(victim_names=["王小明"], victim_contacts="手机 138 1234 5678", id_numbers=["110105198903150012"])
    iran = dict(victim_names=["مریم رضایی"], victim_contacts="موبایل: 0912 345 6789", id_numbers=["0012345678"])
    colombia = dict(victim_names=["Ana María Pérez Quispe"], victim_contacts="Cel. +57 312 456 7890",
                    id_numbers=["1.061.234.567"])
    turkey = dict(victim_names=["Mehmet Yılmaz"], victim_contacts="0532 123 45 67", id_numbers=["12345678950"])
    vietnam = dict(victim_names=["Nguyễn Văn Hùng"], victim_contacts="ĐT: 0912 345 678", id_numbers=["001089012345"])
    kenya = dict(victim_names=["Wanjiru Kamau"], victim_contacts="+254 712 345 678", id_numbers=["23456789"])
    myanmar = dict(victim_names=["ဦးအောင်ကိုကို"], victim_contacts="09 450 123 456")
    uzbekistan = dict(victim_names=["Shuxrat Karimov"], victim_contacts="+998 90 123 45 67", id_numbers=["AA1234567"])
    ukraine = dict(victim_names=["Оксана Мельник"], victim_contacts="+380 67 123 4567")
    return [
        _case("en-num-tunisia", "en", tunisia, {
            "summary": "The defender was called from 98.765.432 the day before her arrest; a second number, "
                       "98/765432, was listed in the police report. Her WhatsApp 22 13 45 67 was then blocked. "
                       "Her identity card no. 14.765.432 and passport AB-452-190 were confiscated.",
            "follow_up:new": "Her family can be reached on 73.221.904. The court file cites card 14 765 432 "
                             "and passport A B 4 5 2 1 9 0; an earlier page has ab 452190 and AB452 190."},
            [("98.765.432", 5), ("98/765432", 5), ("22 13 45 67", 5), ("14.765.432", 5), ("AB-452-190", 5),
             ("73.221.904", 5, "follow_up:new"), ("14 765 432", 5, "follow_up:new"),
             ("A B 4 5 2 1 9 0", 5, "follow_up:new"), ("ab 452190", 5, "follow_up:new"),
             ("AB452 190", 5, "follow_up:new")]),
        _case("ar-num-tunisia", "ar", tunisia,
              "اتصل بها ضابط من الرقم ٩٨٧٦٥٤٣٢ ثم من ٢٢١٣٤٥٦٧، وصودرت بطاقة تعريفها رقم ١٤٧٦٥٤٣٢. وأرسلت "
              "رسالة إلى +21698765432 و00216 98765432.",
              [("٩٨٧٦٥٤٣٢", 5), ("٢٢١٣٤٥٦٧", 5), ("١٤٧٦٥٤٣٢", 5), ("+21698765432", 5), ("00216 98765432", 5)]),
        _case("fr-num-tunisia", "fr", tunisia,
              "Elle a été appelée au 98 76 54 32 puis au 98-765-432 ; sa carte (" + _fullwidth("14765432") +
              ") a été saisie. Numéro WhatsApp : " + _fullwidth("22134567") + ".",
              [("98 76 54 32", 5), ("98-765-432", 5), (_fullwidth("14765432"), 5), (_fullwidth("22134567"), 5)]),
        _case("ru-num-kravets", "ru", russia,
              "Ему звонили с угрозами, а его номер 8 (918) 123 45 67 опубликовали в канале; позже — 89181234567 "
              "и 918.123.45.67. Паспорт 4512 678901 изъят; в протоколе — 4512678901, в описи — 45-12-678901.",
              [("8 (918) 123 45 67", 5), ("89181234567", 5), ("918.123.45.67", 5), ("4512 678901", 5),
               ("4512678901", 5), ("45-12-678901", 5)]),
        _case("zh-num-wang", "zh", china,
              "警方多次拨打其手机13812345678，并在通知中写明138-1234-5678及" + _fullwidth("13812345678") +
              "。其身份证号110105 19890315 0012被公布，另一份文件写作1101 0519 8903 1500 12。",
              [("13812345678", 5), ("138-1234-5678", 5), (_fullwidth("13812345678"), 5),
               ("110105 19890315 0012", 5), ("1101 0519 8903 1500 12", 5)]),
        _case("fa-num-rezaei", "fa", iran,
              "مأموران با شماره ۰۹۱۲۳۴۵۶۷۸۹ تماس گرفتند؛ پیامک دیگری به ٠٩١٢٣٤٥٦٧٨٩ و 0912-345-6789 ارسال شد. "
              "کد ملی او ۰۰۱۲۳۴۵۶۷۸ و 001-234567-8 در کیفرخواست آمده است.",
              [("۰۹۱۲۳۴۵۶۷۸۹", 5), ("٠٩١٢٣٤٥٦٧٨٩", 5), ("0912-345-6789", 5), ("۰۰۱۲۳۴۵۶۷۸", 5),
               ("001-234567-8", 5)]),
        _case("es-num-quispe", "es", colombia,
              "Recibió amenazas al 3124567890 y al 312-456-78-90. La Fiscalía publicó su cédula 1061234567 "
              "(1 061 234 567 en otro oficio).",
              [("3124567890", 5), ("312-456-78-90", 5), ("1061234567", 5), ("1 061 234 567", 5)]),
        _case("tr-num-yilmaz", "tr", turkey,
              "Yılmaz'a 05321234567 numarasından mesaj gönderildi; 532.123.45.67 numarası sosyal medyada "
              "paylaşıldı. TC kimlik no: 123 456 789 50.",
              [("05321234567", 5), ("532.123.45.67", 5), ("123 456 789 50", 5)]),
        _case("vi-num-hung", "vi", vietnam,
              "Ông bị gọi điện đe dọa từ số 0912.345.678 và 091 234 5678; số CCCD 001 089 012 345 bị đăng lên mạng.",
              [("0912.345.678", 5), ("091 234 5678", 5), ("001 089 012 345", 5)]),
        _case("sw-num-kamau", "sw", kenya,
              "Alipigiwa simu kutoka 0712345678 na 0712 345 678; nambari yake ya kitambulisho 23 456 789 "
              "ilichapishwa.",
              [("0712345678", 5), ("0712 345 678", 5), ("23 456 789", 5)]),
        _case("my-num-koko", "my", myanmar,
              "သူ့ဖုန်းနံပါတ် " + "09450123456".translate(_MY_DIGITS) + " နှင့် 09-450-123456 ကို ထုတ်ပြန်ခဲ့သည်။",
              [("09450123456".translate(_MY_DIGITS), 5), ("09-450-123456", 5)]),
        _case("uz-num-karimov", "uz", uzbekistan,
              "Unga 90 1234567 va 901234567 raqamlaridan qo'ng'iroq qilishdi; pasporti AA 1234567 musodara qilindi.",
              [("90 1234567", 5), ("901234567", 5), ("AA 1234567", 5)]),
        _case("uk-num-melnyk", "uk", ukraine,
              "Їй телефонували з погрозами на 067-123-45-67; номер 0671234567 поширили в Telegram.",
              [("067-123-45-67", 5), ("0671234567", 5)]),
        _case("zh-num-masked", "zh", china,
              "判决书仅部分遮盖了其身份证号：1101051989****0012。",
              [("1101051989****0012", 5)]),
        _case("fr-num-passport", "fr", tunisia,
              "Son passeport (A B452190) a été confisqué à l'aéroport ; la décision cite le passeport n° AB 452 190.",
              [("A B452190", 5), ("AB 452 190", 5)]),
        _case("fa-num-arabic-id", "fa", iran,
              "شماره ملی ۰۰۱-۲۳۴۵۶۷-۸ در نامه آمده است.",
              [("۰۰۱-۲۳۴۵۶۷-۸", 5)]),
    ]


# ---------------------------------------------------------------------------------------------
# 6. Obfuscated contacts: e-mail written out, handles without "@", profile paths without the host.

def _contacts() -> list[Case]:
    barsky = dict(victim_names=["Konstantin Barsky"],
                  victim_contacts="k.barsky@proton.me\nkbarsky@mail.ru\nTelegram: @kravets_pavel88 (brother-in-law)")
    mansour = dict(victim_names=["Salma Ben Youssef"],
                   victim_contacts="https://www.facebook.com/leila.mansour.tn\n"
                                   "https://www.linkedin.com/in/leila-mansour-7b2a\nX: @salma_by_tn")
    return [
        _case("en-mail-barsky", "en", barsky,
              "He can be reached at k.barsky (at) proton (dot) me or k dot barsky at proton dot me; the older "
              "address kbarsky[@]mail.ru was hacked. Investigators also found k.barsky[at]proton[.]me in a "
              "leaked list, and his brother-in-law's Telegram handle kravets_pavel88.",
              [("k.barsky (at) proton (dot) me", 6), ("k dot barsky at proton dot me", 6),
               ("kbarsky[@]mail.ru", 6), ("k.barsky[at]proton[.]me", 6), ("kravets_pavel88", 6)]),
        _case("ru-mail-barsky", "ru", barsky,
              "Писать ему можно на k.barsky собака proton точка me или kbarsky at mail dot ru; канал родственника — "
              "t.me/kravets_pavel88.",
              [("k.barsky собака proton точка me", 6), ("kbarsky at mail dot ru", 6), ("t.me/kravets_pavel88", 6)]),
        _case("es-mail-barsky", "es", barsky,
              "Su correo k.barsky arroba proton punto me fue publicado en un foro.",
              [("k.barsky arroba proton punto me", 6)]),
        _case("fr-mail-barsky", "fr", barsky,
              "Son adresse k.barsky arobase proton point me circule sur des forums ; k.barsky @ proton . me aussi.",
              [("k.barsky arobase proton point me", 6), ("k.barsky @ proton . me", 6)]),
        _case("en-profile-mansour", "en", mansour,
              "Smear posts were shared from facebook/leila.mansour.tn and from the page /leila.mansour.tn; her "
              "professional profile in/leila-mansour-7b2a was reported. The account salma_by_tn was suspended.",
              [("facebook/leila.mansour.tn", 6), ("/leila.mansour.tn", 6, "summary", 1),
               ("in/leila-mansour-7b2a", 6), ("salma_by_tn", 6)]),
        _case("sw-profile-wanjiru", "sw", dict(victim_names=["Wanjiru Kamau"],
                                               victim_contacts="Instagram: @wanjiru_haki\nwanjiru.kamau@gmail.com"),
              "Picha zake zilisambazwa kutoka akaunti wanjiru_haki; barua pepe wanjiru.kamau kwenye gmail "
              "ilidukuliwa.",
              [("wanjiru_haki", 6), ("wanjiru.kamau", 6)]),
        _case("vi-profile-hung", "vi", dict(victim_names=["Nguyễn Văn Hùng"],
                                            victim_contacts="https://x.com/hung_giobac\nhung.giobac@gmail.com"),
              "Tài khoản hung_giobac bị khóa; địa chỉ hung.giobac (a) gmail.com bị lộ.",
              [("hung_giobac", 6), ("hung.giobac (a) gmail.com", 6)]),
        _case("zh-wechat-wang", "zh", dict(victim_names=["王小明"], victim_contacts="微信 wangxm1989；QQ 48213377"),
              "警方要求其删除微信号wangxm1989上的内容，并封禁了QQ号：48213377。",
              [("wangxm1989", 6), ("48213377", 6)]),
        _case("ar-mail-layla", "ar", dict(victim_names=["ليلى عبد الرحمن"],
                                          victim_contacts="layla.abdulrahman@gmail.com"),
              "نُشر بريدها layla.abdulrahman على gmail نقطة com في حساب مجهول، وكذلك layla.abdulrahman at gmail.",
              [("layla.abdulrahman على gmail نقطة com", 6), ("layla.abdulrahman at gmail", 6)]),
        _case("fa-mail-rezaei", "fa", dict(victim_names=["مریم رضایی"], victim_contacts="maryam.rz1990@gmail.com\n"
                                                                                      "Instagram: maryam.rz.1990"),
              "ایمیل او maryam.rz1990 at gmail dot com و صفحه instagram/maryam.rz.1990 منتشر شد.",
              [("maryam.rz1990 at gmail dot com", 6), ("instagram/maryam.rz.1990", 6)]),
        _case("tr-mail-demir", "tr", dict(victim_names=["Mehmet Yılmaz"], other_people=_people(("Ayşe Demir", "avukat")),
                                          victim_contacts="avukat: ayse.demir.av@hotmail.com"),
              "Avukatın e-posta adresi ayse.demir.av (at) hotmail (nokta) com sosyal medyada paylaşıldı.",
              [("ayse.demir.av (at) hotmail (nokta) com", 6)]),
        _case("pt-skype-raimundo", "pt", dict(victim_names=["Raimundo Kayapó da Silva"],
                                              victim_contacts="Skype live:raimundo.kayapo; WhatsApp via filha"),
              "As ameaças chegaram pelo Skype live:raimundo.kayapo e pelo perfil raimundo.kayapo.",
              [("live:raimundo.kayapo", 6), ("raimundo.kayapo", 6, "summary", 1)]),
        _case("uk-mail-melnyk", "uk", dict(victim_names=["Оксана Мельник"], victim_contacts="oksana.melnyk@ukr.net"),
              "Її адресу oksana.melnyk на ukr.net опублікував анонімний канал; oksana.melnyk(at)ukr.net теж.",
              [("oksana.melnyk на ukr.net", 6), ("oksana.melnyk(at)ukr.net", 6)]),
        _case("en-path-youtube", "en", dict(victim_names=["Ilhom Nazarov"],
                                            victim_contacts="https://www.youtube.com/@ilhom_rushon"),
              "His videos on youtube/@ilhom_rushon were removed after the visit; the channel ilhom_rushon is gone.",
              [("youtube/@ilhom_rushon", 6), ("ilhom_rushon", 6, "summary", 1)]),
    ]


# ---------------------------------------------------------------------------------------------
# 7. Look-alikes and encodings: generated from a name and a transformation, one form per case.

_CYR_FOR_LATIN = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і",
                  "K": "К", "P": "Р", "O": "О", "T": "Т", "M": "М", "A": "А", "B": "В", "H": "Н", "C": "С"}
_LATIN_FOR_CYR = {v: k for k, v in _CYR_FOR_LATIN.items()}


def _middle(name: str, mark: str) -> str:
    return name[: len(name) // 2] + mark + name[len(name) // 2:]


def _swap_first(name: str, table: dict) -> str:
    for i, ch in enumerate(name):
        if ch in table and i > 0:
            return name[:i] + table[ch] + name[i + 1:]
    raise ValueError(name)


def _math_bold(name: str) -> str:
    return "".join(chr(0x1D400 + ord(c) - 65) if "A" <= c <= "Z" else chr(0x1D41A + ord(c) - 97)
                   if "a" <= c <= "z" else c for c in name)


def _entities(name: str) -> str:
    return "".join(f"&#{ord(c)};" if ord(c) > 127 or c.isalpha() and i % 2 else c for i, c in enumerate(name))


_NAMED = {"é": "&eacute;", "á": "&aacute;", "Á": "&Aacute;", "í": "&iacute;", "ó": "&oacute;", "ü": "&uuml;",
          "ñ": "&ntilde;", "ç": "&ccedil;", "ï": "&iuml;", "ş": "&#351;", "ı": "&#305;"}


LATIN_TRANSFORMS = {
    "cyrillic letter": lambda n: _swap_first(n, _CYR_FOR_LATIN),
    "greek omicron": lambda n: n.replace("o", "ο", 1) if "o" in n else n.replace("a", "α", 1),
    "fullwidth": _fullwidth,
    "zero-width space": lambda n: _middle(n, "\u200b"),
    "zero-width joiner": lambda n: _middle(n, "\u200d"),
    "soft hyphen": lambda n: _middle(n, "\u00ad"),
    "bidi isolate": lambda n: "\u2066" + n + "\u2069",
    "right-to-left mark": lambda n: _middle(n, "\u200f"),
    "mathematical bold": _math_bold,
    "numeric entities": _entities,
    "letter-spaced": lambda n: " ".join(n.replace(" ", "")),
    "percent-encoded link": lambda n: "https://example.org/search?q=" + urllib.parse.quote(n),
    "plus-encoded link": lambda n: "https://news.example.net/?s=" + urllib.parse.quote_plus(n),
}
NONLATIN_TRANSFORMS = {
    "latin letter in cyrillic": lambda n: _swap_first(n, _LATIN_FOR_CYR),
    "zero-width space": lambda n: _middle(n, "\u200b"),
    "zero-width non-joiner": lambda n: _middle(n, "\u200c"),
    "soft hyphen": lambda n: _middle(n, "\u00ad"),
    "numeric entities": lambda n: "".join(f"&#{ord(c)};" for c in n),
    "hex entities": lambda n: "".join(f"&#x{ord(c):X};" for c in n),
    "percent-encoded link": lambda n: "https://example.org/search?q=" + urllib.parse.quote(n),
    "bidi override": lambda n: "\u202b" + n + "\u202c",
}
ARABIC_TRANSFORMS = {
    "tatweel": lambda n: _middle(n, "ـــ"),
    "arabic yeh and kaf for persian": lambda n: n.replace("ی", "ي").replace("ک", "ك"),
    "zero-width non-joiner": lambda n: _middle(n, "\u200c"),
    "numeric entities": lambda n: "".join(f"&#{ord(c)};" for c in n),
    "percent-encoded link": lambda n: "https://example.org/search?q=" + urllib.parse.quote(n),
    "right-to-left mark": lambda n: _middle(n, "\u200f"),
}


def _lookalikes() -> list[Case]:
    targets = [
        ("en", dict(victim_names=["Pavel Kravets"]), "Pavel Kravets",
         "The lawyer {} was detained in Krasnodar after briefing the Committee against Torture.", LATIN_TRANSFORMS),
        ("fr", dict(victim_names=["Yassine Trabelsi"]), "Trabelsi",
         "M. {} a été placé en garde à vue après sa participation à l'EPU.",
         {k: LATIN_TRANSFORMS[k] for k in ("cyrillic letter", "zero-width space", "soft hyphen", "fullwidth",
                                           "numeric entities", "percent-encoded link")}),
        ("es", dict(victim_names=["José Álvarez"]), "José Álvarez",
         "El periodista {} recibió amenazas tras su testimonio ante el Comité.",
         {"html named entities": lambda n: "".join(_NAMED.get(c, c) for c in n),
          "combining accents": lambda n: n.replace("é", "e\u0301").replace("Á", "A\u0301"),
          "cyrillic letter": LATIN_TRANSFORMS["cyrillic letter"],
          "percent-encoded link": LATIN_TRANSFORMS["percent-encoded link"]}),
        ("tr", dict(victim_names=["Barış Şahin"]), "Barış Şahin",
         "Gazeteci {} BM Özel Raportörü ile görüştükten sonra gözaltına alındı.",
         {"html entities": lambda n: "".join(_NAMED.get(c, c) for c in n),
          "zero-width joiner": LATIN_TRANSFORMS["zero-width joiner"],
          "percent-encoded link": LATIN_TRANSFORMS["percent-encoded link"]}),
        ("sw", dict(victim_names=["Wanjiru Kamau"]), "Wanjiru Kamau",
         "Mtetezi {} alitishiwa baada ya kuzungumza na Baraza.",
         {k: LATIN_TRANSFORMS[k] for k in ("cyrillic letter", "greek omicron", "zero-width space",
                                           "mathematical bold")}),
        ("ru", dict(victim_names=["Павел Кравец"]), "Кравец",
         "Адвокат {} задержан после брифинга для Комитета против пыток.", NONLATIN_TRANSFORMS),
        ("uk", dict(victim_names=["Оксана Мельник"]), "Оксана Мельник",
         "Вчительку {} затримали після розмови з Моніторинговою місією.",
         {k: NONLATIN_TRANSFORMS[k] for k in ("latin letter in cyrillic", "zero-width space", "numeric entities")}),
        ("ar", dict(victim_names=["ليلى منصوري"]), "منصوري",
         "اعتُقلت المدافعة ليلى {} بعد مشاركتها في الدورة 55.", ARABIC_TRANSFORMS),
        ("fa", dict(victim_names=["مریم کریمی"]), "مریم کریمی",
         "{} پس از همکاری با گزارشگر ویژه بازداشت شد.",
         {k: ARABIC_TRANSFORMS[k] for k in ("arabic yeh and kaf for persian", "tatweel", "zero-width non-joiner")}),
        ("zh", dict(victim_names=["王小明"]), "王小明",
         "律师{}在向禁止酷刑委员会提交材料后被带走。",
         {k: NONLATIN_TRANSFORMS[k] for k in ("zero-width space", "numeric entities", "percent-encoded link")}),
    ]
    cases = []
    for language, private, name, template, transforms in targets:
        for label, transform in transforms.items():
            form = transform(name)
            slug = label.replace(" ", "-")
            cases.append(_case(f"{language}-look-{slug}", language, private, template.format(form), [(form, 7)]))
    return cases


# ---------------------------------------------------------------------------------------------
# 8. Listed nowhere: people and places named only in private free text (or nowhere), then copied out.

def _listed_nowhere() -> list[Case]:
    return [
        _case("en-ner-sohar", "en", dict(
            victim_names=["Salma Al-Harthy"],
            original_narrative="Salma was taken from her home in the Al-Nour quarter of Sohar on 4 May. Her "
                               "neighbour, Hamad Al-Balushi, saw four men in plain clothes. She was examined "
                               "afterwards by Dr Fatma Al-Siyabi at the Sohar Polyclinic."), {
            "summary": "A neighbour, Hamad Al-Balushi, witnessed the arrest of [name withheld] in the Al-Nour "
                       "quarter. Dr Fatma Al-Siyabi documented bruises at the Sohar Polyclinic.",
            "region": "OM-BS"},
            [("Hamad Al-Balushi", 8), ("Al-Nour quarter", 8), ("Fatma Al-Siyabi", 8), ("Sohar Polyclinic", 8)]),
        _case("fr-ner-messages", "fr", dict(victim_names=["Salma Ben Youssef"]), {
            "summary": "[name withheld] a été convoquée après la 55e session du Conseil.",
            "follow_up:new": "Son frère Karim a également été interrogé au poste de Menzel Bourguiba."},
            [("Karim", 8, "follow_up:new"), ("Menzel Bourguiba", 8, "follow_up:new")],
            context=dict(messages=("Oui, son frère Karim a aussi été interrogé au poste de Menzel Bourguiba.",))),
        _case("es-ner-evidence", "es", dict(
            victim_names=["Ana María Pérez Quispe"],
            evidence_notes="Certificado médico firmado por la Dra. Lucía Ortega Ramírez, Hospital San Rafael de "
                           "Inzá; testimonio del vecino Wilmer Ararat."),
            "La Dra. Lucía Ortega Ramírez certificó lesiones en el Hospital San Rafael; el vecino Wilmer Ararat "
            "presenció la agresión contra [name withheld].",
            [("Lucía Ortega Ramírez", 8), ("Hospital San Rafael", 8), ("Wilmer Ararat", 8)]),
        _case("ru-ner-internal", "ru", dict(
            victim_names=["Лев Морозов"],
            internal_notes="Адвокат — Сергей Витальевич Громов (в анкете не указан); свидетель — соседка Нина "
                           "Фёдоровна; сын учится в школе № 17 Армавира."),
            "Адвокат Сергей Громов подал жалобу; соседка Нина Фёдоровна видела задержание. Сына [name "
            "withheld] вызывали к директору школы № 17.",
            [("Сергей Громов", 8), ("Нина Фёдоровна", 8), ("школы № 17", 8)]),
        _case("zh-ner-narrative", "zh", dict(
            victim_names=["王小明"],
            original_narrative="他的邻居赵建国目睹了抓捕过程。他被关押在涞水县看守所，女儿在涞水县第二中学读书。"),
            "邻居赵建国目睹了抓捕过程。[name withheld]被关押在涞水县看守所，其女儿所在的涞水县第二中学也受到警告。",
            [("赵建国", 8), ("涞水县看守所", 8), ("涞水县第二中学", 8)]),
        _case("ar-ner-narrative", "ar", dict(
            victim_names=["سمير الحداد"],
            original_narrative="شهد الجار أبو فيصل المداهمة في حي التضامن، وكان ابنه في مدرسة الفارابي."),
            "شهد الجار أبو فيصل مداهمة منزل [name withheld] في حي التضامن، واستُدعي مدير مدرسة الفارابي.",
            [("أبو فيصل", 8), ("حي التضامن", 8), ("مدرسة الفارابي", 8)]),
        _case("en-ner-nowhere", "en", dict(victim_names=["Dilshod Rahimov"]),
              "The witness, Rahim Bekov, said that [name withheld] was taken to the Chilanzar district police "
              "station; his cousin Farrukh Usmonov was also beaten.",
              [("Rahim Bekov", 8), ("Chilanzar", 8), ("Farrukh Usmonov", 8)]),
        _case("uz-ner-nowhere", "uz", dict(victim_names=["Dilshod Rahimov"]),
              "Guvoh Dilnoza Yusupova [name withheld] Yunusobod mahallasida ushlanganini aytdi.",
              [("Dilnoza Yusupova", 8), ("Yunusobod mahallasi", 8)]),
        _case("fa-ner-narrative", "fa", dict(
            victim_names=["مریم رضایی"],
            original_narrative="وکیل او، آقای بهرام نوری، اجازه ملاقات نیافت. دخترش در دبیرستان فرزانگان سنندج درس می‌خواند."),
            "وکیل [name withheld]، بهرام نوری، اجازه ملاقات نیافت و مدیر دبیرستان فرزانگان نیز احضار شد.",
            [("بهرام نوری", 8), ("دبیرستان فرزانگان", 8)]),
        _case("tr-ner-retraction", "tr", dict(victim_names=["Mehmet Yılmaz"]), {
            "summary": "[name withheld] BM'ye bilgi verdikten sonra gözaltına alındı.",
            "follow_up:new": "Düzeltme: gözaltı Bağlar Mahallesi'nde değil, Kayapınar'da gerçekleşti.",
            "retraction_reason": "Kaynağımız Av. Zeynep Aksoy, başvurunun başka bir kişiye ait olduğunu bildirdi."},
            [("Bağlar Mahallesi", 8, "follow_up:new"), ("Kayapınar", 8, "follow_up:new"),
             ("Zeynep Aksoy", 8, "retraction_reason")]),
        _case("vi-ner-messages", "vi", dict(victim_names=["Nguyễn Văn Hùng"]),
              "Vợ của [name withheld], chị Trần Thị Lan, bị công an xã Kỳ Tân triệu tập.",
              [("Trần Thị Lan", 8), ("xã Kỳ Tân", 8)],
              context=dict(messages=("Vợ anh ấy là chị Trần Thị Lan, sống ở xã Kỳ Tân.",))),
        _case("sw-ner-evidence", "sw", dict(
            victim_names=["Wanjiru Kamau"],
            evidence_notes="Ripoti ya Daktari Ochieng wa Zahanati ya Bamburi; shahidi: jirani yake Halima Rashid."),
            "Daktari Ochieng wa Zahanati ya Bamburi alithibitisha majeraha; jirani Halima Rashid aliona tukio "
            "katika mtaa wa Kisauni.",
            [("Daktari Ochieng", 8), ("Zahanati ya Bamburi", 8), ("Halima Rashid", 8), ("Kisauni", 8)]),
        _case("pt-ner-narrative", "pt", dict(
            victim_names=["Raimundo Kayapó da Silva"],
            original_narrative="O cacique Joaquim Parakanã acompanhou a denúncia; a aldeia Kriny foi cercada."),
            "O cacique Joaquim Parakanã acompanhou a denúncia de [name withheld]; a aldeia Kriny foi cercada "
            "por pistoleiros.",
            [("Joaquim Parakanã", 8), ("aldeia Kriny", 8)]),
        _case("my-ner-nowhere", "my", dict(victim_names=["ဦးအောင်ကိုကို"]),
              "မျက်မြင်သက်သေ ကိုဇော်ဝင်း က [name withheld] ကို ရွာသစ်ကုန်း ကျေးရွာတွင် ဖမ်းဆီးသွားသည်ဟု ပြောသည်။",
              [("ကိုဇော်ဝင်း", 8), ("ရွာသစ်ကုန်း", 8)]),
        _case("uk-ner-internal", "uk", dict(
            victim_names=["Оксана Мельник"],
            internal_notes="Свідок — вчителька школи № 3 села Чорнобаївка Людмила Гнатюк."),
            "Вчителька Людмила Гнатюк бачила, як [name withheld] вивели зі школи в Чорнобаївці.",
            [("Людмила Гнатюк", 8), ("Чорнобаївці", 8)]),
        _case("en-ner-title", "en", dict(
            victim_names=["Yassine Trabelsi"],
            internal_notes="His lawyer Hamdi Zouari was disbarred in June; not in the form."), {
            "title": "Lawyer Hamdi Zouari disbarred after client's UPR submission",
            "summary": "The lawyer of [name withheld] was disbarred in June 2024 by decision of the Bar council."},
            [("Hamdi Zouari", 8, "title")]),
        _case("en-ner-correction", "en", dict(victim_names=["Ngozi Eze"]), {
            "summary": "[name withheld] was detained in [location withheld] on [date withheld].",
            "follow_up:new": "Correction: the detention took place at Area K police station in Ikoyi, not in "
                             "Surulere; Barrister Tunde Adeyemi represents her."},
            [("Area K police station", 8, "follow_up:new"), ("Ikoyi", 8, "follow_up:new"),
             ("Surulere", 8, "follow_up:new"), ("Tunde Adeyemi", 8, "follow_up:new")]),
        _case("fr-ner-school", "fr", dict(
            victim_names=["Aïssatou Bah"],
            original_narrative="Elle enseigne au lycée Hoggo Mbouro de Labé ; son oncle, El Hadj Thierno "
                               "Sow, a été menacé."),
            "[name withheld], enseignante au lycée Hoggo Mbouro, a été suspendue ; son oncle El Hadj "
            "Thierno Sow a été menacé.",
            [("lycée Hoggo Mbouro", 8), ("Thierno Sow", 8)]),
        _case("es-ner-retraction", "es", dict(victim_names=["Luz Marina De la Cruz"]), {
            "summary": "[name withheld] fue amenazada tras su intervención ante el Comité.",
            "retraction_reason": "El señor Álvaro Tumbo Quilcué, gobernador del resguardo de Huellas, informó que los "
                                 "hechos no ocurrieron en la vereda El Credo."},
            [("Álvaro Tumbo Quilcué", 8, "retraction_reason"), ("resguardo de Huellas", 8, "retraction_reason"),
             ("vereda El Credo", 8, "retraction_reason")]),
    ]


# ---------------------------------------------------------------------------------------------
# 9. The source: the submitting organisation (name, acronym, alias) or the submitting person.

def _source() -> list[Case]:
    gcd = dict(organisation_names=("Gulf Centre for Defenders", "GCD", "Gulf Defenders Centre"),
               submitter_names=("Leila Mansour",))
    return [
        _case("en-src-gcd", "en", dict(victim_names=["Salma Al-Harthy"]), {
            "summary": "According to the Gulf Centre for Defenders, [name withheld] was detained on 4 May. GCD "
                       "reported the case to the Special Rapporteur; Leila Mansour of the Centre was then "
                       "threatened online.",
            "follow_up:new": "GCD's director Ms Mansour told the registry that the Gulf Defenders Centre has "
                             "received no reply."},
            [("Gulf Centre for Defenders", 9), ("GCD", 9), ("Leila Mansour", 9), ("GCD", 9, "follow_up:new"),
             ("Ms Mansour", 9, "follow_up:new"), ("Gulf Defenders Centre", 9, "follow_up:new")], context=gcd),
        _case("ar-src-gcd", "ar", dict(victim_names=["سلمى الحارثي"]),
              "وأفاد مركز الخليج للمدافعين بأن [name withheld] اعتُقلت. وقالت ليلى منصور إن السلطات وجهت تهديدات "
              "لمركز الخليج للمدافعين، وإن GCD أبلغت المقرر الخاص.",
              [("مركز الخليج للمدافعين", 9), ("ليلى منصور", 9), ("لمركز الخليج للمدافعين", 9), ("GCD", 9)],
              context=dict(organisation_names=("مركز الخليج للمدافعين", "GCD"), submitter_names=("ليلى منصور",))),
        _case("ru-src-pisk", "ru", dict(victim_names=["Лев Морозов"]),
              "По данным «Правового щита Кавказа», [name withheld] задержан 12 мая. ПЩК направил обращение; "
              "Зарема Алиева сообщила об угрозах, а Алиевой позже звонили из полиции.",
              [("Правового щита Кавказа", 9), ("ПЩК", 9), ("Зарема Алиева", 9), ("Алиевой", 9)],
              context=dict(organisation_names=("Правовой щит Кавказа", "ПЩК"),
                           submitter_names=("Зарема Алиева",))),
        _case("es-src-apdhc", "es", dict(victim_names=["Luz Marina De la Cruz"]),
              "Según la APDHC, [name withheld] fue amenazada. La Asociación Pro Derechos Humanos del Cauca "
              "informó que Diana Muñoz acompañó la denuncia.",
              [("APDHC", 9), ("Asociación Pro Derechos Humanos del Cauca", 9), ("Diana Muñoz", 9)],
              context=dict(organisation_names=("Asociación Pro Derechos Humanos del Cauca", "APDHC"),
                           submitter_names=("Diana Muñoz Yule",))),
        _case("sw-src-khbp", "sw", dict(victim_names=["Wanjiru Kamau"]),
              "Kwa mujibu wa Haki Pwani, [name withheld] alitishiwa. KHBP iliwasilisha taarifa; Omar Said "
              "alihojiwa na polisi.",
              [("Haki Pwani", 9), ("KHBP", 9), ("Omar Said", 9)],
              context=dict(organisation_names=("Kituo cha Haki za Binadamu Pwani", "KHBP", "Haki Pwani"),
                           submitter_names=("Omar Said Mwinyi",))),
        _case("tr-src-kahder", "tr", dict(victim_names=["Mehmet Yılmaz"]),
              "KAHDER'in aktardığına göre [name withheld] gözaltına alındı. Kanun ve Hak Derneği başkanı "
              "Zeynep Arslan'a da soruşturma açıldı.",
              [("KAHDER'in", 9), ("Kanun ve Hak Derneği", 9), ("Zeynep Arslan'a", 9)],
              context=dict(organisation_names=("Kanun ve Hak Derneği", "KAHDER"), submitter_names=("Zeynep Arslan",))),
        _case("fa-src-kanoon", "fa", dict(victim_names=["مریم رضایی"]),
              "به گزارش کانون همبستگی کارگران ساحلی، [name withheld] بازداشت شد. بهاره کریمی نیز احضار شده است.",
              [("کانون همبستگی کارگران ساحلی", 9), ("بهاره کریمی", 9)],
              context=dict(organisation_names=("کانون همبستگی کارگران ساحلی",), submitter_names=("بهاره کریمی",))),
        _case("zh-src-network", "zh", dict(victim_names=["王小明"]),
              "据维权观察网络报告，[name withheld]被指定居所监视居住；周文表示曾多次被约谈。",
              [("维权观察网络", 9), ("周文", 9)],
              context=dict(organisation_names=("维权观察网络",), submitter_names=("周文",))),
        _case("fr-src-cfdk", "fr", dict(victim_names=["Aïssatou Bah"]), {
            "summary": "Selon le CFDK, [name withheld] a été arrêtée.",
            "follow_up:new": "Le Collectif des familles de disparus de Kidal indique que Mme Maïga a été convoquée."},
            [("CFDK", 9), ("Collectif des familles de disparus de Kidal", 9, "follow_up:new"),
             ("Mme Maïga", 9, "follow_up:new")],
            context=dict(organisation_names=("Collectif des familles de disparus de Kidal", "CFDK"),
                         submitter_names=("Fatoumata Maïga",))),
        _case("vi-src-network", "vi", dict(victim_names=["Nguyễn Văn Hùng"]),
              "Theo Nhóm Bảo vệ Quyền Dân sự Miền Trung, [name withheld] bị bắt; bà Phạm Thu Trang cho biết đã bị đe dọa.",
              [("Nhóm Bảo vệ Quyền Dân sự Miền Trung", 9), ("Phạm Thu Trang", 9)],
              context=dict(organisation_names=("Nhóm Bảo vệ Quyền Dân sự Miền Trung", "BVDS"), submitter_names=("Phạm Thu Trang",))),
        _case("uk-src-kpg", "uk", dict(victim_names=["Оксана Мельник"]),
              "За даними Кримської ініціативи захисту прав, [name withheld] затримали. КІЗП звернулася до ООН; "
              "Сидоренка викликали на допит.",
              [("Кримської ініціативи захисту прав", 9), ("КІЗП", 9), ("Сидоренка", 9)],
              context=dict(organisation_names=("Кримська ініціатива захисту прав", "КІЗП"),
                           submitter_names=("Олександр Сидоренко",))),
        _case("pt-src-cix", "pt", dict(victim_names=["Raimundo Kayapó da Silva"]), {
            "summary": "Segundo o CIX, [name withheld] foi ameaçado.",
            "follow_up:new": "Sônia, do Conselho Indigenista do Xingu, relata novas ameaças."},
            [("CIX", 9), ("Sônia", 9, "follow_up:new"), ("Conselho Indigenista do Xingu", 9, "follow_up:new")],
            context=dict(organisation_names=("Conselho Indigenista do Xingu", "CIX"), submitter_names=("Sônia Tapirapé",))),
    ]


# ---------------------------------------------------------------------------------------------
# 10. The region field: a town or village of the exact location typed where a subdivision belongs.

_DETAINED = {
    "en": "[name withheld] was detained at home.", "ru": "[name withheld] задержан у себя дома.",
    "zh": "[name withheld]在家中被拘留。", "es": "[name withheld] fue detenida en su domicilio.",
    "tr": "[name withheld] evinde gözaltına alındı.", "fa": "[name withheld] در خانه‌اش بازداشت شد.",
    "vi": "[name withheld] bị bắt tại nhà.", "sw": "[name withheld] alikamatwa nyumbani kwake.",
    "uk": "[name withheld] затримали вдома.", "pt": "[name withheld] foi detido em casa.",
    "uz": "[name withheld] uyida hibsga olindi.", "ar": "احتُجز [name withheld] في منزله.",
    "fr": "[name withheld] a été arrêtée à son domicile.",
}


def _region() -> list[Case]:
    rows = [
        ("en", "Douar Ouled Amor, near Haffouz, Kairouan", ["Haffouz", "Haffouz, Kairouan", "Kairouan – Ouled Amor"],
         ["Haffouz", "Haffouz", "Ouled Amor"]),
        ("ru", "село Верхние Ключи, Кировский район, Ставропольский край",
         ["Кировский район", "Верхние Ключи"], ["Кировский район", "Верхние Ключи"]),
        ("zh", "河北省保定市涞水县王村", ["涞水县", "保定市涞水县"], ["涞水县", "涞水县"]),
        ("es", "Vereda La Esperanza, municipio de Toribío, Cauca", ["Toribío", "Toribio, Cauca", "La Esperanza"],
         ["Toribío", "Toribio", "La Esperanza"]),
        ("tr", "Yeşilbağ köyü, Lice, Diyarbakır", ["Lice", "Diyarbakır / Lice"], ["Lice", "Lice"]),
        ("fa", "روستای ده‌بالا، شهرستان مریوان، استان کردستان", ["مریوان", "ده‌بالا"], ["مریوان", "ده‌بالا"]),
        ("vi", "thôn Đông, xã Hòa Bình, huyện Kỳ Anh, Hà Tĩnh", ["Kỳ Anh", "huyện Kỳ Anh, Hà Tĩnh"],
         ["Kỳ Anh", "Kỳ Anh"]),
        ("sw", "Kijiji cha Mwembeni, Kilifi Kusini", ["Mwembeni"], ["Mwembeni"]),
        ("uk", "село Велика Березанка, Херсонська область", ["Велика Березанка"], ["Велика Березанка"]),
        ("pt", "Aldeia Xingu Novo, Altamira, Pará", ["Altamira", "Altamira (PA)"], ["Altamira", "Altamira"]),
        ("uz", "Qo'ng'irot tumani, Qoraqalpog'iston", ["Qo'ng'irot"], ["Qo'ng'irot"]),
        ("ar", "قرية الدوير، مركز منفلوط، أسيوط", ["منفلوط", "الدوير"], ["منفلوط", "الدوير"]),
        ("fr", "Quartier Hamdallaye ACI 2000, Bamako", ["Hamdallaye"], ["Hamdallaye"]),
    ]
    victims = {"en": "Mohamed Ali Gharsalli", "ru": "Лев Морозов", "zh": "王小明", "es": "Luz Marina De la Cruz",
               "tr": "Mehmet Yılmaz", "fa": "مریم رضایی", "vi": "Nguyễn Văn Hùng", "sw": "Wanjiru Kamau",
               "uk": "Оксана Мельник", "pt": "Raimundo Kayapó da Silva", "uz": "Shuxrat Karimov",
               "ar": "خالد العمري", "fr": "Aïssatou Bah"}
    cases = []
    for language, location, regions, planted in rows:
        for i, (region, form) in enumerate(zip(regions, planted)):
            cases.append(_case(f"{language}-region-{i}", language,
                               dict(victim_names=[victims[language]], exact_location=location),
                               {"summary": _DETAINED[language], "region": region},
                               [(form, 10, "region")]))
    return cases


# ---------------------------------------------------------------------------------------------
# 11. False-positive scope: a mark clears one field and one exact text, never the value elsewhere.

def _false_positive_scope() -> list[Case]:
    def scoped(cid, language, private, texts, mark, forms):
        field, text, note = mark
        return _case(cid, language, private, texts, forms,
                     false_positives=[{"field": field, "text": text, "note": note}])

    return [
        scoped("es-fp-mendoza", "es", dict(victim_names=["Rosa Mendoza"]), {
            "summary": "[name withheld] fue detenida en la provincia de Mendoza tras su testimonio.",
            "region": "AR-M",
            "follow_up:new": "Mendoza fue liberada bajo fianza el 3 de junio."},
            ("summary", "Mendoza", "la provincia de Mendoza, subdivisión pública"),
            [("Mendoza", 11, "follow_up:new")]),
        scoped("en-fp-hope", "en", dict(victim_names=["Hope Mwangi"]), {
            "summary": "The Special Rapporteur expressed hope that [name withheld] would be released.",
            "follow_up:new": "Hope was released on 2 June; she says police still follow her."},
            ("summary", "hope", "the verb, not the person"), [("Hope", 11, "follow_up:new")]),
        scoped("tr-fp-baris", "tr", dict(victim_names=["Barış Aydın"]), {
            "summary": "[name withheld] barış görüşmeleri hakkında BM'ye bilgi verdi.",
            "follow_up:new": "Barış Aydın'ın tutukluluğu uzatıldı."},
            ("summary", "barış", "'barış' = barış (peace), not the name"),
            [("Barış", 11, "follow_up:new"), ("Aydın'ın", 11, "follow_up:new")]),
        scoped("ar-fp-amal", "ar", dict(victim_names=["أمل الزين"]), {
            "summary": "أعربت المقررة الخاصة عن أمل في الإفراج عن [name withheld].",
            "follow_up:new": "أُفرج عن أمل في 2 حزيران/يونيو."},
            ("summary", "أمل", "كلمة عادية بمعنى الرجاء"), [("أمل", 11, "follow_up:new")]),
        scoped("fa-fp-omid", "fa", dict(victim_names=["امید صالحی"]), {
            "summary": "گزارشگر ویژه ابراز امید کرد که [name withheld] آزاد شود.",
            "retraction_reason": "امید صالحی درخواست کرد پرونده حذف شود."},
            ("summary", "امید", "واژه عادی"), [("امید", 11, "retraction_reason"), ("صالحی", 11, "retraction_reason")]),
        scoped("zh-fp-heping", "zh", dict(victim_names=["刘和平"]), {
            "summary": "[name withheld]因组织和平集会并向特别报告员提供信息而被拘留。",
            "follow_up:new": "和平已于6月获释，但仍被监视。"},
            ("summary", "和平", "普通词语（和平集会）"), [("和平", 11, "follow_up:new")]),
        scoped("sw-fp-amani", "sw", dict(victim_names=["Amani Njoroge"]), {
            "summary": "[name withheld] alishiriki mkutano wa amani kabla ya kukamatwa.",
            "follow_up:new": "Amani aliachiliwa kwa dhamana tarehe 2 Juni."},
            ("summary", "amani", "neno la kawaida (peace)"), [("Amani", 11, "follow_up:new")]),
        scoped("pt-fp-esperanca", "pt", dict(victim_names=["Esperança Tembo"]), {
            "summary": "A Relatora manifestou esperança na libertação de [name withheld].",
            "follow_up:new": "Esperança foi libertada em junho."},
            ("summary", "esperança", "palavra comum"), [("Esperança", 11, "follow_up:new")]),
        scoped("uk-fp-nadiia", "uk", dict(victim_names=["Надія Коваль"]), {
            "summary": "Місія висловила надію на звільнення [name withheld]; надія залишається.",
            "follow_up:new": "Надію звільнили 2 червня."},
            ("summary", "надія", "звичайне слово"), [("Надію", 11, "follow_up:new")]),
        scoped("en-fp-sfax-title", "en", dict(victim_names=["Salma Ben Youssef"], exact_location="Sakiet Ezzit, Sfax"), {
            "title": "Defender from Sfax governorate detained",
            "summary": "[name withheld] was detained in Sakiet Ezzit after the session.",
            "region": "TN-61"},
            ("title", "Sfax", "the governorate, public subdivision"), [("Sakiet Ezzit", 11)]),
        scoped("ru-fp-sokol", "ru", dict(victim_names=["Надежда Сокол"]), {
            "title": "Лауреатку премии «Сокол» задержали",
            "summary": "Сокол задержали после выступления в Женеве.",
            "follow_up:new": "Надежду Сокол отпустили под подписку."},
            ("title", "Сокол", "название премии"), [("Сокол", 11), ("Сокол", 11, "follow_up:new"),
                                                    ("Надежду", 11, "follow_up:new")]),
        scoped("fr-fp-paix", "fr", dict(victim_names=["Désiré Lapaix"]), {
            "summary": "[name withheld] militait pour la paix au Nord-Kivu.",
            "follow_up:new": "M. Lapaix a été libéré le 2 juin."},
            ("summary", "paix", "mot courant"), [("Lapaix", 11, "follow_up:new")]),
        scoped("vi-fp-hoa", "vi", dict(victim_names=["Nguyễn Thị Hòa"]), {
            "summary": "[name withheld] bị bắt tại tỉnh Hòa Bình sau khi gửi thông tin.",
            "region": "VN-14",
            "follow_up:new": "Bà Hòa được trả tự do ngày 2 tháng 6."},
            ("summary", "Hòa", "tên tỉnh Hòa Bình"), [("Hòa", 11, "follow_up:new")]),
        scoped("en-fp-retraction", "en", dict(victim_names=["Salam Haddad"]), {
            "summary": "Protesters carried banners reading 'Salam' before [name withheld] was arrested.",
            "retraction_reason": "Withdrawn at the request of Salam Haddad's family."},
            ("summary", "Salam", "a slogan (peace)"), [("Salam Haddad", 11, "retraction_reason")]),
    ]


# ---------------------------------------------------------------------------------------------
# Clean summaries: correctly redacted, UN style, each with the private record it was written from.
# Every slot is public: the State, a subdivision, a mechanism, a document symbol, a date, an institution.

_CLEAN_TEMPLATES = {
    "en": [
        "On {date}, officers of {institution} detained [name withheld], a {profile} who had {engagement}. "
        "[name withheld] was questioned about the information submitted and charged under {law}. The case was "
        "raised in communication {comm} and included in the Secretary-General's report {sym}. {state} replied "
        "that the arrest was unrelated to cooperation with the United Nations.",
        "[name withheld], a {profile} from {region}, reported a {reprisal} after having {engagement}. On "
        "{date}, {institution} summoned a relative of [name withheld] and warned the family. The mandate holders "
        "expressed concern in {comm}; the situation is described in {sym}. No reply had been received from "
        "{state} at the time of publication.",
    ],
    "fr": [
        "Le {date}, des agents de {institution} ont interpellé [name withheld], {profile}, qui avait {engagement}. "
        "[name withheld] a été interrogé·e sur les informations transmises et poursuivi·e sur le fondement de "
        "{law}. L'affaire a fait l'objet de la communication {comm} et figure dans le rapport {sym}. {state} a "
        "répondu que l'arrestation était sans lien avec la coopération avec l'ONU.",
        "[name withheld], {profile} de la région de {region}, signale {reprisal} après avoir {engagement}. Le "
        "{date}, {institution} a convoqué un proche de [name withheld]. Les titulaires de mandat ont exprimé "
        "leur préoccupation dans la communication {comm} ; voir aussi {sym}. {state} n'avait pas répondu à la "
        "date de publication.",
    ],
    "es": [
        "El {date}, agentes de {institution} detuvieron a [name withheld], {profile}, que había {engagement}. "
        "Fue interrogada sobre la información remitida y acusada con base en {law}. El caso fue objeto de la "
        "comunicación {comm} y se recoge en el informe {sym}. {state} respondió que la detención no guardaba "
        "relación con la cooperación con las Naciones Unidas.",
        "[name withheld], {profile} del departamento de {region}, denunció {reprisal} tras haber {engagement}. "
        "El {date}, {institution} citó a un familiar de [name withheld]. Los titulares de mandatos expresaron "
        "preocupación en la comunicación {comm}; véase también {sym}. {state} no había respondido en la fecha "
        "de publicación.",
    ],
    "ar": [
        "في {date}، احتجز عناصر من {institution} [name withheld]، وهو {profile} كان قد {engagement}. واستُجوب "
        "بشأن المعلومات المقدمة ووُجهت إليه تهم بموجب {law}. وأُثيرت القضية في الرسالة {comm} ووردت في تقرير "
        "الأمين العام {sym}. وردّت {state} بأن الاعتقال لا علاقة له بالتعاون مع الأمم المتحدة.",
        "أفاد [name withheld]، وهو {profile} من {region}، بتعرضه لـ{reprisal} بعد أن {engagement}. وفي {date} "
        "استدعت {institution} أحد أقارب [name withheld]. وأعرب المكلفون بولايات عن قلقهم في الرسالة {comm}؛ "
        "انظر أيضًا {sym}. ولم يرد أي رد من {state} حتى تاريخ النشر.",
    ],
    "zh": [
        "{date}，{institution}人员拘留了[name withheld]。[name withheld]是一名{profile}，此前曾{engagement}。其被"
        "就所提交的信息接受讯问，并依据{law}被起诉。该案已在来文{comm}中提出，并列入秘书长报告{sym}。{state}答复称，"
        "逮捕与同联合国的合作无关。",
        "来自{region}的{profile}[name withheld]在{engagement}后遭到{reprisal}。{date}，{institution}传唤了"
        "[name withheld]的一名亲属。任务负责人在来文{comm}中表示关切；另见{sym}。截至发布之日，{state}尚未答复。",
    ],
    "ru": [
        "{date} сотрудники {institution} задержали [name withheld] — {profile}, который ранее {engagement}. "
        "[name withheld] допрашивали о переданной информации и предъявили обвинение по {law}. Дело было "
        "затронуто в сообщении {comm} и включено в доклад Генерального секретаря {sym}. {state} ответило, что "
        "задержание не связано с сотрудничеством с ООН.",
        "[name withheld], {profile} из региона {region}, сообщает о том, что подвергся(лась) {reprisal} после "
        "того, как {engagement}. {date} {institution} вызвали на беседу родственника [name withheld]. "
        "Мандатарии выразили обеспокоенность в сообщении {comm}; см. также {sym}. На момент публикации "
        "ответа от государства ({state}) не поступало.",
    ],
    "tr": [
        "{date} tarihinde {institution} görevlileri, daha önce {engagement} olan {profile} [name withheld]'ı "
        "gözaltına aldı. [name withheld], iletilen bilgiler hakkında sorgulandı ve {law} uyarınca suçlandı. "
        "Dava {comm} sayılı iletişimde gündeme getirildi ve Genel Sekreter raporuna ({sym}) alındı. {state}, "
        "gözaltının BM ile işbirliğiyle ilgisi olmadığını bildirdi.",
        "{region} bölgesinden {profile} [name withheld], {engagement} olduktan sonra {reprisal} maruz kaldığını "
        "bildirdi. {date} tarihinde {institution}, [name withheld]'ın bir yakınını ifadeye çağırdı. Yetki "
        "sahipleri {comm} sayılı iletişimde endişelerini dile getirdi; ayrıca bkz. {sym}. Yayın tarihinde "
        "{state} yanıt vermemişti.",
    ],
    "vi": [
        "Ngày {date}, cán bộ {institution} đã bắt giữ [name withheld], một {profile} từng {engagement}. "
        "[name withheld] bị thẩm vấn về thông tin đã gửi và bị truy tố theo {law}. Vụ việc được nêu trong thư "
        "{comm} và được đưa vào báo cáo của Tổng Thư ký {sym}. {state} trả lời rằng việc bắt giữ không liên "
        "quan đến hợp tác với Liên Hợp Quốc.",
        "[name withheld], một {profile} ở {region}, cho biết đã bị {reprisal} sau khi {engagement}. Ngày "
        "{date}, {institution} đã triệu tập một người thân của [name withheld]. Các chủ thể nhiệm vụ bày tỏ "
        "quan ngại trong thư {comm}; xem thêm {sym}. {state} chưa trả lời vào thời điểm công bố.",
    ],
    "fa": [
        "در تاریخ {date}، مأموران {institution}، [name withheld] را که {profile} است و پیش‌تر {engagement}، "
        "بازداشت کردند. از او درباره اطلاعات ارسالی بازجویی شد و بر اساس {law} متهم شد. این پرونده در نامه "
        "{comm} مطرح شد و در گزارش دبیرکل {sym} آمده است. {state} پاسخ داد که بازداشت ارتباطی با همکاری با "
        "سازمان ملل ندارد.",
        "[name withheld]، {profile} اهل استان {region}، گزارش داد که پس از آنکه {engagement}، با {reprisal} "
        "روبه‌رو شد. در تاریخ {date}، {institution} یکی از بستگان [name withheld] را احضار کرد. دارندگان "
        "مأموریت در نامه {comm} ابراز نگرانی کردند؛ همچنین نگاه کنید به {sym}. {state} تا زمان انتشار پاسخی "
        "نداده بود.",
    ],
    "sw": [
        "Tarehe {date}, maafisa wa {institution} walimkamata [name withheld], {profile} ambaye alikuwa "
        "{engagement}. [name withheld] alihojiwa kuhusu taarifa zilizowasilishwa na kushtakiwa chini ya {law}. "
        "Kesi hiyo iliibuliwa katika mawasiliano {comm} na kujumuishwa katika ripoti ya Katibu Mkuu {sym}. "
        "Serikali ya {state} ilijibu kwamba ukamataji huo hauhusiani na ushirikiano na Umoja wa Mataifa.",
        "[name withheld], {profile} kutoka {region}, aliripoti {reprisal} baada ya {engagement}. Tarehe {date}, "
        "{institution} ilimwita ndugu wa [name withheld]. Wenye mamlaka walieleza wasiwasi katika mawasiliano "
        "{comm}; tazama pia {sym}. Serikali ya {state} ilikuwa haijajibu wakati wa kuchapishwa.",
    ],
    "uk": [
        "{date} співробітники {institution} затримали [name withheld] — {profile}, яка раніше {engagement}. "
        "[name withheld] допитували щодо переданої інформації та висунули обвинувачення за {law}. Справу "
        "порушено в повідомленні {comm} і включено до доповіді Генерального секретаря {sym}. {state} не "
        "відповіла на повідомлення.",
        "[name withheld], {profile} з регіону {region}, повідомила про {reprisal} після того, як {engagement}. "
        "{date} {institution} викликали на допит родича [name withheld]. Мандатарії висловили стурбованість у "
        "повідомленні {comm}; див. також {sym}.",
    ],
    "pt": [
        "Em {date}, agentes da {institution} detiveram [name withheld], {profile} que havia {engagement}. "
        "[name withheld] foi interrogado sobre as informações enviadas e acusado com base na {law}. O caso foi "
        "objeto da comunicação {comm} e consta do relatório do Secretário-Geral {sym}. O Estado ({state}) "
        "respondeu que a detenção não tinha relação com a cooperação com as Nações Unidas.",
        "[name withheld], {profile} do estado de {region}, relatou {reprisal} após ter {engagement}. Em {date}, "
        "a {institution} intimou um familiar de [name withheld]. Os titulares de mandato manifestaram "
        "preocupação na comunicação {comm}; ver também {sym}. O Estado ({state}) não havia respondido até a "
        "data de publicação.",
    ],
}

# (state, region, region field, date, institution, profile, engagement, law, comm, sym, reprisal)
_CLEAN_ROWS = {
    "en": [
        ("Bahrain", "the Capital Governorate", "BH-13", "14 March 2024", "the National Security Agency",
         "human rights defender", "briefed the Human Rights Council at its 55th session",
         "article 168 of the Penal Code", "AL BHR 2/2024", "A/HRC/57/60", "travel ban"),
        ("Egypt", "Asyut", "EG-AST", "2 February 2023", "the Supreme State Security Prosecution",
         "lawyer", "submitted information to the Working Group on Arbitrary Detention",
         "Law No. 94 of 2015 on Counter-Terrorism", "UA EGY 4/2023", "A/HRC/54/61", "smear campaign"),
        ("Tunisia", "Kairouan", "TN-41", "9 October 2023", "the Ministry of Interior",
         "woman human rights defender", "met the Special Rapporteur on the independence of judges and lawyers",
         "Decree-Law No. 54 of 2022", "AL TUN 2/2024", "A/HRC/54/61, annex I, para. 80", "surveillance"),
        ("Nigeria", "Lagos", "NG-LA", "21 June 2024", "the Department of State Services",
         "journalist", "testified before the Committee against Torture",
         "section 24 of the Cybercrimes Act 2015", "AL NGA 3/2024", "CAT/C/NGA/CO/1", "online harassment"),
        ("Uzbekistan", "", "", "May 2023", "the State Security Service", "trade unionist",
         "attended the Universal Periodic Review pre-session in Geneva", "article 244-1 of the Criminal Code",
         "AL UZB 1/2023", "A/HRC/WG.6/44/UZB/3", "arbitrary detention"),
    ],
    "fr": [
        ("la Tunisie", "Sfax", "TN-61", "14 mars 2024", "la garde nationale", "défenseuse des droits humains",
         "participé à la 55e session du Conseil des droits de l'homme", "l'article 86 du Code des télécommunications",
         "AL TUN 1/2024", "A/HRC/57/60", "une interdiction de voyager"),
        ("le Mali", "Mopti", "ML-5", "3 novembre 2023", "la Sécurité d'État", "journaliste",
         "rencontré l'Expert indépendant lors de sa visite", "l'article 20 de la loi sur la cybercriminalité",
         "UA MLI 5/2023", "A/HRC/54/61, annexe I", "des menaces"),
        ("la République démocratique du Congo", "Nord-Kivu", "CD-NK", "12 janvier 2024",
         "l'Agence nationale de renseignements", "avocat", "transmis des informations au Comité contre la torture",
         "l'article 77 du Code pénal", "AL COD 2/2024", "CAT/C/COD/CO/2", "une arrestation arbitraire"),
        ("le Burundi", "Gitega", "BI-GI", "7 juillet 2023", "le Service national de renseignement",
         "défenseur des droits humains", "témoigné devant la Commission d'enquête",
         "l'article 611 du Code pénal", "UA BDI 3/2023", "A/HRC/54/61", "une campagne de dénigrement"),
        ("l'Algérie", "", "", "mai 2024", "la Direction générale de la sûreté nationale", "syndicaliste",
         "présenté un rapport alternatif pour l'Examen périodique universel", "l'article 87 bis du Code pénal",
         "AL DZA 4/2024", "A/HRC/WG.6/41/DZA/3", "des poursuites judiciaires"),
    ],
    "es": [
        ("Colombia", "Cauca", "CO-CAU", "14 de marzo de 2024", "la Policía Nacional", "lideresa indígena",
         "participado en el Foro Permanente para las Cuestiones Indígenas", "el artículo 340 del Código Penal",
         "AL COL 3/2024", "A/HRC/57/60", "amenazas de muerte"),
        ("Nicaragua", "Matagalpa", "NI-MT", "2 de agosto de 2023", "la Dirección de Auxilio Judicial",
         "defensora de derechos humanos", "enviado información al Grupo de Expertos",
         "la Ley n.º 1055", "UA NIC 2/2023", "A/HRC/54/61", "la privación de su nacionalidad"),
        ("Venezuela", "Zulia", "VE-V", "19 de enero de 2024", "el Servicio Bolivariano de Inteligencia Nacional",
         "periodista", "cooperado con la Misión Internacional Independiente", "la Ley contra el Odio",
         "AL VEN 1/2024", "A/HRC/55/CRP.3", "detención arbitraria"),
        ("Guatemala", "Alta Verapaz", "GT-16", "5 de septiembre de 2023", "el Ministerio Público",
         "autoridad ancestral", "presentado un informe al Comité para la Eliminación de la Discriminación Racial",
         "el artículo 256 del Código Penal", "AL GTM 6/2023", "CERD/C/GTM/CO/16-17", "criminalización"),
        ("México", "", "", "junio de 2024", "la Fiscalía General del Estado", "defensor ambiental",
         "asistido a la sesión del Consejo de Derechos Humanos", "el artículo 287 del Código Penal",
         "AL MEX 4/2024", "A/HRC/57/60, anexo I", "vigilancia"),
    ],
    "ar": [
        ("البحرين", "المحافظة الشمالية", "BH-17", "14 آذار/مارس 2024", "جهاز الأمن الوطني", "مدافع عن حقوق الإنسان",
         "قدّم إحاطة أمام مجلس حقوق الإنسان في دورته الخامسة والخمسين", "المادة 168 من قانون العقوبات",
         "AL BHR 2/2024", "A/HRC/57/60", "حظر السفر"),
        ("مصر", "أسيوط", "EG-AST", "2 شباط/فبراير 2023", "نيابة أمن الدولة العليا", "محامٍ",
         "قدّم معلومات إلى الفريق العامل المعني بالاحتجاز التعسفي", "القانون رقم 94 لسنة 2015",
         "UA EGY 4/2023", "A/HRC/54/61", "حملة تشهير"),
        ("المملكة العربية السعودية", "منطقة مكة المكرمة", "SA-02", "9 تشرين الأول/أكتوبر 2023", "رئاسة أمن الدولة",
         "ناشط", "التقى بالمقرر الخاص المعني بحالة المدافعين عن حقوق الإنسان", "نظام مكافحة الإرهاب",
         "AL SAU 7/2023", "A/HRC/54/61، المرفق الأول", "الاحتجاز التعسفي"),
        ("العراق", "البصرة", "IQ-BA", "21 حزيران/يونيو 2024", "جهاز الأمن الوطني", "صحفي",
         "شارك في الاستعراض الدوري الشامل", "المادة 226 من قانون العقوبات", "AL IRQ 1/2024",
         "A/HRC/WG.6/48/IRQ/3", "التهديد"),
        ("سوريا", "", "", "أيار/مايو 2023", "شعبة المخابرات العسكرية", "مدافعة عن حقوق الإنسان",
         "تعاونت مع لجنة التحقيق الدولية", "قانون الجرائم الإلكترونية", "UA SYR 3/2023", "A/HRC/54/58",
         "الاختفاء القسري"),
    ],
    "zh": [
        ("中国", "北京市", "CN-BJ", "2024年3月14日", "公安局", "维权律师", "向禁止酷刑委员会提交信息",
         "《刑法》第一百零五条", "AL CHN 2/2024", "A/HRC/57/60", "出境限制"),
        ("中国", "广东省", "CN-GD", "2023年8月2日", "国家安全局", "劳工权利倡导者", "参加普遍定期审议会前会议",
         "《刑法》第二百九十三条", "UA CHN 9/2023", "A/HRC/54/61", "指定居所监视居住"),
        ("中国", "新疆维吾尔自治区", "CN-XJ", "2024年1月19日", "检察院", "学者", "与人权高专办会面",
         "《反恐怖主义法》", "AL CHN 1/2024", "A/HRC/54/61，附件一", "任意拘留"),
        ("中国", "四川省", "CN-SC", "2023年9月5日", "派出所", "环境权利维护者", "向特别报告员提供资料",
         "《治安管理处罚法》", "AL CHN 11/2023", "CERD/C/CHN/CO/14-17", "骚扰"),
        ("中国", "", "", "2024年6月", "国家安全机关", "宗教自由倡导者", "出席人权理事会第五十六届会议",
         "《刑法》第三百条", "AL CHN 4/2024", "A/HRC/57/60，附件二", "监视"),
    ],
    "ru": [
        ("Российская Федерация", "Краснодарский край", "RU-KDA", "14 марта 2024 года", "ФСБ", "адвокат",
         "направил информацию Комитету против пыток", "статье 280.3 УК РФ", "AL RUS 3/2024", "A/HRC/57/60",
         "запрету на выезд"),
        ("Российская Федерация", "Республика Дагестан", "RU-DA", "2 августа 2023 года", "Центра «Э»",
         "правозащитник", "выступил на 54-й сессии Совета по правам человека", "статье 207.3 УК РФ",
         "UA RUS 12/2023", "A/HRC/54/61", "уголовному преследованию"),
        ("Беларусь", "Гродненская область", "BY-HR", "19 января 2024 года", "КГБ", "журналист",
         "встречался со Специальным докладчиком", "статье 361-1 УК Республики Беларусь", "AL BLR 1/2024",
         "A/HRC/55/61", "обыску и изъятию техники"),
        ("Таджикистан", "Горно-Бадахшанская автономная область", "TJ-GB", "5 сентября 2023 года", "ГКНБ",
         "общественный деятель", "участвовал в универсальном периодическом обзоре", "статье 307 УК",
         "AL TJK 2/2023", "A/HRC/WG.6/53/TJK/3", "угрозам"),
        ("Туркменистан", "", "", "июне 2024 года", "Министерства национальной безопасности", "активистка",
         "передала сведения Комитету по ликвидации дискриминации в отношении женщин", "статье 176 УК",
         "AL TKM 1/2024", "CEDAW/C/TKM/CO/6", "слежке"),
    ],
    "tr": [
        ("Türkiye", "Diyarbakır", "TR-21", "14 Mart 2024", "Emniyet Müdürlüğü", "insan hakları savunucusu",
         "İnsan Hakları Konseyi'nin 55. oturumuna katılmış", "Terörle Mücadele Kanunu'nun 7/2. maddesi",
         "AL TUR 3/2024", "A/HRC/57/60", "seyahat yasağına"),
        ("Türkiye", "Van", "TR-65", "2 Ağustos 2023", "Cumhuriyet Başsavcılığı", "avukat",
         "Keyfi Tutuklama Çalışma Grubu'na bilgi göndermiş", "TCK'nın 314. maddesi", "UA TUR 6/2023",
         "A/HRC/54/61", "yargısal tacize"),
        ("Türkiye", "İstanbul", "TR-34", "19 Ocak 2024", "Milli İstihbarat Teşkilatı", "gazeteci",
         "Özel Raportör ile görüşmüş", "5651 sayılı Kanun", "AL TUR 1/2024", "CAT/C/TUR/CO/5", "gözetime"),
        ("Türkiye", "Hakkâri", "TR-30", "5 Eylül 2023", "İl Jandarma Komutanlığı", "kadın hakları savunucusu",
         "Evrensel Periyodik İnceleme'ye rapor sunmuş", "TCK'nın 220. maddesi", "AL TUR 8/2023",
         "A/HRC/WG.6/49/TUR/3", "tehditlere"),
        ("Türkiye", "", "", "Haziran 2024", "Valilik", "sendikacı", "CEDAW Komitesi'ne bilgi vermiş",
         "2911 sayılı Kanun", "AL TUR 4/2024", "CEDAW/C/TUR/CO/8", "karalama kampanyasına"),
    ],
    "vi": [
        ("Việt Nam", "Hà Tĩnh", "VN-23", "14/3/2024", "Công an tỉnh", "nhà bảo vệ nhân quyền",
         "gửi thông tin cho Báo cáo viên đặc biệt", "Điều 117 Bộ luật Hình sự", "AL VNM 2/2024",
         "A/HRC/57/60", "cấm xuất cảnh"),
        ("Việt Nam", "Nghệ An", "VN-22", "2/8/2023", "Viện Kiểm sát nhân dân", "nhà báo",
         "tham gia phiên họp trước Kiểm điểm định kỳ phổ quát", "Điều 331 Bộ luật Hình sự", "UA VNM 3/2023",
         "A/HRC/54/61", "bắt giữ tùy tiện"),
        ("Việt Nam", "Đắk Lắk", "VN-33", "19/1/2024", "Bộ Công an", "nhà hoạt động môi trường",
         "gặp Văn phòng Cao ủy Nhân quyền", "Điều 200 Bộ luật Hình sự", "AL VNM 1/2024",
         "A/HRC/WG.6/46/VNM/3", "sách nhiễu"),
        ("Việt Nam", "Thái Bình", "VN-20", "5/9/2023", "Cơ quan An ninh điều tra", "luật sư",
         "cung cấp thông tin cho Ủy ban chống tra tấn", "Điều 88 Bộ luật Hình sự năm 1999", "AL VNM 5/2023",
         "CAT/C/VNM/CO/1", "đe dọa"),
        ("Việt Nam", "", "", "tháng 6/2024", "Công an thành phố", "blogger", "tham dự khóa họp Hội đồng Nhân quyền",
         "Điều 117 Bộ luật Hình sự", "AL VNM 4/2024", "A/HRC/57/60, phụ lục I", "theo dõi"),
    ],
    "fa": [
        ("ایران", "کردستان", "IR-12", "۱۴ مارس ۲۰۲۴", "وزارت اطلاعات", "مدافع حقوق بشر",
         "با گزارشگر ویژه همکاری کرده بود", "ماده ۵۰۰ قانون مجازات اسلامی", "AL IRN 3/2024", "A/HRC/57/60",
         "ممنوع‌الخروجی"),
        ("ایران", "سیستان و بلوچستان", "IR-11", "۲ اوت ۲۰۲۳", "سازمان اطلاعات سپاه", "وکیل",
         "به گروه کاری بازداشت خودسرانه اطلاعات داده بود", "ماده ۶۱۰ قانون مجازات اسلامی", "UA IRN 14/2023",
         "A/HRC/54/61", "بازداشت خودسرانه"),
        ("ایران", "خوزستان", "IR-10", "۱۹ ژانویه ۲۰۲۴", "دادستانی", "روزنامه‌نگار",
         "در بررسی دوره‌ای همگانی مشارکت کرده بود", "ماده ۶۹۸ قانون مجازات اسلامی", "AL IRN 1/2024",
         "A/HRC/55/62", "احضار و تهدید"),
        ("افغانستان", "هرات", "AF-HER", "۵ سپتامبر ۲۰۲۳", "اداره استخبارات", "مدافع حقوق زنان",
         "با یوناما دیدار کرده بود", "فرمان رهبری طالبان", "AL AFG 6/2023", "A/HRC/54/21", "ناپدیدسازی قهری"),
        ("ایران", "", "", "ژوئن ۲۰۲۴", "پلیس فتا", "فعال کارگری", "به کمیته رفع تبعیض علیه زنان گزارش داده بود",
         "قانون جرایم رایانه‌ای", "AL IRN 4/2024", "A/HRC/57/60، پیوست یک", "آزار آنلاین"),
    ],
    "sw": [
        ("Kenya", "Kilifi", "KE-14", "14 Machi 2024", "Polisi wa Kenya", "mtetezi wa haki za binadamu",
         "akiwasilisha taarifa kwa Mwandishi Maalum", "kifungu cha 23 cha Sheria ya Makosa ya Kompyuta",
         "AL KEN 2/2024", "A/HRC/57/60", "vitisho"),
        ("Tanzania", "Arusha", "TZ-01", "2 Agosti 2023", "Jeshi la Polisi Tanzania", "mwanahabari",
         "akishiriki kikao cha Baraza la Haki za Binadamu", "Sheria ya Huduma za Habari ya 2016",
         "UA TZA 2/2023", "A/HRC/54/61", "kukamatwa kiholela"),
        ("Uganda", "Kampala", "UG-102", "19 Januari 2024", "Idara ya Ujasusi wa Kijeshi", "mwanasheria",
         "akitoa ushahidi mbele ya Kamati dhidi ya Mateso", "Sheria ya Makosa ya Kompyuta ya 2011",
         "AL UGA 1/2024", "CAT/C/UGA/CO/2", "kuteswa"),
        ("Kenya", "Mombasa", "KE-28", "5 Septemba 2023", "Idara ya Upelelezi wa Jinai",
         "mtetezi wa haki za wanawake", "akishiriki Mapitio ya Kipindi kwa Wote",
         "kifungu cha 77 cha Kanuni ya Adhabu", "AL KEN 4/2023", "A/HRC/WG.6/49/KEN/3", "kampeni ya kuchafua jina"),
        ("Burundi", "", "", "Juni 2024", "Huduma ya Taifa ya Ujasusi", "mwanaharakati",
         "akikutana na Mwandishi Maalum kuhusu Burundi", "kifungu cha 611 cha Kanuni ya Adhabu",
         "AL BDI 2/2024", "A/HRC/57/60, kiambatisho I", "ufuatiliaji"),
    ],
    "uk": [
        ("Російська Федерація", "Херсонська область", "UA-65", "14 березня 2024 року", "ФСБ", "правозахисниця",
         "передала інформацію Моніторинговій місії ООН", "статтею 280.3 КК РФ", "AL RUS 4/2024", "A/HRC/57/60",
         "погрози"),
        ("Російська Федерація", "Автономна Республіка Крим", "UA-43", "2 серпня 2023 року", "Центру «Е»",
         "журналістка", "зустрілася зі Спеціальним доповідачем", "статтею 207.3 КК РФ", "UA RUS 11/2023",
         "A/HRC/54/61", "обшук і вилучення техніки"),
        ("Російська Федерація", "Запорізька область", "UA-23", "19 січня 2024 року", "окупаційної адміністрації",
         "вчителька", "виступила перед Комісією з розслідування", "статтею 275 КК РФ", "AL RUS 1/2024",
         "A/HRC/55/66", "довільне затримання"),
        ("Білорусь", "Брестська область", "BY-BR", "5 вересня 2023 року", "КДБ", "активістка",
         "взяла участь в універсальному періодичному огляді", "статтею 342 КК Республіки Білорусь",
         "AL BLR 6/2023", "A/HRC/WG.6/50/BLR/3", "кримінальне переслідування"),
        ("Російська Федерація", "", "", "червні 2024 року", "Слідчого комітету", "правозахисниця",
         "передала відомості Комітету проти катувань", "статтею 330.1 КК РФ", "AL RUS 5/2024",
         "CAT/C/RUS/CO/7", "стеження"),
    ],
    "pt": [
        ("Brasil", "Pará", "BR-PA", "14 de março de 2024", "Polícia Militar", "liderança indígena",
         "participado do Fórum Permanente sobre Questões Indígenas", "Lei n.º 7.170/1983", "AL BRA 2/2024",
         "A/HRC/57/60", "ameaças de morte"),
        ("Moçambique", "Cabo Delgado", "MZ-P", "2 de agosto de 2023", "Serviço de Informação e Segurança do Estado",
         "jornalista", "enviado informações ao Relator Especial", "Lei n.º 5/2018", "UA MOZ 2/2023",
         "A/HRC/54/61", "desaparecimento forçado"),
        ("Angola", "Luanda", "AO-LUA", "19 de janeiro de 2024", "Polícia Nacional", "ativista",
         "participado da Revisão Periódica Universal", "Código Penal angolano, artigo 333.º", "AL AGO 1/2024",
         "A/HRC/WG.6/48/AGO/3", "detenção arbitrária"),
        ("Brasil", "Mato Grosso do Sul", "BR-MS", "5 de setembro de 2023", "Polícia Federal",
         "defensor de direitos humanos", "prestado depoimento ao Comitê contra a Tortura",
         "Lei n.º 12.850/2013", "AL BRA 5/2023", "CAT/C/BRA/CO/2", "criminalização"),
        ("Guiné-Bissau", "", "", "junho de 2024", "Polícia Judiciária", "sindicalista",
         "comparecido à sessão do Conselho de Direitos Humanos", "Código Penal, artigo 256.º", "AL GNB 1/2024",
         "A/HRC/57/60, anexo I", "vigilância"),
    ],
}

# Private records the clean summaries were written from: (victim, relative, relation, phone, place, id).
_CLEAN_PRIVATE = {
    "en": [("Hassan Al-Mahfoudh", "Zahra Al-Mahfoudh", "wife", "+973 3911 2288", "Block 908, Road 814, Sanad", "870512345"),
           ("Ahmed Fathy Soliman", "Mona Fathy", "sister", "+20 100 456 7788", "Shari' al-Gumhuriya 12, Manfalut", "28809120101234"),
           ("Chiamaka Nwosu", "Emeka Nwosu", "brother", "+234 803 555 0199", "14 Adeniran Street, Yaba", "A08877665")],
    "fr": [("Salma Ben Youssef", "Hédi Ben Youssef", "père", "+216 98 765 432", "Sakiet Ezzit", "14765432"),
           ("Moussa Coulibaly", "Awa Coulibaly", "épouse", "+223 76 12 34 56", "Sévaré, quartier Poudrière", "ML0098877"),
           ("Jean-Pierre Habimana", "Clarisse Uwimana", "sœur", "+257 79 44 55 66", "Colline Mubuga", "BI44556677")],
    "es": [("Luz Marina De la Cruz", "Jesús De la Cruz", "hermano", "+57 312 456 7890", "Vereda La Esperanza, Toribío", "1061234567"),
           ("Rosario Aguilar Tórrez", "Martín Aguilar", "hijo", "+505 8877 6655", "Comarca El Tuma, San Ramón", "441-220389-0001K"),
           ("Nelson Ixcoy Caal", "Marta Caal", "madre", "+502 5566 7788", "Aldea Semococh, Cobán", "2598765430101")],
    "ar": [("حسن المحفوظ", "زهراء المحفوظ", "زوجة", "+973 3911 2288", "مجمع 908، طريق 814، سند", "870512345"),
           ("أحمد فتحي سليمان", "منى فتحي", "أخت", "+20 100 456 7788", "قرية الدوير، منفلوط", "28809120101234"),
           ("عبد الله القحطاني", "نورة القحطاني", "ابنة", "+966 55 123 4567", "حي الروضة، جدة", "1023456789")],
    "zh": [("王小明", "李秀英", "妻子", "138 1234 5678", "朝阳区望京西园三区", "110105198903150012"),
           ("黄立新", "黄梅", "女儿", "139 2233 4455", "番禺区南村镇", "440126197805061234"),
           ("艾力·买买提", "古丽·买买提", "妹妹", "137 9988 7766", "喀什市夏马勒巴格镇", "653101198001011234")],
    "ru": [("Павел Кравец", "Ольга Кравец", "жена", "+7 918 123-45-67", "станица Старонижестеблиевская", "4512678901"),
           ("Магомед Гаджиев", "Патимат Гаджиева", "мать", "+7 928 555-66-77", "село Гимры", "8209123456"),
           ("Алесь Ковальчук", "Ирина Ковальчук", "сестра", "+375 29 123-45-67", "деревня Красносельск", "KH1234567")],
    "tr": [("Mehmet Yılmaz", "Ayşe Yılmaz", "eşi", "0532 123 45 67", "Yeşilbağ köyü, Lice", "12345678950"),
           ("Rojda Aslan", "Berfin Aslan", "kız kardeşi", "0544 987 65 43", "Gevaş ilçesi, Dilkaya köyü", "23456789012"),
           ("Emre Kılıç", "Hülya Kılıç", "annesi", "0555 111 22 33", "Kadıköy, Moda Caddesi 14", "34567890124")],
    "vi": [("Nguyễn Văn Hùng", "Trần Thị Lan", "vợ", "0912 345 678", "thôn Đông, xã Kỳ Tân", "001089012345"),
           ("Lê Thị Thu", "Lê Văn Quang", "anh trai", "0988 112 233", "xóm 3, xã Quỳnh Lập", "040187654321"),
           ("Y Sơn Niê", "H'Linh Niê", "em gái", "0905 667 788", "buôn Ea Sup", "066198012345")],
    "fa": [("مریم رضایی", "علی رضایی", "برادر", "0912 345 6789", "روستای ده‌بالا، مریوان", "0012345678"),
           ("عبدالغفور بلوچ", "رحیمه بلوچ", "همسر", "0915 222 3344", "روستای گشت، سراوان", "3610123456"),
           ("نرگس احمدی", "پروین احمدی", "مادر", "0917 555 6677", "کوی ملت، اهواز", "1740987654")],
    "sw": [("Wanjiru Kamau", "Njeri Kamau", "dada", "+254 712 345 678", "Kijiji cha Mwembeni", "23456789"),
           ("Baraka Mushi", "Neema Mushi", "mke", "+255 754 112 233", "Mtaa wa Sakina", "19870512-12345-00001-22"),
           ("Okello Opiyo", "Akello Opiyo", "mama", "+256 772 445 566", "Kijiji cha Kireka", "CM870512345ABC")],
    "uk": [("Оксана Мельник", "Петро Мельник", "брат", "+380 67 123 4567", "село Велика Березанка", "ЕР123456"),
           ("Ірина Данилович", "Марія Данилович", "мати", "+380 50 765 4321", "Бахчисарай, вул. Річна", "МК654321"),
           ("Наталія Гончар", "Олег Гончар", "чоловік", "+380 93 222 3344", "село Кам'янка", "НВ998877")],
    "pt": [("Raimundo Kayapó da Silva", "Maria Kayapó", "filha", "+55 93 98877 6655", "Aldeia Xingu Novo", "123.456.789-09"),
           ("Fátima Mussa", "Abdul Mussa", "irmão", "+258 84 123 4567", "Bairro Cimento, Mocímboa", "110102345678B"),
           ("Domingos Kiala", "Teresa Kiala", "esposa", "+244 923 456 789", "Bairro Cazenga, Rua 12", "004567890LA042")],
}


def _clean_private(language: str, i: int) -> dict:
    victim, relative, relation, phone, place, id_number = _CLEAN_PRIVATE[language][i % len(_CLEAN_PRIVATE[language])]
    return dict(
        victim_names=[victim], other_people=_people((relative, relation)),
        victim_contacts=f"{phone}\n{relative} ({relation})", exact_location=place, id_numbers=[id_number],
        original_narrative=f"{victim} was detained at home in {place}. {relative}, {relation}, was threatened. "
                           f"Phone {phone}; document {id_number}.",
    )


_TITLES = {
    "en": "Defender detained after cooperating with the UN", "fr": "Défenseur arrêté après sa coopération avec l'ONU",
    "es": "Defensora detenida tras cooperar con la ONU", "ar": "احتجاز مدافع بعد تعاونه مع الأمم المتحدة",
    "zh": "与联合国合作后遭拘留", "ru": "Задержание после сотрудничества с ООН",
    "tr": "BM ile işbirliği sonrası gözaltı", "vi": "Bị bắt sau khi hợp tác với Liên Hợp Quốc",
    "fa": "بازداشت پس از همکاری با سازمان ملل", "sw": "Kukamatwa baada ya kushirikiana na Umoja wa Mataifa",
    "uk": "Затримання після співпраці з ООН", "pt": "Detenção após cooperação com a ONU",
}


def _clean() -> list[Case]:
    cases = []
    for language, templates in _CLEAN_TEMPLATES.items():
        for r, row in enumerate(_CLEAN_ROWS[language]):
            state, region, region_field, date, institution, profile, engagement, law, comm, sym, reprisal = row
            for t, template in enumerate(templates):
                if "{region}" in template and not region:
                    region = {"en": "the capital", "fr": "la capitale", "es": "la capital"}.get(language, state)
                summary = template.format(state=state, region=region, date=date, institution=institution,
                                          profile=profile, engagement=engagement, law=law, comm=comm, sym=sym,
                                          reprisal=reprisal)
                texts = {"title": _TITLES[language], "summary": summary, "region": region_field}
                cases.append(_case(f"{language}-clean-{r}-{t}", language, _clean_private(language, r * 2 + t),
                                   texts, []))
    return cases


# ---------------------------------------------------------------------------------------------
# The timing allegation: one 5,000-character summary with a realistic private record.

def timing_allegation() -> tuple[dict, dict, dict]:
    """(texts, PrivateDetails kwargs, GuardContext kwargs) for one long allegation, as the guard sees it."""
    clean = [c for c in CLEAN if c.language in ("en", "fr", "ar", "ru")]
    summary = ""
    for case in clean:
        if len(summary) >= 5000:
            break
        summary += case.texts["summary"] + "\n\n"
    summary = summary[:4900] + " Mr Kravtsa Pavel Kravets 98.765.432."
    private = dict(
        victim_names=["Павел Андреевич Кравец", "Pavel Kravets", "Ольга Кравец", "Salma Ben Youssef"],
        other_people=_people(("Hédi Ben Youssef", "father"), ("Mamadou Diallo", "lawyer"),
                             ("Chinedu Okafor", "doctor"), ("ليلى عبد الرحمن", "colleague"),
                             ("Марина Белоусова", "адвокат"), ("Karim Ben Youssef", "brother")),
        victim_contacts="Mobile: +216 98 765 432\nWhatsApp: +216 22 134 567\nk.barsky@proton.me\n"
                        "Telegram: @kravets_pavel88\nhttps://www.facebook.com/leila.mansour.tn",
        exact_location="Douar Ouled Amor, near Haffouz, Kairouan",
        id_numbers=["14765432", "AB452190", "45 12 678901"],
        identifying_details='Known locally as "Abu Yassin"; drives the only red minibus on the Kairouan road; '
                            'wears a prosthetic left leg.',
        source_contact="Via her cousin at the Bab Souika pharmacy, +216 71 555 010",
        original_narrative=" ".join(c.private["original_narrative"] for c in CLEAN) * 2,
        evidence_notes="Medical certificate signed by Dr Fatma Al-Siyabi; testimony of neighbour Hamad Al-Balushi.",
        internal_notes="Lawyer Hamdi Zouari not in the form; check with GCD before publication.",
    )
    texts = {"title": "Lawyer detained after briefing the Committee against Torture", "summary": summary,
             "region": "TN-41",
             "follow_up:1": clean[1].texts["summary"], "follow_up:2": clean[2].texts["summary"],
             "retraction_reason": ""}
    context = dict(organisation_names=("Gulf Centre for Defenders", "GCD"), submitter_names=("Leila Mansour",),
                   messages=("Her brother Karim was also questioned.",))
    return texts, private, context


CASES: tuple[Case, ...] = tuple(
    _inflection() + _scripts() + _joins() + _parts() + _numbers() + _contacts() + _lookalikes()
    + _listed_nowhere() + _source() + _region() + _false_positive_scope())
CLEAN: tuple[Case, ...] = tuple(_clean())
FORMS: tuple[tuple[Case, Form], ...] = tuple((case, form) for case in CASES for form in case.forms)


def main() -> None:
    """Print the corpus size by class and by language (make bench runs every file in bench/)."""
    print(f"{len(FORMS)} planted forms in {len(CASES)} cases; {len(CLEAN)} clean summaries")
    by_class = collections.Counter(form.cls for _case, form in FORMS)
    for cls in sorted(by_class):
        print(f"  {cls:>2} {CLASS_NAMES[cls]:<28}{by_class[cls]:>5}")
    by_language = collections.Counter(form.language for _case, form in FORMS)
    clean = collections.Counter(case.language for case in CLEAN)
    print("  " + ", ".join(f"{lang} {n}" for lang, n in sorted(by_language.items())))
    print("  clean: " + ", ".join(f"{lang} {n}" for lang, n in sorted(clean.items())))


if __name__ == "__main__":
    main()
