"""The demo registry: fictional organisations, accounts and allegations in every workflow state.

Everything is built through registry.domain.accounts and registry.domain.workflow, exactly as
the web builds it: drafts are submitted, claimed, redacted, approved by one moderator and
published by another, so that the demo also exercises the leak guard and the audit trail.
Every person, address, phone number and organisation here is invented. Content is seeded:
two loads give the same registry (only the dates the workflow stamps itself differ).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
import string
import unicodedata
from collections import Counter
from typing import Callable

from sqlalchemy import func
from sqlmodel import Session, select

from .db import Database
from .domain import accounts, redaction, workflow
from .domain.errors import ValidationFailed
from .domain.models import Allegation, FollowUp, Organisation, State, User

SEED = 20260401

GULF = "Gulf Centre for Defenders (demo)"
ANDES = "Andean Land Defenders Network (demo)"
SAHEL = "Sahel and Great Lakes Human Rights Observatory (demo)"
MEKONG = "Mekong and Bay of Bengal Rights Monitor (demo)"
CAUCASUS = "Caucasus and Central Asia Legal Aid (demo)"
DEMO_ORGANISATIONS = (GULF, ANDES, SAHEL, MEKONG, CAUCASUS)

# (email, role, organisation, password). Listed in the README: these accounts exist only in
# a demo registry, whose data is invented; never load the demo into a real registry.
DEMO_ACCOUNTS = [
    ("leila@gulf-defenders.example", "submitter", GULF, "demo-submitter-gulf-2026"),
    ("mateo@andean-defenders.example", "submitter", ANDES, "demo-submitter-andes-2026"),
    ("awa@sahel-observatory.example", "submitter", SAHEL, "demo-submitter-sahel-2026"),
    ("linh@mekong-monitor.example", "submitter", MEKONG, "demo-submitter-mekong-2026"),
    ("nino@caucasus-legal-aid.example", "submitter", CAUCASUS, "demo-submitter-caucasus-2026"),
    ("mira@demo-registry.example", "moderator", None, "demo-moderator-first-2026"),
    ("tomas@demo-registry.example", "moderator", None, "demo-moderator-second-2026"),
    ("ines@demo-registry.example", "admin", None, "demo-admin-registry-2026"),
]

# ---------------------------------------------------------------------------------------------
# Invented people and places, by the region an organisation works in.

# Names by language: (women's first names, men's first names, surnames). "Aliyev/Aliyeva" gives
# the men's and the women's form of a surname. The focal points below are left out of these
# lists, so that a victim never shares a name with a source.
NAMES = {
    "ar": (["Yasmin", "Huda", "Rania", "Nadia", "Salma", "Dalia", "Lamya"],
           ["Karim", "Omar", "Tariq", "Samir", "Walid", "Youssef", "Hassan"],
           ["Haddad", "Mansour", "Khalil", "Darwish", "Qasim", "Bakri", "Saleh", "Farouk", "Haidar",
            "Jaber", "Shami", "Najjar", "Othman", "Zayani", "Rifai"]),
    "es": (["Lucía", "Camila", "Valentina", "Paola", "Teodora", "Yesenia", "Marisol"],
           ["Javier", "Diego", "Andrés", "Wilmer", "Efraín", "Rigoberto"],
           ["Quispe", "Mamani", "Huanca", "Calderón", "Choque", "Villca", "Ordóñez", "Cuéllar", "Ixcoy",
            "Tzul", "Batz", "Lemus", "Zelaya", "Arrieta"]),
    "pt": (["Joana", "Rafaela", "Luana"], ["Thiago", "Edson", "Wellington"],
           ["Ferraz", "Nogueira", "Bezerra", "Cavalcanti", "Sampaio", "Brandão"]),
    "wa": (["Fatoumata", "Aminata", "Kadiatou", "Clarisse", "Mariam"],
           ["Moussa", "Ibrahim", "Oumar", "Boubacar", "Seydou", "Achille"],
           ["Traoré", "Diallo", "Coulibaly", "Keïta", "Sangaré", "Maïga", "Touré", "Ouédraogo", "Sawadogo",
            "Fomba", "Tabi", "Ngwa"]),
    "zw": (["Rudo", "Nyasha", "Chipo"], ["Tendai", "Tatenda", "Farai"],
           ["Moyo", "Chikore", "Mutasa", "Ncube", "Sibanda", "Dube"]),
    "bi": (["Claudine", "Pascasie"], ["Aloys", "Didier", "Egide", "Léonce"],
           ["Niyonzima", "Ndikumana", "Hakizimana", "Irakoze", "Bizimana", "Nshimirimana"]),
    "vi": (["Thao", "Hoa", "Huong"], ["Minh", "Tuan", "Quang"], ["Nguyen", "Pham", "Hoang", "Dang", "Bui", "Trinh"]),
    "km": (["Sokha", "Chanthou", "Bopha"], ["Dara", "Vanna", "Sophal"], ["Chea", "Vong", "Keo", "Phan", "Meas", "Chhim"]),
    "my": (["Hnin", "Thida", "Myint"], ["Aung", "Kyaw", "Zaw"], ["Htun", "Lwin", "Naing", "Thein", "Soe", "Maung"]),
    "fil": (["Maricel", "Analyn", "Liza"], ["Jerome", "Rodel", "Jhun"],
            ["Bautista", "Samonte", "Dizon", "Villanueva", "Macaraeg", "Tolentino"]),
    "bn": (["Rashida", "Farhana", "Nusrat", "Mahmuda"], ["Tanvir", "Shafiq"],
           ["Rahman", "Chowdhury", "Akter", "Hossain", "Sarker"]),
    "az": (["Leyla", "Gunel", "Sevinj"], ["Rashad", "Elvin", "Tural"],
           ["Mammadov/Mammadova", "Huseynov/Huseynova", "Aliyev/Aliyeva", "Guliyev/Guliyeva", "Hasanli",
            "Jafarov/Jafarova"]),
    "ky": (["Aigerim", "Elmira", "Aida"], ["Nurlan", "Bakyt", "Azamat"],
           ["Osmonov/Osmonova", "Sadykov/Sadykova", "Abdyldaev/Abdyldaeva", "Toktogulov/Toktogulova",
            "Mamytov/Mamytova", "Asanov/Asanova"]),
    "tg": (["Dilnoza", "Zarina", "Shahlo"], ["Farrukh", "Timur", "Firuz"],
           ["Rakhimov/Rakhimova", "Nazarov/Nazarova", "Karimov/Karimova", "Sharipov/Sharipova",
            "Davlatov/Davlatova", "Safarov/Safarova"]),
    "be": (["Hanna", "Palina", "Volha"], ["Aliaksei", "Andrei", "Siarhei"],
           ["Kavalenka", "Zhuk", "Hrynevich", "Lutskevich", "Marozau/Marozava", "Sakalouski/Sakalouskaya"]),
    "ka": (["Tamar", "Ketevan", "Eka"], ["Giorgi", "Levan", "Davit"],
           ["Beridze", "Kapanadze", "Tsereteli", "Gogua", "Lomidze", "Chikhladze"]),
}
NAME_GROUP = {
    "BH": "ar", "EG": "ar", "SA": "ar", "TN": "ar", "IQ": "ar", "AE": "ar",
    "CO": "es", "PE": "es", "GT": "es", "HN": "es", "NI": "es", "VE": "es", "BR": "pt",
    "ML": "wa", "BF": "wa", "CM": "wa", "ZW": "zw", "BI": "bi",
    "VN": "vi", "KH": "km", "MM": "my", "PH": "fil", "BD": "bn",
    "AZ": "az", "KG": "ky", "TJ": "tg", "BY": "be", "GE": "ka",
}
# Street addresses by country; {n} is a house, flat or plot number.
STREETS = {
    "BH": ["House {n}, Road 2811, Block 328", "Flat {n}, Building 1190, Road 3622"],
    "EG": ["{n} Al-Nour Street", "{n} Port Said Street"],
    "SA": ["{n} Al-Olaya Street", "{n} Prince Sultan Road"],
    "TN": ["{n} Rue de Marseille", "{n} Avenue de la Liberté"],
    "IQ": ["House {n}, Al-Jazair Street", "{n} Al-Ashar Street"],
    "AE": ["Villa {n}, Al Bateen Street", "Apartment {n}, Hamdan Street"],
    "CO": ["Carrera {n} # 5-21", "Calle {n} Sur # 8-14"],
    "PE": ["Jirón Ayacucho {n}", "Avenida Grau {n}"],
    "GT": ["{n} Calle 4-20, Zona 3", "Avenida Las Américas {n}"],
    "HN": ["Barrio El Centro, casa {n}", "Colonia Los Pinos, calle {n}"],
    "NI": ["Reparto San Juan, casa {n}", "Colonia Centroamérica, casa {n}"],
    "VE": ["Avenida Urdaneta, edificio {n}", "Calle Real de Sabana Grande {n}"],
    "BR": ["Rua Tapajós {n}", "Avenida Sete de Setembro {n}"],
    "ML": ["Rue {n}, quartier Hamdallaye", "Porte {n}, rue 308"],
    "BF": ["Secteur 15, rue {n}", "Rue {n}, quartier Zogona"],
    "CM": ["{n} Commercial Avenue", "{n} Up Station Road"],
    "BI": ["Quartier Kigobe, avenue {n}", "Rue de la Mission {n}"],
    "ZW": ["{n} Samora Machel Avenue", "{n} Lobengula Street"],
    "VN": ["{n} Le Loi Street", "{n} Ly Thuong Kiet Street"],
    "KH": ["House {n}, Street 271", "House {n}, Sisowath Quay"],
    "MM": ["{n} Pyay Road", "{n} Bogyoke Road"],
    "PH": ["Purok {n}, Barangay San Isidro", "{n} Rizal Street"],
    "BD": ["House {n}, Road 7, Dhanmondi", "{n} Mirpur Road"],
    "AZ": ["{n} Nizami Street", "{n} Fuzuli Street"],
    "KG": ["{n} Chui Avenue", "{n} Kurmanjan Datka Street"],
    "TJ": ["{n} Rudaki Avenue", "{n} Somoni Street"],
    "BY": ["Flat {n}, Surhanava Street 24", "{n} Kalinouskaha Street"],
    "GE": ["{n} Rustaveli Avenue", "{n} Chavchavadze Avenue"],
}
# The person at each organisation who submits and answers questions (private: source contact).
FOCAL_POINTS = {
    GULF: "Leila Sabbagh, programme lead; Signal +44 20 7946 0321",
    ANDES: "Mateo Paucar, coordinator; +51 1 555 0187",
    SAHEL: "Awa Dembélé, monitoring officer; +221 33 555 0142",
    MEKONG: "Linh Ngo, case officer; +66 2 555 0116",
    CAUCASUS: "Nino Gelashvili, legal adviser; +995 32 555 0173",
}
CALLING_CODES = {
    "AE": "971", "AZ": "994", "BD": "880", "BF": "226", "BH": "973", "BI": "257", "BR": "55", "BY": "375",
    "CM": "237", "CO": "57", "EG": "20", "GE": "995", "GT": "502", "HN": "504", "IQ": "964", "KG": "996",
    "KH": "855", "ML": "223", "MM": "95", "NI": "505", "PE": "51", "PH": "63", "SA": "966", "TJ": "992",
    "TN": "216", "VE": "58", "VN": "84", "ZW": "263",
}
# A line the submitting organisation adds below the narrative; the moderator leaves it out.
PRIVATE_ADDENDA = [
    "The family asks that {first} be contacted only through our focal point, never directly.",
    "{name} agreed to the case being shared with the UN but not to being named.",
    "We hold copies of the summons and of the messages {first} received; ask us before quoting them.",
    "{first} moved to a relative's house after the incident; the old phone number is monitored.",
    "Our researcher interviewed {name} twice; the second interview was recorded with consent.",
]
EVIDENCE_NOTES = [
    "Copy of the summons and a photograph of the confiscation record.",
    "Medical certificate issued three days after the incident; screenshots of the threats.",
    "Court documents (charge sheet and detention order) and two witness statements.",
    "Timeline prepared by our researcher; letters exchanged with the authorities.",
]
INTERNAL_NOTES = [
    "Consistent with the communication on file and with two media reports.",
    "Source organisation known to us since 2019; previous submissions reliable.",
    "Checked dates against the session calendar: the incident followed the session.",
    "Keep the region at province level: the town is small enough to identify the family.",
]
# Tokens of a narrative template and the placeholder each becomes in the public summary.
TOKEN_LABELS = {"name": "name", "first": "name", "last": "name", "name2": "name", "name3": "name",
                "place": "location", "phone": "detail", "id": "detail", "date": "date"}


@dataclasses.dataclass(frozen=True)
class DemoCase:
    """One allegation as the submitting organisation tells it and where the workflow leaves it."""

    org: str
    state: State
    country: str
    title: str
    mechanisms: tuple
    engagement: tuple
    reprisals: tuple
    perpetrators: tuple
    categories: tuple
    date: tuple  # (year,), (year, month) or (year, month, day): the precision follows
    narrative: str  # with {name}, {first}, {last}, {name2}, {name3}, {place}, {phone}, {id}, {date}
    city: str
    region: str = ""  # ISO 3166-2 code of a subdivision of the country (its name comes from pycountry)
    mechanism_detail: str = ""
    victim_type: str = "individual"
    victim_count: int = 1
    case_status: str = "ongoing"
    women: bool = False  # the narrative is about women: draw women's names
    named: bool = False  # consent to naming recorded; the name stays in the public summary
    follow_ups: tuple = ()  # (kind, "YYYY-MM-DD", text)
    correction: tuple = ()  # (public fields, public note)
    addition: str = ""  # information the organisation adds after submitting
    request: tuple = ()  # (question, answer or "") from a moderator
    released: bool = False  # claimed, then given back to the queue
    reason: str = ""  # for withdrawal, rejection or retraction


C = DemoCase
S = State

CASES: tuple[DemoCase, ...] = (
    # -- Gulf Centre for Defenders ----------------------------------------------------------
    C(GULF, S.published, "BH", "Defender's passport confiscated on return from the UPR pre-session",
      ("upr",), ("attended-session", "testified"), ("travel-ban", "intimidation"),
      ("security-forces", "government-officials"), ("hrd",), (2023, 11, 14),
      "{name}, a human rights defender who documents the treatment of detainees, spoke at the UPR "
      "pre-session in Geneva. On return, national security officers at the airport confiscated the "
      "passport of {first} and questioned the defender for six hours about the people met in Geneva. "
      "The passport has not been returned; an official of the public prosecution confirmed a travel "
      "ban orally but refused to issue a written decision.",
      city="Manama",
      follow_ups=(
          ("un-action", "2024-02-20", "Special procedures mandate holders sent a joint communication to "
           "the Government about the travel ban and its link to the defender's cooperation with the UPR."),
          ("state-response", "2024-04-22", "The Government replied that the travel restriction relates to an "
           "ongoing criminal investigation and is unrelated to any cooperation with the United Nations."),
      )),
    C(GULF, S.published, "EG", "Lawyer detained after a shadow report to the Committee against Torture",
      ("cat",), ("submitted-information",), ("arbitrary-detention", "judicial-harassment", "smear-campaign"),
      ("police", "judiciary", "state-media"), ("lawyer", "hrd"), (2021, 6),
      "{name}, a lawyer representing families of detainees, co-authored a shadow report to the Committee "
      "against Torture ahead of the review of Egypt. Police arrested {last} at the office at {place} in "
      "Alexandria on {date}. The State Security Prosecution ordered pre-trial detention on charges of "
      "joining a terrorist group and spreading false news, and questioned the lawyer about the report. "
      "A television presenter described the lawyer as a foreign agent on air the same week.",
      city="Alexandria", region="EG-ALX",
      follow_ups=(
          ("un-action", "2021-09-08", "The Committee against Torture's rapporteur on reprisals wrote to the "
           "State party asking for information on the detention."),
          ("situation-change", "2023-02-15", "Released on probation after twenty months of pre-trial "
           "detention; the charges remain pending."),
      )),
    C(GULF, S.retracted, "SA", "Relatives of an exiled activist barred from travel after a Council side event",
      ("hrc",), ("attended-session",), ("family-reprisals", "travel-ban"), ("government-officials",),
      ("family-member",), (2022,),
      "{name}, an activist living abroad, spoke at a side event during the Human Rights Council session. "
      "Weeks later, four relatives, including {name2}, were told at the airport that they may not leave "
      "the country. An official told {name2} that the ban would last as long as the activist kept "
      "speaking at the United Nations.",
      city="Riyadh", victim_type="group", victim_count=4,
      reason="Retracted at the request of the submitting organisation: the family asked for the record to "
             "be taken down for their safety."),
    C(GULF, S.published, "TN", "Journalist summoned after meeting the Special Rapporteur on freedom of expression",
      ("special-procedures",), ("country-visit",), ("intimidation", "surveillance", "online-harassment"),
      ("police", "unknown"), ("journalist",), (2024, 5, 8),
      "{name}, an investigative journalist, met the Special Rapporteur during the country visit and "
      "described the pressure on independent media. Two days later police summoned {name} for questioning "
      "about the meeting, and a coordinated campaign of posts accused the journalist of treason. A car "
      "without plates was parked outside the family home at {place} for two weeks. {name} asked for "
      "the case to be published under the journalist's own name.",
      city="Tunis", region="TN-11", named=True, case_status="resolved",
      mechanism_detail="Special Rapporteur on the promotion and protection of the right to freedom of "
                       "opinion and expression",
      follow_ups=(
          ("situation-change", "2025-01-10", "The journalist reports that the surveillance stopped after the "
           "case was raised with the Government; no charges were brought."),
      )),
    C(GULF, S.published, "IQ", "Environmental activists threatened after briefing the UN mission's human rights office",
      ("ohchr", "peace-operations"), ("consultation",), ("threats", "physical-attack"),
      ("non-state-actors", "unknown"), ("environmental", "hrd"), (2020, 9),
      "Three members of a local environmental collective, {name}, {name2} and {name3}, briefed the human "
      "rights office of the UN mission on water contamination in the marshes. Within a week, armed men in "
      "an unmarked car stopped {first} near {place} and warned the group to stop talking to foreigners. "
      "In October {name2} was beaten by unidentified men and needed hospital treatment.",
      city="Basra", region="IQ-BA", victim_type="group", victim_count=3, case_status="unknown"),
    C(GULF, S.published, "IQ", "Relatives of the disappeared threatened after an urgent action request",
      ("ced", "special-procedures"), ("individual-complaint",), ("family-reprisals", "threats"),
      ("security-forces", "non-state-actors"), ("family-member", "victim-witness"), (2023, 3),
      "{name} and {name2} asked the Committee on Enforced Disappearances to register an urgent action for "
      "a brother who disappeared at a checkpoint in 2016. After the Committee transmitted the request, "
      "members of an armed faction visited the family at {place} and told them to withdraw it. The "
      "father of {first} was summoned to a security office and questioned about contacts with the UN.",
      city="Mosul", region="IQ-NI", victim_type="group", victim_count=2,
      mechanism_detail="Working Group on Enforced or Involuntary Disappearances",
      follow_ups=(
          ("un-action", "2023-05-30", "The Committee on Enforced Disappearances asked the State party to take "
           "protective measures for the family."),
      )),
    C(GULF, S.published, "AE", "Academic barred from travel after a General Assembly side event",
      ("sg-ga",), ("attended-session",), ("travel-ban", "administrative-sanctions"),
      ("government-officials",), ("academic",), (2024, 10),
      "{name}, a university lecturer in comparative law, spoke at a side event of the General Assembly's "
      "Third Committee in New York on the rights of migrant workers. Back home, the university suspended "
      "{last} pending an inquiry into unauthorised statements abroad, and immigration officers told the "
      "lecturer at the airport that travel was no longer permitted.",
      city="Abu Dhabi", region="AE-AZ", case_status="unknown"),
    C(GULF, S.submitted, "BH", "Former detainee threatened after an individual communication to a working group",
      ("special-procedures",), ("individual-complaint",), ("threats", "family-reprisals"),
      ("security-forces",), ("victim-witness", "family-member"), (2025, 10, 2),
      "{name}, released in 2024 after three years in detention, sent an individual communication to the "
      "Working Group on Arbitrary Detention. Officers later visited the family home at {place} and warned "
      "the mother of {first} that the family would be punished if the communication was not withdrawn.",
      city="Sitra", mechanism_detail="Working Group on Arbitrary Detention",
      addition="The officers came back a second time on 20 October and asked for {first} by name."),
    C(GULF, S.needs_information, "EG", "Women's rights defender placed on a travel ban after the CEDAW review",
      ("cedaw",), ("testified",), ("travel-ban", "smear-campaign"), ("judiciary", "state-media"),
      ("whrd",), (2025, 3),
      "{name}, who leads a women's rights association, briefed the CEDAW Committee in a closed meeting. "
      "After the review, a newspaper published the defender's photograph under the headline 'Selling "
      "Egypt's women abroad', and the defender was stopped at the airport and told of a travel ban "
      "issued by the public prosecution.",
      women=True, city="Cairo",
      request=("Could you tell us the date on which the travel ban was notified, and whether the defender "
               "agrees to the case being shared with the Committee's rapporteur on reprisals?", "")),
    C(GULF, S.rejected, "SA", "Online abuse of a blogger after a Human Rights Council session",
      ("hrc",), ("other",), ("online-harassment",), ("unknown",), ("journalist",), (2024,),
      "{name}, a blogger, received hundreds of abusive messages after posting about the Human Rights "
      "Council session. Most messages concern a dispute with a former employer.",
      city="Jeddah",
      reason="We could not establish a link between the abuse and cooperation with the UN: the messages began "
             "before the session and concern an unrelated dispute. Please submit again if new information "
             "shows such a link."),
    C(GULF, S.draft, "TN", "Trade unionist dismissed after a complaint to the ILO supervisory bodies",
      ("other-un", "cescr"), ("consultation",), ("administrative-sanctions",), ("government-officials",),
      ("trade-unionist",), (2026, 9),
      "{name}, a union representative in the phosphate sector, was dismissed after contributing to a "
      "complaint to the ILO Committee on Freedom of Association.",
      city="Gafsa", mechanism_detail="International Labour Organization Committee on Freedom of Association"),

    # -- Andean Land Defenders Network ------------------------------------------------------
    C(ANDES, S.published, "CO", "Indigenous governor declared a military target after speaking at the Permanent Forum",
      ("other-un", "special-procedures"), ("testified",), ("threats", "surveillance"),
      ("non-state-actors",), ("indigenous", "hrd"), (2022, 4, 27),
      "{name}, a governor of an Indigenous reserve, spoke at the Permanent Forum on Indigenous Issues in "
      "New York about killings of community guards. After the return home, leaflets signed by an armed "
      "group declared {first} a military target, and unknown men photographed the family house at "
      "{place}, near Popayán. The national protection unit assigned an escort only three months later.",
      city="Popayán", region="CO-CAU",
      mechanism_detail="Permanent Forum on Indigenous Issues; Special Rapporteur on the rights of Indigenous Peoples",
      follow_ups=(
          ("un-action", "2022-06-15", "The Special Rapporteur on the rights of Indigenous Peoples raised the "
           "threats publicly and asked the Government for protective measures."),
          ("state-response", "2022-08-10", "The Government stated that protective measures had been granted "
           "by the national protection unit."),
          ("situation-change", "2024-02-01", "The escort was withdrawn in January 2024; the governor reports "
           "continuing threats."),
      )),
    C(ANDES, S.published, "PE", "Community members prosecuted after information sent to CESCR about a copper mine",
      ("cescr",), ("submitted-information",), ("judicial-harassment", "smear-campaign"),
      ("judiciary", "non-state-actors"), ("environmental", "indigenous"), (2019, 10),
      "Members of a peasant community opposing the expansion of a copper mine, among them {name} and "
      "{name2}, sent information to the Committee on Economic, Social and Cultural Rights about water "
      "sources. The mining company filed criminal complaints for usurpation against five community "
      "members, and a prosecutor charged them on {date}. Local radio called them enemies of development.",
      city="Challhuahuacho", region="PE-APU", victim_type="group", victim_count=5,
      follow_ups=(
          ("situation-change", "2022-07-19", "A court acquitted all five community members."),
      ),
      correction=({"case_status": "resolved"}, "Case status corrected to resolved: the acquittal of July 2022 "
                  "had not been reflected.")),
    C(ANDES, S.published, "GT", "Journalist followed after meeting the OHCHR country office",
      ("ohchr",), ("consultation",), ("surveillance", "harassment"), ("police", "unknown"),
      ("journalist",), (2023, 8, 3),
      "{name}, a journalist covering land conflicts, met staff of the OHCHR country office to report "
      "attacks on community radios. For the following month a motorcycle followed the journalist from "
      "the newsroom, and police officers twice stopped {first} without reason near {place}.",
      city="Cobán", region="GT-16"),
    C(ANDES, S.published, "HN", "Garifuna land defender killed months after meeting UN experts",
      ("special-procedures",), ("country-visit",), ("killing", "threats"), ("unknown", "non-state-actors"),
      ("indigenous", "environmental"), (2020, 7),
      "{name}, a Garifuna land defender, met the visiting UN experts to describe evictions from ancestral "
      "land. After the visit {first} received threats by telephone on {phone}. In July 2020 armed men "
      "shot the defender near {place}.",
      city="Tela", region="HN-AT",
      mechanism_detail="Special Rapporteur on the rights of Indigenous Peoples",
      follow_ups=(
          ("un-action", "2020-08-20", "UN experts publicly condemned the killing and called for an "
           "independent investigation."),
          ("state-response", "2021-01-15", "The Public Prosecutor's Office announced the arrest of two "
           "suspects; those who ordered the killing have not been identified."),
      )),
    C(ANDES, S.published, "NI", "Human rights organisation stripped of its registration after a UPR submission",
      ("upr", "sg-ga"), ("submitted-information",), ("administrative-sanctions", "raids"),
      ("government-officials", "police"), ("ngo",), (2022, 5),
      "A human rights organisation directed by {name} submitted a stakeholder report for the Universal "
      "Periodic Review and information for the Secretary-General's report on reprisals. The National "
      "Assembly cancelled its legal registration, and police took over its office at {place}, seizing "
      "files and computers.",
      city="Managua", victim_type="organisation", victim_count=1,
      follow_ups=(
          ("un-action", "2022-09-14", "The Secretary-General's annual report on cooperation with the UN "
           "referred to the cancellation of the organisation's registration."),
      )),
    C(ANDES, S.published, "VE", "Defender disappeared for seventeen days after meeting the OHCHR team",
      ("ohchr", "cat"), ("country-visit",), ("arbitrary-detention", "enforced-disappearance", "torture"),
      ("security-forces",), ("hrd",), (2021, 3, 12),
      "{name}, who documents deaths in police operations, met the OHCHR team during its visit. Men in "
      "military counter-intelligence uniforms detained {first} outside {place}. The family could not "
      "learn the defender's whereabouts for seventeen days; the defender later described beatings "
      "during interrogation.",
      city="Caracas", region="VE-A", case_status="resolved",
      follow_ups=(
          ("un-action", "2021-03-25", "The Working Group on Enforced or Involuntary Disappearances transmitted "
           "the case to the Government under its urgent action procedure."),
          ("situation-change", "2022-04-06", "Released on conditional measures; the defender must report to "
           "a court every two weeks."),
      )),
    C(ANDES, S.published, "PE", "Disability rights organisation evicted from its office after the CRPD review",
      ("crpd",), ("testified",), ("administrative-sanctions", "other"), ("government-officials",),
      ("ngo", "other"), (2023, 9),
      "An organisation of persons with disabilities led by {name} briefed the CRPD Committee on "
      "institutionalisation. Shortly afterwards the municipality ended the lease of its office at "
      "{place} and a ministry froze an approved grant, citing an administrative review.",
      city="Arequipa", region="PE-ARE", victim_type="organisation"),
    C(ANDES, S.published, "BR", "Prisoners punished after speaking with the Subcommittee on Prevention of Torture",
      ("spt",), ("country-visit",), ("torture", "intimidation"), ("security-forces",),
      ("victim-witness",), (2022, 10),
      "Four prisoners, among them {name} and {name2}, spoke in private with the Subcommittee on "
      "Prevention of Torture during its visit. After the delegation left, guards moved them to punishment "
      "cells, beat them and told them that 'the UN will not come back'.",
      city="Manaus", region="BR-AM", victim_type="group", victim_count=4,
      follow_ups=(
          ("un-action", "2023-01-20", "The Subcommittee raised the reprisals in its confidential report and "
           "asked for a visit to the prison by the national preventive mechanism."),
      )),
    C(ANDES, S.withdrawn, "PE", "Community radio presenter threatened after a CERD submission",
      ("cerd",), ("submitted-information",), ("threats",), ("unknown",), ("journalist", "indigenous"), (2025,),
      "{name}, who presents a Quechua-language radio programme, helped prepare a submission to CERD. "
      "Since then, anonymous callers have threatened to burn the station at {place}.",
      city="Huancavelica",
      reason="The family asked us to withdraw the case while they consider moving away."),
    C(ANDES, S.in_review, "CO", "Afro-Colombian women leaders threatened after the CERD and CEDAW reviews",
      ("cerd", "cedaw"), ("testified",), ("threats", "online-harassment"), ("non-state-actors",),
      ("whrd",), (2025, 8),
      "{name} and {name2}, leaders of an Afro-Colombian women's network, briefed CERD and CEDAW. "
      "Pamphlets later named both women and ordered them to leave {place} within three days.",
      women=True, city="Buenaventura", region="CO-VAC", victim_type="group", victim_count=2,
      request=("Have the two leaders asked the national protection unit for measures, and may we mention "
               "the pamphlets in the public summary?",
               "Yes, both asked for measures on 2 September; no answer yet. The pamphlets may be mentioned.")),
    C(ANDES, S.approved, "GT", "Lawyer faces disciplinary complaint after briefing the Human Rights Committee",
      ("ccpr",), ("testified",), ("judicial-harassment", "administrative-sanctions", "smear-campaign"),
      ("judiciary", "state-media"), ("lawyer",), (2024, 10, 21),
      "{name}, a lawyer for victims of the internal armed conflict, briefed the Human Rights Committee. "
      "A foundation close to former officers then filed a disciplinary complaint against {last} with the "
      "bar association, and a television channel called the lawyer a liar who defames the army abroad.",
      city="Guatemala City", region="GT-01"),
    C(ANDES, S.submitted, "HN", "Student leaders threatened after a CRC consultation",
      ("crc",), ("consultation",), ("threats", "harassment"), ("police",), ("hrd", "other"), (2026, 4),
      "Three secondary-school student leaders, among them {name}, took part in a consultation for the "
      "Committee on the Rights of the Child. Police officers later came to the school at {place} and "
      "asked the head teacher for their names.",
      city="San Pedro Sula", victim_type="group", victim_count=3, released=True),

    # -- Sahel and Great Lakes Human Rights Observatory ---------------------------------------
    C(SAHEL, S.published, "ML", "Defender questioned by intelligence officers after briefing the UN mission",
      ("peace-operations",), ("consultation",), ("intimidation", "arbitrary-detention"),
      ("security-forces",), ("hrd",), (2019, 11),
      "{name} briefed the human rights division of the UN peacekeeping mission on killings of civilians "
      "near {place}. State intelligence officers held the defender for two days and asked for the names "
      "of the people interviewed.",
      city="Mopti", region="ML-5", case_status="unknown",
      follow_ups=(
          ("un-action", "2020-02-11", "The mission's human rights division raised the detention with the "
           "authorities."),
      )),
    C(SAHEL, S.published, "BF", "Journalist disappeared after speaking to the UN country team",
      ("peace-operations", "ced", "special-procedures"), ("consultation",), ("enforced-disappearance", "threats"),
      ("security-forces", "unknown"), ("journalist",), (2023, 12, 1),
      "{name}, a journalist, spoke to members of the UN country team about attacks on displaced people. "
      "Two weeks later men in civilian clothes took {first} from {place}; the authorities deny holding "
      "the journalist.",
      city="Ouagadougou", region="BF-03",
      mechanism_detail="Working Group on Enforced or Involuntary Disappearances",
      follow_ups=(
          ("un-action", "2024-01-20", "The Working Group on Enforced or Involuntary Disappearances transmitted "
           "the case under its urgent action procedure."),
          ("situation-change", "2024-12-05", "One year later there is still no information on the "
           "journalist's fate or whereabouts."),
      )),
    C(SAHEL, S.published, "CM", "Lawyer's office searched after an individual complaint to the Human Rights Committee",
      ("ccpr",), ("individual-complaint",), ("raids", "judicial-harassment"), ("police", "judiciary"),
      ("lawyer",), (2020, 2, 18),
      "{name}, a lawyer in Bamenda, brought an individual complaint to the Human Rights Committee on "
      "behalf of a detained teacher. Police searched the chambers at {place}, seized case files and "
      "charged the lawyer with publishing secession propaganda.",
      city="Bamenda", region="CM-NW"),
    C(SAHEL, S.published, "BI", "Relatives of an exiled defender detained after testimony to the Commission of Inquiry",
      ("hrc", "cat"), ("testified",), ("family-reprisals", "arbitrary-detention", "torture"),
      ("security-forces", "non-state-actors"), ("family-member",), (2019, 9),
      "After {name}, a defender in exile, testified before the Commission of Inquiry on Burundi, members "
      "of the ruling party's youth league took two relatives, including {name2}, from their home at "
      "{place}. They were held for six weeks and beaten.",
      city="Ngozi", region="BI-NG", victim_type="group", victim_count=2, case_status="resolved",
      mechanism_detail="Commission of Inquiry on Burundi",
      follow_ups=(
          ("situation-change", "2019-11-02", "Both relatives were released without charge after six weeks."),
      )),
    C(SAHEL, S.published, "ZW", "Teachers' union leader dismissed after a submission to CESCR",
      ("cescr",), ("submitted-information",), ("administrative-sanctions", "intimidation"),
      ("government-officials",), ("trade-unionist",), (2022, 9, 5),
      "{name}, a regional leader of a teachers' union, submitted information to CESCR on unpaid salaries. "
      "The provincial education office dismissed {last} for absence without leave during the days spent "
      "in Geneva, which the union had approved.",
      city="Bulawayo", region="ZW-BU",
      follow_ups=(
          ("state-response", "2023-01-17", "The Ministry said the dismissal followed a disciplinary procedure "
           "unrelated to the submission."),
      )),
    C(SAHEL, S.retracted, "CM", "Women's association leader threatened after a CEDAW session",
      ("cedaw",), ("attended-session",), ("threats",), ("unknown",), ("whrd",), (2021, 7),
      "{name}, who leads a women's association, attended the CEDAW session and received threatening "
      "messages afterwards.",
      women=True, city="Douala",
      reason="Retracted after the submitting organisation found that the threats predated the session and "
             "were not linked to cooperation with the UN."),
    C(SAHEL, S.needs_information, "ML", "Disability rights advocate warned after the CRPD dialogue",
      ("crpd",), ("attended-session",), ("threats", "intimidation"), ("government-officials",),
      ("hrd",), (2025, 6),
      "{name}, an advocate for persons with disabilities, attended the CRPD dialogue with Mali. An official "
      "later told {first} at a meeting that 'people who shame the country abroad lose their funding'.",
      city="Bamako",
      request=("Does the advocate consent to the case being shared with the Committee's focal point on "
               "reprisals, and how can we describe the location without identifying the advocate?", "")),
    C(SAHEL, S.rejected, "BF", "Torture survivor questioned after an SPT visit",
      ("spt",), ("country-visit",), ("intimidation",), ("police",), ("victim-witness",), (2024, 2),
      "{name}, a torture survivor, spoke to the SPT delegation and was later questioned by police.",
      city="Bobo-Dioulasso",
      reason="This is the same case as an allegation already in the registry; we have added your information "
             "to the existing record."),
    C(SAHEL, S.draft, "ML", "Migrant workers' advocate harassed after the CMW review",
      ("cmw",), ("testified",), ("harassment",), ("unknown",), ("hrd",), (2026, 5),
      "{name} briefed the Committee on Migrant Workers on returnees from Libya.",
      city="Kayes"),
    C(SAHEL, S.published, "ZW", "Youth activists arrested after a Human Rights Council side event",
      ("hrc",), ("attended-session",), ("arbitrary-detention", "torture"), ("police",),
      ("hrd", "other"), (2024, 7, 9),
      "Two youth activists, {name} and {name2}, spoke by video at a side event of the Human Rights Council "
      "about abductions before the elections. Police arrested them at {place} the next day; both say they "
      "were beaten in custody.",
      city="Harare", region="ZW-HA", victim_type="group", victim_count=2,
      follow_ups=(
          ("situation-change", "2024-08-30", "Both activists were released on bail; the trial is pending."),
      )),

    # -- Mekong and Bay of Bengal Rights Monitor --------------------------------------------
    C(MEKONG, S.published, "VN", "Land rights blogger sentenced after sending information to special procedures",
      ("special-procedures",), ("submitted-information",), ("judicial-harassment", "arbitrary-detention", "surveillance"),
      ("police", "judiciary"), ("hrd", "environmental"), (2020, 5, 20),
      "{name}, a blogger who reports on land seizures, sent information to the Special Rapporteur on the "
      "situation of human rights defenders. Police watched the house at {place} for weeks, then arrested "
      "{first}; a court later sentenced the blogger to six years for propaganda against the State.",
      city="Thai Binh", region="VN-20",
      mechanism_detail="Special Rapporteur on the situation of human rights defenders",
      follow_ups=(
          ("un-action", "2020-10-12", "The Working Group on Arbitrary Detention adopted an opinion finding the "
           "detention arbitrary."),
          ("state-response", "2021-01-25", "The Government replied that the blogger was convicted under the "
           "Criminal Code for acts unrelated to cooperation with the UN."),
      )),
    C(MEKONG, S.published, "KH", "Union leaders' travel restricted before a Human Rights Council session",
      ("hrc",), ("attended-session",), ("travel-ban", "surveillance"), ("government-officials", "police"),
      ("trade-unionist",), (2023, 9),
      "{name} and {name2}, leaders of a garment workers' union, had been accredited to a Council session. "
      "Immigration police stopped both at the airport, citing a pending court case, and officers photographed "
      "the union office at {place} during the session.",
      city="Phnom Penh", victim_type="group", victim_count=2),
    C(MEKONG, S.published, "MM", "Activist killed after documenting abuses for the Independent Investigative Mechanism",
      ("other-un",), ("submitted-information",), ("killing",), ("security-forces",),
      ("hrd", "victim-witness"), (2022,),
      "{name} collected testimony on the burning of villages and shared it with the Independent Investigative "
      "Mechanism for Myanmar. Soldiers detained {first} at a checkpoint near {place}; the body was found "
      "three days later.",
      city="Monywa", region="MM-01",
      mechanism_detail="Independent Investigative Mechanism for Myanmar",
      follow_ups=(
          ("un-action", "2022-09-14", "The Secretary-General's annual report on cooperation with the UN "
           "referred to the killing."),
      )),
    C(MEKONG, S.published, "PH", "Indigenous teacher red-tagged after a UPR submission",
      ("upr",), ("submitted-information",), ("smear-campaign", "threats", "surveillance"),
      ("government-officials", "security-forces", "state-media"), ("indigenous", "hrd"), (2022, 11, 14),
      "{name}, a teacher in an Indigenous community school, contributed to a joint UPR submission. A "
      "government task force then named {first} in a public forum as a supporter of the armed "
      "insurgency, soldiers visited the school at {place}, and posters with the teacher's photograph "
      "appeared in town.",
      city="Davao City", region="PH-11",
      follow_ups=(
          ("un-action", "2023-02-07", "Special procedures mandate holders sent a communication about "
           "red-tagging of Indigenous teachers."),
      )),
    C(MEKONG, S.published, "BD", "Lawyer's family harassed after information sent to the Working Group on disappearances",
      ("special-procedures", "ced"), ("submitted-information",), ("family-reprisals", "harassment", "surveillance"),
      ("security-forces",), ("lawyer", "family-member"), (2023, 4),
      "{name}, a lawyer assisting families of the disappeared, sent case files to the Working Group on "
      "Enforced or Involuntary Disappearances. Plain-clothes officers then visited the lawyer's parents at "
      "{place} three times and questioned them about the lawyer's travel.",
      city="Dhaka", mechanism_detail="Working Group on Enforced or Involuntary Disappearances",
      case_status="resolved"),
    C(MEKONG, S.published, "BD", "Children's rights organisation loses its funding approval after a CRC report",
      ("crc",), ("submitted-information",), ("administrative-sanctions",), ("government-officials",),
      ("ngo",), (2024, 6),
      "An organisation run by {name} submitted an alternative report to the Committee on the Rights of "
      "the Child on child labour. The NGO Affairs Bureau then refused to renew approval of its foreign "
      "funding, forcing it to close two shelters.",
      city="Khulna", region="BD-D", victim_type="organisation"),
    C(MEKONG, S.published, "PH", "Migrant workers' advocate sued for cyber-libel after briefing the CMW",
      ("cmw", "crc"), ("testified",), ("judicial-harassment", "online-harassment"), ("non-state-actors", "judiciary"),
      ("hrd",), (2023, 3),
      "{name}, an advocate for domestic workers abroad, briefed the Committee on Migrant Workers and the "
      "Committee on the Rights of the Child on recruitment agencies. One agency then filed a cyber-libel "
      "complaint against {last}, and anonymous accounts posted the advocate's address at {place}.",
      city="Quezon City", region="PH-00"),
    C(MEKONG, S.in_review, "MM", "Rohingya community representative threatened after meeting the Special Rapporteur",
      ("special-procedures",), ("country-visit",), ("threats", "intimidation"), ("security-forces",),
      ("hrd",), (2026, 2),
      "{name}, a community representative, met the Special Rapporteur in a camp. Soldiers later came to "
      "the shelter at {place} and warned the family.",
      city="Sittwe", region="MM-16",
      mechanism_detail="Special Rapporteur on the situation of human rights in Myanmar"),
    C(MEKONG, S.approved, "VN", "Religious freedom advocate placed under house arrest during the UPR",
      ("upr",), ("other",), ("travel-ban", "arbitrary-detention"), ("police",), ("hrd",), (2024, 1, 22),
      "{name}, an advocate for religious freedom, had been invited to speak at a side event during the "
      "review. Police stationed officers outside the house at {place} for the whole week and prevented "
      "{first} from leaving.",
      city="Hue", region="VN-26"),
    C(MEKONG, S.withdrawn, "KH", "Forest patrol members threatened after an OHCHR workshop",
      ("ohchr",), ("consultation",), ("threats", "raids"), ("non-state-actors", "police"),
      ("environmental",), (2025, 7),
      "Members of a community forest patrol led by {name} attended an OHCHR workshop on land rights. "
      "Loggers later burned their camp near {place}.",
      city="Kratie", victim_type="group", victim_count=6,
      request=("How many patrol members were affected, and has anyone been injured?", ""),
      reason="The patrol has reached an agreement with the local authorities and prefers not to pursue the case."),
    C(MEKONG, S.submitted, "PH", "Journalist targeted online after a Human Rights Council dialogue",
      ("hrc", "special-procedures"), ("testified",), ("online-harassment", "smear-campaign"),
      ("state-media", "unknown"), ("journalist",), (2026, 6, 18),
      "{name}, a journalist, spoke in the interactive dialogue with the Special Rapporteur. State-run "
      "pages then published edited clips calling the journalist a communist front.",
      city="Manila"),

    # -- Caucasus and Central Asia Legal Aid --------------------------------------------------
    C(CAUCASUS, S.published, "AZ", "Lawyer disbarred after representing a complainant before the Human Rights Committee",
      ("ccpr",), ("individual-complaint",), ("administrative-sanctions", "judicial-harassment"),
      ("judiciary",), ("lawyer",), (2019, 4),
      "{name} represented a journalist in a complaint to the Human Rights Committee. The bar association "
      "then opened disciplinary proceedings against {last} for 'discrediting the State abroad' and "
      "disbarred the lawyer.",
      city="Baku",
      follow_ups=(
          ("un-action", "2019-12-03", "The Committee's rapporteur on reprisals expressed concern to the State "
           "party about the disbarment."),
      ),
      correction=({"victim_categories": ["lawyer", "hrd"]}, "Victim categories corrected: the lawyer is also "
                  "recognised as a human rights defender.")),
    C(CAUCASUS, S.published, "KG", "Minority defender detained after the CERD review",
      ("cerd",), ("testified",), ("arbitrary-detention", "judicial-harassment", "torture"),
      ("security-forces", "judiciary"), ("hrd",), (2020, 8, 6),
      "{name}, a defender of the rights of an ethnic minority, briefed CERD during its review. Security "
      "officers arrested {first} at {place}, and a court ordered two months of detention on charges of "
      "inciting ethnic hatred. The defender says officers beat the detainees during questioning.",
      city="Osh", region="KG-O"),
    C(CAUCASUS, S.published, "TJ", "Family of an exiled opposition supporter harassed after a submission to CAT",
      ("cat",), ("submitted-information",), ("family-reprisals", "threats", "intimidation"),
      ("security-forces", "police"), ("family-member",), (2021,),
      "{name}, living in exile, submitted information to the Committee against Torture. Police then "
      "summoned three relatives, among them {name2}, to the local station near {place} and told them to "
      "publicly disown {first}.",
      city="Kulob", region="TJ-KT", victim_type="group", victim_count=3, case_status="unknown"),
    C(CAUCASUS, S.published, "BY", "Human rights centre's members searched after cooperation with the Special Rapporteur",
      ("special-procedures", "sg-ga"), ("submitted-information",), ("raids", "arbitrary-detention", "judicial-harassment"),
      ("security-forces", "police", "judiciary"), ("ngo", "hrd"), (2021, 7, 14),
      "A human rights centre whose coordinator is {name} sent regular information to the Special Rapporteur "
      "on Belarus and for the Secretary-General's report on reprisals. Security officers searched the "
      "homes of seven members, including the flat at {place}, and opened a criminal case for tax evasion.",
      city="Minsk", victim_type="organisation", victim_count=7,
      mechanism_detail="Special Rapporteur on the situation of human rights in Belarus",
      follow_ups=(
          ("un-action", "2022-09-14", "The Secretary-General's annual report on cooperation with the UN "
           "referred to the searches."),
      )),
    C(CAUCASUS, S.published, "GE", "LGBTI activists attacked after briefing the Independent Expert",
      ("special-procedures",), ("country-visit",), ("physical-attack", "online-harassment", "threats"),
      ("non-state-actors",), ("lgbti",), (2021, 7),
      "Four LGBTI activists, among them {name}, met the Independent Expert during the visit. After a "
      "television report showed them, a group attacked two of them near {place}, and their photographs "
      "circulated online with calls to violence.",
      city="Tbilisi", victim_type="group", victim_count=4, case_status="resolved",
      mechanism_detail="Independent Expert on sexual orientation and gender identity",
      follow_ups=(
          ("situation-change", "2023-05-10", "A court convicted two of the attackers."),
      )),
    C(CAUCASUS, S.published, "TJ", "Lawyer imprisoned after briefing the Committee against Torture",
      ("cat", "ohchr"), ("testified",), ("arbitrary-detention", "judicial-harassment"), ("judiciary",),
      ("lawyer", "hrd"), (2026, 1, 19),
      "{name}, a lawyer who represents survivors of torture, briefed the Committee against Torture and met "
      "OHCHR staff in Geneva. On return, prosecutors charged {last} with fraud, and the lawyer was taken "
      "from the office at {place} to pre-trial detention.",
      city="Dushanbe"),
    C(CAUCASUS, S.in_review, "KG", "Independent outlet blocked after a UPR submission",
      ("upr",), ("submitted-information",), ("administrative-sanctions", "online-harassment"),
      ("government-officials",), ("journalist",), (2026, 3, 10),
      "{name}, editor of an independent outlet, co-signed a UPR submission on media freedom. The ministry "
      "then blocked the outlet's website, and trolls posted the editor's home address, {place}.",
      city="Bishkek"),
    C(CAUCASUS, S.published, "AZ", "Environmental defender's bank accounts frozen after a CESCR submission",
      ("cescr", "upr"), ("submitted-information",), ("administrative-sanctions", "surveillance"),
      ("government-officials", "judiciary"), ("environmental",), (2025, 2),
      "{name}, who monitors pollution near a gold mine, contributed to submissions to CESCR and the UPR. "
      "A court froze the defender's bank accounts at the request of the prosecutor, and the defender "
      "noticed a tracking device on the car parked at {place}.",
      city="Ganja", region="AZ-GA"),
    C(CAUCASUS, S.published, "GE", "Defender's relatives lose public jobs after testimony to the Human Rights Council",
      ("hrc",), ("testified",), ("family-reprisals", "administrative-sanctions"), ("government-officials",),
      ("family-member",), (2025, 9, 30),
      "After {name} testified at the Human Rights Council on the situation in the occupied regions, the "
      "de facto authorities dismissed two of the defender's relatives, including {name2}, from their jobs "
      "at the school at {place}.",
      city="Gali", victim_type="group", victim_count=2,
      follow_ups=(
          ("un-action", "2025-11-03", "The Office of the High Commissioner raised the dismissals with the "
           "de facto authorities."),
      )),
)


# ---------------------------------------------------------------------------------------------
# Building one allegation's values.

def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c in string.ascii_letters).lower()


class _People:
    """Invented names, drawn without repeats, so that no two allegations share a victim."""

    def __init__(self, rng: random.Random):
        self.pools = {}
        for group, (women, men, surnames) in NAMES.items():
            pool = [(woman, first, last) for woman, firsts in ((True, women), (False, men))
                    for first in firsts for last in surnames]
            rng.shuffle(pool)
            self.pools[group] = pool
        self.used_first: dict[str, set] = {group: set() for group in NAMES}

    def person(self, country: str, *, woman: bool | None = None) -> tuple[str, str]:
        group = NAME_GROUP[country]
        pool, used = self.pools[group], self.used_first[group]
        fits = [i for i, (w, _f, _l) in enumerate(pool) if woman is None or w == woman]
        # Prefer a first name not used yet, so that name parts stay distinct across the demo.
        i = next((i for i in fits if pool[i][1] not in used), fits[0])
        is_woman, first, last = pool.pop(i)
        used.add(first)
        men, _, women = last.partition("/")
        return first, (women or men) if is_woman else men


def _expand(template: str, values: dict[str, str], *, keep: frozenset = frozenset()) -> tuple[str, list[dict]]:
    """The template with values filled in, and each filled-in span a moderator would redact."""
    out, spans = [], []
    position = 0
    for literal, field, _spec, _conv in string.Formatter().parse(template):
        out.append(literal)
        position += len(literal)
        if field is None:
            continue
        value = values[field]
        if field not in keep:
            spans.append({"start": position, "end": position + len(value), "label": TOKEN_LABELS[field],
                          "text": value})
        out.append(value)
        position += len(value)
    return "".join(out), spans


def _date_text(date: dt.date) -> str:
    return f"{date.day} {date:%B} {date.year}"


def _allegation_values(case: DemoCase, rng: random.Random, people: _People) -> dict:
    """Public and private fields as the submitting organisation enters them, plus the moderator's summary."""
    persons = [people.person(case.country, woman=True if case.women else None) for _ in range(3)]
    names = [f"{f} {l}" for f, l in persons]
    first, last = persons[0]
    place = rng.choice(STREETS[case.country]).format(n=rng.randint(2, 148))
    code = CALLING_CODES[case.country]
    phone = f"+{code} {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    id_number = f"{rng.choice('ABCPN')}{rng.randint(1000000, 9999999)}"
    precision = ("year", "month", "day")[len(case.date) - 1]
    incident = dt.date(*case.date, *(1,) * (3 - len(case.date)))
    exact_day = dt.date(incident.year, incident.month, rng.randint(1, 28)) if precision == "month" else incident
    values = {"name": names[0], "first": first, "last": last, "name2": names[1], "name3": names[2],
              "place": place, "phone": phone, "id": id_number, "date": _date_text(exact_day)}
    used = {field for _l, field, _s, _c in string.Formatter().parse(case.narrative) if field}
    victims = [names[0]] + [names[i] for i, token in ((1, "name2"), (2, "name3")) if token in used]
    keep = frozenset({"name", "first", "last"}) if case.named else frozenset()
    narrative, spans = _expand(case.narrative, values, keep=keep)
    addendum, _ = _expand(rng.choice(PRIVATE_ADDENDA[2:] if case.named else PRIVATE_ADDENDA), values)
    return {
        "submitted": {
            "title": case.title,
            "country": case.country,
            "region": case.region,
            "mechanisms": list(case.mechanisms),
            "mechanism_detail": case.mechanism_detail,
            "engagement_kinds": list(case.engagement),
            "reprisal_types": list(case.reprisals),
            "perpetrators": list(case.perpetrators),
            "victim_type": case.victim_type,
            "victim_categories": list(case.categories),
            "victim_count": max(case.victim_count, len(victims)),
            "incident_date": incident,
            "incident_date_precision": precision,
            "victim_names": victims,
            "victim_contacts": f"{_ascii(first)}.{_ascii(last)}@mail.example\n{phone}",
            "exact_location": f"{place}, {case.city}",
            "id_numbers": [id_number] if rng.random() < 0.6 else [],
            "identifying_details": f"Age {rng.randint(24, 67)}; known locally as {first} {last[0]}.",
            "source_contact": FOCAL_POINTS[case.org],
            "consent_to_naming": case.named,
            "consent_to_share_un": rng.random() < 0.8,
            "original_narrative": f"{narrative}\n\n{addendum}",
            "evidence_notes": rng.choice(EVIDENCE_NOTES),
        },
        # The moderator's redaction: each private span of the narrative becomes its placeholder.
        "summary": redaction.redact(narrative, [(s["start"], s["end"], s["label"]) for s in spans]),
        "redactions": spans,
        "internal_notes": rng.choice(INTERNAL_NOTES),
        "public_victim_names": [names[0]] if case.named else [],
        "values": values,
    }


