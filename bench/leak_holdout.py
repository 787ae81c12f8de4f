"""A held-out red-team corpus for the leak guard: values and templates it was never tuned on.

bench/leak_corpus.py is the corpus the guard was tuned on, so its figures are optimistic. This file is
written the same way (same `Case`/`Form` types, same eleven attack classes, same counting rule) by a red
team that did not read the guard: every name, place, number, contact and sentence here is new and
invented. `CASES` holds the planted forms, `CLEAN` correctly redacted summaries (false positives).

Run: .venv/bin/python bench/leak_holdout.py   (exit code 0 always: this measures, it does not gate)
"""
from __future__ import annotations

import pathlib
import sys
import unicodedata
import urllib.parse

if __package__ in (None, ""):  # run as a script: make `bench` importable from the repository root
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from bench.leak_corpus import (  # noqa: F401
    CLASS_NAMES,
    LISTED_NOWHERE,
    Case,
    Form,
    _case,
    _people,
    span,
)

# ---------------------------------------------------------------------------------------------
# 1. Inflection: case endings, attached prepositions and suffixes, vocatives.

def _inflection() -> list[Case]:
    return [
        _case("ru-hinfl-zaitsev", "ru", dict(
            victim_names=["Дмитрий Зайцев"],
            other_people=_people(("Светлана Зайцева", "жена"), ("Геннадий Орлов", "адвокат"))),
            "Сотрудники Центра «Э» пришли за Дмитрием Зайцевым в шесть утра, через неделю после его видеообращения "
            "к Рабочей группе по произвольным задержаниям. Дмитрию не дали позвонить родным. Защитнику Орлову "
            "отказали в свидании, а у Орлова изъяли телефон прямо в коридоре суда. Светлану допрашивали четыре "
            "часа; Светлане пригрозили лишением родительских прав. О Дмитрии ничего не известно с 9 октября, "
            "связаться с Зайцевым не удаётся.",
            [("Дмитрием", 1), ("Зайцевым", 1), ("Дмитрию", 1), ("Орлову", 1), ("Орлова", 1), ("Светлану", 1),
             ("Светлане", 1), ("Дмитрии", 1), ("Зайцевым", 1, "summary", 1)]),
        _case("ru-hinfl-akhmedova", "ru", dict(
            victim_names=["Зарина Ахмедова"], other_people=_people(("Исмоил Ахмедов", "сын"))),
            "Зарину Ахмедову сняли с рейса в аэропорту Душанбе, когда она летела на сессию Комитета по ликвидации "
            "дискриминации в отношении женщин. Ахмедовой вручили повестку в ГКНБ, а Зарине запретили выезд. "
            "Сына, Исмоила, отчислили из университета; Исмоилу сказали, что «мать сама виновата».",
            [("Зарину", 1), ("Ахмедову", 1), ("Ахмедовой", 1), ("Зарине", 1), ("Исмоила", 1), ("Исмоилу", 1)]),
        _case("uk-hinfl-kovalenko", "uk", dict(
            victim_names=["Ярослав Коваленко"],
            other_people=_people(("Галина Коваленко", "мати"), ("Тарас Бойчук", "сусід, свідок"))),
            "Ярослава Коваленка, волонтера з Херсонщини, окупанти забрали з дому після того, як він передав "
            "фотографії Незалежній міжнародній комісії з розслідування щодо України. Коваленкові інкримінують "
            "«шпигунство». За словами сусіда Тараса Бойчука, з Ярославом поводилися брутально; Бойчука згодом "
            "теж викликали на допит. Матері Ярослава, пані Галині, не кажуть, де він. Коваленком цікавилися ще "
            "в травні.",
            [("Ярослава", 1), ("Коваленка", 1), ("Коваленкові", 1), ("Тараса", 1), ("Бойчука", 1), ("Ярославом", 1),
             ("Бойчука", 1, "summary", 1), ("Ярослава", 1, "summary", 1), ("Галині", 1), ("Коваленком", 1)]),
        _case("pl-hinfl-nowicki", "pl", dict(
            victim_names=["Tomasz Nowicki"],
            other_people=_people(("Halina Nowicka", "matka"), ("Grzegorz Sobczak", "adwokat"))),
            "Tomasza Nowickiego, działacza Związku Polaków, zatrzymano tydzień po jego rozmowie ze Specjalną "
            "Sprawozdawczynią ds. sytuacji praw człowieka na Białorusi. Nowickiemu zarzucono „rehabilitację "
            "nazizmu”. Mecenasowi Sobczakowi odmówiono widzenia z Tomaszem, a matce, pani Halinie Nowickiej, "
            "odebrano paszport. Z Nowickim nie ma kontaktu od 3 listopada; sąd odrzucił zażalenie Sobczaka.",
            [("Tomasza", 1), ("Nowickiego", 1), ("Nowickiemu", 1), ("Sobczakowi", 1), ("Tomaszem", 1),
             ("Halinie", 1), ("Nowickiej", 1), ("Nowickim", 1), ("Sobczaka", 1)]),
        _case("tr-hinfl-ozturk", "tr", dict(
            victim_names=["Kemal Öztürk"], other_people=_people(("Gülsüm Karaca", "avukat"))),
            "Sendikacı Kemal Öztürk'ün BM Irk Ayrımcılığının Ortadan Kaldırılması Komitesi'ne sunduğu rapordan iki "
            "gün sonra evine baskın yapıldı. Polis Öztürk'e 'halkı kin ve düşmanlığa tahrik' suçlaması yöneltti; "
            "savcılık Öztürk'ü tutuklattı. Avukat Karaca'nın dosyaya erişimi kısıtlandı, Gülsüm'e 'işine bak' "
            "dendi. Kemal'in eşi de ifadeye çağrıldı. Ailesi bir haftadır Öztürkten haber alamıyor.",
            [("Öztürk'ün", 1), ("Öztürk'e", 1), ("Öztürk'ü", 1, "summary", 1), ("Karaca'nın", 1), ("Gülsüm'e", 1),
             ("Kemal'in", 1), ("Öztürkten", 1)]),
        _case("ar-hinfl-najjar", "ar", dict(
            victim_names=["يوسف النجار"],
            other_people=_people(("رنا النجار", "ابنة"), ("حسام الدباغ", "محامٍ"))),
            "داهمت قوة من جهاز الأمن الوقائي منزل الصحفي فجر 11 تشرين الثاني/نوفمبر، بعد يومين من إدلائه بشهادة "
            "أمام لجنة التحقيق. ووُجّهت ليوسف تهمة «إثارة النعرات»، ولم يُسمح للدباغ بحضور الاستجواب. وقال جيران إن "
            "الضابط صاح بالنجار «انتهى أمرك» قبل أن يقتاده. وأُفرج لاحقًا عن ابنته، لكن المحقق قال لرنا إن والدها "
            "«لن يرى الشمس». فيوسف، بحسب محاميه، لم يرتكب أي جرم، وللنجار سجل مهني نظيف.",
            [("ليوسف", 1), ("للدباغ", 1), ("بالنجار", 1), ("لرنا", 1), ("فيوسف", 1), ("وللنجار", 1)]),
        _case("fa-hinfl-kazemi", "fa", dict(victim_names=["بهروز کاظمی"]),
              "پس از آنکه بهروز برای گزارشگر ویژه ویدئو فرستاد، مأموران به خانه کاظمی‌ها ریختند. یکی از همسایه‌ها "
              "گفت: «بهروزو جلوی بچه‌هاش زدن و بردن.» مادرش در پیامی نوشت: «بهروزجان فقط حقیقت را گفت.»",
              [("کاظمی‌ها", 1), ("بهروزو", 1), ("بهروزجان", 1)]),
        _case("ka-hinfl-khutsishvili", "ka", dict(victim_names=["თამარ ხუციშვილი"]),
              "ხუციშვილმა ინფორმაცია მიაწოდა გაეროს სპეციალურ მომხსენებელს. ამის შემდეგ სამართალდამცველები "
              "თამარს რამდენჯერმე დაემუქრნენ, ხოლო ხუციშვილის სახლში ჩხრეკა ჩატარდა. თამარის ადვოკატის თქმით, "
              "ბრალდება პოლიტიკურად მოტივირებულია.",
              [("ხუციშვილმა", 1), ("თამარს", 1), ("ხუციშვილის", 1), ("თამარის", 1)]),
        _case("hy-hinfl-meliksetyan", "hy", dict(victim_names=["Գոհար Մելիքսեթյան"]),
              "Մելիքսեթյանին ոստիկանություն կանչեցին այն բանից հետո, երբ նա տեղեկություններ էր ներկայացրել ՄԱԿ-ի "
              "հատուկ զեկուցողին։ Գոհարի փաստաբանին թույլ չտվեցին ներկա գտնվել հարցաքննությանը։ Քննիչը "
              "Մելիքսեթյանից պահանջեց ջնջել հրապարակումները։",
              [("Մելիքսեթյանին", 1), ("Գոհարի", 1), ("Մելիքսեթյանից", 1)]),
        _case("ku-hinfl-zinar", "ku", dict(victim_names=["Berivan Zinar"]),
              "Piştî ku Berivanê agahî da Komîteya NY ya li dijî Îşkenceyê, polîsan mala wê lêgerîn. Parêzerê "
              "Berivanê got ku doz bi gotinên 'propagandaya rêxistinê' hatiye vekirin. Diya wê dibêje: 'Berivana me "
              "tenê rastî got.'",
              [("Berivanê", 1), ("Berivanê", 1, "summary", 1), ("Berivana", 1)]),
    ]


# ---------------------------------------------------------------------------------------------
# 2. Other scripts: the private value in one script, the public text in another.

def _scripts() -> list[Case]:
    shihabi = dict(victim_names=["نادية الشهابي"])
    liu = dict(victim_names=["刘振东"], other_people=_people(("高玉兰", "妻子")))
    belykh = dict(victim_names=["Григорий Белых"])
    quintero = dict(victim_names=["Marisol Quintero"])
    japaridze = dict(victim_names=["ლევან ჯაფარიძე"])
    poghosyan = dict(victim_names=["Անահիտ Պողոսյան"])
    sarsenbayeva = dict(victim_names=["Айгерім Сәрсенбаева"])
    return [
        _case("en-hscr-shihabi", "en", shihabi,
              "Nadia al-Shihabi was questioned for nine hours by the Internal Security Agency after she addressed "
              "the Fact-Finding Mission on Libya. Pro-government pages misspell her as Nadia Shehabi; Ms al-Shihabi's "
              "laptop was never returned.",
              [("Nadia al-Shihabi", 2), ("Nadia Shehabi", 2), ("al-Shihabi", 2, "summary", 1)]),
        _case("fr-hscr-shihabi", "fr", shihabi,
              "La blogueuse Nadia Chéhabi a été interrogée pendant neuf heures par l'Agence de sécurité intérieure "
              "après son intervention devant la Mission d'établissement des faits.",
              [("Nadia Chéhabi", 2)]),
        _case("ru-hscr-shihabi", "ru", shihabi,
              "Блогера Надию аш-Шихаби девять часов допрашивали после её выступления перед Миссией по установлению "
              "фактов.",
              [("Надию аш-Шихаби", 2)]),
        _case("en-hscr-liu", "en", liu,
              "Liu Zhendong, who represents petitioners, was put under 'residential surveillance at a designated "
              "location' after he briefed the Special Rapporteur on the independence of judges and lawyers. "
              "Zhendong Liu's wife, Gao Yulan, was told to stay silent. Hong Kong outlets printed 劉振東; a Taiwanese "
              "wire used Liu Chen-tung.",
              [("Liu Zhendong", 2), ("Zhendong Liu", 2), ("Gao Yulan", 2), ("劉振東", 2), ("Liu Chen-tung", 2)]),
        _case("es-hscr-liu", "es", liu,
              "La esposa del abogado, Gao Yu-lan, fue citada dos veces por la policía tras la sesión del Comité.",
              [("Gao Yu-lan", 2)]),
        _case("en-hscr-belykh", "en", belykh,
              "Environmental campaigner Grigory Belykh was fined and then jailed for 'discrediting the army' after "
              "his letter to the Special Rapporteur on toxics.",
              [("Grigory Belykh", 2)]),
        _case("es-hscr-belykh", "es", belykh,
              "El ecologista Grigori Bélij fue encarcelado tras su carta al Relator Especial sobre sustancias tóxicas.",
              [("Grigori Bélij", 2)]),
        _case("uk-hscr-belykh", "uk", belykh,
              "Російський еколог Григорій Бєлих отримав вирок після звернення до Спеціального доповідача.",
              [("Григорій Бєлих", 2)]),
        _case("ru-hscr-quintero", "ru", quintero,
              "Венесуэльская правозащитница Марисоль Кинтеро получила угрозы после выступления в Совете по правам "
              "человека.",
              [("Марисоль Кинтеро", 2)]),
        _case("zh-hscr-quintero", "zh", quintero,
              "委内瑞拉人权捍卫者玛丽索尔·金特罗在人权理事会发言后多次受到死亡威胁。",
              [("玛丽索尔·金特罗", 2)]),
        _case("ar-hscr-quintero", "ar", quintero,
              "تلقت المدافعة الفنزويلية ماريسول كينتيرو تهديدات بالقتل بعد كلمتها أمام مجلس حقوق الإنسان.",
              [("ماريسول كينتيرو", 2)]),
        _case("ar-hscr-ndikumana", "ar", dict(victim_names=["Gervais Ndikumana"]),
              "مُنع المحامي البوروندي جيرفيه نديكومانا من السفر بعد تعاونه مع لجنة التحقيق بشأن بوروندي.",
              [("جيرفيه نديكومانا", 2)]),
        _case("en-hscr-niknam", "en", dict(victim_names=["فرشته نیک‌نام"]),
              "Labour activist Fereshteh Niknam was sentenced to 74 lashes after her message to the Special "
              "Rapporteur; court papers quoted abroad write her name Fereshte Nik-Nam.",
              [("Fereshteh Niknam", 2), ("Fereshte Nik-Nam", 2)]),
        _case("en-hscr-japaridze", "en", japaridze,
              "Levan Japaridze, a cameraman, was beaten outside Parliament days after he testified to the "
              "Working Group on Enforced or Involuntary Disappearances.",
              [("Levan Japaridze", 2)]),
        _case("ru-hscr-japaridze", "ru", japaridze,
              "Оператора Леван Джапаридзе избили у здания парламента после его показаний Рабочей группе.",
              [("Леван Джапаридзе", 2)]),
        _case("en-hscr-poghosyan", "en", poghosyan,
              "Anahit Poghosyan, who documented the displacement for OHCHR, received anonymous threats.",
              [("Anahit Poghosyan", 2)]),
        _case("ru-hscr-poghosyan", "ru", poghosyan,
              "Анаит Погосян, документировавшая перемещение населения для УВКПЧ, получает анонимные угрозы.",
              [("Анаит Погосян", 2)]),
        _case("en-hscr-tesfaye", "en", dict(victim_names=["ሰላማዊት ተስፋዬ"]),
              "Selamawit Tesfaye was detained in Addis Ababa after speaking to the International Commission of "
              "Human Rights Experts on Ethiopia; a state broadcaster named her as Selamawit Tesfay.",
              [("Selamawit Tesfaye", 2), ("Selamawit Tesfay", 2, "summary", 1)]),
        _case("en-hscr-khatun", "en", dict(victim_names=["রহিমা খাতুন"]),
              "Rahima Khatun, a garment-union organiser, was sacked and sued after the UPR; a factory notice "
              "calls her Rahima Khatoon.",
              [("Rahima Khatun", 2), ("Rahima Khatoon", 2)]),
        _case("ur-hscr-bhatti", "ur", dict(victim_names=["Saima Bhatti"]),
              "انسانی حقوق کی کارکن صائمہ بھٹی کو اقوام متحدہ کے خصوصی نمائندے سے ملاقات کے بعد دھمکیاں ملیں۔",
              [("صائمہ بھٹی", 2)]),
        _case("kk-hscr-sarsenbayeva", "kk", sarsenbayeva,
              "Құқық қорғаушы Aigerim Särsenbaeva БҰҰ арнайы баяндамашысымен кездескеннен кейін ұсталды.",
              [("Aigerim Särsenbaeva", 2)]),
        _case("en-hscr-sarsenbayeva", "en", sarsenbayeva,
              "Aigerim Sarsenbayeva was detained after meeting the Special Rapporteur during the country visit.",
              [("Aigerim Sarsenbayeva", 2)]),
        _case("am-hscr-alemu", "am", dict(victim_names=["Dawit Alemu"]),
              "ጋዜጠኛ ዳዊት አለሙ ከተባበሩት መንግሥታት ልዩ ዘጋቢ ጋር ከተገናኘ በኋላ ታሰረ።",
              [("ዳዊት አለሙ", 2)]),
        _case("zh-hscr-brennan", "zh", dict(victim_names=["Michael Brennan"]),
              "澳大利亚研究员迈克尔·布伦南在向人权高专办提交报告后被拒绝入境，台湾媒体译作麥可·布倫南。",
              [("迈克尔·布伦南", 2), ("麥可·布倫南", 2)]),
        _case("vi-hscr-zhou", "vi", dict(victim_names=["周海燕"]),
              "Nhà hoạt động Trung Quốc Chu Hải Yến bị tạm giữ sau khi gửi tài liệu cho Ủy ban.",
              [("Chu Hải Yến", 2)]),
        _case("en-hscr-triet", "en", dict(victim_names=["Đỗ Minh Triết"]),
              "YouTuber Do Minh Triet was summoned by police after his submission to the Special Rapporteur.",
              [("Do Minh Triet", 2)]),
    ]


