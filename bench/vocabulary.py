"""Zipf-distributed vocabularies of at least 20,000 word forms in English, Turkish and Arabic for the corpus.

Each language starts from words a foundation's stories really use (function words first, then the subject
matter), grows them the way the language does (English endings; Turkish suffixes with vowel harmony; Arabic
prefixes and suffixes, with hamza written or dropped as people type it), and fills the long tail with names
built from the language's syllables, as place and person names fill a real newsroom's tail. Frequencies follow
Zipf's law (rank r drawn with weight 1/r^1.07), so a few words are everywhere and most are rare.
"""

import itertools
import random
from dataclasses import dataclass

MIN_WORDS = 20_000
ZIPF_EXPONENT = 1.07


def _words(text):
    return text.split()


ENGLISH_FUNCTION = _words(
    "the of and to in a for on with that by from at as is was are were has have had be been this its their "
    "more than after before into over about who which they it not also new but or all two three many most year "
    "years people local where while through during under between"
)
ENGLISH_WORDS = _words(
    "water school clinic winter harvest flood drought teacher midwife volunteer pipeline solar village family "
    "child training cooperative shelter vaccine library road bridge seed greenhouse health centre hospital nurse "
    "doctor refugee return camp border earthquake storm fire relief appeal donor grant partner network member "
    "organisation women girl boy youth elder carer disability right law court justice office report budget "
    "account audit election peace dialogue mediation conflict mine land farm farmer livestock pasture herd well "
    "pump latrine hygiene soap kit blanket stove fuel coal heating food ration meal bakery bread market income "
    "loan saving job skill workshop course class pupil student scholarship book computer internet radio "
    "newspaper journalist campaign vote council mayor ministry government policy standard cash transfer voucher "
    "emergency response recovery rebuild house roof window wall repair engineer mason carpenter tailor weaver "
    "craft honey dairy cheese milk wheat barley apple orchard vineyard river lake valley mountain highland "
    "coast island city town district province region capital suburb street square park forest tree climate "
    "rain snow heat season spring summer autumn mudslide landslide avalanche evacuation warning drill "
    "preparedness risk map survey census data study research evaluation plan strategy programme project "
    "volunteering mentoring counselling therapy trauma protection violence safety police lawyer migrant asylum "
    "integration language translation interpreter minority community association foundation charity trust "
    "board director manager coordinator officer staff team meeting conference summit agreement contract "
    "partnership donation gift pledge fund fundraising transparency accountability complaint feedback"
)
ENGLISH_ENDINGS = ("s", "ed", "ing", "er", "ers", "al", "ly", "ment", "ness", "less", "ful", "ship")
ENGLISH_SYLLABLES = _words(
    "ba be bi bo da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no "
    "ra re ri ro sa se si so ta te ti to va ve vi vo za zo"
)

TURKISH_FUNCTION = _words(
    "ve bir bu ile için da de çok daha olarak gibi en her o ama sonra önce kadar yeni iki üç yıl yılında "
    "olan oldu ise ya hem değil tüm bütün birlikte göre"
)
TURKISH_ROOTS = _words(
    "su okul iklim sağlık aile çocuk köy kadın yardım eğitim göç deprem sel kış tarım hasat kuraklık öğretmen "
    "ebe gönüllü boru güneş kooperatif barınak aşı kütüphane yol köprü tohum sera merkez hastane hemşire "
    "doktor mülteci dönüş kamp sınır fırtına yangın bağış bağışçı hibe ortak ağ üye kuruluş kız oğlan genç "
    "yaşlı bakıcı engelli hak hukuk mahkeme adalet ofis rapor bütçe hesap denetim seçim barış diyalog "
    "arabuluculuk çatışma mayın toprak çiftlik çiftçi hayvan mera sürü kuyu pompa tuvalet hijyen sabun battaniye "
    "soba yakıt kömür ısınma gıda erzak yemek fırın ekmek pazar gelir kredi birikim iş beceri atölye kurs sınıf "
    "öğrenci burs kitap bilgisayar internet radyo gazete gazeteci kampanya oy meclis belediye bakanlık hükümet "
    "politika standart nakit kupon acil müdahale iyileşme ev çatı pencere duvar onarım mühendis usta terzi "
    "dokumacı zanaat bal süt peynir buğday arpa elma bahçe bağ nehir göl vadi dağ yayla kıyı ada şehir kasaba "
    "ilçe il bölge başkent sokak meydan park orman ağaç yağmur kar sıcak mevsim ilkbahar yaz sonbahar heyelan "
    "çığ tahliye uyarı tatbikat hazırlık risk harita anket veri araştırma değerlendirme plan strateji program "
    "proje danışmanlık terapi travma koruma şiddet güvenlik polis avukat göçmen iltica uyum dil çeviri tercüman "
    "azınlık topluluk dernek vakıf yönetim müdür koordinatör personel ekip toplantı konferans anlaşma ortaklık"
)
TURKISH_PROPER = _words("İstanbul İzmir Ankara Iğdır Ilgaz İklim Işık İnsan")
TURKISH_SYLLABLES = _words(
    "ba be bı bi ça çe ka ke kı ki la le lı li ma me mı mi na ne nı ni "
    "ra re rı ri sa se şa şe ta te tı ti ya ye za ze ğa ğe öz üz"
)