# ---------------------------------------------------------------------------------------------
# Moving an allegation through the workflow to where the demo leaves it.

@dataclasses.dataclass
class _Staff:
    submitters: dict[str, User]
    moderators: list[User]
    admin: User


def _clear_harmless_hits(session: Session, moderator: User, allegation: Allegation, case: DemoCase) -> None:
    """Mark as false positives the hits on the city, published deliberately at city precision."""
    seen = set()
    for hit in workflow.leak_hits(session, allegation):
        if (hit.field, hit.text) in seen:
            continue
        text = redaction.folded(hit.text)
        if text == redaction.folded(case.city):
            note = f"{case.city} is the city the public record names on purpose; the street address stays withheld."
        elif hit.source in ("original_narrative", "evidence_notes", "messages"):
            # The demo's narratives name peoples and institutions that are public; its private
            # values are all redacted by construction.
            note = "A public name (a people, an institution or a place at the approved precision), not a person."
        elif hit.source == "recogniser":
            # Names the recogniser finds in the demo's public texts are the ones the record
            # names on purpose: officials, institutions, cities at the approved precision.
            note = f"{hit.text}: named in the public record on purpose (an official, an institution or a city)."
        else:
            continue
        seen.add((hit.field, hit.text))
        workflow.mark_false_positive(session, moderator, allegation.id, hit.field, hit.text, note)