# ---------------------------------------------------------------------------------------------
# 3. Joins and splits: compounds joined or split, hyphens, words broken across lines.

def _joins() -> list[Case]:
    return [
        _case("ar-hjoin-zubaidi", "ar", dict(
            victim_names=["عبد الكريم الزبيدي"], other_people=_people(("عزالدين الزبيدي", "أخ"))),
            "اعتقلت قوات الأمن عبدالكريم الزبيدي بعد اتصاله بمكتب المفوضية السامية في بغداد، واستُدعي شقيقه عز الدين "
            "للتحقيق مرتين.",
            [("عبدالكريم", 3), ("عز الدين", 3)]),
        _case("en-hjoin-vandermerwe", "en", dict(victim_names=["Pieter van der Merwe"]),
              "Farm-workers' organiser Pieter Vandermerwe was assaulted after his submission to the Working Group "
              "on Business and Human Rights; the police statement names him P. Vander Merwe.",
              [("Vandermerwe", 3), ("Vander Merwe", 3)]),
        _case("fr-hjoin-saintcyr", "fr", dict(victim_names=["Marie-Noëlle Saint-Cyr"]),
              "La journaliste Marie Noëlle Saint Cyr a été menacée après son entretien avec l'Expert désigné ; sur "
              "les réseaux, on l'appelle « MarieNoëlle ».",
              [("Marie Noëlle", 3), ("Saint Cyr", 3), ("MarieNoëlle", 3)]),
        _case("es-hjoin-montesdeoca", "es", dict(victim_names=["Julio César Montes de Oca"]),
              "El periodista Julio César Montesdeoca fue golpeado tras declarar ante el Comité; la Fiscalía lo "
              "registra como Montes-de-Oca.",
              [("Montesdeoca", 3), ("Montes-de-Oca", 3)]),
        _case("tr-hjoin-toprak", "tr", dict(victim_names=["Abdülkadir Toprak"]),
              "Abdül Kadir Toprak, Özel Raportör ile görüştükten sonra gözaltına alındı; bazı haberlerde adı "
              "Abdül-Kadir olarak geçiyor.",
              [("Abdül Kadir", 3), ("Abdül-Kadir", 3)]),
        _case("id-hjoin-siregar", "id", dict(victim_names=["Nur Aini Siregar"]),
              "Aktivis lingkungan Nuraini Siregar ditangkap setelah menyampaikan laporan kepada Pelapor Khusus.",
              [("Nuraini", 3)]),
        _case("bn-hjoin-jabbar", "bn", dict(victim_names=["আব্দুল জব্বার মিয়া"]),
              "শ্রমিক নেতা আব্দুলজব্বার মিয়া জাতিসংঘের বিশেষ র‍্যাপোর্টিয়ারের সঙ্গে দেখা করার পর গ্রেপ্তার হন।",
              [("আব্দুলজব্বার", 3)]),
        _case("zh-hjoin-ouyang", "zh", dict(victim_names=["欧阳建华"]),
              "维权人士欧阳 建华在向特别报告员提交材料后被刑事拘留；另一份通知写作欧 阳建华，网帖中还有“欧阳建\n华”。",
              [("欧阳 建华", 3), ("欧 阳建华", 3), ("欧阳建\n华", 3)]),
        _case("ru-hjoin-ershova", "ru", dict(victim_names=["Наталья Ершова-Бельская"]),
              "Журналист Наталья Ершова Бельская оштрафована после выступления в Женеве; в протоколе — «Ершова-\n"
              "Бельская».",
              [("Ершова Бельская", 3), ("Ершова-\nБельская", 3)]),
        _case("en-hjoin-tesfaye", "en", dict(victim_names=["Selamawit Tesfaye"]),
              "The journalist, Ms Sela-\nmawit, was held for 40 days; a later report breaks the surname as Tes- faye.",
              [("Sela-\nmawit", 3), ("Tes- faye", 3)]),
        _case("pt-hjoin-davila", "pt", dict(victim_names=["Ana Beatriz D'Ávila"]),
              "A professora Ana Beatriz Dávila foi ameaçada após depor ao Comitê; no boletim de ocorrência, D Ávila.",
              [("Dávila", 3), ("D Ávila", 3)]),
        _case("ha-hjoin-danjummai", "ha", dict(victim_names=["Aminu Dan Jummai"]),
              "An kama ɗan jarida Aminu Danjummai bayan ya yi magana da Mai Ba da Rahoto na Musamman.",
              [("Danjummai", 3)]),
        _case("tl-hjoin-delapena", "tl", dict(victim_names=["Maricel Dela Peña"]),
              "Inaresto si Maricel Delapeña matapos siyang magsumite ng ulat sa Komite; sa blotter ng pulis, "
              "De la Peña ang nakasulat.",
              [("Delapeña", 3), ("De la Peña", 3)]),
        _case("fa-hjoin-nikpour", "fa", dict(victim_names=["علیرضا نیک‌پور"]),
              "علی رضا نیک پور پس از گفت‌وگو با گزارشگر ویژه بازداشت شد.",
              [("علی رضا", 3), ("نیک پور", 3)]),
    ]


# ---------------------------------------------------------------------------------------------
# 4. Parts and short forms: given name alone, title + surname, initials, nicknames, details.

def _parts() -> list[Case]:
    return [
        _case("en-hpart-nabukenya", "en", dict(
            victim_names=["Harriet Nabukenya"],
            other_people=_people(("Samuel Kiggundu", "doctor"), ("Patience Mirembe", "lawyer")),
            identifying_details='Hosts the "Sunday Voices" phone-in on community radio; burn scar on her right '
                                'forearm.'),
            "Ms Nabukenya was picked up by plain-clothes men two days after she testified before the Committee on "
            "the Elimination of Discrimination against Women. Harriet was released after 30 hours; Dr Kiggundu, "
            "who treated her, says the charge sheet lists 'H. Nabukenya'. Counsel Mirembe has filed for habeas "
            "corpus. Listeners of Sunday Voices noticed her absence; officers photographed the burn scar on her "
            "right forearm.",
            [("Ms Nabukenya", 4), ("Harriet", 4), ("Dr Kiggundu", 4), ("H. Nabukenya", 4), ("Counsel Mirembe", 4),
             ("Sunday Voices", 4), ("burn scar on her right forearm", 4)]),
        _case("fr-hpart-kouassi", "fr", dict(
            victim_names=["Adjoa Kouassi"], other_people=_people(("Yao Brou", "avocat")),
            identifying_details="Surnommée « Tantie Adjo » au marché de Treichville ; seule vendeuse de pagnes de "
                                "l'allée C."),
            "Mme Kouassi a été interpellée après avoir transmis des informations à l'Expert indépendant. Les "
            "commerçantes confirment que « Tantie Adjo » n'est plus venue au marché de Treichville. Me Brou, qui la "
            "défend, indique que le procès-verbal ne mentionne qu'« A. Kouassi ». Adjoa n'a pas pu voir sa famille.",
            [("Mme Kouassi", 4), ("Tantie Adjo", 4), ("marché de Treichville", 4), ("Me Brou", 4),
             ("A. Kouassi", 4), ("Adjoa", 4)]),
        _case("es-hpart-ticona", "es", dict(
            victim_names=["Herminia Ticona Apaza"], other_people=_people(("Tomás Ticona Apaza", "hermano"))),
            "Doña Herminia fue golpeada por efectivos policiales tras su participación en el Mecanismo de Expertos "
            "sobre los Derechos de los Pueblos Indígenas. La señora Ticona presentó una denuncia; su hermano Tomás "
            "fue detenido dos días. En el parte policial figura como «H. Ticona A.». Herminia teme represalias.",
            [("Doña Herminia", 4), ("señora Ticona", 4), ("Tomás", 4), ("H. Ticona A.", 4),
             ("Herminia", 4, "summary", 1)]),
        _case("ru-hpart-lapin", "ru", dict(
            victim_names=["Виктор Семёнович Лапин"],
            identifying_details="Единственный в посёлке ветеринар; ездит на зелёной «Ниве»; прозвище «Док»."),
            "Задержанный — В. С. Лапин, пенсионер; в списке суда значится Лапин В.С. Виктор Семёнович отказался "
            "давать показания. Местные жители знают его как «Дока» — единственного ветеринара; полиция забрала и "
            "его зелёную «Ниву».",
            [("В. С. Лапин", 4), ("Лапин В.С.", 4), ("Виктор Семёнович", 4), ("Дока", 4), ("зелёную «Ниву»", 4)]),
        _case("zh-hpart-zhou", "zh", dict(victim_names=["周海燕"], other_people=_people(("钱立军", "律师"))),
              "[name withheld]在向消除对妇女歧视委员会提交材料后被带走。周女士的代理律师钱律师表示，警方称“海燕的"
              "问题很严重”。周某目前下落不明，朋友们都叫她小周。",
              [("周女士", 4), ("钱律师", 4), ("海燕", 4), ("周某", 4), ("小周", 4)]),
        _case("ar-hpart-qabbani", "ar", dict(
            victim_names=["مصطفى القباني"],
            identifying_details="يُعرف بـ«أبو هادي»؛ صاحب محل الخياطة الوحيد في السوق؛ يعرج منذ إصابة في 2013."),
            "اعتقلت المخابرات الجوية أبو هادي بعد أن أرسل شهادته إلى الآلية الدولية المحايدة والمستقلة. وأغلق عناصر "
            "الأمن محل الخياطة الوحيد في السوق. وتقول عائلة الحاج مصطفى إنه يعرج منذ إصابة في 2013، بينما ورد اسمه في "
            "مذكرة التوقيف «م. القباني».",
            [("أبو هادي", 4), ("محل الخياطة الوحيد", 4), ("الحاج مصطفى", 4), ("يعرج منذ إصابة في 2013", 4),
             ("م. القباني", 4)]),
        _case("tr-hpart-yildirim", "tr", dict(victim_names=["Hatice Yıldırım"]),
              "Hatice Hanım, BM Kadınlara Karşı Ayrımcılığın Önlenmesi Komitesi'ne gönderdiği mektubun ardından "
              "ifadeye çağrıldı. İddianamede 'H. Yıldırım', tutanakta 'H.Y.' olarak geçiyor. Mahallede Yıldırım "
              "Teyze diye bilinen kadının evi de arandı.",
              [("Hatice Hanım", 4), ("H. Yıldırım", 4), ("H.Y.", 4), ("Yıldırım Teyze", 4)]),
        _case("vi-hpart-triet", "vi", dict(
            victim_names=["Đỗ Minh Triết"],
            identifying_details='Bút danh "Sóng Ngầm" trên YouTube; chủ tiệm sửa xe đạp đầu chợ.'),
            "Anh Triết bị công an triệu tập sau khi gửi video cho Báo cáo viên đặc biệt. Kênh Sóng Ngầm đã bị xóa, "
            "tiệm sửa xe đạp đầu chợ bị niêm phong; quyết định khởi tố ghi tên Đ.M.T.",
            [("Anh Triết", 4), ("Sóng Ngầm", 4), ("sửa xe đạp đầu chợ", 4), ("Đ.M.T.", 4)]),
        _case("sw-hpart-athumani", "sw", dict(
            victim_names=["Zuhura Athumani"],
            identifying_details='Anajulikana kama "Mama Tumaini"; anauza mandazi karibu na kituo cha daladala cha '
                                'Buguruni.'),
            "Mama Tumaini alikamatwa baada ya kutoa ushahidi kwa Kamati. Bi. Athumani alihojiwa kwa saa nane; polisi "
            "walimtafuta karibu na kituo cha daladala cha Buguruni. Bi. Zuhura bado yuko rumande.",
            [("Mama Tumaini", 4), ("Bi. Athumani", 4), ("kituo cha daladala cha Buguruni", 4), ("Bi. Zuhura", 4)]),
        _case("id-hpart-wenda", "id", dict(victim_names=["Yohana Wenda"]),
              "Ibu Yohana dipanggil polisi setelah berbicara dengan Pelapor Khusus. Bu Wenda diperiksa tanpa "
              "pengacara; surat panggilan hanya menyebut Y. Wenda.",
              [("Ibu Yohana", 4), ("Bu Wenda", 4), ("Y. Wenda", 4)]),
        _case("tl-hpart-macaraeg", "tl", dict(victim_names=["Rodel Macaraeg"]),
              "Si Ka Rodel, lider ng mga magsasaka, ay dinampot matapos magsalita sa Espesyal na Tagapag-ulat. "
              "Sa blotter, R. Macaraeg ang nakasulat. Hindi pa nakikita ng pamilya si Mang Rodel.",
              [("Ka Rodel", 4), ("R. Macaraeg", 4), ("Mang Rodel", 4)]),
        _case("pt-hpart-tembe", "pt", dict(victim_names=["Antônia Rocha Tembé"]),
              "Dona Antônia foi ameaçada após participar do Mecanismo de Especialistas. A Sra. Tembé registrou "
              "queixa; o inquérito cita A. R. Tembé.",
              [("Dona Antônia", 4), ("Sra. Tembé", 4), ("A. R. Tembé", 4)]),
        _case("uk-hpart-ponomarenko", "uk", dict(
            victim_names=["Олеся Пономаренко"],
            identifying_details="Єдина медсестра в селі; їздить на червоному мопеді."),
            "Пані Олеся отримувала погрози після розмови з Моніторинговою місією. У протоколі — О. Пономаренко. "
            "Окупанти забрали її червоний мопед; тепер єдина медсестра в селі переховується.",
            [("Пані Олеся", 4), ("О. Пономаренко", 4), ("червоний мопед", 4), ("єдина медсестра в селі", 4)]),
        _case("am-hpart-bekele", "am", dict(victim_names=["አልማዝ በቀለ"]),
              "ወ/ሮ አልማዝ ለተባበሩት መንግሥታት መረጃ ከሰጡ በኋላ ታሰሩ። በክሱ ላይ «አ. በቀለ» ተብሎ ተጠቅሷል።",
              [("ወ/ሮ አልማዝ", 4), ("አ. በቀለ", 4)]),
        _case("en-hpart-bankole", "en", dict(victim_names=["Olufunmilayo Bankole-Ajayi"]),
              "Funmi, as colleagues call her, was arrested after the UPR side event. Mrs Bankole-Ajayi is held "
              "without charge; the remand order names 'O. Bankole-Ajayi' and the prison register O.B.A.",
              [("Funmi", 4), ("Mrs Bankole-Ajayi", 4), ("O. Bankole-Ajayi", 4), ("O.B.A.", 4)]),
        _case("fa-hpart-niknam", "fa", dict(victim_names=["فرشته نیک‌نام"]),
              "خانم نیک‌نام پس از ارسال پیام به گزارشگر ویژه به ۷۴ ضربه شلاق محکوم شد؛ در حکم نام او ف. نیک‌نام آمده است.",
              [("خانم نیک‌نام", 4), ("ف. نیک‌نام", 4)]),
    ]


# ---------------------------------------------------------------------------------------------
# 5. Numbers: phones and ID numbers with other separators, country codes, other digit sets.

_EASTERN_ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_BENGALI = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
_DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
_HANZI = str.maketrans("0123456789", "〇一二三四五六七八九")


