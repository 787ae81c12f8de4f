"""The words that tell a name or a place in free text, in every language the guard reads.

Cues before a name ("his brother", "the village of", "حي", "律师"), place words after one
("Mahallesi", "police station", "县"), the little words between a cue and its name, and the
phrases that introduce an alias. names.py holds the rules that use them; this module only the
vocabulary, so that a language is added here and nowhere else.
"""
from __future__ import annotations

import re

from .forms import TITLES
from .text import folded


# Words after which a name follows, in languages written without capital letters (folded).
ARABIC_PERSON_CUES = frozenset(folded(w) for w in """
ابن ابنه ابنته بنت ابنة اخ اخو اخوه اخيه اخته اخت شقيق شقيقه شقيقته شقيقة زوج زوجه زوجته زوجة زوجها
والد والده والدته والدة والدها ام امه عم عمه عمها خال خاله جار جاره جارته صديق صديقه زميل زميله زميلته
المحامي المحامية الطبيب الطبيبة الدكتور الدكتورة السيد السيدة الشاهد الشاهدة الصحفي الصحفية الناشط الناشطة
المدعو المدعوة يدعى تدعى الملقب الملقبة المعروف المعروفة ابو ام الجار الجارة الشيخ الحاج
برادر برادرش خواهر خواهرش همسر همسرش پدر پدرش مادر مادرش وکیل وكيل دکتر دكتر آقای اقای خانم شاهد همسایه
د دكتورة استاذ الاستاذ المعلم المعلمة
گواہ شاہد ماسٹر ڈاکٹر پڑوسی بھائی بہن بیٹا بیٹی بیوی شوہر والدہ جناب محترمہ چچا ماموں استاد مولانا
עד עדה שכן שכנה מר אחיו אחותו בנו בתו אשתו בעלה אביו אמו
""".split())
ARABIC_PLACE_CUES = frozenset(folded(w) for w in """
قرية بلدة حي مدينة مخيم شارع منطقة حارة زقاق مدرسة مستشفى سجن مسجد جامعة كلية مخفر مركز قسم ثكنة
روستای روستا محله خیابان کوچه دبیرستان مدرسه بیمارستان زندان دانشگاه مسجد شهرستان بخش بازداشتگاه
تھانہ تھانے گاؤں ضلع محلہ جیل ہسپتال اسپتال سکول اسکول کالونی بستی
כפר רחוב שכונת מחנה
""".split())
ARABIC_CUES = ARABIC_PERSON_CUES | ARABIC_PLACE_CUES

# The same for the other caseless scripts (Ethiopic, Bengali, Devanagari, Georgian, Armenian,
# Tamil): words before a person's name, before a place's, and after a place's. These languages
# join case endings and articles to the word ("እማኙ", the witness; "থানায়", at the station), so a
# cue of three letters or more also counts with up to three letters after it.
CASELESS_PERSON_CUES = frozenset(folded(w) for w in """
አቶ ወይዘሮ ወይዘሪት ዶክተር ዶር ጠበቃ እማኝ ምስክር ጎረቤት ወንድም ወንድሙ ወንድሟ እህት እህቱ እህቷ ልጅ ሚስት ባል አባት እናት ቄስ ሼህ መምህር ጋዜጠኛ
প্রত্যক্ষদর্শী সাক্ষী প্রতিবেশী আইনজীবী ডাক্তার চিকিৎসক ভাই বোন ছেলে মেয়ে স্ত্রী স্বামী বাবা জনাব শিক্ষক সাংবাদিক
प्रत्यक्षदर्शी गवाह साक्षी पड़ोसी छिमेकी वकील अधिवक्ता डॉक्टर चिकित्सक भाई दाजु भाइ बहन बहिनी दिदी बेटा छोरा बेटी छोरी
पत्नी श्रीमती पति श्रीमान श्री पिता बुबा माता आमा शिक्षक पत्रकार
მოწმე მეზობელი ადვოკატი ექიმი ძმა ბატონი ქალბატონი ბატონ ქალბატონ მამა დედა შვილი მეუღლე ცოლი ქმარი მასწავლებელი ჟურნალისტი
պարոն տիկին վկա հարևան հարեւան փաստաբան բժիշկ եղբայր քույր որդի դուստր ամուսին հայր մայր ուսուցիչ լրագրող
சாட்சி வழக்கறிஞர் திரு திருமதி மருத்துவர் சகோதரர் சகோதரி
""".split())
CASELESS_PLACE_CUES = frozenset(folded(w) for w in """
ቀበሌ ወረዳ መንደር ከተማ ሰፈር
ग्राम
სოფელი სოფელ ქალაქ ქალაქი დაბა
գյուղ գյուղում քաղաք
""".split())
CASELESS_PLACE_AFTER = frozenset(folded(w) for w in """
ማረሚያ እስር ጣቢያ ሆስፒታል ትምህርት ቀበሌ ወረዳ መንደር ሰፈር
থানা গ্রাম জেলা উপজেলা কারাগার হাসপাতাল বিদ্যালয় ইউনিয়ন কলেজ মাদ্রাসা বাজার মহল্লা
गाँव गाउँ गांव जिला जिल्ला थाना प्रहरी पुलिस जेल कारागार अस्पताल विद्यालय नगरपालिका गाउँपालिका टोल बस्ती
ქუჩა ციხე საავადმყოფო სკოლა რაიონი განყოფილება სოფელი
փողոց բանտ հիվանդանոց դպրոց թաղամաս համայնք
கிராமம் சிறை காவல்
""".split())
# Postpositions and conjunctions a name in those scripts stops at (folded).
CASELESS_STOP = frozenset(folded(w) for w in """
ወደ ከ በ እና ላይ ውስጥ
কে এর ও এবং থেকে তে র
लाई को का की के मा ले में से ने पर र और तथा ra
და რომ მიერ
և ու որ
""".split())