def _advance(session: Session, case: DemoCase, index: int, staff: _Staff, values: dict, four_eyes: bool) -> None:
    submitter = staff.submitters[case.org]
    # The two moderators take turns; every fifth publication falls to the admin.
    approver = staff.moderators[index % 2]
    publisher = staff.admin if index % 5 == 0 else staff.moderators[(index + 1) % 2]
    target = case.state

    allegation = workflow.create_draft(session, submitter, values["submitted"])
    if target == State.draft:
        return
    workflow.submit(session, submitter, allegation.id)
    if case.addition:
        workflow.add_information(session, submitter, allegation.id, case.addition.format(**values["values"]))
    if case.released:
        workflow.claim(session, approver, allegation.id)
        workflow.release(session, approver, allegation.id)
    if target == State.submitted:
        return
    if target == State.withdrawn and not case.request:
        workflow.withdraw(session, submitter, allegation.id, case.reason)
        return
    workflow.claim(session, approver, allegation.id)
    if case.request:
        question, answer = case.request
        workflow.request_information(session, approver, allegation.id, question)
        if target == State.needs_information:
            return
        if target == State.withdrawn:
            workflow.withdraw(session, submitter, allegation.id, case.reason)
            return
        workflow.answer(session, submitter, allegation.id, answer)
    if target == State.rejected:
        workflow.reject(session, approver, allegation.id, case.reason)
        return
    workflow.edit(session, approver, allegation.id, {
        "summary": values["summary"],
        "redactions": values["redactions"],
        "internal_notes": values["internal_notes"],
        "public_victim_names": values["public_victim_names"],
        "case_status": case.case_status,
    }, expected_version=allegation.version)
    if target == State.in_review:
        return
    _clear_harmless_hits(session, approver, allegation, case)
    workflow.approve(session, approver, allegation.id)
    if target == State.approved:
        return
    workflow.publish(session, publisher, allegation.id, four_eyes=four_eyes, exceptions_confirmed=True)
    for kind, happened_on, body in case.follow_ups:
        workflow.add_follow_up(session, approver, allegation.id, kind, happened_on, body)
    if case.correction:
        fields, note = case.correction
        workflow.correct(session, approver, allegation.id, fields, note, expected_version=allegation.version)
    if target == State.retracted:
        workflow.retract(session, approver, allegation.id, case.reason)