def _numbers() -> list[Case]:
    egypt = dict(victim_names=["Hany Sabry Ghoneim"],
                 victim_contacts="Mobile: +20 122 384 9051\nWife's mobile: +20 109 627 3380",
                 id_numbers=["29105120201377"])
    return [
        _case("en-hnum-egypt", "en", egypt, {
            "summary": "Officers rang him from an unknown line and read his own number, 0122 384 9051, back to him. "
                       "His wife's line 01096273380 was cut the next day. The arrest record gives his national ID "
                       "as 2 9105 1202 01377.",
            "follow_up:new": "The prosecution file lists the number as (+20) 122-384-9051 and the ID as "
                             "29105-12-02-01377."},
            [("0122 384 9051", 5), ("01096273380", 5), ("2 9105 1202 01377", 5),
             ("(+20) 122-384-9051", 5, "follow_up:new"), ("29105-12-02-01377", 5, "follow_up:new")]),
        _case("ar-hnum-egypt", "ar", egypt,
              "وتلقى اتصالات تهديد على رقمه " + "01223849051".translate(_EASTERN_ARABIC) + "، ونُشر رقم زوجته "
              + "010 9627 3380".translate(_EASTERN_ARABIC) + " في صفحة موالية، كما ورد رقمه القومي "
              + "29105120201377".translate(_EASTERN_ARABIC) + " في محضر الضبط.",
              [("01223849051".translate(_EASTERN_ARABIC), 5), ("010 9627 3380".translate(_EASTERN_ARABIC), 5),
               ("29105120201377".translate(_EASTERN_ARABIC), 5)]),
        _case("ur-hnum-jatoi", "ur", dict(victim_names=["Asma Jatoi"], victim_contacts="+92 300 7145 268",
                                          id_numbers=["42101-5938274-6"]),
              "انہیں نمبر 03007145268 پر دھمکیاں ملیں۔ ایف آئی آر میں ان کا شناختی کارڈ نمبر "
              + "4210159382746".translate(_PERSIAN) + " درج ہے، اور ایک اور دستاویز میں 42101 5938274 6۔",
              [("03007145268", 5), ("4210159382746".translate(_PERSIAN), 5), ("42101 5938274 6", 5)]),
        _case("bn-hnum-akter", "bn", dict(victim_names=["মৌসুমী আক্তার"], victim_contacts="+880 1712-408359",
                                          id_numbers=["4628193507"]),
              "তাঁর মোবাইল নম্বর " + "01712408359".translate(_BENGALI) + " ফেসবুকে ছড়িয়ে দেওয়া হয়; জাতীয় "
              "পরিচয়পত্র নম্বর " + "4628 193 507".translate(_BENGALI) + " এবং 01712 408 359 একটি পোস্টে প্রকাশিত হয়।",
              [("01712408359".translate(_BENGALI), 5), ("4628 193 507".translate(_BENGALI), 5),
               ("01712 408 359", 5)]),
        _case("ne-hnum-gurung", "ne", dict(victim_names=["सुनिता गुरुङ"], victim_contacts="+977 984-1256730",
                                           id_numbers=["27-01-76-04512"]),
              "उनको फोन नम्बर " + "9841256730".translate(_DEVANAGARI) + " सामाजिक सञ्जालमा सार्वजनिक गरियो; "
              "नागरिकता नं. " + "27017604512".translate(_DEVANAGARI) + " र मोबाइल 98412 56730 पनि।",
              [("9841256730".translate(_DEVANAGARI), 5), ("27017604512".translate(_DEVANAGARI), 5),
               ("98412 56730", 5)]),
        _case("id-hnum-wenda", "id", dict(victim_names=["Yohana Wenda"], victim_contacts="+62 812-4790-3316",
                                          id_numbers=["9171034506880002"]),
              "Nomor HP-nya 0812 4790 3316 disebar di grup WhatsApp; NIK 9171.0345.0688.0002 tercantum di surat "
              "panggilan, dan nomor 62-812-47903316 dipakai untuk mengirim ancaman.",
              [("0812 4790 3316", 5), ("9171.0345.0688.0002", 5), ("62-812-47903316", 5)]),
        _case("kk-hnum-sarsenbayeva", "kk", dict(victim_names=["Айгерім Сәрсенбаева"], victim_contacts="+7 701 552 1983",
                                                 id_numbers=["880415450327"]),
              "Оған 8 701 552 19 83 нөміріне қоңырау шалып қорқытты; ЖСН 88 04 15 45 03 27 әлеуметтік желіде "
              "жарияланды, кейін 87015521983 нөмірі де.",
              [("8 701 552 19 83", 5), ("88 04 15 45 03 27", 5), ("87015521983", 5)]),
        _case("es-hnum-vasquez", "es", dict(victim_names=["Eulalia Vásquez Toledo"], victim_contacts="+52 951 204 7738",
                                            id_numbers=["VATE790622MOCSLL04"]),
              "La llamaron al 951-204-7738 y luego al (951) 2047738 para amenazarla; su CURP VATE-790622-MOCSLL-04 "
              "apareció en un volante, y en otro escrito como vate790622mocsll04.",
              [("951-204-7738", 5), ("(951) 2047738", 5), ("VATE-790622-MOCSLL-04", 5), ("vate790622mocsll04", 5)]),
        _case("es-hnum-quintero", "es", dict(victim_names=["Marisol Quintero"], victim_contacts="+58 414 729 3160",
                                             id_numbers=["V-18.425.937"]),
              "Recibió mensajes en el 0414-7293160; una cuenta oficialista publicó su cédula 18425937 y, después, "
              "«C.I. V 18 425 937».",
              [("0414-7293160", 5), ("18425937", 5), ("V 18 425 937", 5)]),
        _case("fr-hnum-algeria", "fr", dict(victim_names=["Lounès Aït Amrane"], victim_contacts="+213 661 48 27 35",
                                            id_numbers=["297354182"]),
              "Il a été appelé au 06.61.48.27.35 puis au 0661 48 27 35 ; la police des frontières a retenu son "
              "passeport n° 297 354 182.",
              [("06.61.48.27.35", 5), ("0661 48 27 35", 5), ("297 354 182", 5)]),
        _case("zh-hnum-zhou", "zh", dict(victim_names=["周海燕"], victim_contacts="手机 186 0283 5571",
                                         id_numbers=["510104197612253418"]),
              "警方多次拨打她的手机18602835571，网帖写作+86-186-0283-5571，另有人写成一八六〇二八三五五七一。"
              "其身份证号510104-19761225-3418被公开，一份文件写作5101 0419 7612 2534 18。",
              [("18602835571", 5), ("+86-186-0283-5571", 5), ("18602835571".translate(_HANZI), 5),
               ("510104-19761225-3418", 5), ("5101 0419 7612 2534 18", 5)]),
        _case("ru-hnum-zaitsev", "ru", dict(victim_names=["Дмитрий Зайцев"], victim_contacts="+7 914 306-72-18",
                                            id_numbers=["0819 446271"]),
              "Номер 8-914-306-72-18 выложили в канале «Бессмертный полк правды»; звонки шли и на +79143067218. "
              "В протоколе обыска — паспорт 08 19 446271, в описи — 0819-446271.",
              [("8-914-306-72-18", 5), ("+79143067218", 5), ("08 19 446271", 5), ("0819-446271", 5)]),
        _case("fa-hnum-kazemi", "fa", dict(victim_names=["بهروز کاظمی"], victim_contacts="0935 418 2207",
                                           id_numbers=["4271839065"]),
              "مأموران با شماره " + "09354182207".translate(_PERSIAN) + " تماس گرفتند؛ کد ملی "
              + "427-183906-5".translate(_PERSIAN) + " در احضاریه آمده و شماره 0935-418-2207 در کانالی منتشر شد.",
              [("09354182207".translate(_PERSIAN), 5), ("427-183906-5".translate(_PERSIAN), 5), ("0935-418-2207", 5)]),
        _case("az-hnum-mammadova", "az", dict(victim_names=["Elnarə Məmmədova"], victim_contacts="+994 50 284 71 93",
                                              id_numbers=["5KX9R2T"]),
              "Ona 050 284 71 93 nömrəsindən zəng edib hədələdilər; 0502847193 nömrəsi sosial şəbəkədə paylaşıldı. "
              "FİN kodu 5KX 9R2T protokolda, 5kx9r2t isə bir postda göstərilib.",
              [("050 284 71 93", 5), ("0502847193", 5), ("5KX 9R2T", 5), ("5kx9r2t", 5)]),
        _case("tl-hnum-macaraeg", "tl", dict(victim_names=["Rodel Macaraeg"], victim_contacts="+63 917 624 0815"),
              "Tinawagan siya mula sa 09176240815; ipinost din ang 0917-624-0815 at 63 917 6240815 sa isang "
              "red-tagging na pahina.",
              [("09176240815", 5), ("0917-624-0815", 5), ("63 917 6240815", 5)]),
        _case("sw-hnum-athumani", "sw", dict(victim_names=["Zuhura Athumani"], victim_contacts="+255 765 318 402",
                                             id_numbers=["19840312-14102-00003-27"]),
              "Alipigiwa simu kutoka 0765 318 402 na 0765318402; nambari yake ya NIDA 19840312 14102 00003 27 "
              "ilisambazwa mtandaoni.",
              [("0765 318 402", 5), ("0765318402", 5), ("19840312 14102 00003 27", 5)]),
        _case("en-hnum-ethiopia", "en", dict(victim_names=["Dawit Alemu"], victim_contacts="+251 91 144 7720"),
              "Callers from 0911447720 and 0911 44 77 20 threatened his family; a pro-government page listed "
              "251-911-447720.",
              [("0911447720", 5), ("0911 44 77 20", 5), ("251-911-447720", 5)]),
    ]


# ---------------------------------------------------------------------------------------------
# 6. Obfuscated contacts: e-mail spelled out in the text's language, handles and links without hosts.

def _contacts() -> list[Case]:
    return [
        _case("en-hmail-nabukenya", "en", dict(
            victim_names=["Harriet Nabukenya"],
            victim_contacts="harriet.nabukenya@yahoo.com\nX: @harriet_speaks_ug"),
            "Her e-mail, harriet dot nabukenya at yahoo dot com, was posted on a pro-government forum with a link "
            "mailto:harriet.nabukenya%40yahoo.com. The account harriet_speaks_ug was flooded with threats and a "
            "spoof appeared at twitter.com/harriet_speaks_ug.",
            [("harriet dot nabukenya at yahoo dot com", 6), ("harriet.nabukenya%40yahoo.com", 6),
             ("harriet_speaks_ug", 6), ("twitter.com/harriet_speaks_ug", 6)]),
        _case("en-htg-japaridze", "en", dict(
            victim_names=["ლევან ჯაფარიძე"],
            victim_contacts="Telegram: @levan_jap_tb\nSignal: +995 599 31 47 26"),
            "His channel t[.]me/levan_jap_tb was reported en masse; his Signal number 599 314 726 was read out on a "
            "talk show.",
            [("t[.]me/levan_jap_tb", 6), ("599 314 726", 5)]),
        _case("ru-hmail-belykh", "ru", dict(
            victim_names=["Григорий Белых"],
            victim_contacts="grisha.belykh@yandex.ru\nVK: vk.com/grisha_eco"),
            "Его адрес grisha.belykh собачка yandex точка ru выложили в провластном канале, там же — «пишите "
            "grisha точка belykh на яндексе». Страницу grisha_eco заблокировали.",
            [("grisha.belykh собачка yandex точка ru", 6), ("grisha точка belykh на яндексе", 6), ("grisha_eco", 6)]),
        _case("ar-hmail-zubaidi", "ar", dict(
            victim_names=["عبد الكريم الزبيدي"], victim_contacts="zubaidi.akarim88@gmail.com"),
            "ونشرت صفحة موالية بريده zubaidi.akarim88 ات جيميل دوت كوم، وكذلك zubaidi . akarim88 @ gmail . com مع "
            "عبارات تحريضية.",
            [("zubaidi.akarim88 ات جيميل دوت كوم", 6), ("zubaidi . akarim88 @ gmail . com", 6)]),
        _case("zh-hmail-zhou", "zh", dict(
            victim_names=["周海燕"], victim_contacts="zhouhaiyan1982@163.com\n微信 zhy_1982cd"),
            "她的邮箱zhouhaiyan1982艾特163点com被人公开，也有人写成zhouhaiyan1982 at 163 dot com；其微信号"
            "z h y _ 1 9 8 2 c d遭到封禁。",
            [("zhouhaiyan1982艾特163点com", 6), ("zhouhaiyan1982 at 163 dot com", 6), ("z h y _ 1 9 8 2 c d", 6)]),
        _case("es-hmail-quintero", "es", dict(
            victim_names=["Marisol Quintero"],
            victim_contacts="marisol.quintero.ve@gmail.com\nInstagram: @marisolq_ddhh"),
            "Publicaron su correo marisol.quintero.ve arroba gmail punto com y pidieron «escribirle» a la cuenta de "
            "IG marisolq_ddhh; otro perfil la etiquetó como «marisolq ddhh».",
            [("marisol.quintero.ve arroba gmail punto com", 6), ("marisolq_ddhh", 6), ("marisolq ddhh", 6)]),
        _case("fr-hmail-kouassi", "fr", dict(
            victim_names=["Adjoa Kouassi"],
            victim_contacts="adjoa.kouassi@orange.ci\nhttps://www.facebook.com/tantie.adjo.treich"),
            "Son adresse, adjoa point kouassi chez orange point ci, circule dans des groupes WhatsApp, tout comme "
            "adjoa.kouassi[at]orange.ci et la page fb tantie.adjo.treich.",
            [("adjoa point kouassi chez orange point ci", 6), ("adjoa.kouassi[at]orange.ci", 6),
             ("tantie.adjo.treich", 6)]),
        _case("tr-hmail-ozturk", "tr", dict(victim_names=["Kemal Öztürk"], victim_contacts="kemalozturk.sen@gmail.com"),
              "E-posta adresi kemalozturk.sen et gmail nokta com ve kemalozturk[.]sen[@]gmail[.]com olarak trol "
              "hesaplarında paylaşıldı.",
              [("kemalozturk.sen et gmail nokta com", 6), ("kemalozturk[.]sen[@]gmail[.]com", 6)]),
        _case("id-hmail-wenda", "id", dict(
            victim_names=["Yohana Wenda"],
            victim_contacts="yohana.wenda@gmail.com\nhttps://www.facebook.com/yohana.wenda.papua"),
            "Alamat surelnya yohana.wenda (at) gmail (titik) com dan akun fb.com/yohana.wenda.papua disebar oleh "
            "akun anonim.",
            [("yohana.wenda (at) gmail (titik) com", 6), ("fb.com/yohana.wenda.papua", 6)]),
        _case("pl-hmail-nowicki", "pl", dict(victim_names=["Tomasz Nowicki"], victim_contacts="t.nowicki@wp.pl"),
              "Jego adres t.nowicki małpa wp kropka pl opublikowano na kanale propagandowym, a potem "
              "t.nowicki(at)wp(dot)pl.",
              [("t.nowicki małpa wp kropka pl", 6), ("t.nowicki(at)wp(dot)pl", 6)]),
        _case("pt-hmail-tembe", "pt", dict(
            victim_names=["Antônia Rocha Tembé"],
            victim_contacts="antonia.tembe@gmail.com\nWhatsApp: +55 91 98412 7730"),
            "O e-mail antonia.tembe arroba gmail ponto com e o link wa.me/5591984127730 foram divulgados num grupo "
            "de fazendeiros.",
            [("antonia.tembe arroba gmail ponto com", 6), ("wa.me/5591984127730", 6)]),
        _case("vi-hmail-triet", "vi", dict(
            victim_names=["Đỗ Minh Triết"],
            victim_contacts="dominhtriet.blog@gmail.com\nhttps://www.youtube.com/@songngam_official"),
            "Địa chỉ dominhtriet.blog a còng gmail chấm com bị tung lên mạng; kênh songngam_official bị đánh sập.",
            [("dominhtriet.blog a còng gmail chấm com", 6), ("songngam_official", 6)]),
        _case("uk-hmail-ponomarenko", "uk", dict(
            victim_names=["Олеся Пономаренко"], victim_contacts="olesia.ponomarenko@i.ua"),
            "Її адресу olesia.ponomarenko равлик i.ua оприлюднив окупаційний канал; поруч — "
            "olesia.ponomarenko (at) i (dot) ua.",
            [("olesia.ponomarenko равлик i.ua", 6), ("olesia.ponomarenko (at) i (dot) ua", 6)]),
        _case("fa-hmail-niknam", "fa", dict(
            victim_names=["فرشته نیک‌نام"],
            victim_contacts="f.niknam@yahoo.com\nInstagram: fereshteh.niknam.labor"),
            "ایمیل او f.niknam at yahoo در کانال‌های امنیتی منتشر شد و صفحه instagram.com/fereshteh.niknam.labor "
            "گزارش شد.",
            [("f.niknam at yahoo", 6), ("instagram.com/fereshteh.niknam.labor", 6)]),
        _case("sw-htiktok-athumani", "sw", dict(
            victim_names=["Zuhura Athumani"], victim_contacts="TikTok: @mama_tumaini_dsm"),
            "Video zake kwenye akaunti mama_tumaini_dsm zilifutwa na kuripotiwa.",
            [("mama_tumaini_dsm", 6)]),
    ]


