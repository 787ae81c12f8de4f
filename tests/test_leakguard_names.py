"""People and places listed nowhere: the recogniser reads public text for the way names are written.

Each rule has its own test (capitals, cues before and after, inflected cues, numbered places,
Chinese units and foreign names, Arabic-script cues, Burmese honorifics and place words, the
Turkish apostrophe), and so has what it must leave alone (institutions in common words,
acronyms, sentence openings, languages the word lists do not know).
"""
from __future__ import annotations

import pytest

from registry.domain.redaction import GuardContext, leak_hits
from registry.domain.workflow import PrivateDetails

NOBODY = PrivateDetails(victim_names=["Xanthe Quillfeather"])


def recognised(text: str, field: str = "summary") -> list[str]:
    return [h.text for h in leak_hits({field: text}, NOBODY) if h.source == "recogniser"]


@pytest.mark.parametrize("text, name", [
    # Capitalised words, one of them rare, inside a sentence.
    ("The witness, Rahmatullo Qodirov, said he was beaten.", "Rahmatullo Qodirov"),
    ("Su abogado, Evaristo Quiñones Yupanqui, fue amenazado.", "Evaristo Quiñones Yupanqui"),
    # One word no word list knows, inside a sentence of a known language.
    ("She was held overnight in Mbarakatwa before her release.", "Mbarakatwa"),
    # After a cue, however common the words: a relative, a title.
    ("Her sister Grace was questioned the next day.", "Grace"),
    ("chị Trần Thị Lan bị công an triệu tập.", "Trần Thị Lan"),
    ("Kaynağımız Av. Zeynep Aksoy başvurunun başka birine ait olduğunu bildirdi.", "Zeynep Aksoy"),
    # A place word before or after, over a little word.
    ("He was treated at the Hospital San Rafael after the beating.", "San Rafael"),
    ("They met in the mtaa wa Kisauni after dark.", "Kisauni"),
    ("Police held him at Area K police station for two days.", "Area K"),
    ("La detención ocurrió en la vereda El Credo.", "El Credo"),
    # A cue with a case ending; a numbered place.
    ("Сына вызывали к директору школы № 17 в понедельник.", "школы № 17"),
    ("U Yunusobod mahallasida ushlangan.", "Yunusobod"),
    ("She teaches at School No. 4 in the capital.", "School No. 4"),
    # Cues of more languages: Kazakh "witness", a Tagalog barangay official, a Hausa honorific.
    ("Куәгер Асқар Нұрланов оқиғаны көрді.", "Асқар Нұрланов"),
    ("Ayon kay Kapitan Ernesto Lacson, dinampot siya sa palengke.", "Ernesto Lacson"),
    ("Wani makwabci, Malam Usman Garba, ya gan shi.", "Usman Garba"),
    # Turkish sets a proper noun's ending off with an apostrophe.
    ("Gözaltı Bağlar'da değil, Kayapınar'da gerçekleşti.", "Kayapınar"),
])
def test_names_and_places_in_cased_scripts_are_questions(text, name):
    assert any(name in found or found in name for found in recognised(text)), recognised(text)


@pytest.mark.parametrize("text, name", [
    ("邻居赵建国目睹了抓捕过程。", "赵建国"),  # a surname after a cue
    ("他被关押在涞水县看守所。", "涞水县"),  # a county before its facility
    ("其女儿在育才中学读书。", "育才中学"),
    ("法国研究人员克莱尔·杜布瓦被拒绝入境。", "克莱尔·杜布瓦"),  # a foreign name, its parts joined by a dot
    ("واستُدعي مدير مدرسة الفارابي.", "الفارابي"),  # Arabic: the word after "school"
    ("شهد الجار أبو فيصل المداهمة.", "أبو فيصل"),
    ("مدیر دبیرستان فرزانگان احضار شد.", "فرزانگان"),  # Persian
    ("မျက်မြင်သက်သေ ကိုဇော်ဝင်း က ပြောသည်။", "ကိုဇော်ဝင်း"),  # Burmese: an honorific begins the name
    ("ရွာသစ်ကုန်း ကျေးရွာတွင် ဖမ်းဆီးသွားသည်။", "ရွာသစ်ကုန်း"),  # the word before "village"
    # Other caseless scripts: the words after a cue, which may carry an ending joined to it.
    ("ጎረቤቱ አቶ ከበደ ሚካኤል ድርጊቱን አይተዋል።", "ከበደ ሚካኤል"),  # Amharic: "Mr"
    ("সাক্ষী রফিকুল ইসলাম বলেন, তাকে মারধর করা হয়।", "রফিকুল ইসলাম"),  # Bengali: "witness"
    ("गवाह सुरेश यादव ने बताया कि उन्हें पीटा गया।", "सुरेश यादव"),  # Hindi: "witness"
    ("მოწმე გიორგი ბერიძე ამბობს, რომ ის სცემეს.", "გიორგი ბერიძე"),  # Georgian: "witness"
    ("گواہ ندیم عباس نے بتایا کہ اسے مارا گیا۔", "ندیم عباس"),  # Urdu: "witness"
    # ...and the words before a place word: "থানায়" is "at the police station".
    ("তাকে ধানমন্ডি থানায় নিয়ে যাওয়া হয়।", "ধানমন্ডি"),
    ("उसे कोतवाली थाना ले जाया गया।", "कोतवाली"),
])
def test_names_and_places_in_caseless_scripts_are_questions(text, name):
    assert any(name in found or found in name for found in recognised(text)), recognised(text)