# ---------------------------------------------------------------------------------------------
# The two entry points of `flask --app registry demo`.

def has_data(database: Database) -> bool:
    """Whether the registry holds anything at all (an account, an organisation or an allegation).

    `demo --if-empty` runs on every `make run`: a registry someone has started to set up by hand
    must never receive invented allegations.
    """
    with database.session(write=False) as session:
        return any(session.exec(select(model.id).limit(1)).first() is not None
                   for model in (Organisation, User, Allegation))


def load(database: Database, four_eyes: bool = True, progress: Callable[[str], None] = lambda line: None) -> str:
    """Load the demo registry in one transaction and return a printable report of what was created."""
    rng = random.Random(SEED)
    people = _People(rng)
    with database.transaction() as session:
        taken = session.exec(select(Organisation.name).where(Organisation.name.in_(DEMO_ORGANISATIONS))).all()
        taken += session.exec(select(User.email).where(User.email.in_([a[0] for a in DEMO_ACCOUNTS]))).all()
        if taken:
            raise ValidationFailed(f"The demo registry is already loaded here ({taken[0]} exists).")
        organisations = {name: accounts.create_organisation(session, name) for name in DEMO_ORGANISATIONS}
        users = [accounts.create_user(session, email, password, role, organisation=organisations.get(org))
                 for email, role, org, password in DEMO_ACCOUNTS]
        progress(f"Created {len(organisations)} organisations and {len(users)} accounts.")
        names_by_id = {org.id: name for name, org in organisations.items()}
        staff = _Staff(
            submitters={names_by_id[u.organisation_id]: u for u in users if u.role == "submitter"},
            moderators=[u for u in users if u.role == "moderator"],
            admin=next(u for u in users if u.role == "admin"),
        )
        for index, case in enumerate(CASES):
            _advance(session, case, index, staff, _allegation_values(case, rng, people), four_eyes)
        progress(f"Loaded {len(CASES)} allegations through the workflow.")
    return report(database)