# ---------------------------------------------------------------------------------------------
# 7. Look-alikes and encodings: one transformed form per case, transformations the red team chose.

_CYR_LOOK = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і", "k": "к",
             "H": "Н", "K": "К", "T": "Т", "B": "В", "M": "М", "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С"}
_GREEK_LOOK = {"a": "α", "N": "Ν", "H": "Η", "i": "ι", "u": "υ", "k": "κ", "e": "ε"}
_ARMENIAN_LOOK = {"o": "օ", "n": "ո", "h": "հ", "u": "ս"}
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0"}
_SMALL_CAPS = dict(zip("abcdefghijklmnoprstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ"))
_LATIN_FOR_CYRILLIC = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "З": "3"}


def _table(name: str, table: dict) -> str:
    return "".join(table.get(c, c) for c in name)


def _sprinkle(name: str, mark: str, every: int = 2) -> str:
    return "".join(c + (mark if i % every == every - 1 and i < len(name) - 1 and c != " " else "")
                   for i, c in enumerate(name))


def _sans_italic(name: str) -> str:
    return "".join(chr(0x1D608 + ord(c) - 65) if "A" <= c <= "Z" else chr(0x1D622 + ord(c) - 97)
                   if "a" <= c <= "z" else c for c in name)


def _circled(name: str) -> str:
    return "".join(chr(0x24B6 + ord(c) - 65) if "A" <= c <= "Z" else chr(0x24D0 + ord(c) - 97)
                   if "a" <= c <= "z" else c for c in name)


_ARABIC_PRESENTATION = "\ufef3\ufeee\ufeb3\ufed2 \ufe8d\ufedf\ufee8\ufea0\ufe8e\ufead"  # يوسف النجار, contextual forms
assert unicodedata.normalize("NFKC", _ARABIC_PRESENTATION) == "يوسف النجار"

_LOOK_TEMPLATES = {
    "en": "Screenshots of a post calling {} a 'foreign agent' circulated after the briefing to the Council.",
    "es": "Un perfil anónimo difundió la foto de {} con la leyenda «traidora» tras su intervención en Ginebra.",
    "tr": "Bir trol hesabı {} hakkında 'ajan' etiketiyle paylaşım yaptı.",
    "ru": "В анонимном канале опубликовали пост «{} — иноагент» с фотографией из Женевы.",
    "ar": "نشر حساب مجهول صورة {} مع عبارة «عميل للخارج» بعد مشاركته في جنيف.",
    "zh": "一个匿名账号发帖称{}是“境外势力代理人”。",
    "ka": "ანონიმურმა ანგარიშმა გაავრცელა პოსტი: „{} — უცხოეთის აგენტი“.",
    "vi": "Một tài khoản ẩn danh đăng bài gọi {} là \"phản động\".",
    "fa": "یک حساب ناشناس عکس {} را با عنوان «جاسوس» منتشر کرد.",
    "uk": "Анонімний телеграм-канал назвав {} «агентом Заходу».",
}


def _lookalikes() -> list[Case]:
    harriet = ("en", dict(victim_names=["Harriet Nabukenya"]), "Harriet Nabukenya")
    herminia = ("es", dict(victim_names=["Herminia Ticona Apaza"]), "Herminia Ticona")
    zaitsev = ("ru", dict(victim_names=["Дмитрий Зайцев"]), "Зайцев")
    najjar = ("ar", dict(victim_names=["يوسف النجار"]), "يوسف النجار")
    zhou = ("zh", dict(victim_names=["周海燕"]), "周海燕")
    rows = [
        (harriet, "all cyrillic", lambda n: _table(n, _CYR_LOOK)),
        (harriet, "greek letters", lambda n: _table(n, _GREEK_LOOK)),
        (harriet, "leetspeak", lambda n: _table(n, _LEET)),
        (harriet, "small capitals", lambda n: n[0] + _table(n[1:8], _SMALL_CAPS) + n[8:]),
        (harriet, "mathematical sans italic", _sans_italic),
        (harriet, "combining strikethrough", lambda n: "".join(c + "\u0336" for c in n)),
        (harriet, "word joiners", lambda n: _sprinkle(n, "\u2060", 3)),
        (harriet, "combining grapheme joiner", lambda n: _sprinkle(n, "\u034f", 4)),
        (harriet, "narrow no-break space", lambda n: n.replace(" ", "\u202f")),
        (harriet, "double percent-encoding", lambda n: "https://archive.example.com/?q="
         + urllib.parse.quote(urllib.parse.quote(n))),
        (harriet, "hex entities without semicolons", lambda n: "".join(f"&#x{ord(c):x}" for c in n)),
        (herminia, "circled letters", _circled),
        (herminia, "variation selectors", lambda n: _sprinkle(n, "\ufe0f", 2)),
        (herminia, "armenian letters", lambda n: _table(n, _ARMENIAN_LOOK)),
        (herminia, "percent-encoded path", lambda n: "https://denuncias.example.org/perfil/" + urllib.parse.quote(n)),
        (("tr", dict(victim_names=["Kemal Öztürk"]), "Öztürk"), "decomposed (NFD)",
         lambda n: unicodedata.normalize("NFD", n)),
        (("tr", dict(victim_names=["Hatice Yıldırım"]), "HATİCE YILDIRIM"), "turkish capitals", lambda n: n),
        (zaitsev, "latin letters and a digit", lambda n: _table(n, _LATIN_FOR_CYRILLIC)),
        (zaitsev, "json escapes", lambda n: "".join(f"\\u{ord(c):04x}" for c in n)),
        (zaitsev, "dotted letters", lambda n: ".".join(n)),
        (zaitsev, "double percent-encoding", lambda n: urllib.parse.quote(urllib.parse.quote(n))),
        (najjar, "presentation forms", lambda n: _ARABIC_PRESENTATION),
        (najjar, "vowel marks", lambda n: "يُوسُف النَّجَّار"),
        (najjar, "persian yeh", lambda n: n.replace("ي", "ی")),
        (najjar, "percent-encoded link", lambda n: "https://t.example/s?q=" + urllib.parse.quote(n)),
        (zhou, "homophone", lambda n: "周海艳"),
        (zhou, "slashes", lambda n: "/".join(n)),
        (zhou, "ideographic space", lambda n: n[0] + "\u3000" + n[1:]),
        (zhou, "percent-encoded link", lambda n: "https://weibo.example/search?q=" + urllib.parse.quote(n)),
        (("ka", dict(victim_names=["თამარ ხუციშვილი"]), "ხუციშვილი"), "decimal entities",
         lambda n: "".join(f"&#{ord(c)};" for c in n)),
        (("vi", dict(victim_names=["Đỗ Minh Triết"]), "Đỗ Minh Triết"), "decomposed (NFD)",
         lambda n: unicodedata.normalize("NFD", n)),
        (("fa", dict(victim_names=["فرشته نیک‌نام"]), "فرشته"), "vowel marks", lambda n: "فِرِشتِه"),
        (("uk", dict(victim_names=["Олеся Пономаренко"]), "Пономаренко"), "latin letters",
         lambda n: _table(n, _LATIN_FOR_CYRILLIC)),
    ]
    cases = []
    for (language, private, name), label, transform in rows:
        form = transform(name)
        assert form != name or label == "turkish capitals", label
        cases.append(_case(f"{language}-hlook-{label.replace(' ', '-')}", language, private,
                           _LOOK_TEMPLATES[language].format(form), [(form, 7)]))
    return cases


# ---------------------------------------------------------------------------------------------
# 8. Listed nowhere: people and precise places in no structured private field.

def _listed_nowhere() -> list[Case]:
    return [
        # Named in no private field at all.
        _case("en-hner-sudan", "en", dict(victim_names=["Samia Hashim Babiker"]),
              "According to a fellow detainee, Abdelmonim Hamid, [name withheld] was held for eleven days in the "
              "annex of Kober prison before being moved. Dr Ikhlas Mirghani examined her after release at a private "
              "clinic in Al-Amarat.",
              [("Abdelmonim Hamid", 8), ("Kober prison", 8), ("Ikhlas Mirghani", 8), ("Al-Amarat", 8)]),
        _case("uk-hner-title", "uk", dict(victim_names=["Максим Дорошенко"]), {
            "title": "Вчителя ліцею № 2 у Скадовську затримали після розмови з Місією ООН",
            "summary": "[name withheld] затримали після того, як він передав свідчення Моніторинговій місії."},
            [("ліцею № 2", 8, "title"), ("Скадовську", 8, "title")]),
        _case("ha-hner-nowhere", "ha", dict(victim_names=["Hadiza Lawan"]),
              "Wani shaida, Malam Sani Bello, ya ce an kai [name withheld] ofishin 'yan sanda na Tudun Wada bayan "
              "ta yi magana da Mai Ba da Rahoto na Musamman.",
              [("Sani Bello", 8), ("Tudun Wada", 8)]),
        _case("am-hner-nowhere", "am", dict(victim_names=["ብርሃኔ ገብሩ"]),
              "የዓይን እማኙ አቶ ታደሰ ወልዴ [name withheld] ወደ ቃሊቲ ማረሚያ ቤት መወሰዱን ተናግረዋል።",
              [("ታደሰ ወልዴ", 8), ("ቃሊቲ ማረሚያ ቤት", 8)]),
        _case("bn-hner-nowhere", "bn", dict(victim_names=["তাসলিমা নূর"]),
              "প্রত্যক্ষদর্শী শফিকুল আলম জানান, [name withheld]-কে মিরপুর মডেল থানায় নিয়ে যাওয়া হয়।",
              [("শফিকুল আলম", 8), ("মিরপুর মডেল থানা", 8)]),
        _case("tl-hner-nowhere", "tl", dict(victim_names=["Jennylyn Bautista"]),
              "Ayon kay Kagawad Rommel Dizon, dinala si [name withheld] sa himpilan ng pulisya sa Barangay Bagong "
              "Silang matapos siyang magsalita sa Espesyal na Tagapag-ulat.",
              [("Rommel Dizon", 8), ("Barangay Bagong Silang", 8)]),
        _case("ar-hner-nowhere", "ar", dict(victim_names=["ريم شحادة"]),
              "قال الجار أبو سليم إن عناصر الأمن اقتادوا [name withheld] من حي الشيخ مقصود إلى سجن عدرا.",
              [("أبو سليم", 8), ("حي الشيخ مقصود", 8), ("سجن عدرا", 8)]),
        _case("ru-hner-nowhere", "ru", dict(victim_names=["Руслан Тимиров"]),
              "Соседка Раиса Тимофеевна видела, как [name withheld] увезли в ИВС на Комсомольской; адвокат Эльдар "
              "Мусаев до него не допущен.",
              [("Раиса Тимофеевна", 8), ("ИВС на Комсомольской", 8), ("Эльдар Мусаев", 8)]),
        _case("kk-hner-nowhere", "kk", dict(victim_names=["Бауыржан Омаров"]),
              "Куәгер Ерлан Жақсылықов [name withheld] Жаңаөзендегі полиция бөліміне апарылғанын айтты.",
              [("Ерлан Жақсылықов", 8), ("Жаңаөзендегі", 8)]),
        _case("ur-hner-nowhere", "ur", dict(victim_names=["ثمینہ یوسفزئی"]),
              "عینی شاہد ماسٹر اکرم کے مطابق [name withheld] کو تھانہ سول لائنز لے جایا گیا۔",
              [("ماسٹر اکرم", 8), ("تھانہ سول لائنز", 8)]),
        _case("ne-hner-nowhere", "ne", dict(victim_names=["सुनिता गुरुङ"]),
              "प्रत्यक्षदर्शी रमेश थापाका अनुसार [name withheld] लाई महाराजगञ्ज प्रहरी वृत्तमा लगियो।",
              [("रमेश थापा", 8), ("महाराजगञ्ज प्रहरी वृत्त", 8)]),
        _case("az-hner-nowhere", "az", dict(victim_names=["Elnarə Məmmədova"]),
              "Şahid Elvin Quliyev bildirib ki, [name withheld] Bayıl həbsxanasına aparılıb.",
              [("Elvin Quliyev", 8), ("Bayıl həbsxana", 8)]),
        _case("pl-hner-nowhere", "pl", dict(victim_names=["Alena Marcinkiewicz"]),
              "Świadek, ksiądz Wiesław Parchimowicz, widział, jak [name withheld] wyprowadzano z budynku kołchozu w "
              "Iwieńcu.",
              [("Wiesław Parchimowicz", 8), ("Iwieńcu", 8)]),
        _case("id-hner-nowhere", "id", dict(victim_names=["Markus Gobay"]),
              "Saksi mata, Pendeta Yunus Kogoya, melihat [name withheld] dibawa ke Polsek Abepura; adiknya yang "
              "bersekolah di SMA Negeri 4 Jayapura ikut diinterogasi.",
              [("Yunus Kogoya", 8), ("Polsek Abepura", 8), ("SMA Negeri 4 Jayapura", 8)]),
        # Named only in the narrative, then copied into the summary.
        _case("fr-hner-narrative", "fr", dict(
            victim_names=["Dieudonné Mulumba"],
            original_narrative="Il a été conduit au cachot de l'ANR puis à la prison de Ndolo. Son avocate, Me "
                               "Patience Lukusa, n'a pu le voir qu'une fois. Sa voisine, maman Bijou Kalonji, a "
                               "assisté à l'arrestation à Matete."),
            "Selon sa voisine, maman Bijou Kalonji, [name withheld] a été arrêté à Matete puis transféré à la prison "
            "de Ndolo ; Me Patience Lukusa n'a pu le rencontrer qu'une fois.",
            [("Bijou Kalonji", 8), ("Matete", 8), ("prison de Ndolo", 8), ("Patience Lukusa", 8)]),
        _case("es-hner-narrative", "es", dict(
            victim_names=["Yesenia Caicedo Riascos"],
            original_narrative="La amenazaron en la finca La Ceiba, vereda Bocas del Palo. El párroco Efraín Chacón "
                               "la acompañó a denunciar. Su hijo estudia en el Colegio Nuestra Señora del Carmen."),
            "El párroco Efraín Chacón acompañó a [name withheld] a denunciar las amenazas recibidas en la finca La "
            "Ceiba; la rectora del Colegio Nuestra Señora del Carmen también fue advertida.",
            [("Efraín Chacón", 8), ("finca La Ceiba", 8), ("Colegio Nuestra Señora del Carmen", 8)]),
        # Named only in evidence notes.
        _case("ar-hner-evidence", "ar", dict(
            victim_names=["هالة الكردي"],
            evidence_notes="تقرير الطب الشرعي موقّع من د. وائل البرغوثي في مستشفى الرازي؛ شهادة الجارة سعاد خليل."),
            "وثّق د. وائل البرغوثي آثار التعذيب على جسد [name withheld] في مستشفى الرازي، وأكدت الجارة سعاد خليل رواية "
            "الاعتقال.",
            [("وائل البرغوثي", 8), ("مستشفى الرازي", 8), ("سعاد خليل", 8)]),
        _case("vi-hner-evidence", "vi", dict(
            victim_names=["Lò Thị Mai"],
            evidence_notes="Giấy chứng thương do bác sĩ Hoàng Văn Cường, Bệnh viện Đa khoa huyện Thạch Hà ký."),
            "Bác sĩ Hoàng Văn Cường tại Bệnh viện Đa khoa huyện Thạch Hà xác nhận [name withheld] bị đánh gãy tay.",
            [("Hoàng Văn Cường", 8), ("Bệnh viện Đa khoa huyện Thạch Hà", 8)]),
        _case("en-hner-evidence", "en", dict(
            victim_names=["Ruth Achola"],
            evidence_notes="Photos taken by journalist Moses Ssempijja outside Nalufenya police post."), {
            "summary": "[name withheld] was held incommunicado for a week after the session.",
            "follow_up:new": "Photographs by Moses Ssempijja show [name withheld] being led into Nalufenya police "
                             "post."},
            [("Moses Ssempijja", 8, "follow_up:new"), ("Nalufenya police post", 8, "follow_up:new")]),
        # Named only in internal notes.
        _case("zh-hner-internal", "zh", dict(
            victim_names=["马秀芬"],
            internal_notes="辩护律师孟宪国（表格中未列）；关押于成都市第二看守所；儿子在双流中学读书。"),
            "[name withheld]的辩护律师孟宪国多次申请会见被拒。[name withheld]现被关押在成都市第二看守所，其子就读的"
            "双流中学也被要求“做工作”。",
            [("孟宪国", 8), ("成都市第二看守所", 8), ("双流中学", 8)]),
        _case("fr-hner-internal-retraction", "fr", dict(
            victim_names=["Aminata Sangaré"],
            internal_notes="L'oncle, Seydou Diarra, a appelé le 12 ; elle serait au camp militaire de Kati."), {
            "summary": "[name withheld] a été enlevée après sa participation à l'Examen périodique universel.",
            "retraction_reason": "Dossier retiré à la demande de son oncle, Seydou Diarra : [name withheld] serait "
                                 "détenue au camp militaire de Kati et craint des représailles."},
            [("Seydou Diarra", 8, "retraction_reason"), ("camp militaire de Kati", 8, "retraction_reason")]),
        # Named only in the conversation with the organisation, then copied into a follow-up.
        _case("ru-hner-messages", "ru", dict(victim_names=["Мадина Гусейнова"]), {
            "summary": "[name withheld] получила предупреждение прокуратуры после выступления в Женеве.",
            "follow_up:new": "Сестру [name withheld], Тамару, вызывали в отдел полиции № 4; допрос вёл майор "
                             "Хизриев."},
            [("Тамару", 8, "follow_up:new"), ("отдел полиции № 4", 8, "follow_up:new"),
             ("Хизриев", 8, "follow_up:new")],
            context=dict(messages=("Её сестру Тамару тоже вызывали в отдел полиции № 4, на Ленина.",))),
        _case("pt-hner-messages", "pt", dict(victim_names=["Ivanildo Pataxó"]), {
            "summary": "[name withheld] foi ameaçado após denunciar a invasão ao Relator Especial.",
            "follow_up:new": "Atualização: o sobrinho de [name withheld], Edvaldo, foi levado à delegacia de Porto "
                             "Seguro e liberado após seis horas."},
            [("Edvaldo", 8, "follow_up:new"), ("delegacia de Porto Seguro", 8, "follow_up:new")],
            context=dict(messages=("O sobrinho dele, Edvaldo, foi levado para a delegacia de Porto Seguro ontem.",))),
        _case("sw-hner-messages", "sw", dict(victim_names=["Rehema Kisanga"]),
              "Kaka wa [name withheld], Shabani Mwakilema, alipigwa akiwa kizuizini katika kituo cha polisi Chang'ombe.",
              [("Shabani Mwakilema", 8), ("kituo cha polisi Chang'ombe", 8)],
              context=dict(messages=("Kaka yake Shabani Mwakilema alipigwa katika kituo cha polisi Chang'ombe.",))),
        # Correction notes (saved as a follow-up being written).
        _case("tr-hner-correction", "tr", dict(victim_names=["Rojhat Kaplan"]), {
            "summary": "[name withheld] BM Özel Raportörüne bilgi verdikten sonra gözaltına alındı.",
            "follow_up:new": "Düzeltme: [name withheld] Bismil'de değil, Silvan İlçe Emniyet Müdürlüğü'nde "
                             "tutuldu; gözaltını komşusu Hasan Karadağ gördü."},
            [("Bismil'de", 8, "follow_up:new"), ("Silvan İlçe Emniyet Müdürlüğü", 8, "follow_up:new"),
             ("Hasan Karadağ", 8, "follow_up:new")]),
        _case("zh-hner-correction", "zh", dict(victim_names=["邓建英"]), {
            "summary": "[name withheld]在向特别报告员提供信息后被拘押。",
            "follow_up:new": "更正：[name withheld]被关押在郫都区看守所，而非温江区；目击者为邻居谭玉梅。"},
            [("郫都区看守所", 8, "follow_up:new"), ("温江区", 8, "follow_up:new"), ("谭玉梅", 8, "follow_up:new")]),
        _case("es-hner-correction", "es", dict(victim_names=["Leidy Johana Palacios"]), {
            "summary": "[name withheld] fue detenida tras su intervención ante el Comité.",
            "follow_up:new": "Corrección: la detención ocurrió en la Estación de Policía de Caucasia y no en El "
                             "Bagre; la acompañó el concejal Wilson Berrío."},
            [("Estación de Policía de Caucasia", 8, "follow_up:new"), ("El Bagre", 8, "follow_up:new"),
             ("Wilson Berrío", 8, "follow_up:new")]),
        # Retraction reasons.
        _case("fa-hner-retraction", "fa", dict(victim_names=["شیرین قربانی"]), {
            "summary": "[name withheld] پس از همکاری با گزارشگر ویژه بازداشت شد.",
            "retraction_reason": "به درخواست وکیل پرونده، آقای کامران صفوی، این گزارش پس گرفته شد؛ موکل او اکنون در "
                                 "زندان عادل‌آباد است و انتشار، خطر را بیشتر می‌کند."},
            [("کامران صفوی", 8, "retraction_reason"), ("زندان عادل‌آباد", 8, "retraction_reason")]),
        _case("en-hner-retraction", "en", dict(victim_names=["Chidinma Okonkwo"]), {
            "summary": "[name withheld] was abducted after testifying before the Committee against Torture.",
            "retraction_reason": "Withdrawn at the family's request: Pastor Emmanuel Ogbu, who relayed the case, "
                                 "says she is still held at the SARS cell in Awkuzu and fears publication."},
            [("Emmanuel Ogbu", 8, "retraction_reason"), ("Awkuzu", 8, "retraction_reason")]),
    ]