ARABIC_FUNCTION = _words(
    "في من على إلى عن مع التي الذي هذا هذه كان كانت أن إن قد بعد قبل حتى كل بين عام خلال لدى ثم أو لا ما "
    "هو هي هم أكثر جديد اثنين ثلاثة"
)
ARABIC_WORDS = _words(
    "ماء مدرسة مناخ صحة أسرة أطفال قرية امرأة مساعدة تعليم هجرة زلزال فيضان شتاء زراعة حصاد جفاف معلم قابلة "
    "متطوع أنبوب شمس تعاونية مأوى لقاح مكتبة طريق جسر بذور دفيئة مركز مستشفى ممرضة طبيب لاجئ عودة مخيم حدود "
    "عاصفة حريق إغاثة نداء مانح منحة شريك شبكة عضو منظمة فتاة شباب مسن إعاقة حق قانون محكمة عدالة مكتب تقرير "
    "ميزانية حساب تدقيق انتخابات سلام حوار وساطة نزاع ألغام أرض مزرعة مزارع ماشية مرعى بئر مضخة نظافة صابون "
    "بطانية مدفأة وقود فحم تدفئة غذاء طعام مخبز خبز سوق دخل قرض ادخار عمل مهارة ورشة دورة صف طالب منحة كتاب "
    "حاسوب إنترنت إذاعة صحيفة صحفي حملة تصويت مجلس بلدية وزارة حكومة سياسة معيار نقد قسيمة طوارئ استجابة "
    "تعافي إعمار بيت سقف نافذة جدار إصلاح مهندس بناء نجار خياط حرفة عسل حليب جبن قمح شعير تفاح بستان كرم "
    "نهر بحيرة وادي جبل ساحل جزيرة مدينة بلدة منطقة محافظة عاصمة شارع ساحة حديقة غابة شجرة مطر ثلج حرارة "
    "موسم ربيع صيف خريف انهيار إخلاء إنذار تدريب تأهب خطر خريطة مسح بيانات دراسة بحث تقييم خطة استراتيجية "
    "برنامج مشروع إرشاد علاج صدمة حماية عنف أمان شرطة محامي مهاجر لجوء اندماج لغة ترجمة مترجم أقلية مجتمع "
    "جمعية مؤسسة إدارة مدير منسق موظف فريق اجتماع مؤتمر اتفاق شراكة تبرع أسر إيواء أمطار أمل"
)
ARABIC_PREFIXES = ("ال", "وال", "بال", "لل", "و", "ب", "ف", "فال", "كال")
ARABIC_SUFFIXES = ("ات", "ين", "ون", "ها", "هم", "نا", "ي")
ARABIC_SYLLABLES = _words(
    "با بي تو تا جا جي دا دو را ري زا سا سي شا صا طا عا عي فا قا كا كو لا لي ما مي نا نو ها وا يا"
)
HAMZA_FORMS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "و", "ئ": "ي"})
ARABIC_DIACRITICS = ("\u064e", "\u064f", "\u0650", "\u0651")


def _english_forms():
    yield from ENGLISH_FUNCTION
    yield from ENGLISH_WORDS
    for word, ending in itertools.product(ENGLISH_WORDS, ENGLISH_ENDINGS):
        yield word.rstrip("e") + ending if ending[0] in "ei" else word + ending