CJK_CUES = tuple("""妻子 丈夫 儿子 女儿 哥哥 弟弟 姐姐 妹妹 父亲 母亲 律师 医生 证人 邻居 朋友 同事 记者 村民 名叫 叫做 化名
妻 夫 兄 弟 姐 妹 子 女""".split())
# Units and places a Chinese place name ends with; the name is the characters before, back to a
# character that cannot be part of it.
CJK_PLACE_SUFFIXES = ("街道", "社区", "看守所", "拘留所", "派出所", "公安局", "监狱", "医院", "中学", "小学", "学校",
                      "县", "区", "镇", "乡", "村", "屯", "寨")
CJK_STOP = set("在于被了的和与及其把从到向是为将对往由自给让并也都又就而且或后前时中里内外上下这那该此每各我你他她它们")
# The commonest Chinese surnames (about 85 % of people); a cue followed by one of these is a name.
CJK_SURNAMES = frozenset("""王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪
范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹
申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简
车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝""".replace("\n", ""))

# Before or after a name in cased scripts (folded): "the village of", "Dr", "police station".
PLACE_CUES = frozenset(folded(w) for w in """
village town city district neighbourhood neighborhood quarter street road avenue hospital clinic polyclinic
school college university prison jail camp mosque church market station compound estate township ward
area settlement farm
villa pueblo aldea barrio calle vereda corregimiento resguardo hospital escuela colegio carcel comuna
municipio caserio comunidad
village ville quartier rue hopital ecole prison commune
kijiji mji mtaa wilaya kata hospitali shule gereza zahanati
mahalla mahallasi qishloq tuman ko'cha kocha koʻchasi
koy koyu mahalle mahallesi ilce sokak sokagi caddesi hastanesi okulu cezaevi
xa thon phuong huyen lang ap
aldeia bairro rua
село деревня поселок посёлок район улица школа больница тюрьма колония квартал
лицей гимназия отдел отделение участок полиция полиции изолятор сизо ивс
село селище район вулиця школа лікарня ліцей гімназія відділ відділок
delegacia comisaria comissariat commissariat gendarmerie brigade caserne centre centro
barangay sitio purok poblacion
desa kampung kelurahan kecamatan penjara sekolah polsek polres lapas sma smp smk
kənd kəndi rayon rayonu küçə küçəsi həbsxana məktəb
auyl auyly audany koshesi tyrme mektep
unguwar kauyen garin
""".split())
PERSON_CUES = frozenset(folded(w) for w in """
brother sister son daughter wife husband mother father cousin uncle aunt nephew niece neighbour neighbor
witness lawyer doctor colleague friend journalist barrister advocate attorney
frere soeur fils fille epouse mari mere pere cousin voisin voisine temoin avocat avocate
hermano hermana hijo hija esposa esposo madre padre primo vecino vecina testigo abogado abogada cacique
irmao irma filho filha esposa marido vizinho vizinha testemunha advogado advogada
kaka dada mwana mke mume jirani shahidi wakili daktari
kardes kardesi oglu kizi esi annesi babasi komsu tanik avukat
anh chi em ong ba co chu bac vo chong con
брат сестра сын дочь жена муж мать отец сосед соседка свидетель свидетельница адвокат врач
брат сестра син дочка дружина чоловік мати батько сусід сусідка свідок свідка адвокат лікар вчителька вчитель
guvoh aka opa uka singil qo'shni advokat
shaida makwabci maƙwabci lauya likita
saksi kapitbahay doktor kapatid asawa kay
şahid şahidi qonşu qonşusu vəkil həkim qardaş qardaşı bacı bacısı şahit
tetangga pengacara dokter kakak adik istri suami pendeta
markhaati deris qareen dhakhtar walaal
świadek sąsiad sąsiadka adwokat lekarz siostra ksiądz
zeuge zeugin nachbar nachbarin anwalt anwältin bruder schwester
testimone avvocato avvocata
куәгер көрші дәрігер ағасы інісі апасы қарындасы әйелі күйеуі күбө кошуна шоҳид ҳамсоя
""".split()) | TITLES
SUFFIX_PLACE_CUES = frozenset(folded(w) for w in """
district quarter village street road avenue hospital clinic polyclinic school college prison camp mosque
church market station compound estate township ward neighbourhood neighborhood
mahallesi mahalle koyu sokak sokagi caddesi hastanesi okulu cezaevi ilcesi
mahallasi qishlog'i qishlogi tumani ko'chasi
həbsxana həbsxanası kəndi rayonu küçəsi ауылы ауданы көшесі бөлімі бөлімшесі
""".split())

# Little words between a cue and its name: "the village of X", "mtaa wa X", "la vereda de X".
CUE_LINKS = frozenset("of the de del des du da do dos das di la el le los las wa ya cha za la kwa al на".split())

# "known as Abu Yassin", "alias", "nicknamed": what follows is a name even in lower case.
ALIAS_CUES = re.compile(
    r"(?<!\w)(?:known (?:locally |widely |here )?as|a\.?k\.?a\.?|alias|nicknamed|dit|surnommée?|connue? sous le nom de|"
    r"conocid[oa] como|apodad[oa]|alias|по прозвищу|известн(?:ый|ая) как|المعروف(?:ة)? ب|الملقب(?:ة)? ب|"
    r"معروف به|ملقب به)\s*[\"'“”«»„]?\s*",
    re.IGNORECASE)
