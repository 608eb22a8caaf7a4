"""Turkish translations of the demo content: {English source string: Turkish}, written for this project.

Place names in their Turkish forms (Arnavutluk, Kosova, Tiran, İşkodra, Priştine); the foundation keeps its name and
translates its legal form (Open Hands Vakfı); partners keep their coined names and translate what describes them.
"""

STRINGS = {
    # Snippets: contact points, partners, site settings -------------------------------------------------------
    "Head office": "Genel merkez",
    "Open Hands Foundation<br/>14 Linden Row<br/>1010 Sampleton": "Open Hands Vakfı<br/>14 Linden Row<br/>1010 Sampleton",
    "Press office": "Basın ofisi",
    "Riverstone Health Alliance": "Riverstone Sağlık İttifakı",
    "Northwind Schools Trust": "Northwind Okullar Vakfı",
    "Clearwater Engineers Without Borders": "Clearwater Sınır Tanımayan Mühendisler",
    "Harvest Cooperative Network": "Hasat Kooperatifleri Ağı",
    "Mountain Villages Association": "Dağ Köyleri Derneği",
    "Civic Volunteers Union": "Sivil Gönüllüler Birliği",
    "Open Hands Foundation": "Open Hands Vakfı",
    "Standing with communities through crisis and recovery.": "Kriz ve toparlanma sürecinde toplulukların yanındayız.",
    "Donate": "Bağış yapın",
    # Image descriptions, used as the pages' alt text -----------------------------------------------------------
    "Hills at sunrise above a river valley": "Gün doğarken bir nehir vadisinin üzerindeki tepeler",
    "Snow-capped mountains under a pale sky": "Solgun bir gökyüzünün altında karlı dağlar",
    "A terraced hillside in warm evening light": "Akşamın sıcak ışığında teraslı bir yamaç",
    "Green pastures rolling towards distant peaks": "Uzaktaki zirvelere doğru uzanan yeşil meralar",
    "Violet mountains at dusk": "Alacakaranlıkta mor dağlar",
    "Morning mist over a quiet valley": "Sessiz bir vadinin üzerinde sabah sisi",
    # Home page -------------------------------------------------------------------------------------------------
    "Home": "Ana Sayfa",
    "A humanitarian foundation working with local partners on health, education, water and livelihoods.": (
        "Sağlık, eğitim, su ve geçim kaynakları alanlarında yerel ortaklarla çalışan bir insani yardım vakfı."
    ),
    "Standing with communities through crisis and recovery": "Kriz ve toparlanma sürecinde toplulukların yanındayız",
    "Open Hands Foundation works with local partners in the Balkans, the South Caucasus, Central Asia and the Middle East to keep clinics open, children learning and water flowing.": (
        "Open Hands Vakfı, Balkanlar, Güney Kafkasya, Orta Asya ve Orta Doğu'daki yerel ortaklarıyla birlikte "
        "kliniklerin açık kalması, çocukların öğrenmeye devam etmesi ve suyun akması için çalışıyor."
    ),
    # Who we are ------------------------------------------------------------------------------------------------
    "Who we are": "Biz kimiz",
    "An independent foundation that works through local organisations, not around them.": (
        "Yerel kuruluşları devre dışı bırakmadan, onlar aracılığıyla çalışan bağımsız bir vakıf."
    ),
    "We started in 2004 as a handful of volunteers driving medicine to flooded villages.": (
        "2004 yılında, sular altında kalan köylere arabalarıyla ilaç taşıyan bir avuç gönüllü olarak yola çıktık."
    ),
    "Today Open Hands Foundation supports more than sixty local organisations in eleven countries. They know their neighbourhoods, speak the languages and stay long after the cameras leave; we bring funding, logistics and a network that lets good ideas travel.": (
        "Bugün Open Hands Vakfı, on bir ülkede altmıştan fazla yerel kuruluşu destekliyor. Bu kuruluşlar "
        "mahallelerini tanıyor, oranın dillerini konuşuyor ve kameralar gittikten çok sonra da sahada kalıyor; biz "
        "ise finansman, lojistik ve iyi fikirlerin bir yerden ötekine yayılmasını sağlayan bir ağ sunuyoruz."
    ),
    "Our board is made up of volunteers from the countries where we work. Every programme is reviewed by an independent auditor each year, and our accounts are published in full.": (
        "Yönetim kurulumuz, çalıştığımız ülkelerden gönüllülerden oluşuyor. Her program her yıl bağımsız bir "
        "denetçi tarafından inceleniyor ve hesaplarımız eksiksiz olarak yayımlanıyor."
    ),
    # What we do: the sections ----------------------------------------------------------------------------------
    "What we do": "Neler yapıyoruz",
    "Our programmes: health, education, water, livelihoods, emergencies and climate.": (
        "Programlarımız: sağlık, eğitim, su, geçim kaynakları, acil durumlar ve iklim."
    ),
    "Six programme areas, each run with local partners who know what their communities need.": (
        "Her biri, toplumunun neye ihtiyaç duyduğunu bilen yerel ortaklarla yürütülen altı program alanı."
    ),
    "Healthcare": "Sağlık",
    "Clinics, mobile teams and trained community health workers where hospitals are far.": (
        "Hastanelerin uzak olduğu yerlerde klinikler, gezici ekipler ve eğitimli toplum sağlığı çalışanları."
    ),
    "Clinics, mobile teams and trained community health workers where hospitals are far. Read the latest stories from our healthcare work below.": (
        "Hastanelerin uzak olduğu yerlerde klinikler, gezici ekipler ve eğitimli toplum sağlığı çalışanları. "
        "Sağlık alanındaki çalışmalarımızdan son haberleri aşağıda okuyabilirsiniz."
    ),
    "Education": "Eğitim",
    "Safe classrooms, catch-up lessons and scholarships that keep children learning.": (
        "Çocukların öğrenmeye devam etmesini sağlayan güvenli sınıflar, telafi dersleri ve burslar."
    ),
    "Safe classrooms, catch-up lessons and scholarships that keep children learning. Read the latest stories from our education work below.": (
        "Çocukların öğrenmeye devam etmesini sağlayan güvenli sınıflar, telafi dersleri ve burslar. "
        "Eğitim alanındaki çalışmalarımızdan son haberleri aşağıda okuyabilirsiniz."
    ),
    "Water and sanitation": "Su ve sanitasyon",
    "Wells, pipelines and hygiene that stop disease before it spreads.": (
        "Hastalıkları yayılmadan önce durduran kuyular, su boru hatları ve hijyen."
    ),
    "Wells, pipelines and hygiene that stop disease before it spreads. Read the latest stories from our water and sanitation work below.": (
        "Hastalıkları yayılmadan önce durduran kuyular, su boru hatları ve hijyen. "
        "Su ve sanitasyon alanındaki çalışmalarımızdan son haberleri aşağıda okuyabilirsiniz."
    ),
    "Livelihoods": "Geçim kaynakları",
    "Training, small grants and cooperatives that let families earn their own way.": (
        "Ailelerin kendi geçimini sağlamasına olanak tanıyan eğitimler, küçük hibeler ve kooperatifler."
    ),
    "Training, small grants and cooperatives that let families earn their own way. Read the latest stories from our livelihoods work below.": (
        "Ailelerin kendi geçimini sağlamasına olanak tanıyan eğitimler, küçük hibeler ve kooperatifler. "
        "Geçim kaynakları alanındaki çalışmalarımızdan son haberleri aşağıda okuyabilirsiniz."
    ),
    "Emergency response": "Acil durum müdahalesi",
    "Food, shelter and cash within days of an earthquake, flood or conflict.": (
        "Deprem, sel ya da çatışmanın ardından birkaç gün içinde gıda, barınak ve nakit yardımı."
    ),
    "Food, shelter and cash within days of an earthquake, flood or conflict. Read the latest stories from our emergency response work below.": (
        "Deprem, sel ya da çatışmanın ardından birkaç gün içinde gıda, barınak ve nakit yardımı. "
        "Acil durum müdahalesi alanındaki çalışmalarımızdan son haberleri aşağıda okuyabilirsiniz."
    ),
    "Climate resilience": "İklim dayanıklılığı",
    "Early warning, terraces and drought-tolerant seed for a hotter future.": (
        "Daha sıcak bir gelecek için erken uyarı sistemleri, teraslar ve kuraklığa dayanıklı tohumlar."
    ),
    "Early warning, terraces and drought-tolerant seed for a hotter future. Read the latest stories from our climate resilience work below.": (
        "Daha sıcak bir gelecek için erken uyarı sistemleri, teraslar ve kuraklığa dayanıklı tohumlar. "
        "İklim dayanıklılığı alanındaki çalışmalarımızdan son haberleri aşağıda okuyabilirsiniz."
    ),
    # Where we work: regions and countries ----------------------------------------------------------------------
    "Where we work": "Nerelerde çalışıyoruz",
    "The regions and countries where Open Hands Foundation works.": (
        "Open Hands Vakfı'nın çalıştığı bölgeler ve ülkeler."
    ),
    "Eleven countries in four regions, each with partners who live and work there.": (
        "Dört bölgede on bir ülke; her birinde orada yaşayan ve çalışan ortaklarımız var."
    ),
    "Balkans": "Balkanlar",
    "Schools, clinics and small businesses in towns still rebuilding from the 1990s.": (
        "1990'ların yaralarını hâlâ saran kasabalarda okullar, klinikler ve küçük işletmeler."
    ),
    "Albania": "Arnavutluk",
    "Rural health posts and vocational training in the northern highlands.": (
        "Kuzeydeki dağlık bölgelerde kırsal sağlık noktaları ve mesleki eğitim."
    ),
    "Kosovo": "Kosova",
    "Youth employment and inclusive classrooms across seven municipalities.": (
        "Yedi belediyede genç istihdamı ve kapsayıcı sınıflar."
    ),
    "North Macedonia": "Kuzey Makedonya",
    "Home care for older people living alone.": "Yalnız yaşayan yaşlılar için evde bakım.",
    "Bosnia and Herzegovina": "Bosna-Hersek",
    "Clean water and flood preparedness along the Sava.": "Sava Nehri boyunca temiz su ve sele hazırlık.",
    "Serbia": "Sırbistan",
    "Support for families in the south who rely on seasonal work.": (
        "Güneyde mevsimlik işlerle geçinen ailelere destek."
    ),
    "South Caucasus": "Güney Kafkasya",
    "Mountain communities where roads close in winter and services are far away.": (
        "Kışın yolların kapandığı, hizmetlerin uzakta kaldığı dağ toplulukları."
    ),
    "Armenia": "Ermenistan",
    "Winter preparedness and school meals in border villages.": "Sınır köylerinde kışa hazırlık ve okul yemekleri.",
    "Georgia": "Gürcistan",
    "Livelihoods for displaced families and their neighbours.": (
        "Yerinden edilmiş aileler ve komşuları için geçim kaynakları."
    ),
    "Central Asia": "Orta Asya",
    "Glacier-fed valleys facing drought, mudslides and long migrations for work.": (
        "Buzullardan beslenen; kuraklık, çamur akıntıları ve iş için uzak yerlere göçle karşı karşıya kalan vadiler."
    ),
    "Kyrgyzstan": "Kırgızistan",
    "Irrigation, pasture management and village health committees.": (
        "Sulama, mera yönetimi ve köy sağlık komiteleri."
    ),
    "Tajikistan": "Tacikistan",
    "Safe drinking water and mother-and-child health.": "Güvenli içme suyu ve anne-çocuk sağlığı.",
    "Middle East": "Orta Doğu",
    "Refugee and host communities sharing stretched schools, clinics and water.": (
        "Kapasitesi zorlanan okulları, klinikleri ve su kaynaklarını paylaşan mülteci ve ev sahibi topluluklar."
    ),
    "Jordan": "Ürdün",
    "Learning centres and cash assistance in the north.": "Kuzeyde öğrenme merkezleri ve nakit yardımı.",
    "Lebanon": "Lübnan",
    "Primary health care and rent support after years of crisis.": (
        "Yıllar süren krizin ardından birinci basamak sağlık hizmetleri ve kira desteği."
    ),
    # News index ------------------------------------------------------------------------------------------------
    "News": "Haberler",
    "News and press releases from Open Hands Foundation.": "Open Hands Vakfı'ndan haberler ve basın bültenleri.",
    "Stories and press releases from our programmes and the network.": (
        "Programlarımızdan ve ağımızdan haberler ve basın bültenleri."
    ),
    "Media enquiries": "Basın iletişimi",
    # Stories, oldest first -------------------------------------------------------------------------------------
    "Winter kits reach 900 families in Armenia's border villages": (
        "Ermenistan'ın sınır köylerinde 900 aileye kış yardımı ulaştı"
    ),
    "Stoves, fuel and warm clothing arrived before the coldest weeks of the year.": (
        "Sobalar, yakacak ve sıcak giysiler yılın en soğuk haftalarından önce ulaştırıldı."
    ),
    "Snow closed the last mountain road to Tavush a day after our convoy came through. Each family received a wood stove, two months of fuel briquettes and winter clothing sized for every child in the household.": (
        "Konvoyumuz geçtikten bir gün sonra kar, Tavuş'a giden son dağ yolunu kapattı. Her aileye bir odun sobası, "
        "iki ay yetecek briket yakacak ve hanedeki her çocuğun bedenine uygun kışlık giysiler verildi."
    ),
    "We used to burn furniture in January. This year the children slept in a warm room.": (
        "Ocak ayında mobilyaları yakardık. Bu yıl çocuklar sıcak bir odada uyudu."
    ),
    "Anahit, a mother of four in Berd": "Anahit, Berd'de dört çocuk annesi",
    "Village councils drew up the lists themselves, putting older people living alone and families with newborns first. Volunteers will visit again in February to check that no one has run short.": (
        "Listeleri köy meclisleri kendileri hazırladı ve yalnız yaşayan yaşlılarla yeni doğmuş bebeği olan ailelere "
        "öncelik verdi. Gönüllüler, kimsenin yakacağının bitmediğinden emin olmak için şubatta yeniden gelecek."
    ),
    "New health post opens in the Albanian highlands": "Arnavutluk'un dağlık kesiminde yeni sağlık noktası açıldı",
    "A nurse and a midwife now serve four villages that were two hours from the nearest clinic.": (
        "En yakın kliniğe iki saat uzaklıktaki dört köye artık bir hemşire ve bir ebe hizmet veriyor."
    ),
    "The health post in Theth valley was built in an unused schoolhouse with the help of the municipality. It is staffed six days a week and linked by video to doctors at the regional hospital in Shkodër.": (
        "Theth vadisindeki sağlık noktası, belediyenin desteğiyle kullanılmayan bir okul binasında kuruldu. Haftada "
        "altı gün açık olan sağlık noktası, İşkodra'daki bölge hastanesinin doktorlarına görüntülü bağlantıyla bağlı."
    ),
    "In its first month the team saw 312 patients, most of them older people with high blood pressure or diabetes who had gone without check-ups for years.": (
        "Ekip ilk ayında 312 hasta muayene etti; bunların çoğu yıllardır kontrole gidememiş, yüksek tansiyon ya da "
        "diyabet hastası yaşlılardı."
    ),
    "Open Hands Foundation publishes its 2024 annual accounts": "Open Hands Vakfı 2024 yılı hesaplarını yayımladı",
    "Ninety-one cents of every euro went directly to programmes run with local partners.": (
        "Her bir avronun 91 senti doğrudan yerel ortaklarla yürütülen programlara gitti."
    ),
    "The foundation today published audited accounts for 2024. Income rose to 18.4 million euros, of which 91 per cent was spent on programmes, 6 per cent on fundraising and 3 per cent on administration.": (
        "Vakıf bugün 2024 yılına ait, bağımsız denetimden geçmiş hesaplarını yayımladı. Gelir 18,4 milyon avroya "
        "yükseldi; bunun yüzde 91'i programlara, yüzde 6'sı bağış toplamaya, yüzde 3'ü ise yönetim giderlerine harcandı."
    ),
    "The full accounts, the auditor's report and a list of every partner organisation funded during the year are available on request from the press office.": (
        "Hesapların tamamı, denetçi raporu ve yıl içinde finanse edilen tüm ortak kuruluşların listesi, talep "
        "edilmesi hâlinde basın ofisinden temin edilebilir."
    ),
    "Catch-up classes help Syrian and Jordanian pupils back into school": (
        "Telafi dersleri Suriyeli ve Ürdünlü öğrencileri okula döndürüyor"
    ),
    "Six learning centres in Irbid and Mafraq taught 1,400 children who had fallen years behind.": (
        "İrbid ve Mafrak'taki altı öğrenme merkezi, yıllarca geride kalmış 1.400 çocuğa ders verdi."
    ),
    "Many of the children had missed two or three school years. Teachers from both communities run small classes in Arabic, maths and English, and a counsellor visits each centre twice a week.": (
        "Çocukların birçoğu iki ya da üç eğitim yılını kaçırmıştı. Her iki topluluktan öğretmenler Arapça, matematik "
        "ve İngilizce için küçük sınıflarda ders veriyor; bir psikolojik danışman da her merkezi haftada iki kez ziyaret ediyor."
    ),
    "In the learning centre nobody laughs when you get it wrong. So I kept trying.": (
        "Öğrenme merkezinde yanlış yaptığında kimse gülmüyor. Ben de denemeye devam ettim."
    ),
    "Rama, 12, Irbid": "Rama, 12 yaşında, İrbid",
    "By the end of the course, four in five pupils had passed the placement test for state schools.": (
        "Kursun sonunda her beş öğrenciden dördü devlet okulları için yapılan seviye belirleme sınavını geçmişti."
    ),
    "Flood drills along the Sava before the spring thaw": "Bahar erimesinden önce Sava boyunca sel tatbikatları",
    "Eleven villages practised evacuation routes and tested new river-level sirens.": (
        "On bir köy tahliye güzergâhlarını prova etti ve nehir seviyesine bağlı yeni sirenleri denedi."
    ),
    "Volunteers from local fire brigades led the drills, timing how long it took to move older residents and livestock to higher ground. River gauges installed last autumn now send readings to residents' phones.": (
        "Tatbikatları yerel gönüllü itfaiye ekipleri yönetti ve yaşlı sakinlerle hayvanları yüksek yerlere taşımanın "
        "ne kadar sürdüğünü ölçtü. Geçen sonbahar kurulan nehir ölçerler artık ölçümleri köylülerin telefonlarına gönderiyor."
    ),
    "The exercise exposed two bridges that would cut off whole hamlets; the municipality has agreed to build a temporary footbridge before May.": (
        "Tatbikat, kullanılamaz hâle geldiğinde koca mezraları dünyadan koparacak iki köprüyü ortaya çıkardı; "
        "belediye mayıstan önce geçici bir yaya köprüsü yapmayı kabul etti."
    ),
    "Foundation launches appeal for families hit by Central Asian mudslides": (
        "Vakıf, Orta Asya'daki çamur akıntılarından etkilenen aileler için yardım çağrısı başlattı"
    ),
    "An emergency fund of 750,000 euros will provide shelter, water and cash to 3,000 households.": (
        "750.000 avroluk acil durum fonu 3.000 haneye barınak, su ve nakit yardımı sağlayacak."
    ),
    "Open Hands Foundation has released 250,000 euros from its emergency reserve and launched a public appeal after mudslides destroyed homes and irrigation canals in the Rasht valley.": (
        "Open Hands Vakfı, Raşt vadisinde çamur akıntılarının evleri ve sulama kanallarını yıkmasının ardından acil "
        "durum rezervinden 250.000 avro ayırdı ve kamuoyuna yardım çağrısında bulundu."
    ),
    "Local partners are already distributing tents, water containers and hygiene kits. Cash transfers will follow within two weeks so that families can buy what they need in local markets.": (
        "Yerel ortaklar çadır, su bidonu ve hijyen kiti dağıtmaya şimdiden başladı. Ailelerin ihtiyaçlarını yerel "
        "pazarlardan alabilmesi için iki hafta içinde nakit yardımı da yapılacak."
    ),
    "Cooperative bakery gives women in Kosovo a steady income": (
        "Kooperatif fırın Kosovalı kadınlara düzenli gelir sağlıyor"
    ),
    "Twelve women now run a bakery that supplies three schools and a hospital in Gjakova.": (
        "On iki kadın, Yakova'da üç okula ve bir hastaneye ekmek veren bir fırını işletiyor."
    ),
    "The group started with a shared oven and a grant for flour. A year later they sell 900 loaves a day and have hired two more bakers.": (
        "Grup, ortak bir fırın ve un almak için verilen bir hibeyle yola çıktı. Bir yıl sonra günde 900 ekmek "
        "satıyorlar ve iki fırıncı daha işe aldılar."
    ),
    "For the first time I decide how my money is spent.": "İlk kez paramın nasıl harcanacağına ben karar veriyorum.",
    "Drita, founding member": "Drita, kurucu üye",
    "Business mentors from the network helped the cooperative register, open a bank account and win its first public tender.": (
        "Ağdaki iş mentorları, kooperatifin tescil edilmesine, banka hesabı açmasına ve ilk kamu ihalesini "
        "kazanmasına yardımcı oldu."
    ),
    "Solar pumps bring water back to pastures in Kyrgyzstan": (
        "Güneş enerjili pompalar Kırgızistan'da meralara suyu geri getirdi"
    ),
    "Herders in Naryn no longer walk their flocks for hours to find water in summer.": (
        "Narın'daki çobanlar artık yazın su bulmak için sürülerini saatlerce yürütmüyor."
    ),
    "Five solar-powered pumps now fill troughs on high pastures that dried out as glaciers shrank. Pasture committees set the grazing rotation and pay a small fee for maintenance.": (
        "Buzullar küçüldükçe kuruyan yüksek meralardaki suluklar artık güneş enerjisiyle çalışan beş pompayla doluyor. "
        "Mera komiteleri otlatma sırasını belirliyor ve bakım için küçük bir ücret ödüyor."
    ),
    "Vets report fewer animals lost to heat stress, and children who used to fetch water spend the summer in the village school's holiday programme instead.": (
        "Veterinerler sıcak stresi yüzünden kaybedilen hayvan sayısının azaldığını bildiriyor; eskiden su taşıyan "
        "çocuklar ise yazı artık köy okulunun tatil programında geçiriyor."
    ),
    "Home carers keep older people independent in North Macedonia": (
        "Kuzey Makedonya'da evde bakım çalışanları yaşlıların kendi başlarına yaşamasını sağlıyor"
    ),
    "Forty trained carers visit 600 people who live alone in rural municipalities.": (
        "Eğitimli kırk bakım çalışanı, kırsal belediyelerde yalnız yaşayan 600 kişiyi ziyaret ediyor."
    ),
    "Carers help with medicines, shopping and paperwork, and notice early when someone's health changes. Each visit is logged so that family members abroad can see how their parents are doing.": (
        "Bakım çalışanları ilaç, alışveriş ve resmî işlerde yardımcı oluyor, birinin sağlığında bir değişiklik "
        "olduğunda bunu erkenden fark ediyor. Yurt dışındaki aile üyeleri anne babalarının nasıl olduğunu "
        "görebilsin diye her ziyaret kayda geçiriliyor."
    ),
    "The municipality of Kičevo has agreed to fund half of the service from next year.": (
        "Kırçova Belediyesi, gelecek yıldan itibaren hizmetin yarısını finanse etmeyi kabul etti."
    ),
    "Network members agree common standards for emergency cash transfers": (
        "Ağ üyeleri acil nakit yardımları için ortak standartlarda uzlaştı"
    ),
    "Twenty-three organisations signed a charter on fair, fast and accountable cash assistance.": (
        "Yirmi üç kuruluş, adil, hızlı ve hesap verebilir nakit yardımına ilişkin bir şartı imzaladı."
    ),
    "Meeting in Tirana, members of the Open Hands network adopted shared rules on who receives cash after a disaster, how amounts are set and how complaints are handled.": (
        "Tiran'da bir araya gelen Open Hands ağı üyeleri; bir afetten sonra kimlerin nakit yardım alacağına, "
        "miktarların nasıl belirleneceğine ve şikâyetlerin nasıl ele alınacağına dair ortak kurallar kabul etti."
    ),
    "The charter will let members pool funds in a crisis and hand over cases to each other when families move across borders.": (
        "Şart, üyelerin kriz anında kaynaklarını birleştirmesine ve aileler sınırın öte yanına geçtiğinde "
        "vakaları birbirine devretmesine olanak tanıyacak."
    ),
    "Primary health centres stay open through Lebanon's fuel shortage": (
        "Lübnan'daki yakıt sıkıntısına rağmen birinci basamak sağlık merkezleri açık kaldı"
    ),
    "Solar panels and a fuel reserve kept eight clinics running through the summer.": (
        "Güneş panelleri ve yakıt rezervi sayesinde sekiz klinik yaz boyunca hizmet vermeyi sürdürdü."
    ),
    "Power cuts of up to twenty hours a day had forced clinics to turn patients away and throw out vaccines. Our partners installed solar systems with battery storage at eight health centres in Akkar and Bekaa.": (
        "Günde yirmi saate varan elektrik kesintileri klinikleri hastaları geri çevirmek ve aşıları imha etmek "
        "zorunda bırakmıştı. Ortaklarımız Akkar ve Bekaa'daki sekiz sağlık merkezine bataryalı güneş enerjisi sistemleri kurdu."
    ),
    "Since July, not a single day of vaccination has been cancelled for lack of electricity.": (
        "Temmuzdan bu yana elektrik olmadığı için tek bir aşı günü bile iptal edilmedi."
    ),
    "Back to school with 5,000 new backpacks in Georgia": "Gürcistan'da 5.000 yeni okul çantasıyla okula dönüş",
    "Children from displaced and host families started the year with the same supplies.": (
        "Yerinden edilmiş ailelerin ve ev sahibi ailelerin çocukları okula aynı malzemelerle başladı."
    ),
    "The backpacks, filled with notebooks, pens and a winter hat, were packed by volunteers in Tbilisi and handed out by teachers rather than by outside staff, so that no child was singled out.": (
        "Defter, kalem ve kışlık bereyle doldurulan çantaları Tiflis'te gönüllüler hazırladı; hiçbir çocuk "
        "diğerlerinden ayrı tutulmasın diye çantaları dışarıdan gelen görevliler değil, öğretmenler dağıttı."
    ),
    "Schools in Gori and Zugdidi also received reading books in Georgian and Abkhaz.": (
        "Gori ve Zugdidi'deki okullara ayrıca Gürcüce ve Abhazca okuma kitapları gönderildi."
    ),
    "Hand-washing stations in every school in Tajikistan's Khatlon region": (
        "Tacikistan'ın Hatlon bölgesindeki her okulda el yıkama istasyonu"
    ),
    "Clean water points now serve 38 schools and 14,000 pupils.": (
        "Temiz su noktaları artık 38 okula ve 14.000 öğrenciye hizmet veriyor."
    ),
    "Before the project, most schools had a single outdoor tap or none at all. Each now has hand-washing stations, separate toilets for girls and boys, and a caretaker trained to keep them running.": (
        "Projeden önce okulların çoğunda dışarıda tek bir musluk vardı ya da hiç yoktu. Artık her okulda el yıkama "
        "istasyonları, kızlar ve erkekler için ayrı tuvaletler ve bunları çalışır durumda tutmak üzere eğitilmiş bir görevli var."
    ),
    "Absences linked to stomach illness fell by a third in the first term.": (
        "Mide rahatsızlıklarına bağlı devamsızlık ilk dönemde üçte bir azaldı."
    ),
    "Open Hands Foundation opens regional office in Amman": "Open Hands Vakfı Amman'da bölge ofisi açtı",
    "The new office will support partners in Jordan and Lebanon and coordinate the network's work in the region.": (
        "Yeni ofis Ürdün ve Lübnan'daki ortaklara destek verecek ve ağın bölgedeki çalışmalarını koordine edecek."
    ),
    "Open Hands Foundation today opened a regional office in Amman with a team of nine, all recruited in the region. The office will manage grants, train partner staff and lead joint emergency responses.": (
        "Open Hands Vakfı bugün Amman'da, tamamı bölgeden işe alınan dokuz kişilik bir ekiple bölge ofisini açtı. "
        "Ofis hibeleri yönetecek, ortak kuruluşların çalışanlarını eğitecek ve ortak acil durum müdahalelerine öncülük edecek."
    ),
    "The move follows a decision by the board to bring decision-making closer to the communities the foundation serves.": (
        "Bu adım, yönetim kurulunun karar alma süreçlerini vakfın hizmet ettiği topluluklara yaklaştırma kararının "
        "ardından geldi."
    ),
    "Young coders in Prishtina build apps for their own town": (
        "Priştineli genç yazılımcılar kendi şehirleri için uygulama geliştirdi"
    ),
    "A six-month course ended with apps for bus times, recycling and job listings.": (
        "Altı aylık kurs; otobüs saatleri, geri dönüşüm ve iş ilanları için geliştirilen uygulamalarla tamamlandı."
    ),
    "Thirty young people aged 17 to 24 completed the course, half of them young women. Local companies mentored the teams and have offered paid internships to eleven graduates.": (
        "17 ile 24 yaş arasındaki otuz genç kursu tamamladı; bunların yarısı genç kadınlardı. Yerel şirketler "
        "ekiplere mentorluk yaptı ve on bir mezuna ücretli staj teklif etti."
    ),
    "The bus-times app, built with the municipal transport company, already has 8,000 users.": (
        "Belediyenin ulaşım şirketiyle birlikte geliştirilen otobüs saatleri uygulamasının şimdiden 8.000 kullanıcısı var."
    ),
    "Serbian families pick their first harvest from new greenhouses": (
        "Sırbistan'daki aileler yeni seralarından ilk hasadı topladı"
    ),
    "Sixty greenhouses in the south extend the growing season by three months.": (
        "Güneydeki altmış sera, yetiştirme mevsimini üç ay uzatıyor."
    ),
    "Families received a greenhouse, drip irrigation and seed, and agreed to share what they learn with two neighbours each. An agronomist visits every fortnight.": (
        "Her aileye bir sera, damla sulama sistemi ve tohum verildi; aileler de öğrendiklerini ikişer komşularıyla "
        "paylaşmayı kabul etti. Bir ziraat mühendisi iki haftada bir ziyarete geliyor."
    ),
    "Most families sold their early tomatoes at twice the summer price.": (
        "Ailelerin çoğu turfanda domateslerini yaz fiyatının iki katına sattı."
    ),
    "Emergency shelter after the winter earthquake in Albania": "Arnavutluk'ta kış depreminin ardından acil barınma",
    "Insulated tents and heaters arrived within 36 hours for 420 families.": (
        "420 aile için yalıtımlı çadırlar ve ısıtıcılar 36 saat içinde ulaştı."
    ),
    "The earthquake damaged more than a thousand homes around Durrës. Partner teams were on site the same night, and the first trucks left our warehouse in Tirana before dawn.": (
        "Deprem, Dıraç çevresinde binden fazla evi hasara uğrattı. Ortak ekipler aynı gece bölgedeydi; ilk tırlar "
        "da şafak sökmeden Tiran'daki depomuzdan yola çıktı."
    ),
    "They came before the government did, and they asked what we needed.": (
        "Devletten önce onlar geldi ve neye ihtiyacımız olduğunu sordular."
    ),
    "Arben, Durrës": "Arben, Dıraç",
    "Engineers from the network are inspecting homes so that families who can safely return do so quickly.": (
        "Ağdaki mühendisler, güvenle dönebilecek ailelerin bir an önce evlerine dönebilmesi için evleri inceliyor."
    ),
    "Statement on humanitarian access in the Middle East": "Orta Doğu'da insani erişime ilişkin açıklama",
    "The foundation calls for safe, unhindered access for aid workers and supplies.": (
        "Vakıf, yardım çalışanlarının ve malzemelerin güvenli ve engelsiz biçimde ulaşabilmesi çağrısında bulunuyor."
    ),
    "Open Hands Foundation is deeply concerned by restrictions that have delayed medical supplies to clinics run by our partners. We call on all parties to respect humanitarian law and protect health workers.": (
        "Open Hands Vakfı, ortaklarımızın işlettiği kliniklere tıbbi malzeme ulaşmasını geciktiren kısıtlamalardan "
        "derin endişe duymaktadır. Tüm tarafları insancıl hukuka saygı göstermeye ve sağlık çalışanlarını korumaya çağırıyoruz."
    ),
    "Our partners continue to operate wherever it is safe to do so and are ready to scale up as soon as access allows.": (
        "Ortaklarımız güvenli olan her yerde çalışmayı sürdürüyor ve erişim mümkün olur olmaz faaliyetlerini "
        "genişletmeye hazır."
    ),
    "Midwives trained to save newborns in remote Tajik villages": (
        "Tacikistan'ın ücra köylerinde ebeler yenidoğanları kurtarmak için eğitildi"
    ),
    "Forty-five midwives learned neonatal resuscitation and received new equipment.": (
        "Kırk beş ebe yenidoğan canlandırmasını öğrendi ve yeni ekipman aldı."
    ),
    "The course, run with the regional maternity hospital, covered resuscitation, keeping newborns warm and spotting infection early. Each midwife now carries a bag-and-mask kit.": (
        "Bölge doğumeviyle birlikte düzenlenen kurs; canlandırmayı, yenidoğanları sıcak tutmayı ve enfeksiyonu "
        "erkenden fark etmeyi kapsadı. Her ebe artık yanında bir balon-maske seti taşıyor."
    ),
    "Within weeks, midwives reported resuscitating six babies who had not breathed at birth.": (
        "Birkaç hafta içinde ebeler, doğumda nefes almayan altı bebeği canlandırdıklarını bildirdi."
    ),
    "A school library in every village of Armenia's Lori province": (
        "Ermenistan'ın Lori ilindeki her köyde bir okul kütüphanesi"
    ),
    "Twenty-two village schools opened libraries stocked by readers across the network.": (
        "Yirmi iki köy okulu, ağın dört bir yanındaki okurların gönderdiği kitaplarla kütüphane açtı."
    ),
    "Books were collected in Yerevan and beyond, sorted by volunteers and catalogued by the pupils themselves. Each library has a reading club run by an older student.": (
        "Kitaplar Erivan'da ve başka şehirlerde toplandı, gönüllüler tarafından ayıklandı ve öğrencilerin kendileri "
        "tarafından kataloglandı. Her kütüphanede üst sınıflardan bir öğrencinin yürüttüğü bir okuma kulübü var."
    ),
    "Teachers say pupils borrow an average of three books a month, more than triple last year.": (
        "Öğretmenlere göre öğrenciler ayda ortalama üç kitap ödünç alıyor; bu, geçen yılın üç katından fazla."
    ),
    "Drought-tolerant seed helps Jordanian farmers through a dry spring": (
        "Kuraklığa dayanıklı tohumlar Ürdünlü çiftçilerin kurak bir baharı atlatmasına yardım etti"
    ),
    "Barley and lentil varieties bred for dry years gave near-normal harvests.": (
        "Kurak yıllar için geliştirilen arpa ve mercimek çeşitleri normale yakın hasat verdi."
    ),
    "Rainfall in the north was 40 per cent below average. Farmers who planted the new varieties harvested more than twice as much as neighbours who did not.": (
        "Kuzeyde yağış ortalamanın yüzde 40 altında kaldı. Yeni çeşitleri eken çiftçiler, ekmeyen komşularının iki "
        "katından fazla ürün kaldırdı."
    ),
    "Seed saved from this year's crop will be shared with 300 more farms in the autumn.": (
        "Bu yılın hasadından ayrılan tohumlar sonbaharda 300 çiftlikle daha paylaşılacak."
    ),
    "Open Hands Foundation and partners commit 12 million euros to clean water": (
        "Open Hands Vakfı ve ortakları temiz su için 12 milyon avro taahhüt etti"
    ),
    "A five-year programme will bring safe water to 160,000 people in two regions.": (
        "Beş yıllık program iki bölgede 160.000 kişiye güvenli su ulaştıracak."
    ),
    "Open Hands Foundation and four network members today announced a five-year water programme in Central Asia and the Balkans. It combines new pipelines and wells with training for village water committees.": (
        "Open Hands Vakfı ve dört ağ üyesi bugün Orta Asya ve Balkanlar'da beş yıllık bir su programı başlattıklarını "
        "duyurdu. Program, yeni boru hatlarını ve kuyuları köy su komitelerine yönelik eğitimlerle bir araya getiriyor."
    ),
    "Half of the funding is already secured. The programme will publish water-quality results for every village online.": (
        "Finansmanın yarısı şimdiden sağlandı. Program, her köyün su kalitesi sonuçlarını internette yayımlayacak."
    ),
    "Mobile clinic reaches mountain villages in Georgia": "Gezici klinik Gürcistan'ın dağ köylerine ulaşıyor",
    "A doctor, a nurse and a pharmacist visit twelve villages every month.": (
        "Bir doktor, bir hemşire ve bir eczacı her ay on iki köyü ziyaret ediyor."
    ),
    "The clinic travels in a converted truck with a consulting room, a small laboratory and a pharmacy. Appointments are booked through the village school.": (
        "Klinik; muayene odası, küçük bir laboratuvarı ve eczanesi olan, dönüştürülmüş bir kamyonla yol alıyor. "
        "Randevular köy okulu aracılığıyla veriliyor."
    ),
    "Now the doctor comes to us, not the other way round.": "Artık biz doktora değil, doktor bize geliyor.",
    "Nodar, 81, Svaneti": "Nodar, 81 yaşında, Svaneti",
    "Most patients are older people whose children have moved to the cities; for many it is their only regular contact with a doctor.": (
        "Hastaların çoğu, çocukları şehirlere taşınmış yaşlılar; birçoğu için bu, bir doktorla düzenli olarak "
        "görüştükleri tek fırsat."
    ),
    "Youth volunteers map flood risks in Bosnia and Herzegovina": (
        "Bosna-Hersek'te genç gönüllüler sel risklerinin haritasını çıkarıyor"
    ),
    "Two hundred students walked their towns to record drains, culverts and risky slopes.": (
        "İki yüz öğrenci; yağmur suyu ızgaralarını, menfezleri ve riskli yamaçları kaydetmek için kasabalarını "
        "adım adım dolaştı."
    ),
    "The students used an open mapping tool on their phones. Their maps have been shared with municipal engineers, who have already cleared eighteen blocked culverts.": (
        "Öğrenciler telefonlarında açık bir haritalama aracı kullandı. Haritaları belediye mühendisleriyle "
        "paylaşıldı; mühendisler şimdiden tıkalı on sekiz menfezi temizledi."
    ),
    "The project will be repeated in Serbia and North Macedonia next spring.": (
        "Proje gelecek bahar Sırbistan ve Kuzey Makedonya'da da uygulanacak."
    ),
    "Rent support keeps families housed in Beirut": "Kira desteği Beyrut'ta ailelerin evsiz kalmasını önlüyor",
    "Three months of rent help 700 households avoid eviction while parents look for work.": (
        "Üç aylık kira yardımı, anne babalar iş ararken 700 hanenin evden çıkarılmasını önlüyor."
    ),
    "Families are referred by social workers and receive rent support alongside job counselling. Landlords are paid directly, which has persuaded several to lower the rent.": (
        "Aileler sosyal hizmet uzmanlarınca yönlendiriliyor ve kira desteğinin yanı sıra iş danışmanlığı da alıyor. "
        "Ödemeler doğrudan ev sahiplerine yapılıyor; bu da birçoğunu kirayı düşürmeye ikna etti."
    ),
    "Two thirds of the first group of families found work before the support ended.": (
        "İlk gruptaki ailelerin üçte ikisi destek sona ermeden iş buldu."
    ),
    "Foundation welcomes eight new members to the Open Hands network": "Open Hands ağına sekiz yeni üye katıldı",
    "New members from Albania, Georgia and Serbia bring the network to 71 organisations.": (
        "Arnavutluk, Gürcistan ve Sırbistan'dan katılan yeni üyelerle ağdaki kuruluş sayısı 71'e ulaştı."
    ),
    "The network's general assembly today admitted eight organisations working on disability rights, rural health and youth employment.": (
        "Ağın genel kurulu bugün engelli hakları, kırsal sağlık ve genç istihdamı alanlarında çalışan sekiz "
        "kuruluşu üyeliğe kabul etti."
    ),
    "Each new member will be paired with an established one for its first year.": (
        "Her yeni üye, ilk yılında deneyimli bir üyeyle eşleştirilecek."
    ),
    "Summer reading camps in Kyrgyzstan": "Kırgızistan'da yaz okuma kampları",
    "Four hundred children spent three weeks reading, writing and putting on plays in Kyrgyz and Russian.": (
        "Dört yüz çocuk üç haftayı Kırgızca ve Rusça okuyarak, yazarak ve oyun sahneleyerek geçirdi."
    ),
    "Teachers noticed that pupils lost much of their reading over the long summer break. The camps, held in school buildings, mix reading with sport and theatre.": (
        "Öğretmenler, öğrencilerin uzun yaz tatilinde okuma becerilerinin önemli bir kısmını yitirdiğini fark etti. "
        "Okul binalarında düzenlenen kamplar okumayı spor ve tiyatroyla harmanlıyor."
    ),
    "Children who attended read noticeably better in September than classmates who did not.": (
        "Kamplara katılan çocuklar eylülde, katılmayan sınıf arkadaşlarından belirgin biçimde daha iyi okuyordu."
    ),
    "Clean water flows in twelve Kosovo villages": "Kosova'da on iki köyde temiz su akıyor",
    "A new pipeline replaces wells that were contaminated in dry summers.": (
        "Yeni bir boru hattı, kurak yazlarda kirlenen kuyuların yerini alıyor."
    ),
    "The pipeline, built with the municipality of Podujeva, connects 1,900 households to treated water. Village water committees collect a small monthly fee to pay for repairs.": (
        "Podujeva Belediyesi ile birlikte inşa edilen boru hattı 1.900 haneye arıtılmış su getiriyor. Köy su "
        "komiteleri onarımları karşılamak için her ay küçük bir ücret topluyor."
    ),
    "Clinics report fewer cases of diarrhoea among young children since the water was switched on.": (
        "Klinikler, suyun verilmeye başlanmasından bu yana küçük çocuklarda ishal vakalarının azaldığını bildiriyor."
    ),
    "Open Hands Foundation appoints new executive director": "Open Hands Vakfı yeni genel müdürünü atadı",
    "Leyla Demir, who led the foundation's emergency programmes for eight years, takes up the post in November.": (
        "Vakfın acil durum programlarını sekiz yıl boyunca yöneten Leyla Demir, görevine kasımda başlıyor."
    ),
    "The board of Open Hands Foundation today announced the appointment of Leyla Demir as executive director. She succeeds Martin Lowe, who retires after eleven years.": (
        "Open Hands Vakfı yönetim kurulu bugün Leyla Demir'in genel müdür olarak atandığını duyurdu. Demir, on bir "
        "yılın ardından emekliye ayrılan Martin Lowe'un yerini alacak."
    ),
    "Ms Demir has worked in humanitarian response across the Balkans and the Middle East and speaks five languages.": (
        "Balkanlar ve Orta Doğu'nun dört bir yanında insani yardım müdahalelerinde görev alan Demir, beş dil konuşuyor."
    ),
    "Winter preparedness begins early in the South Caucasus": "Güney Kafkasya'da kışa hazırlık erken başladı",
    "Roof repairs, insulation and fuel reserves are in place before the first snow.": (
        "Çatı onarımları, yalıtım ve yakıt stokları ilk kar düşmeden tamamlandı."
    ),
    "This year partners started in September, repairing 240 roofs and insulating classrooms in 30 schools. Fuel is stored in each village so that deliveries do not depend on open roads.": (
        "Ortaklarımız bu yıl çalışmalara eylülde başladı; 240 çatıyı onardı ve 30 okulda sınıfları yalıttı. Yakıt "
        "her köyde depolanıyor; böylece teslimatlar yolların açık olmasına bağlı kalmıyor."
    ),
    "Families with young children and older people living alone were visited first.": (
        "İlk olarak küçük çocuklu aileler ve yalnız yaşayan yaşlılar ziyaret edildi."
    ),
    # What you can do -------------------------------------------------------------------------------------------
    "What you can do": "Neler yapabilirsiniz",
    "Give, volunteer, or bring your organisation into the network.": (
        "Bağış yapın, gönüllü olun ya da kuruluşunuzu ağımıza katın."
    ),
    "Every contribution, large or small, reaches a programme chosen with the people it serves.": (
        "Büyük ya da küçük her katkı, hizmet ettiği insanlarla birlikte belirlenen bir programa ulaşır."
    ),
    "A monthly gift lets partners plan a school year or a vaccination round instead of living from one appeal to the next. One-off gifts are spent where the need is greatest unless you tell us otherwise.": (
        "Aylık düzenli bağışlar, ortaklarımızın bir yardım çağrısından ötekine gün saymak yerine bir eğitim yılını "
        "ya da bir aşı kampanyasını planlamasını sağlar. Tek seferlik bağışlar, aksini belirtmediğiniz sürece "
        "ihtiyacın en büyük olduğu yerde kullanılır."
    ),
    "Volunteers help us translate reports, sort donated equipment and speak at schools. Companies can match their staff's giving or lend skills such as accounting and engineering.": (
        "Gönüllüler raporları çevirmemize, bağışlanan malzemeleri ayırmamıza ve okullarda konuşma yapmamıza yardım "
        "ediyor. Şirketler çalışanlarının bağışları kadar katkıda bulunabilir ya da muhasebe ve mühendislik gibi "
        "alanlarda uzmanlıklarını paylaşabilir."
    ),
    "Give today": "Bugün bağış yapın",
    "Your gift keeps a mobile clinic on the road for another week.": (
        "Bağışınız bir gezici kliniğin bir hafta daha yolda kalmasını sağlar."
    ),
    "Donate now": "Hemen bağış yapın",
    # The network -----------------------------------------------------------------------------------------------
    "The network": "Ağımız",
    "A network of local organisations that share what works and speak up together.": (
        "İşe yarayanı paylaşan ve sesini birlikte yükselten yerel kuruluşlardan oluşan bir ağ."
    ),
    "Members meet twice a year, exchange staff and run joint appeals when disaster strikes.": (
        "Üyeler yılda iki kez bir araya gelir, personel değişimi yapar ve bir afet olduğunda ortak yardım "
        "kampanyaları düzenler."
    ),
    "The network has three goals: to make local organisations stronger and better funded, to share practical knowledge across borders, and to give communities a louder voice with governments and donors.": (
        "Ağın üç hedefi var: yerel kuruluşları güçlendirmek ve daha iyi finanse edilmelerini sağlamak, pratik "
        "bilgiyi sınırların ötesine taşımak ve toplulukların sesini hükümetlere ve bağışçılara daha güçlü duyurmak."
    ),
    "Membership is open to registered, non-profit organisations that serve people without discrimination and publish their accounts. There is no fee; members commit to one exchange visit a year.": (
        "Üyelik; ayrım gözetmeden insanlara hizmet eden ve hesaplarını yayımlayan, tescilli ve kâr amacı gütmeyen "
        "kuruluşlara açıktır. Üyelik ücreti yoktur; üyeler yılda bir karşılıklı ziyarette bulunmayı taahhüt eder."
    ),
    "Members and partners": "Üyeler ve ortaklar",
    "Join the network": "Ağa katılın",
    "Tell us about your organisation and we will arrange a first call.": (
        "Bize kuruluşunuzdan söz edin, ilk görüşmeyi birlikte planlayalım."
    ),
    "Contact us": "Bize ulaşın",
    # Contact page ----------------------------------------------------------------------------------------------
    "Contact": "İletişim",
    "Write to our team in Sampleton; we answer within three working days.": (
        "Sampleton'daki ekibimize yazın; üç iş günü içinde yanıt veriyoruz."
    ),
    "Message from the website": "Web sitesinden gelen mesaj",
    "Questions about a programme, a donation or joining the network? Write to us here.": (
        "Bir program, bağış ya da ağa katılım hakkında sorunuz mu var? Bize buradan yazın."
    ),
    "Thank you. Your message has reached our team and we will reply within three working days.": (
        "Teşekkür ederiz. Mesajınız ekibimize ulaştı; üç iş günü içinde yanıt vereceğiz."
    ),
    # The contact form's fields. wagtail-localize copies them unchanged today (ContactFormField is not a
    # translatable model); these are ready for when it is.
    "Your name": "Adınız",
    "Your e-mail address": "E-posta adresiniz",
    "What is it about?": "Konu nedir?",
    "Your message": "Mesajınız",
    "A donation<br/>Volunteering<br/>Joining the network<br/>Press enquiry<br/>Something else": (
        "Bağış<br/>Gönüllülük<br/>Ağa katılım<br/>Basın talebi<br/>Başka bir konu"
    ),
}