def _turkish_harmony(word):
    """The back (a, ı) or front (e, i) vowel of the word's last syllable, for choosing its suffixes."""
    last = next((letter for letter in reversed(word) if letter in "aıoueiöü"), "e")
    back = last in "aıou"
    four_way = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[last]
    return ("a" if back else "e"), four_way


def _turkish_forms():
    yield from TURKISH_FUNCTION
    yield from TURKISH_ROOTS
    yield from TURKISH_PROPER
    for word in (*TURKISH_ROOTS, *TURKISH_PROPER):
        two, four = _turkish_harmony(word)
        ends_in_vowel = word[-1].lower() in "aıoueiöü"
        plural = f"l{two}r"
        glide = "y" if ends_in_vowel else ""
        genitive = ("n" if ends_in_vowel else "") + f"{four}n"
        for suffix in (
            plural,
            f"d{two}",
            f"d{two}n",
            genitive,
            glide + four,
            glide + two,
            f"{plural}d{two}",
            f"{plural}d{two}n",
            f"{plural}{'ı' if two == 'a' else 'i'}n",
            f"{plural}{'ı' if two == 'a' else 'i'}",
            f"{plural}{'a' if two == 'a' else 'e'}",
            f"{glide}{four}m{four}z",
            f"{plural}{'ı' if two == 'a' else 'i'}m{'ı' if two == 'a' else 'i'}z",
            f"l{four}k",
            f"s{four}z",
            "c" + four,
        ):
            yield word + suffix


def _arabic_forms(rng):
    yield from ARABIC_FUNCTION
    yield from ARABIC_WORDS
    for word in ARABIC_WORDS:
        for prefix in ARABIC_PREFIXES:
            yield prefix + word
        for suffix in ARABIC_SUFFIXES:
            yield word + suffix
        yield "ال" + word + "ات"
        if word.translate(HAMZA_FORMS) != word:
            # Readers and writers often drop the hamza: the corpus holds both spellings, as real text does.
            yield word.translate(HAMZA_FORMS)
            yield "ال" + word.translate(HAMZA_FORMS)
        yield word[0] + rng.choice(ARABIC_DIACRITICS) + word[1:]


def _names(syllables, rng, capitalise):
    """Endless distinct names of two to four syllables, as the tail of places and people a newsroom writes."""
    seen = set()
    while True:
        name = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        if capitalise:
            name = name[:1].upper() + name[1:]
        if name not in seen:
            seen.add(name)
            yield name


@dataclass
class Vocabulary:
    """Words of one language in rank order, with cumulative Zipf weights for fast sampling."""

    language: str
    words: list
    content_words: list  # the subject-matter head, for titles
    cumulative: list

    def sample(self, rng, count):
        return rng.choices(self.words, cum_weights=self.cumulative, k=count)

    def rank_of(self, word):
        return self.words.index(word)


def build_vocabulary(language, seed=7, size=MIN_WORDS):
    rng = random.Random(f"{seed}-{language}")
    if language == "en":
        head, content, syllables, capitalise = list(_english_forms()), ENGLISH_WORDS, ENGLISH_SYLLABLES, True
    elif language == "tr":
        head, content, syllables, capitalise = list(_turkish_forms()), TURKISH_ROOTS, TURKISH_SYLLABLES, True
    elif language == "ar":
        head, content, syllables, capitalise = list(_arabic_forms(rng)), ARABIC_WORDS, ARABIC_SYLLABLES, False
    else:
        raise ValueError(f"no vocabulary for {language!r}")
    words = list(dict.fromkeys(head))
    names = _names(syllables, rng, capitalise)
    known = set(words)
    while len(words) < size:
        name = next(names)
        if name not in known:
            known.add(name)
            words.append(name)
    # Function words keep the top ranks; the subject matter, its forms and the names mix below them.
    function_words = {"en": ENGLISH_FUNCTION, "tr": TURKISH_FUNCTION, "ar": ARABIC_FUNCTION}[language]
    rest = words[len(function_words) :]
    head_part, tail_part = rest[: len(rest) // 10], rest[len(rest) // 10 :]
    rng.shuffle(head_part)
    rng.shuffle(tail_part)
    ordered = list(function_words) + head_part + tail_part
    cumulative = list(itertools.accumulate(1 / (rank**ZIPF_EXPONENT) for rank in range(1, len(ordered) + 1)))
    return Vocabulary(language, ordered, list(content), cumulative)