# ---------------------------------------------------------------------------------------------
# 9. The source: the submitting organisation (name, acronym, alias, inflected) or the submitting person.

def _source() -> list[Case]:
    return [
        _case("en-hsrc-hadn", "en", dict(victim_names=["Dawit Alemu"]), {
            "summary": "The Horn of Africa Defenders Network documented the arrest of [name withheld]. HADN's "
                       "researcher, Mr Gebremariam, was then placed under surveillance.",
            "follow_up:new": "Yonas reports that the Horn Defenders office in Nairobi was searched."},
            [("Horn of Africa Defenders Network", 9), ("HADN", 9), ("Mr Gebremariam", 9),
             ("Yonas", 9, "follow_up:new"), ("Horn Defenders", 9, "follow_up:new")],
            context=dict(organisation_names=("Horn of Africa Defenders Network", "HADN", "Horn Defenders"),
                         submitter_names=("Yonas Gebremariam",))),
        _case("fr-hsrc-lidv", "fr", dict(victim_names=["Adjoa Kouassi"]),
              "D'après la LIDV, [name withheld] a été interpellée. La présidente de la Ligue ivoirienne pour la "
              "défense des victimes, Mme Aka, a reçu des menaces.",
              [("LIDV", 9), ("Ligue ivoirienne pour la défense des victimes", 9), ("Mme Aka", 9)],
              context=dict(organisation_names=("Ligue ivoirienne pour la défense des victimes", "LIDV"),
                           submitter_names=("Clémentine Aka",))),
        _case("es-hsrc-catd", "es", dict(victim_names=["Yesenia Caicedo Riascos"]), {
            "summary": "El colectivo Tierra Digna denunció las amenazas contra [name withheld]; el abogado Escobar "
                       "Lozano recibió un sufragio.",
            "follow_up:new": "El CATD informa que la Fiscalía archivó la denuncia."},
            [("Tierra Digna", 9), ("Escobar Lozano", 9), ("CATD", 9, "follow_up:new")],
            context=dict(organisation_names=("Colectivo de Abogados Tierra Digna", "CATD"),
                         submitter_names=("Ramiro Escobar Lozano",))),
        _case("ar-hsrc-yemen", "ar", dict(victim_names=["أيمن الحكيمي"]),
              "وقال المرصد اليمني للحقوق والحريات إن [name withheld] محتجز منذ شهرين. ووجهت السلطات للمرصد اليمني "
              "للحقوق والحريات تحذيرًا، وتلقت عبير تهديدات، كما نُسبت للشرعبي تهمة التخابر، وذكرت YORF أن موقعها حُجب.",
              [("المرصد اليمني للحقوق والحريات", 9), ("للمرصد اليمني للحقوق والحريات", 9), ("عبير", 9),
               ("للشرعبي", 9), ("YORF", 9)],
              context=dict(organisation_names=("المرصد اليمني للحقوق والحريات", "YORF"),
                           submitter_names=("عبير الشرعبي",))),
        _case("zh-hsrc-cjhrw", "zh", dict(victim_names=["周海燕"]),
              "据长江人权观察披露，[name withheld]遭刑事拘留。该组织负责人彭女士随后被国保约谈，CJHRW网站亦遭屏蔽。",
              [("长江人权观察", 9), ("彭女士", 9), ("CJHRW", 9)],
              context=dict(organisation_names=("长江人权观察", "CJHRW"), submitter_names=("彭雅琴",))),
        _case("ru-hsrc-irbis", "ru", dict(victim_names=["Мадина Гусейнова"]),
              "Как сообщил ПЦ «Ирбис», [name withheld] задержана. Сотрудницу центра «Ирбис» Курбанову вызвали в "
              "Центр «Э»; Аминат угрожали по телефону.",
              [("ПЦ «Ирбис»", 9), ("«Ирбис»", 9, "summary", 1), ("Курбанову", 9), ("Аминат", 9)],
              context=dict(organisation_names=("Правозащитный центр «Ирбис»", "ПЦ «Ирбис»"),
                           submitter_names=("Аминат Курбанова",))),
        _case("pt-hsrc-rdt", "pt", dict(victim_names=["Antônia Rocha Tembé"]),
              "Segundo a RDT, [name withheld] foi ameaçada de morte. Luzia, coordenadora da Rede de Defensoras, "
              "também foi seguida.",
              [("RDT", 9), ("Luzia", 9), ("Rede de Defensoras", 9)],
              context=dict(organisation_names=("Rede de Defensoras do Tocantins", "RDT"),
                           submitter_names=("Luzia Karajá",))),
        _case("tr-hsrc-ehdd", "tr", dict(victim_names=["Kemal Öztürk"]), {
            "summary": "EHDD'nin açıklamasına göre [name withheld] tutuklandı. Dernek başkanı Tunç'a da soruşturma "
                       "açıldı.",
            "follow_up:new": "Ege Hukuk ve Dayanışma Derneği, kapatma davasıyla karşı karşıya."},
            [("EHDD'nin", 9), ("Tunç'a", 9), ("Ege Hukuk ve Dayanışma Derneği", 9, "follow_up:new")],
            context=dict(organisation_names=("Ege Hukuk ve Dayanışma Derneği", "EHDD"),
                         submitter_names=("Serkan Tunç",))),
        _case("id-hsrc-larp", "id", dict(victim_names=["Markus Gobay"]),
              "Menurut LARP, [name withheld] masih ditahan. Pak Frans dari Lembaga Advokasi Rakyat Papua dilarang "
              "menjenguk.",
              [("LARP", 9), ("Pak Frans", 9), ("Lembaga Advokasi Rakyat Papua", 9)],
              context=dict(organisation_names=("Lembaga Advokasi Rakyat Papua", "LARP"),
                           submitter_names=("Frans Wakerkwa",))),
        _case("uk-hsrc-khpg", "uk", dict(victim_names=["Ярослав Коваленко"]),
              "За даними Херсонської правозахисної групи, [name withheld] утримують в ізоляторі. ХПГ звернулася до "
              "ООН; координаторку Ганну Данько викликали до «комендатури».",
              [("Херсонської правозахисної групи", 9), ("ХПГ", 9), ("Ганну Данько", 9)],
              context=dict(organisation_names=("Херсонська правозахисна група", "ХПГ"),
                           submitter_names=("Ганна Данько",))),
    ]


# ---------------------------------------------------------------------------------------------
# 10. The region field: a town, district or neighbourhood of the exact location where a subdivision belongs.

_TAKEN = {
    "en": "Security officers took [name withheld] from home two days after the session.",
    "fr": "Des agents ont emmené [name withheld] deux jours après la session.",
    "es": "Agentes se llevaron a [name withheld] dos días después de la sesión.",
    "ar": "اقتاد عناصر الأمن [name withheld] من منزله بعد يومين من الجلسة.",
    "zh": "会议结束两天后，[name withheld]被警方从家中带走。",
    "ru": "Через два дня после сессии [name withheld] увезли из дома.",
    "az": "[name withheld] sessiyadan iki gün sonra evindən aparılıb.",
    "id": "Dua hari setelah sidang, [name withheld] dibawa dari rumahnya.",
    "tl": "Dalawang araw matapos ang sesyon, kinuha si [name withheld] sa kanyang bahay.",
    "ha": "Kwana biyu bayan zaman, an tafi da [name withheld] daga gidansa.",
    "bn": "অধিবেশনের দুই দিন পর [name withheld]-কে বাড়ি থেকে তুলে নেওয়া হয়।",
    "kk": "Сессиядан екі күн өткен соң [name withheld] үйінен әкетілді.",
    "pt": "Dois dias após a sessão, [name withheld] foi levado de casa.",
    "uk": "Через два дні після сесії [name withheld] вивезли з дому.",
}


def _region() -> list[Case]:
    rows = [
        ("en", "Samia Hashim Babiker", "House 14, Street 7, Hay al-Matar, Kosti, White Nile State",
         [("Kosti", "Kosti"), ("White Nile – Kosti", "Kosti"), ("Hay al-Matar", "Hay al-Matar")]),
        ("fr", "Issa Maman Sani", "Cité Château, commune de Tessaoua, région de Maradi",
         [("Tessaoua", "Tessaoua"), ("Maradi / Tessaoua", "Tessaoua")]),
        ("es", "Yesenia Caicedo Riascos", "Caserío Pueblo Nuevo, distrito de Sepahua, provincia de Atalaya, Ucayali",
         [("Sepahua", "Sepahua"), ("Atalaya, Ucayali", "Atalaya"), ("Pueblo Nuevo", "Pueblo Nuevo")]),
        ("ar", "أيمن الحكيمي", "حي الزهور، مدينة السماوة، محافظة المثنى",
         [("السماوة", "السماوة"), ("المثنى - حي الزهور", "حي الزهور")]),
        ("zh", "马秀芬", "四川省阿坝藏族羌族自治州壤塘县中壤塘镇",
         [("壤塘县", "壤塘县"), ("阿坝州壤塘", "壤塘")]),
        ("ru", "Руслан Тимиров", "посёлок Тикси, Булунский улус, Республика Саха (Якутия)",
         [("Тикси", "Тикси"), ("Якутия, Булунский улус", "Булунский улус")]),
        ("az", "Elnarə Məmmədova", "Nardaran qəsəbəsi, Sabunçu rayonu, Bakı",
         [("Nardaran", "Nardaran"), ("Sabunçu rayonu", "Sabunçu")]),
        ("id", "Markus Gobay", "Kampung Sinakma, Distrik Wamena, Kabupaten Jayawijaya, Papua Pegunungan",
         [("Wamena", "Wamena"), ("Jayawijaya", "Jayawijaya")]),
        ("tl", "Rodel Macaraeg", "Sitio Malipayon, Barangay Tigayon, Kalibo, Aklan",
         [("Kalibo", "Kalibo"), ("Kalibo, Aklan", "Kalibo")]),
        ("ha", "Hadiza Lawan", "Unguwar Dosa, Kaduna ta Arewa, Jihar Kaduna", [("Unguwar Dosa", "Unguwar Dosa")]),
        ("bn", "তাসলিমা নূর", "গ্রাম: চর কুকরি মুকরি, উপজেলা: চরফ্যাশন, জেলা: ভোলা", [("চরফ্যাশন", "চরফ্যাশন")]),
        ("kk", "Бауыржан Омаров", "Жаңатас қаласы, Сарысу ауданы, Жамбыл облысы",
         [("Жаңатас", "Жаңатас"), ("Сарысу ауданы", "Сарысу")]),
        ("pt", "Ivanildo Pataxó", "Comunidade Santo Antônio do Jambuaçu, Moju, Pará",
         [("Moju", "Moju"), ("Jambuaçu (PA)", "Jambuaçu")]),
        ("uk", "Максим Дорошенко", "селище Велика Лепетиха, Каховський район, Херсонська область",
         [("Велика Лепетиха", "Велика Лепетиха"), ("Каховський район", "Каховський")]),
    ]
    cases = []
    for language, victim, location, regions in rows:
        for i, (region, form) in enumerate(regions):
            cases.append(_case(f"{language}-hregion-{i}", language,
                               dict(victim_names=[victim], exact_location=location),
                               {"summary": _TAKEN[language], "region": region}, [(form, 10, "region")]))
    return cases


# ---------------------------------------------------------------------------------------------
# 11. False-positive scope: a mark on one field and text must not clear the value anywhere else.