@pytest.mark.parametrize("text", [
    "The Special Rapporteur on human rights defenders wrote to the Ministry of Interior.",
    "The Policía Nacional detained [name withheld] under the Código Penal.",
    "The communication UA TZA 2/2023 and AL BDI 4/2024 received no reply.",
    "Four prisoners, among them [name withheld], spoke with the Subcommittee on Prevention of Torture.",
    "Jeshi la Polisi lilimkamata [name withheld] baada ya kikao cha Baraza la Haki za Binadamu.",
    "İnsan Hakları Konseyi oturumundan sonra Emniyet Müdürlüğü [name withheld] gözaltına aldı.",
    "He was detained in [location withheld] and released. Hospitals refused to treat him.",
])
def test_public_institutions_acronyms_and_sentence_openings_are_left_alone(text):
    assert recognised(text) == []


def test_a_cue_does_not_reach_across_a_comma_or_a_full_stop():
    assert not any("Street" in found for found in recognised("He lived on Rizal Street, Davao City was far."))
    assert "Four" not in " ".join(recognised("Two men spoke to a witness. Four others stayed silent."))


def test_recognised_names_in_titles_need_a_cue():
    assert recognised("Lawyer Detained After Client's UPR Submission", field="title") == []
    assert recognised("Lawyer Hamdi Zouari Disbarred After UPR Submission", field="title")


def test_the_region_holds_a_subdivision_or_is_itself_a_hit():
    private = PrivateDetails(victim_names=["Xanthe Quillfeather"])
    context = GuardContext(country="VN")
    assert leak_hits({"region": "Hà Tĩnh"}, private, context=context) == []
    assert leak_hits({"region": "VN-23"}, private, context=context) == []
    hits = leak_hits({"region": "Kỳ Anh"}, private, context=context)
    assert [(h.text, h.source) for h in hits] == [("Kỳ Anh", "region list")]
    # A subdivision of another country is no subdivision of this one.
    assert leak_hits({"region": "Cauca"}, private, context=context)


@pytest.mark.parametrize("name, public", [
    ("အောင်ကိုကို", "Aung Ko Ko met the Independent Investigative Mechanism."),  # Burmese in Latin letters
    ("ခင်မာဝင်း", "His wife Khin Mar Win went into hiding."),
    ("ဦးအောင်ကိုကို", "ကိုကို ကို ဖမ်းဆီးခဲ့သည်။"),  # two of the name's syllables
    ("ဦးအောင်ကိုကို", "ဦးအောင် ၏ မိသားစု"),
    ("Marek Kozioł", "Adwokata Kozła pozbawiono licencji."),  # a Polish fleeting vowel
    # Case endings joined to the name in Georgian and Armenian, the final vowel giving way.
    ("ნინო მაისურაძე", "მაისურაძეს დაემუქრნენ."),
    ("ლევან გოგიჩაიშვილი", "გოგიჩაიშვილმა ინფორმაცია გადასცა."),
    ("Արմեն Պետրոսյան", "Պետրոսյանից վերցրել են հեռախոսը։"),
    ("শফিউল আজম", "শফিউলকে গ্রেফতার করা হয়।"),  # Bengali: the vowel signs are of the word
    ("مهدی کریمی", "مهدی‌جان را بازداشت کردند."),  # Persian: the affectionate -jan
])
def test_derived_forms_of_private_names(name, public):
    hits = leak_hits({"summary": public}, PrivateDetails(victim_names=[name]))
    assert hits, public


def test_a_burmese_particle_alone_is_no_name():
    hits = leak_hits({"summary": "သူ့ကို ရဲက ခေါ်သွားသည်။"}, PrivateDetails(victim_names=["ဦးအောင်ကိုကို"]))
    assert hits == []


def test_the_states_capital_and_largest_cities_identify_no_one():
    private = PrivateDetails(victim_names=["Xanthe Quillfeather"], exact_location="вул. Барикадна, 9, Гомель",
                             original_narrative="She was taken from her flat in Gomel to the KGB office in Minsk.")
    summary = "[name withheld] was detained in Minsk and questioned in Гомелі."
    assert leak_hits({"summary": summary}, private, context=GuardContext(country="BY")) == []
    # Another State's city of the same name, or a street of the address, is still a question.
    assert leak_hits({"summary": summary}, private, context=GuardContext(country="UA"))
    assert leak_hits({"summary": "She lived on Barykadna street."}, private, context=GuardContext(country="BY")) \
        or leak_hits({"summary": "вул. Барикадна"}, private, context=GuardContext(country="BY"))


def test_a_person_named_like_a_city_stays_a_person():
    private = PrivateDetails(victim_names=["Xanthe Quillfeather"],
                             original_narrative="Her sister Sofia hid the documents.")
    hits = leak_hits({"summary": "Sofia, a relative, hid the documents."}, private, context=GuardContext(country="BG"))
    assert [h.text for h in hits] == ["Sofia"]