def report(database: Database) -> str:
    """The demo accounts with their passwords, and the allegations per state."""
    with database.session(write=False) as session:
        demo_org_ids = session.exec(select(Organisation.id).where(Organisation.name.in_(DEMO_ORGANISATIONS))).all()
        counts = Counter(dict(session.exec(
            select(Allegation.state, func.count()).where(Allegation.organisation_id.in_(demo_org_ids))
            .group_by(Allegation.state)).all()))
        # Country is sealed until publication: count it from the working copies.
        countries = len({workflow.working_copy(session, a).country for a in session.exec(
            select(Allegation).where(Allegation.organisation_id.in_(demo_org_ids)))})
        follow_ups = session.exec(select(func.count()).select_from(FollowUp).join(
            Allegation, Allegation.id == FollowUp.allegation_id).where(
            Allegation.organisation_id.in_(demo_org_ids))).one()
    width = max(len(a[0]) for a in DEMO_ACCOUNTS)
    org_width = max(len(a[2] or "-") for a in DEMO_ACCOUNTS)
    lines = ["Demo registry loaded. Every person, organisation and event in it is invented.", "",
             "Demo accounts (for a demo instance only):",
             f"  {'e-mail':<{width}}  {'role':<9}  {'organisation':<{org_width}}  password"]
    lines += [f"  {email:<{width}}  {role:<9}  {org or '-':<{org_width}}  {password}"
              for email, role, org, password in DEMO_ACCOUNTS]
    lines += ["", f"Allegations: {sum(counts.values())} in {countries} countries, {follow_ups} follow-ups."]
    lines += [f"  {state.value.replace('_', ' '):<18} {counts.get(state.value, 0)}" for state in State]
    return "\n".join(lines)