def _false_positive_scope() -> list[Case]:
    def scoped(cid, language, private, texts, mark, forms):
        field, text, note = mark
        return _case(cid, language, private, texts, forms,
                     false_positives=[{"field": field, "text": text, "note": note}])

    return [
        scoped("en-hfp-justice", "en", dict(victim_names=["Justice Ncube"]), {
            "summary": "The Special Rapporteur called for justice and for the release of [name withheld].",
            "follow_up:new": "Justice Ncube was released on bail on 12 July."},
            ("summary", "justice", "the word, not the person"),
            [("Justice", 11, "follow_up:new"), ("Ncube", 11, "follow_up:new")]),
        scoped("en-hfp-rose", "en", dict(victim_names=["Rose Banda"]), {
            "title": "Rose Banda questioned after UPR side event",
            "summary": "Tensions rose after [name withheld] spoke at a side event of the Universal Periodic Review."},
            ("summary", "rose", "the verb"), [("Rose", 11, "title"), ("Banda", 11, "title")]),
        scoped("en-hfp-lilongwe", "en", dict(victim_names=["Grace Phiri"], exact_location="Area 25, Lilongwe"), {
            "summary": "[name withheld] was detained in Lilongwe after the session.",
            "follow_up:new": "She has since been moved from her home in Area 25, Lilongwe, to a relative's."},
            ("summary", "Lilongwe", "the capital, approved precision"),
            [("Area 25", 11, "follow_up:new"), ("Lilongwe", 11, "follow_up:new")]),
        scoped("es-hfp-paz", "es", dict(victim_names=["Paz Cárdenas Oyarzún"]), {
            "title": "Defensora Paz C. amenazada tras su intervención",
            "summary": "[name withheld] trabaja por la paz en La Araucanía y fue amenazada tras su intervención ante "
                       "el Comité.",
            "follow_up:new": "Paz Cárdenas fue citada otra vez por la Fiscalía."},
            ("summary", "paz", "la palabra"),
            [("Paz", 11, "title"), ("Paz", 11, "follow_up:new"), ("Cárdenas", 11, "follow_up:new")]),
        scoped("es-hfp-pilar", "es", dict(victim_names=["Pilar Méndez Aranda"]), {
            "summary": "[name withheld] fue detenida en Pilar, provincia de Buenos Aires; Méndez había declarado ante "
                       "el Comité contra la Tortura.",
            "follow_up:new": "Pilar Méndez quedó en libertad condicional."},
            ("summary", "Pilar", "la ciudad"),
            [("Méndez", 11), ("Pilar", 11, "follow_up:new"), ("Méndez", 11, "follow_up:new")]),
        scoped("fr-hfp-victoire", "fr", dict(victim_names=["Victoire Mbuyi"]), {
            "summary": "La libération conditionnelle de [name withheld] est une victoire pour la société civile.",
            "retraction_reason": "Victoire Mbuyi demande le retrait de la fiche."},
            ("summary", "victoire", "mot courant"),
            [("Victoire", 11, "retraction_reason"), ("Mbuyi", 11, "retraction_reason")]),
        scoped("ar-hfp-amin", "ar", dict(victim_names=["أمين الساعدي"]), {
            "summary": "وأعرب الأمين العام عن قلقه إزاء احتجاز [name withheld].",
            "follow_up:new": "أُفرج عن أمين الساعدي بكفالة في تموز/يوليو."},
            ("summary", "الأمين", "الأمين العام، منصب عام"),
            [("أمين", 11, "follow_up:new"), ("الساعدي", 11, "follow_up:new")]),
        scoped("zh-hfp-gaofeng", "zh", dict(victim_names=["高峰"]), {
            "summary": "[name withheld]在参加联合国工商业与人权论坛高峰会后被约谈。",
            "follow_up:new": "高峰已于7月获释，但仍被限制出境。"},
            ("summary", "高峰", "高峰会，普通词语"), [("高峰", 11, "follow_up:new")]),
        scoped("ru-hfp-vera", "ru", dict(victim_names=["Вера Любимова"]), {
            "summary": "Несмотря на давление, вера [name withheld] в правосудие не сломлена.",
            "follow_up:new": "Веру Любимову отпустили под домашний арест."},
            ("summary", "вера", "обычное слово"), [("Веру", 11, "follow_up:new"), ("Любимову", 11, "follow_up:new")]),
        scoped("tr-hfp-umut", "tr", dict(victim_names=["Umut Erdem"]), {
            "summary": "Özel Raportör, [name withheld] için umut verici bir adım beklediğini söyledi.",
            "follow_up:new": "Umut Erdem 3 Temmuz'da tahliye edildi."},
            ("summary", "umut", "sıradan kelime"), [("Umut", 11, "follow_up:new"), ("Erdem", 11, "follow_up:new")]),
        scoped("pt-hfp-vitoria", "pt", dict(victim_names=["Vitória Nhantumbo"]), {
            "summary": "A soltura provisória de [name withheld] foi uma vitória parcial.",
            "follow_up:new": "Vitória foi solta em julho, mas segue sob vigilância."},
            ("summary", "vitória", "palavra comum"), [("Vitória", 11, "follow_up:new")]),
        scoped("id-hfp-damai", "id", dict(victim_names=["Damai Lestari Wonda"]), {
            "summary": "[name withheld] ditangkap setelah aksi damai di depan kantor gubernur.",
            "follow_up:new": "Damai dibebaskan pada 2 Juli."},
            ("summary", "damai", "kata biasa"), [("Damai", 11, "follow_up:new")]),
        scoped("sw-hfp-imani", "sw", dict(victim_names=["Imani Wekesa"]), {
            "summary": "Wanaharakati walieleza imani yao kwamba [name withheld] ataachiliwa.",
            "follow_up:new": "Imani aliachiliwa tarehe 4 Julai."},
            ("summary", "imani", "neno la kawaida"), [("Imani", 11, "follow_up:new")]),
        scoped("uk-hfp-vira", "uk", dict(victim_names=["Віра Ткаченко"]), {
            "summary": "Місія зазначила, що віра родини у звільнення [name withheld] не згасає.",
            "follow_up:new": "Віру Ткаченко звільнили 2 липня."},
            ("summary", "віра", "звичайне слово"), [("Віру", 11, "follow_up:new"), ("Ткаченко", 11, "follow_up:new")]),
        scoped("fa-hfp-bahar", "fa", dict(victim_names=["بهار محمدی"]), {
            "summary": "[name withheld] در بهار ۱۴۰۳ بازداشت شد.",
            "retraction_reason": "بهار محمدی خواست پرونده حذف شود."},
            ("summary", "بهار", "فصل سال"), [("بهار", 11, "retraction_reason"), ("محمدی", 11, "retraction_reason")]),
    ]


# ---------------------------------------------------------------------------------------------
# Clean summaries: correctly redacted; they name only the State, capitals and big cities, UN bodies and
# mechanisms, forces, courts, laws, officials by title, communication references and dates. Each is
# checked against the private record it was redacted from (victim, relative, phone, place, ID, narrative).

_CLEAN_TEXT = {  # language: (title, (template 0, template 1), narrative template)
    "en": ("Arrest and search after cooperation with UN human rights bodies", (
        "[name withheld], a {profile}, was arrested in {city} on {date} by officers of {force}, eleven days after "
        "[name withheld] {engagement}. {court} ordered pre-trial detention under {law}. The {official} described "
        "the contacts with {mechanism} as 'collusion with foreign entities'. The case was taken up in {comm}; "
        "{state} has not replied. The family lives in [location withheld].",
        "On {date}, {force} searched the home of [name withheld] in [location withheld] and seized documents "
        "prepared for {mechanism}. A relative was questioned in {city}. The {official} named the defender on "
        "television. The mandate holders raised the matter with {state} in {comm}; see also {sym}. Proceedings "
        "before {court} under {law} are pending."),
        "{victim} was detained by {force} at home ({place}) on {date}. {relative}, {relation}, was warned not to "
        "speak to the UN. Contact: {phone}. ID: {id}."),
    "fr": ("Arrestation et perquisition après une coopération avec l'ONU", (
        "[name withheld], {profile}, a été arrêté·e à {city} le {date} par des agents de {force}, onze jours après "
        "avoir {engagement}. {court} a ordonné la détention provisoire en vertu de {law}. Le {official} a qualifié "
        "les échanges avec {mechanism} de « collusion avec l'étranger ». L'affaire a été soulevée dans la "
        "communication {comm} ; {state} n'a pas répondu. La famille réside à [location withheld].",
        "Le {date}, {force} a perquisitionné le domicile de [name withheld] à [location withheld] et saisi des "
        "documents destinés à {mechanism}. Un proche a été entendu à {city}. Le {official} a cité la personne à la "
        "télévision. Les titulaires de mandat ont saisi {state} par la communication {comm} ; voir aussi {sym}. La "
        "procédure devant {court} sur le fondement de {law} est en cours."),
        "{victim} a été arrêté·e par {force} à son domicile ({place}) le {date}. {relative} ({relation}) a reçu des "
        "menaces. Téléphone : {phone}. Pièce d'identité : {id}."),
    "es": ("Detención y allanamiento tras cooperar con la ONU", (
        "[name withheld], {profile}, fue detenida en {city} el {date} por agentes de {force}, once días después de "
        "haber {engagement}. {court} dictó prisión preventiva con base en {law}. El {official} calificó sus "
        "contactos con {mechanism} de «injerencia extranjera». El caso se planteó en la comunicación {comm}; "
        "{state} no ha respondido. La familia vive en [location withheld].",
        "El {date}, {force} allanó la vivienda de [name withheld] en [location withheld] y se llevó documentos "
        "preparados para {mechanism}. Un familiar fue interrogado en {city}. El {official} mencionó a la defensora "
        "en un programa de televisión. Los titulares de mandatos plantearon el asunto a {state} en la comunicación "
        "{comm}; véase también {sym}. Sigue abierto el proceso ante {court} por {law}."),
        "{victim} fue detenida por {force} en su casa ({place}) el {date}. {relative} ({relation}) recibió "
        "amenazas. Teléfono: {phone}. Documento: {id}."),
    "ar": ("اعتقال وتفتيش بعد التعاون مع آليات الأمم المتحدة", (
        "اعتُقل [name withheld]، وهو {profile}، في {city} في {date} على يد عناصر من {force}، بعد أحد عشر يومًا من "
        "{engagement}. وأمرت {court} بحبسه احتياطيًا استنادًا إلى {law}. ووصف {official} تواصله مع {mechanism} بأنه "
        "«تخابر مع جهات أجنبية». وأُثيرت القضية في الرسالة {comm}، ولم يصدر رد عن {state}. وتقيم الأسرة في "
        "[location withheld].",
        "في {date}، فتّش عناصر من {force} منزل [name withheld] في [location withheld] وصادروا وثائق أُعدّت لـ"
        "{mechanism}. واستُجوب أحد أقاربه في {city}. وذكر {official} اسم المدافع في مقابلة تلفزيونية. وأثار المكلفون "
        "بولايات المسألة مع {state} في الرسالة {comm}؛ انظر أيضًا {sym}. ولا تزال الدعوى منظورة أمام {court} بموجب "
        "{law}."),
        "اعتُقل {victim} على يد {force} في منزله ({place}) في {date}. وتعرض {relative} ({relation}) للتهديد. "
        "الهاتف: {phone}. الهوية: {id}."),
    "zh": ("与联合国人权机制合作后遭逮捕和搜查", (
        "{date}，[name withheld]（{profile}）在{city}被{force}带走，此前十一天其曾{engagement}。{court}随后依据{law}"
        "受理此案。{official}称其与{mechanism}的联系属于“勾结境外势力”。该案已在来文{comm}中提出，{state}尚未答复。"
        "其家人居住在[location withheld]。",
        "{date}，{force}搜查了[name withheld]位于[location withheld]的住所，并扣押了为{mechanism}准备的材料。一名亲属"
        "在{city}被问话。{official}在电视节目中公开点名。任务负责人已通过来文{comm}向{state}提出此事；另见{sym}。"
        "{court}依据{law}审理的案件仍在进行中。"),
        "{date}，{victim}在家中（{place}）被{force}带走。{relative}（{relation}）受到威胁。电话：{phone}。身份证：{id}。"),
    "ru": ("Задержание и обыск после сотрудничества с механизмами ООН", (
        "{date} в {city} сотрудники {force} задержали [name withheld] — {profile}; за одиннадцать дней до этого "
        "[name withheld] {engagement}. {court} избрал меру пресечения в виде заключения под стражу по {law}. "
        "{official} назвал контакты с {mechanism} «сотрудничеством с иностранными структурами». Дело затронуто в "
        "сообщении {comm}; ответа от государства ({state}) не поступило. Семья живёт в [location withheld].",
        "{date} сотрудники {force} провели обыск в квартире [name withheld] в [location withheld] и изъяли "
        "материалы, которые готовились для ООН. Родственника допросили в {city}. {official} упомянул "
        "правозащитника в телеэфире. Мандатарии направили государству ({state}) сообщение {comm}; см. также {sym}. "
        "Дело по {law} рассматривает {court}."),
        "{victim} задержан(а) сотрудниками {force} дома ({place}) {date}. {relative} ({relation}) угрожали. "
        "Телефон: {phone}. Паспорт: {id}."),
    "pt": ("Detenção e busca após cooperação com a ONU", (
        "[name withheld], {profile}, foi detido em {city} em {date} por agentes da {force}, onze dias depois de ter "
        "{engagement}. O {court} decretou a prisão preventiva com base na {law}. O {official} qualificou os "
        "contatos com {mechanism} de «conluio com estrangeiros». O caso foi levantado na comunicação {comm}; o "
        "Estado ({state}) não respondeu. A família vive em [location withheld].",
        "Em {date}, a {force} revistou a casa de [name withheld] em [location withheld] e apreendeu documentos "
        "preparados para {mechanism}. Um familiar foi interrogado em {city}. O {official} citou a pessoa num "
        "programa de televisão. Os titulares de mandato levantaram a questão com o Estado ({state}) na comunicação "
        "{comm}; ver também {sym}. Segue o processo no {court} com base na {law}."),
        "{victim} foi detido pela {force} em casa ({place}) em {date}. {relative} ({relation}) recebeu ameaças. "
        "Telefone: {phone}. Documento: {id}."),
    "tr": ("BM mekanizmalarıyla işbirliği sonrası gözaltı ve arama", (
        "{profile} [name withheld], {engagement} on bir gün sonra, {date} tarihinde {city} {force} tarafından "
        "gözaltına alındı. {court}, {law} uyarınca tutuklama kararı verdi. {official}, {mechanism} ile kurulan "
        "teması 'yabancı odaklarla işbirliği' olarak nitelendirdi. Dava {comm} sayılı iletişimde gündeme "
        "getirildi; {state} yanıt vermedi. Aile [location withheld] bölgesinde yaşıyor.",
        "{date} tarihinde {force}, [name withheld] adlı kişinin [location withheld] bölgesindeki evinde arama yaptı "
        "ve {mechanism} için hazırlanan belgelere el koydu. Bir yakını {city} ifade verdi. {official} bir "
        "televizyon programında savunucunun adını andı. Yetki sahipleri {comm} sayılı iletişimle konuyu {state} "
        "nezdinde gündeme getirdi; ayrıca bkz. {sym}. {court} önündeki {law} kapsamındaki dava sürüyor."),
        "{victim}, {date} tarihinde evinde ({place}) {force} tarafından gözaltına alındı. {relative} ({relation}) "
        "tehdit edildi. Telefon: {phone}. Kimlik: {id}."),
    "fa": ("بازداشت و بازرسی پس از همکاری با سازوکارهای سازمان ملل", (
        "[name withheld]، {profile}، در تاریخ {date} در {city} به دست مأموران {force} بازداشت شد؛ یازده روز پیش از "
        "آن {engagement}. {court} بر اساس {law} قرار بازداشت موقت صادر کرد. {official} ارتباط با {mechanism} را "
        "«همکاری با بیگانگان» خواند. این پرونده در نامه {comm} مطرح شد و {state} پاسخی نداده است. خانواده در "
        "[location withheld] زندگی می‌کنند.",
        "در تاریخ {date}، مأموران {force} خانه [name withheld] را در [location withheld] بازرسی کردند و مدارکی را که "
        "برای {mechanism} آماده شده بود ضبط کردند. یکی از بستگان در {city} بازجویی شد. {official} در برنامه‌ای "
        "تلویزیونی از این فعال نام برد. دارندگان مأموریت موضوع را در نامه {comm} با دولت {state} مطرح کردند؛ همچنین "
        "نگاه کنید به {sym}. رسیدگی به پرونده در {court} بر اساس {law} ادامه دارد."),
        "{victim} در تاریخ {date} در خانه‌اش ({place}) توسط مأموران {force} بازداشت شد. {relative} ({relation}) "
        "تهدید شد. تلفن: {phone}. شماره ملی: {id}."),
    "id": ("Penangkapan dan penggeledahan setelah bekerja sama dengan PBB", (
        "[name withheld], seorang {profile}, ditangkap di {city} pada {date} oleh anggota {force}, sebelas hari "
        "setelah {engagement}. {court} menetapkan penahanan berdasarkan {law}. {official} menyebut hubungannya "
        "dengan {mechanism} sebagai \"persekongkolan dengan pihak asing\". Kasus ini diangkat dalam komunikasi "
        "{comm}; Pemerintah {state} belum menanggapi. Keluarganya tinggal di [location withheld].",
        "Pada {date}, {force} menggeledah rumah [name withheld] di [location withheld] dan menyita dokumen yang "
        "disiapkan untuk {mechanism}. Seorang kerabat diperiksa di {city}. {official} menyebut nama aktivis itu "
        "dalam acara televisi. Pemegang mandat mengangkat masalah ini kepada Pemerintah {state} melalui komunikasi "
        "{comm}; lihat juga {sym}. Proses di {court} berdasarkan {law} masih berjalan."),
        "{victim} ditangkap {force} di rumahnya ({place}) pada {date}. {relative} ({relation}) diancam. Telepon: "
        "{phone}. NIK: {id}."),
    "sw": ("Upekuzi na kukamatwa kufuatia ushirikiano na taratibu za Umoja wa Mataifa", (
        "[name withheld], {profile}, alikamatwa {city} tarehe {date} na maafisa wa {force}, siku kumi na moja baada "
        "ya {engagement}. {court} iliamuru azuiliwe kwa mujibu wa {law}. {official} alieleza mawasiliano yake na "
        "{mechanism} kama \"kushirikiana na wageni\". Kesi hii iliibuliwa katika mawasiliano {comm}; Serikali ya "
        "{state} haijajibu. Familia yake inaishi [location withheld].",
        "Tarehe {date}, maafisa wa {force} walipekua nyumba ya [name withheld] iliyoko [location withheld] na "
        "kuchukua nyaraka zilizoandaliwa kwa ajili ya {mechanism}. Ndugu yake mmoja alihojiwa {city}. {official} "
        "alimtaja mtetezi huyo katika kipindi cha televisheni. Wenye mamlaka waliiandikia Serikali ya {state} "
        "kupitia mawasiliano {comm}; tazama pia {sym}. Kesi iliyoko mbele ya {court} chini ya {law} inaendelea."),
        "{victim} alikamatwa na {force} nyumbani kwake ({place}) tarehe {date}. {relative} ({relation}) "
        "alitishiwa. Simu: {phone}. Kitambulisho: {id}."),
    "uk": ("Затримання та обшук після співпраці з механізмами ООН", (
        "{date} у {city} співробітники {force} затримали [name withheld] — {profile}; за одинадцять днів до цього "
        "[name withheld] {engagement}. {court} обрав запобіжний захід — тримання під вартою за {law}. {official} "
        "назвав контакти з {mechanism} «співпрацею з ворогом». Справу порушено в повідомленні {comm}; відповіді "
        "від держави ({state}) не надійшло. Родина мешкає в [location withheld].",
        "{date} співробітники {force} провели обшук у помешканні [name withheld] в [location withheld] і вилучили "
        "матеріали для ООН. Родича допитали в {city}. {official} згадав правозахисника в телеефірі. Мандатарії "
        "надіслали державі ({state}) повідомлення {comm}; див. також {sym}. Справу за {law} розглядає {court}."),
        "{victim} затримали співробітники {force} вдома ({place}) {date}. {relative} ({relation}) погрожували. "
        "Телефон: {phone}. Паспорт: {id}."),
    "vi": ("Bắt giữ và khám xét sau khi hợp tác với các cơ chế của Liên Hợp Quốc", (
        "[name withheld], một {profile}, bị {force} bắt giữ tại {city} ngày {date}, mười một ngày sau khi "
        "{engagement}. {court} ra lệnh tạm giam theo {law}. {official} gọi việc liên hệ với {mechanism} là \"cấu "
        "kết với thế lực nước ngoài\". Vụ việc được nêu trong thư {comm}; Chính phủ {state} chưa trả lời. Gia đình "
        "sống tại [location withheld].",
        "Ngày {date}, {force} khám xét nhà của [name withheld] tại [location withheld] và thu giữ tài liệu chuẩn bị "
        "gửi {mechanism}. Một người thân bị thẩm vấn tại {city}. {official} nhắc tên nhà hoạt động trên truyền "
        "hình. Các chủ thể nhiệm vụ đã nêu vấn đề với Chính phủ {state} trong thư {comm}; xem thêm {sym}. Vụ án tại "
        "{court} theo {law} vẫn đang tiếp diễn."),
        "{victim} bị {force} bắt tại nhà ({place}) ngày {date}. {relative} ({relation}) bị đe dọa. Điện thoại: "
        "{phone}. CCCD: {id}."),
}

_CLEAN_KEYS = ("state", "city", "date", "force", "court", "law", "mechanism", "official", "comm", "sym", "profile",
               "engagement", "region")
# Each row: the public slots above, then the private record (victim, relative, relation, phone, place, ID).
_CLEAN_ROWS = {
    "en": [
        ("Egypt", "Cairo", "3 April 2022", "the National Security Sector", "The Cairo Criminal Court",
         "Law No. 175 of 2018 on Combating Information Technology Crimes", "the Committee on the Rights of the Child",
         "Minister of Interior", "AL EGY 7/2022", "A/HRC/51/47", "children's rights advocate",
         "sent a shadow report to the Committee on the Rights of the Child", "EG-C",
         ("Mahmoud Abdelsalam Ragab", "Doaa Ragab", "wife", "+20 111 702 4486", "7 Mostafa Kamel St, Maadi, Cairo",
          "28312250104471")),
        ("Zimbabwe", "Harare", "18 August 2021", "the Zimbabwe Republic Police", "The Harare Magistrates' Court",
         "the Criminal Law (Codification and Reform) Act",
         "the Special Rapporteur on the rights to freedom of peaceful assembly and of association",
         "Minister of Information", "UA ZWE 2/2021", "A/HRC/48/28", "trade unionist",
         "briefed the Special Rapporteur on the rights to freedom of peaceful assembly and of association", "ZW-HA",
         ("Tendai Mutasa", "Rudo Mutasa", "sister", "+263 77 318 9054", "Stand 4417, Glen View 3", "63-2218475-K-42")),
        ("the Philippines", "Manila", "9 November 2022", "the Philippine National Police", "The Regional Trial Court",
         "the Anti-Terrorism Act of 2020", "the Universal Periodic Review", "National Security Adviser",
         "AL PHL 5/2022", "A/HRC/54/61", "community journalist", "spoke at a UPR pre-session in Geneva", "PH-00",
         ("Jericho Villanueva", "Liza Villanueva", "mother", "+63 928 551 0374", "Purok 6, Barangay Tumana, Marikina",
          "CRN-0111-4829374-5")),
        ("Belarus", "Minsk", "27 February 2023", "the Main Directorate for Combating Organised Crime",
         "The Minsk City Court", "article 361-1 of the Criminal Code",
         "the Special Rapporteur on the situation of human rights in Belarus", "Prosecutor General",
         "AL BLR 3/2023", "A/HRC/53/53", "election observer",
         "sent testimony to the Special Rapporteur on the situation of human rights in Belarus", "BY-HM",
         ("Andrei Zhuk", "Volha Zhuk", "wife", "+375 33 614 28 09", "vul. Kalinouskaha 58, Minsk", "MP3948126")),
    ],
    "fr": [
        ("le Cameroun", "Yaoundé", "4 mai 2022", "la Direction générale de la recherche extérieure",
         "Le tribunal militaire de Yaoundé", "la loi de 2014 portant répression des actes de terrorisme",
         "le Comité des droits de l'homme", "ministre de l'Administration territoriale", "AL CMR 3/2022",
         "A/HRC/51/47", "journaliste", "transmis des informations au Comité des droits de l'homme", "CM-CE",
         ("Emmanuel Tchoumi", "Solange Tchoumi", "épouse", "+237 6 77 48 21 09", "quartier Mvog-Ada, Yaoundé",
          "112847593")),
        ("le Tchad", "N'Djamena", "12 octobre 2022", "l'Agence nationale de sécurité de l'État",
         "La cour criminelle de N'Djamena", "le Code pénal de 2017",
         "la Rapporteuse spéciale sur la situation des défenseurs des droits de l'homme",
         "ministre de la Sécurité publique", "UA TCD 4/2022", "A/HRC/54/61", "étudiant·e",
         "témoigné devant la Rapporteuse spéciale sur la situation des défenseurs des droits de l'homme", "TD-ND",
         ("Abakar Mahamat Haggar", "Haoua Mahamat", "sœur", "+235 66 29 41 07", "quartier Chagoua", "TD0458821")),
        ("le Burkina Faso", "Ouagadougou", "21 mars 2023", "la Gendarmerie nationale",
         "Le tribunal de grande instance de Ouagadougou", "le décret de mobilisation générale",
         "le Haut-Commissariat aux droits de l'homme", "ministre de la Communication", "AL BFA 1/2023",
         "A/HRC/54/61", "défenseur des droits humains",
         "rencontré le Haut-Commissaire aux droits de l'homme lors de sa visite", "BF-03",
         ("Issouf Ouédraogo", "Rasmata Ouédraogo", "mère", "+226 70 55 18 42", "secteur 27, Ouagadougou",
          "B9920417")),
        ("Haïti", "Port-au-Prince", "6 juin 2021", "la Police nationale d'Haïti",
         "Le tribunal de première instance de Port-au-Prince", "le Code pénal haïtien",
         "l'Expert indépendant sur la situation des droits de l'homme en Haïti", "ministre de la Justice",
         "AL HTI 2/2021", "A/HRC/48/28", "avocate",
         "transmis un rapport à l'Expert indépendant sur la situation des droits de l'homme en Haïti", "HT-OU",
         ("Nadège Célestin", "Wilner Célestin", "frère", "+509 3712 6640", "Delmas 33, rue Charbonnière",
          "004-481-227-9")),
    ],
    "es": [
        ("Cuba", "La Habana", "11 de julio de 2021", "el Departamento de Seguridad del Estado",
         "El Tribunal Provincial Popular de La Habana", "el artículo 143 del Código Penal",
         "el Grupo de Trabajo sobre la Detención Arbitraria", "ministro del Interior", "UA CUB 5/2021",
         "A/HRC/48/28", "artista", "enviado información al Grupo de Trabajo sobre la Detención Arbitraria", "CU-03",
         ("Yanelys Cabrera Soler", "Mayelín Soler", "madre", "+53 5 318 2746", "calle Zapotes 214, Diez de Octubre",
          "85031208467")),
        ("Honduras", "Tegucigalpa", "8 de marzo de 2022", "la Policía Nacional de Honduras",
         "El Juzgado de Letras Penal con Competencia Nacional", "el artículo 588 del Código Penal",
         "la Oficina del Alto Comisionado para los Derechos Humanos", "ministro de Seguridad", "AL HND 2/2022",
         "A/HRC/51/47", "defensora del territorio", "colaborado con la oficina del ACNUDH en el país", "HN-FM",
         ("Miriam Arzú Castillo", "Kenia Arzú", "hija", "+504 9781 3325", "comunidad garífuna de Sambo Creek",
          "0801-1979-04412")),
        ("El Salvador", "San Salvador", "30 de mayo de 2022", "la Policía Nacional Civil",
         "El Juzgado Especializado de Instrucción", "el régimen de excepción", "el Comité de Derechos Humanos",
         "fiscal general", "AL SLV 6/2022", "A/HRC/54/61", "sindicalista",
         "presentado un informe sombra al Comité de Derechos Humanos", "SV-SS",
         ("Xiomara Rivas Henríquez", "Óscar Rivas", "esposo", "+503 7421 0968", "colonia Zacamil, Mejicanos",
          "04128733-5")),
        ("Bolivia", "La Paz", "14 de septiembre de 2023", "la Fuerza Especial de Lucha Contra el Crimen",
         "El Tribunal de Sentencia Penal", "la Ley 1390", "el Foro Permanente para las Cuestiones Indígenas",
         "viceministro de Régimen Interior", "AL BOL 2/2023", "A/HRC/54/61", "dirigenta indígena",
         "intervenido en el Foro Permanente para las Cuestiones Indígenas", "BO-L",
         ("Celestina Choque Limachi", "Rufino Choque", "hermano", "+591 7 152 3394", "zona Villa Adela, El Alto",
          "4829317 LP")),
    ],
    "ar": [
        ("الإمارات العربية المتحدة", "أبوظبي", "14 آب/أغسطس 2022", "جهاز أمن الدولة", "المحكمة الاتحادية العليا",
         "قانون مكافحة الجرائم الإرهابية لسنة 2014", "اللجنة المعنية بحالات الاختفاء القسري", "النائب العام",
         "AL ARE 4/2022", "A/HRC/51/47", "أكاديمي", "إرساله معلومات إلى اللجنة المعنية بحالات الاختفاء القسري",
         "AE-AZ", ("سالم الكعبي", "عائشة الكعبي", "زوجة", "+971 50 662 1973", "منطقة الشامخة، أبوظبي",
                   "784-1979-4418226-3")),
        ("الأردن", "عمّان", "2 كانون الثاني/يناير 2023", "دائرة المخابرات العامة", "محكمة أمن الدولة",
         "قانون الجرائم الإلكترونية لسنة 2023", "المقرر الخاص المعني بحرية الرأي والتعبير", "وزير الداخلية",
         "AL JOR 1/2023", "A/HRC/54/61", "نقابي", "لقائه بالمقرر الخاص المعني بحرية الرأي والتعبير", "JO-AM",
         ("معاذ الخوالدة", "ياسمين الخوالدة", "أخت", "+962 79 540 3318", "جبل النزهة", "9811047733")),
        ("ليبيا", "طرابلس", "19 أيار/مايو 2022", "جهاز الأمن الداخلي", "محكمة استئناف طرابلس",
         "قانون مكافحة الإرهاب رقم 3 لسنة 2014", "بعثة تقصي الحقائق المستقلة بشأن ليبيا",
         "وزير الداخلية في حكومة الوحدة الوطنية", "UA LBY 3/2022", "A/HRC/51/47", "مدوّن",
         "إدلائه بشهادة أمام بعثة تقصي الحقائق المستقلة بشأن ليبيا", "LY-TB",
         ("أيمن الورفلي", "خديجة الورفلي", "أم", "+218 91 447 2096", "حي الأندلس، طرابلس", "119870334471")),
    ],
    "zh": [
        ("中国", "上海", "2022年4月11日", "上海市公安局", "上海市第二中级人民法院", "《刑法》第一百一十一条",
         "消除对妇女歧视委员会", "外交部发言人", "AL CHN 6/2022", "A/HRC/51/47", "女权活动人士",
         "向消除对妇女歧视委员会提交影子报告", "CN-SH",
         ("唐佳慧", "唐国平", "父亲", "139 1704 2286", "上海市闵行区莘庄镇", "310112199004214429")),
        ("中国", "武汉", "2021年10月20日", "国家安全机关", "武汉市中级人民法院", "《刑法》第一百零五条",
         "任意拘留问题工作组", "湖北省公安厅负责人", "UA CHN 12/2021", "A/HRC/48/28", "公民记者",
         "向任意拘留问题工作组提供信息", "CN-HB",
         ("郑立波", "郑晓云", "妹妹", "135 4721 8893", "洪山区关山街道", "420111198507130016")),
        ("中国", "拉萨", "2023年2月7日", "西藏自治区公安厅", "拉萨市中级人民法院", "《反分裂国家法》",
         "联合国人权事务高级专员办事处", "自治区政府发言人", "AL CHN 3/2023", "A/HRC/54/61", "藏语教育倡导者",
         "与联合国人权事务高级专员办事处联络", "CN-XZ",
         ("次仁卓玛", "扎西平措", "哥哥", "189 0891 3364", "城关区八廓街道", "540102199203180528")),
    ],
    "ru": [
        ("Российская Федерация", "Москве", "16 сентября 2022 года", "ФСБ", "Московский городской суд",
         "статье 275 УК РФ", "Рабочей группой по насильственным или недобровольным исчезновениям",
         "Официальный представитель МИД", "AL RUS 9/2022", "A/HRC/51/47", "журналист",
         "передал(а) сведения Рабочей группе по насильственным или недобровольным исчезновениям", "RU-MOW",
         ("Кирилл Воронцов", "Алла Воронцова", "мать", "+7 916 472-19-03", "ул. Большая Грузинская, 37",
          "4519 338104")),
        ("Кыргызстан", "Бишкеке", "23 октября 2022 года", "ГКНБ", "Первомайский районный суд Бишкека",
         "статье 278 УК Кыргызской Республики", "Специальным докладчиком по вопросу о положении правозащитников",
         "Председатель ГКНБ", "AL KGZ 2/2022", "A/HRC/54/61", "правозащитник",
         "встречался(лась) со Специальным докладчиком по вопросу о положении правозащитников", "KG-GB",
         ("Эрнис Токтогулов", "Айпери Токтогулова", "жена", "+996 555 412 907", "Бишкек, мкр. Джал, 14",
          "ID2174539")),
        ("Азербайджан", "Баку", "30 ноября 2023 года", "Главного управления по борьбе с организованной преступностью",
         "Бакинский суд по тяжким преступлениям", "статье 206.3.2 УК Азербайджанской Республики",
         "Комитетом против пыток", "Генеральный прокурор", "AL AZE 5/2023", "CAT/C/AZE/CO/5",
         "журналист-расследователь", "направил(а) информацию Комитету против пыток", "AZ-BA",
         ("Рахиля Мамедова", "Эльчин Мамедов", "брат", "+994 55 318 42 77", "Ясамальский район, ул. Шарифзаде, 9",
          "AA2218845")),
    ],
    "pt": [
        ("Brasil", "Belém", "12 de junho de 2022", "Polícia Civil do Pará", "Tribunal de Justiça do Pará",
         "Lei n.º 14.197/2021", "o Relator Especial sobre os direitos dos povos indígenas", "governador do estado",
         "AL BRA 6/2022", "A/HRC/51/47", "pescador artesanal",
         "enviado informações ao Relator Especial sobre os direitos dos povos indígenas", "BR-PA",
         ("Josimar Ferreira Lobo", "Cleide Lobo", "esposa", "+55 91 99183 4470", "Vila do Conde, Barcarena",
          "482.913.770-16")),
        ("Moçambique", "Maputo", "3 de fevereiro de 2023", "Polícia da República de Moçambique",
         "Tribunal Judicial da Cidade de Maputo", "Lei n.º 13/2022", "o Comité dos Direitos da Criança",
         "ministro do Interior", "AL MOZ 1/2023", "A/HRC/54/61", "jornalista comunitário",
         "apresentado um relatório ao Comité dos Direitos da Criança", "MZ-MPM",
         ("Celso Muianga", "Ilda Muianga", "irmã", "+258 82 471 3306", "Bairro de Chamanculo, Maputo",
          "110100582941C")),
        ("Angola", "Luanda", "25 de agosto de 2021", "Polícia Nacional de Angola", "Tribunal Provincial de Luanda",
         "Lei dos Crimes contra a Segurança do Estado", "o Grupo de Trabalho sobre Detenção Arbitrária",
         "procurador-geral da República", "AL AGO 3/2021", "A/HRC/48/28", "ativista",
         "escrito ao Grupo de Trabalho sobre Detenção Arbitrária", "AO-LUA",
         ("Nito Kassoma", "Adelina Kassoma", "mãe", "+244 931 227 584", "Bairro Sambizanga, Rua 7",
          "006128734LA039")),
    ],
    "tr": [
        ("Türkiye", "Ankara'da", "11 Mayıs 2022", "Ankara Emniyet Müdürlüğü", "Ankara 2. Sulh Ceza Hakimliği",
         "3713 sayılı Terörle Mücadele Kanunu", "İşkencenin Önlenmesi Alt Komitesi", "İçişleri Bakanı",
         "AL TUR 5/2022", "A/HRC/51/47", "Sağlık emekçisi", "İşkencenin Önlenmesi Alt Komitesi ile görüştükten",
         "TR-06", ("Deniz Arıkan", "Sevgi Arıkan", "annesi", "0533 418 27 60", "Mamak, Boğaziçi Mahallesi",
                   "41822739064")),
        ("Türkiye", "İzmir'de", "7 Şubat 2023", "İzmir İl Jandarma Komutanlığı", "İzmir 4. Ağır Ceza Mahkemesi",
         "7418 sayılı Kanun", "İfade Özgürlüğü Özel Raportörü", "Adalet Bakanı", "AL TUR 2/2023", "A/HRC/54/61",
         "Yerel gazeteci", "İfade Özgürlüğü Özel Raportörüne bilgi gönderdikten", "TR-35",
         ("Ercan Yurt", "Melek Yurt", "eşi", "0542 901 66 38", "Bayraklı, Onur Mahallesi", "27591840326")),
        ("Türkiye", "İstanbul'da", "19 Ekim 2021", "İstanbul Emniyet Müdürlüğü", "İstanbul 25. Ağır Ceza Mahkemesi",
         "TCK'nın 299. maddesi", "Evrensel Periyodik İnceleme", "İletişim Başkanı", "UA TUR 9/2021", "A/HRC/48/28",
         "Hak savunucusu", "Evrensel Periyodik İnceleme için ortak rapor sunduktan", "TR-34",
         ("Ece Tanrıverdi", "Arda Tanrıverdi", "kardeşi", "0506 774 12 95", "Beyoğlu, Tarlabaşı Bulvarı 88",
          "13370592814")),
    ],
    "fa": [
        ("ایران", "تهران", "۲۴ سپتامبر ۲۰۲۲", "وزارت اطلاعات", "دادگاه انقلاب تهران", "ماده ۲۸۶ قانون مجازات اسلامی",
         "هیئت حقیقت‌یاب مستقل بین‌المللی درباره ایران", "سخنگوی قوه قضاییه", "UA IRN 21/2022", "A/HRC/54/61",
         "دانشجو", "به هیئت حقیقت‌یاب مستقل بین‌المللی درباره ایران شهادت داده بود", "IR-23",
         ("نیلوفر حسینی", "مهدی حسینی", "برادر", "0912 804 3371", "نارمک، خیابان گلبرگ", "0071928374")),
        ("ایران", "مشهد", "۸ مه ۲۰۲۳", "سازمان اطلاعات سپاه", "دادگاه انقلاب مشهد", "ماده ۴۹۸ قانون مجازات اسلامی",
         "گزارشگر ویژه وضعیت حقوق بشر در ایران", "دادستان کل کشور", "AL IRN 8/2023", "A/HRC/54/61",
         "فعال حقوق زنان", "با گزارشگر ویژه وضعیت حقوق بشر در ایران گفت‌وگو کرده بود", "IR-09",
         ("زهره سلطانی", "کبری سلطانی", "مادر", "0915 337 2049", "بلوار وکیل‌آباد", "0942218837")),
        ("افغانستان", "کابل", "۱۵ نوامبر ۲۰۲۱", "ریاست عمومی استخبارات", "محکمه ابتدائیه کابل",
         "فرمان رهبر طالبان درباره رسانه‌ها", "یوناما", "سخنگوی طالبان", "AL AFG 4/2021", "A/HRC/51/47",
         "خبرنگار", "با یوناما همکاری کرده بود", "AF-KAB",
         ("احمد ضیا رحیمی", "شکریه رحیمی", "همسر", "+93 78 442 1906", "کارته سه", "1400-0101-48822")),
    ],
    "id": [
        ("Indonesia", "Jakarta", "16 Agustus 2022", "Polda Metro Jaya", "Pengadilan Negeri Jakarta Selatan",
         "Undang-Undang Informasi dan Transaksi Elektronik",
         "Pelapor Khusus tentang kebebasan berpendapat dan berekspresi",
         "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan", "AL IDN 6/2022", "A/HRC/51/47", "jurnalis",
         "ia menyurati Pelapor Khusus tentang kebebasan berpendapat dan berekspresi", "ID-JK",
         ("Rizal Hamdani", "Sri Wahyuni", "istri", "+62 813 8842 1907", "Jl. Pedurenan Masjid, Setiabudi",
          "3174051208870003")),
        ("Indonesia", "Jayapura", "1 Desember 2022", "Kepolisian Daerah Papua", "Pengadilan Negeri Jayapura",
         "Pasal 106 KUHP tentang makar", "Kantor Komisaris Tinggi PBB untuk Hak Asasi Manusia", "Kapolda Papua",
         "UA IDN 11/2022", "A/HRC/54/61", "mahasiswa",
         "ia bertemu dengan staf Kantor Komisaris Tinggi PBB untuk Hak Asasi Manusia", "ID-PA",
         ("Agus Kossay", "Yosina Kossay", "ibu", "+62 821 9930 4418", "Kampung Harapan, Sentani", "9103021101990004")),
        ("Indonesia", "Surabaya", "9 Maret 2023", "Kepolisian Resor Kota Besar Surabaya", "Pengadilan Negeri Surabaya",
         "Undang-Undang Nomor 1 Tahun 2023 tentang KUHP", "Kajian Periodik Universal", "Gubernur Jawa Timur",
         "AL IDN 2/2023", "A/HRC/WG.6/41/IDN/3", "aktivis buruh",
         "ia berbicara dalam pra-sesi Kajian Periodik Universal", "ID-JI",
         ("Siti Rohmah", "Bambang Fauzi", "suami", "+62 857 3312 0984", "Kelurahan Wonokromo, Surabaya",
          "3578046503910002")),
    ],
    "sw": [
        ("Kenya", "jijini Nairobi", "7 Julai 2022", "Idara ya Upelelezi wa Jinai",
         "Mahakama ya Hakimu Mkazi ya Milimani", "Sheria ya Kuzuia Ugaidi", "Kamati ya Haki za Binadamu",
         "Waziri wa Usalama wa Ndani", "AL KEN 5/2022", "A/HRC/51/47", "mwanahabari",
         "kuwasilisha ripoti kwa Kamati ya Haki za Binadamu", "KE-30",
         ("Wycliffe Odhiambo", "Mercy Odhiambo", "mke", "+254 722 418 903", "Kibera, Laini Saba", "28941733")),
        ("Tanzania", "jijini Dodoma", "14 Novemba 2022", "Jeshi la Polisi Tanzania", "Mahakama Kuu ya Tanzania",
         "Sheria ya Makosa ya Mtandao ya 2015", "Mwandishi Maalum kuhusu haki za watu wa asili",
         "Msemaji Mkuu wa Serikali", "AL TZA 4/2022", "A/HRC/54/61", "kiongozi wa jamii",
         "kukutana na Mwandishi Maalum kuhusu haki za watu wa asili", "TZ-03",
         ("Lengai ole Sakita", "Naserian Sakita", "dada", "+255 784 220 619", "Kijiji cha Ololosokwan",
          "19790611-23117-00002-18")),
        ("Uganda", "jijini Kampala", "3 Machi 2023", "Polisi ya Uganda", "Mahakama Kuu ya Kijeshi",
         "Sheria ya Usimamizi wa Utaratibu wa Umma", "Ofisi ya Kamishna Mkuu wa Haki za Binadamu", "Msemaji wa Polisi",
         "AL UGA 2/2023", "A/HRC/54/61", "mwanaharakati wa mazingira",
         "kuzungumza na Ofisi ya Kamishna Mkuu wa Haki za Binadamu", "UG-102",
         ("Brian Ssekandi", "Agnes Nakato", "mama", "+256 701 338 405", "Kawempe, Kampala", "CM92014107XYZQ")),
    ],
    "uk": [
        ("Російська Федерація", "Сімферополі", "4 вересня 2022 року", "ФСБ", "Київський районний суд Сімферополя",
         "статтею 275 КК РФ", "Моніторинговою місією ООН з прав людини в Україні",
         "Так званий прокурор Криму", "AL RUS 10/2022", "A/HRC/51/47", "кримськотатарський активіст",
         "передав(ла) свідчення Моніторинговій місії ООН з прав людини в Україні", "UA-43",
         ("Ервін Мустафаєв", "Ліля Мустафаєва", "дружина", "+380 66 381 27 40", "вул. Куйбишева, 12",
          "ЕК482193")),
        ("Російська Федерація", "Мелітополі", "21 квітня 2023 року", "окупаційної поліції",
         "Так званий суд Запорізької області", "статтею 280.1 КК РФ",
         "Незалежною міжнародною комісією з розслідування щодо України", "Так званий губернатор", "AL RUS 6/2023",
         "A/HRC/54/61", "журналістка", "дала свідчення Незалежній міжнародній комісії з розслідування щодо України",
         "UA-23", ("Вікторія Гнатенко", "Назар Гнатенко", "брат", "+380 97 540 13 86", "вул. Гагаріна, 5",
                   "ВМ771034")),
        ("Білорусь", "Гомелі", "9 грудня 2022 року", "ГУБОПіК", "Гомельський обласний суд",
         "статтею 342 КК Республіки Білорусь", "Спеціальним доповідачем щодо ситуації з правами людини в Білорусі",
         "Генеральний прокурор", "AL BLR 7/2022", "A/HRC/54/61", "профспілковий діяч",
         "передав інформацію Спеціальному доповідачу щодо ситуації з правами людини в Білорусі", "BY-HO",
         ("Сергій Лукашевич", "Тетяна Лукашевич", "дружина", "+375 29 774 10 38", "вул. Барикадна, 9",
          "HB4471920")),
    ],
    "vi": [
        ("Việt Nam", "Hà Nội", "5 tháng 7 năm 2022", "Công an thành phố Hà Nội", "Tòa án nhân dân thành phố Hà Nội",
         "Điều 117 Bộ luật Hình sự", "Nhóm công tác về giam giữ tùy tiện", "Người phát ngôn Bộ Ngoại giao",
         "AL VNM 4/2022", "A/HRC/51/47", "nhà hoạt động môi trường",
         "gửi thông tin cho Nhóm công tác về giam giữ tùy tiện", "VN-HN",
         ("Trịnh Bá Lộc", "Trịnh Thị Nga", "chị gái", "0913 442 817", "thôn Hoành, xã Dương Nội", "001077023418")),
        ("Việt Nam", "Thành phố Hồ Chí Minh", "12 tháng 1 năm 2023", "Công an Thành phố Hồ Chí Minh",
         "Tòa án nhân dân Thành phố Hồ Chí Minh", "Điều 331 Bộ luật Hình sự",
         "Báo cáo viên đặc biệt về tự do tôn giáo hoặc tín ngưỡng", "Phó Chủ tịch Ủy ban nhân dân thành phố",
         "UA VNM 1/2023", "A/HRC/54/61", "chức sắc tôn giáo",
         "gặp Báo cáo viên đặc biệt về tự do tôn giáo hoặc tín ngưỡng", "VN-SG",
         ("Mai Văn Khiêm", "Mai Thị Hạnh", "vợ", "0903 718 264", "phường Thảo Điền, quận 2", "079081004472")),
        ("Việt Nam", "Đà Nẵng", "28 tháng 9 năm 2021", "Cơ quan An ninh điều tra", "Tòa án nhân dân thành phố Đà Nẵng",
         "Điều 109 Bộ luật Hình sự", "Kiểm điểm định kỳ phổ quát", "Giám đốc Công an thành phố", "AL VNM 6/2021",
         "A/HRC/48/28", "luật sư", "đóng góp báo cáo cho Kiểm điểm định kỳ phổ quát", "VN-DN",
         ("Huỳnh Ngọc Tú", "Huỳnh Văn Lực", "cha", "0935 229 416", "phường An Hải Bắc, Sơn Trà", "048090012337")),
    ],
}


def _clean() -> list[Case]:
    cases = []
    for language, (title, templates, narrative) in _CLEAN_TEXT.items():
        for r, row in enumerate(_CLEAN_ROWS[language]):
            slots = dict(zip(_CLEAN_KEYS, row[:-1]))
            victim, relative, relation, phone, place, id_number = row[-1]
            private = dict(
                victim_names=[victim], other_people=_people((relative, relation)),
                victim_contacts=f"{phone}\n{relative} ({relation})", exact_location=place, id_numbers=[id_number],
                original_narrative=narrative.format(victim=victim, relative=relative, relation=relation,
                                                    phone=phone, place=place, id=id_number, **slots))
            for t, template in enumerate(templates):
                texts = {"title": title, "summary": template.format(**slots), "region": slots["region"]}
                # The State, as the app gives the guard: every allegation has one.
                cases.append(_case(f"{language}-hclean-{r}-{t}", language, private, texts, [],
                                   context=dict(country=slots["region"].split("-")[0])))
    return cases


CASES: tuple[Case, ...] = tuple(
    _inflection() + _scripts() + _joins() + _parts() + _numbers() + _contacts() + _lookalikes()
    + _listed_nowhere() + _source() + _region() + _false_positive_scope())
CLEAN: tuple[Case, ...] = tuple(_clean())
FORMS: tuple[tuple[Case, Form], ...] = tuple((case, form) for case in CASES for form in case.forms)


# ---------------------------------------------------------------------------------------------
# The runner: bench/leak_guard.py's planted_results and clean_results over this corpus.

def figures() -> dict:
    from bench.leak_guard import figures as corpus_figures

    for case, form in FORMS:  # every planted text must occur in its field; span() raises otherwise
        span(case, form)
    return corpus_figures(runs=0, cases=CASES, clean_cases=CLEAN, worst_count=10)


def main() -> int:
    from bench.leak_guard import print_table

    print_table(figures(), corpus="the HELD-OUT red-team corpus")
    return 0


if __name__ == "__main__":
    sys.exit(main())
