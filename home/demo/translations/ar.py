"""Modern Standard Arabic translations of the demo content: {English source string: Arabic}, written for this project.

Place names in their usual Arabic forms (ألبانيا، كوسوفو، تيرانا، إربد); the foundation's name is transliterated with
its legal form translated (مؤسسة أوبن هاندز); partners keep their coined names and translate what describes them.
Digits are Western Arabic (0-9), as most Arabic news sites print them; street addresses stay in Latin script.
"""

STRINGS = {
    # Snippets: contact points, partners, site settings -------------------------------------------------------
    "Head office": "المكتب الرئيسي",
    "Open Hands Foundation<br/>14 Linden Row<br/>1010 Sampleton": "مؤسسة أوبن هاندز<br/>14 Linden Row<br/>1010 Sampleton",
    "Press office": "المكتب الإعلامي",
    "Riverstone Health Alliance": "تحالف ريفرستون الصحي",
    "Northwind Schools Trust": "صندوق نورثويند للمدارس",
    "Clearwater Engineers Without Borders": "مهندسو كليرووتر بلا حدود",
    "Harvest Cooperative Network": "شبكة تعاونيات الحصاد",
    "Mountain Villages Association": "جمعية قرى الجبال",
    "Civic Volunteers Union": "اتحاد المتطوعين المدنيين",
    "Open Hands Foundation": "مؤسسة أوبن هاندز",
    "Standing with communities through crisis and recovery.": "نقف إلى جانب المجتمعات في الأزمات وفي مرحلة التعافي.",
    "Donate": "تبرّعوا",
    # Image descriptions, used as the pages' alt text -----------------------------------------------------------
    "Hills at sunrise above a river valley": "تلال عند شروق الشمس تطل على وادي نهر",
    "Snow-capped mountains under a pale sky": "جبال تكسو الثلوج قممها تحت سماء شاحبة",
    "A terraced hillside in warm evening light": "سفح تلّ مدرّج في ضوء المساء الدافئ",
    "Green pastures rolling towards distant peaks": "مراعٍ خضراء تمتد نحو قمم بعيدة",
    "Violet mountains at dusk": "جبال بنفسجية عند الغسق",
    "Morning mist over a quiet valley": "ضباب الصباح فوق وادٍ هادئ",
    # Home page -------------------------------------------------------------------------------------------------
    "Home": "الرئيسية",
    "A humanitarian foundation working with local partners on health, education, water and livelihoods.": (
        "مؤسسة إنسانية تعمل مع شركاء محليين في مجالات الصحة والتعليم والمياه وسبل العيش."
    ),
    "Standing with communities through crisis and recovery": "نقف إلى جانب المجتمعات في الأزمات وفي مرحلة التعافي",
    "Open Hands Foundation works with local partners in the Balkans, the South Caucasus, Central Asia and the Middle East to keep clinics open, children learning and water flowing.": (
        "تعمل مؤسسة أوبن هاندز مع شركاء محليين في البلقان وجنوب القوقاز وآسيا الوسطى والشرق الأوسط لتبقى العيادات "
        "مفتوحة، ويواصل الأطفال تعلّمهم، وتظل المياه متدفقة."
    ),
    # Who we are ------------------------------------------------------------------------------------------------
    "Who we are": "من نحن",
    "An independent foundation that works through local organisations, not around them.": (
        "مؤسسة مستقلة تعمل من خلال المنظمات المحلية لا بتجاوزها."
    ),
    "We started in 2004 as a handful of volunteers driving medicine to flooded villages.": (
        "بدأنا عام 2004 مجموعةً صغيرة من المتطوعين ينقلون الأدوية بسياراتهم إلى القرى التي غمرتها الفيضانات."
    ),
    "Today Open Hands Foundation supports more than sixty local organisations in eleven countries. They know their neighbourhoods, speak the languages and stay long after the cameras leave; we bring funding, logistics and a network that lets good ideas travel.": (
        "تدعم مؤسسة أوبن هاندز اليوم أكثر من ستين منظمة محلية في أحد عشر بلدًا. هذه المنظمات تعرف أحياءها وتتحدث "
        "لغات أهلها وتبقى طويلًا بعد رحيل الكاميرات؛ أما نحن فنوفّر التمويل والدعم اللوجستي وشبكةً تتيح للأفكار "
        "الجيدة أن تنتقل من مكان إلى آخر."
    ),
    "Our board is made up of volunteers from the countries where we work. Every programme is reviewed by an independent auditor each year, and our accounts are published in full.": (
        "يتألف مجلس إدارتنا من متطوعين من البلدان التي نعمل فيها. ويراجع مدقّق حسابات مستقل كل برنامج من برامجنا "
        "سنويًا، وننشر حساباتنا كاملة."
    ),
    # What we do: the sections ----------------------------------------------------------------------------------
    "What we do": "مجالات عملنا",
    "Our programmes: health, education, water, livelihoods, emergencies and climate.": (
        "برامجنا: الصحة والتعليم والمياه وسبل العيش والطوارئ والمناخ."
    ),
    "Six programme areas, each run with local partners who know what their communities need.": (
        "ستة مجالات برامجية، ندير كلًّا منها مع شركاء محليين يعرفون احتياجات مجتمعاتهم."
    ),
    "Healthcare": "الرعاية الصحية",
    "Clinics, mobile teams and trained community health workers where hospitals are far.": (
        "عيادات وفرق متنقلة وعاملون صحيون مجتمعيون مدرَّبون حيث تبعد المستشفيات."
    ),
    "Clinics, mobile teams and trained community health workers where hospitals are far. Read the latest stories from our healthcare work below.": (
        "عيادات وفرق متنقلة وعاملون صحيون مجتمعيون مدرَّبون حيث تبعد المستشفيات. "
        "تجدون أدناه أحدث الأخبار عن عملنا في مجال الرعاية الصحية."
    ),
    "Education": "التعليم",
    "Safe classrooms, catch-up lessons and scholarships that keep children learning.": (
        "فصول دراسية آمنة ودروس تعويضية ومنح دراسية تُبقي الأطفال في مسار التعلّم."
    ),
    "Safe classrooms, catch-up lessons and scholarships that keep children learning. Read the latest stories from our education work below.": (
        "فصول دراسية آمنة ودروس تعويضية ومنح دراسية تُبقي الأطفال في مسار التعلّم. "
        "تجدون أدناه أحدث الأخبار عن عملنا في مجال التعليم."
    ),
    "Water and sanitation": "المياه والصرف الصحي",
    "Wells, pipelines and hygiene that stop disease before it spreads.": (
        "آبار وخطوط أنابيب ونظافة صحية توقف الأمراض قبل أن تنتشر."
    ),
    "Wells, pipelines and hygiene that stop disease before it spreads. Read the latest stories from our water and sanitation work below.": (
        "آبار وخطوط أنابيب ونظافة صحية توقف الأمراض قبل أن تنتشر. "
        "تجدون أدناه أحدث الأخبار عن عملنا في مجال المياه والصرف الصحي."
    ),
    "Livelihoods": "سبل العيش",
    "Training, small grants and cooperatives that let families earn their own way.": (
        "تدريب ومنح صغيرة وتعاونيات تمكّن الأسر من كسب رزقها بنفسها."
    ),
    "Training, small grants and cooperatives that let families earn their own way. Read the latest stories from our livelihoods work below.": (
        "تدريب ومنح صغيرة وتعاونيات تمكّن الأسر من كسب رزقها بنفسها. "
        "تجدون أدناه أحدث الأخبار عن عملنا في مجال سبل العيش."
    ),
    "Emergency response": "الاستجابة للطوارئ",
    "Food, shelter and cash within days of an earthquake, flood or conflict.": (
        "غذاء ومأوى ومساعدات نقدية في غضون أيام من وقوع زلزال أو فيضان أو نزاع."
    ),
    "Food, shelter and cash within days of an earthquake, flood or conflict. Read the latest stories from our emergency response work below.": (
        "غذاء ومأوى ومساعدات نقدية في غضون أيام من وقوع زلزال أو فيضان أو نزاع. "
        "تجدون أدناه أحدث الأخبار عن عملنا في مجال الاستجابة للطوارئ."
    ),
    "Climate resilience": "الصمود في وجه تغيّر المناخ",
    "Early warning, terraces and drought-tolerant seed for a hotter future.": (
        "إنذار مبكر ومدرّجات زراعية وبذور تتحمّل الجفاف استعدادًا لمستقبل أشد حرارة."
    ),
    "Early warning, terraces and drought-tolerant seed for a hotter future. Read the latest stories from our climate resilience work below.": (
        "إنذار مبكر ومدرّجات زراعية وبذور تتحمّل الجفاف استعدادًا لمستقبل أشد حرارة. "
        "تجدون أدناه أحدث الأخبار عن عملنا في مجال الصمود في وجه تغيّر المناخ."
    ),
    # Where we work: regions and countries ----------------------------------------------------------------------
    "Where we work": "أين نعمل",
    "The regions and countries where Open Hands Foundation works.": "المناطق والبلدان التي تعمل فيها مؤسسة أوبن هاندز.",
    "Eleven countries in four regions, each with partners who live and work there.": (
        "أحد عشر بلدًا في أربع مناطق، ولنا في كلٍّ منها شركاء يعيشون ويعملون فيه."
    ),
    "Balkans": "البلقان",
    "Schools, clinics and small businesses in towns still rebuilding from the 1990s.": (
        "مدارس وعيادات ومشاريع صغيرة في بلدات ما زالت تتعافى من حروب تسعينيات القرن الماضي."
    ),
    "Albania": "ألبانيا",
    "Rural health posts and vocational training in the northern highlands.": (
        "نقاط صحية ريفية وتدريب مهني في المرتفعات الشمالية."
    ),
    "Kosovo": "كوسوفو",
    "Youth employment and inclusive classrooms across seven municipalities.": (
        "تشغيل الشباب وفصول دراسية دامجة في سبع بلديات."
    ),
    "North Macedonia": "مقدونيا الشمالية",
    "Home care for older people living alone.": "رعاية منزلية لكبار السن الذين يعيشون بمفردهم.",
    "Bosnia and Herzegovina": "البوسنة والهرسك",
    "Clean water and flood preparedness along the Sava.": "مياه نظيفة واستعداد للفيضانات على امتداد نهر سافا.",
    "Serbia": "صربيا",
    "Support for families in the south who rely on seasonal work.": "دعم الأسر في الجنوب التي تعتمد على العمل الموسمي.",
    "South Caucasus": "جنوب القوقاز",
    "Mountain communities where roads close in winter and services are far away.": (
        "مجتمعات جبلية تُغلق طرقها في الشتاء وتبعد عنها الخدمات."
    ),
    "Armenia": "أرمينيا",
    "Winter preparedness and school meals in border villages.": "الاستعداد للشتاء ووجبات مدرسية في القرى الحدودية.",
    "Georgia": "جورجيا",
    "Livelihoods for displaced families and their neighbours.": "سبل عيش للأسر النازحة وجيرانها.",
    "Central Asia": "آسيا الوسطى",
    "Glacier-fed valleys facing drought, mudslides and long migrations for work.": (
        "وديان تغذّيها الأنهار الجليدية وتواجه الجفاف والانهيارات الطينية والهجرة البعيدة بحثًا عن العمل."
    ),
    "Kyrgyzstan": "قيرغيزستان",
    "Irrigation, pasture management and village health committees.": "الري وإدارة المراعي ولجان الصحة في القرى.",
    "Tajikistan": "طاجيكستان",
    "Safe drinking water and mother-and-child health.": "مياه شرب مأمونة وصحة الأم والطفل.",
    "Middle East": "الشرق الأوسط",
    "Refugee and host communities sharing stretched schools, clinics and water.": (
        "مجتمعات لاجئة ومضيفة تتقاسم مدارس وعيادات وموارد مياه تعمل فوق طاقتها."
    ),
    "Jordan": "الأردن",
    "Learning centres and cash assistance in the north.": "مراكز تعليمية ومساعدات نقدية في الشمال.",
    "Lebanon": "لبنان",
    "Primary health care and rent support after years of crisis.": (
        "رعاية صحية أولية ودعم لبدلات الإيجار بعد سنوات من الأزمة."
    ),
    # News index ------------------------------------------------------------------------------------------------
    "News": "الأخبار",
    "News and press releases from Open Hands Foundation.": "أخبار مؤسسة أوبن هاندز وبياناتها الصحفية.",
    "Stories and press releases from our programmes and the network.": "قصص وبيانات صحفية من برامجنا ومن الشبكة.",
    "Media enquiries": "استفسارات وسائل الإعلام",
    # Stories, oldest first -------------------------------------------------------------------------------------
    "Winter kits reach 900 families in Armenia's border villages": (
        "مستلزمات الشتاء تصل إلى 900 أسرة في القرى الحدودية الأرمينية"
    ),
    "Stoves, fuel and warm clothing arrived before the coldest weeks of the year.": (
        "وصلت المدافئ والوقود والملابس الدافئة قبل أشد أسابيع السنة برودة."
    ),
    "Snow closed the last mountain road to Tavush a day after our convoy came through. Each family received a wood stove, two months of fuel briquettes and winter clothing sized for every child in the household.": (
        "أغلقت الثلوج آخر طريق جبلي يؤدي إلى تافوش بعد يوم واحد من مرور قافلتنا. وتسلّمت كل أسرة مدفأة حطب، "
        "وقوالب وقود مضغوطة تكفي شهرين، وملابس شتوية بمقاس كل طفل في البيت."
    ),
    "We used to burn furniture in January. This year the children slept in a warm room.": (
        "كنا نحرق الأثاث في يناير. هذا العام نام الأطفال في غرفة دافئة."
    ),
    "Anahit, a mother of four in Berd": "أناهيت، أم لأربعة أطفال في بيرد",
    "Village councils drew up the lists themselves, putting older people living alone and families with newborns first. Volunteers will visit again in February to check that no one has run short.": (
        "أعدّت مجالس القرى القوائم بنفسها، وقدّمت فيها كبار السن الذين يعيشون بمفردهم والأسر التي رُزقت بمواليد "
        "جدد. وسيعود المتطوعون في فبراير للتأكد من أن أحدًا لم ينفد ما لديه."
    ),
    "New health post opens in the Albanian highlands": "افتتاح نقطة صحية جديدة في المرتفعات الألبانية",
    "A nurse and a midwife now serve four villages that were two hours from the nearest clinic.": (
        "باتت ممرضة وقابلة تخدمان أربع قرى كانت تبعد ساعتين عن أقرب عيادة."
    ),
    "The health post in Theth valley was built in an unused schoolhouse with the help of the municipality. It is staffed six days a week and linked by video to doctors at the regional hospital in Shkodër.": (
        "أُقيمت النقطة الصحية في وادي ثيث داخل مبنى مدرسي مهجور بمساعدة البلدية. ويعمل فيها طاقمها ستة أيام في "
        "الأسبوع، وترتبط عبر الفيديو بأطباء المستشفى الإقليمي في شكودر."
    ),
    "In its first month the team saw 312 patients, most of them older people with high blood pressure or diabetes who had gone without check-ups for years.": (
        "استقبل الفريق في شهره الأول 312 مريضًا، معظمهم من كبار السن المصابين بارتفاع ضغط الدم أو السكري ممن "
        "لم يخضعوا لأي فحص منذ سنوات."
    ),
    "Open Hands Foundation publishes its 2024 annual accounts": "مؤسسة أوبن هاندز تنشر حساباتها السنوية لعام 2024",
    "Ninety-one cents of every euro went directly to programmes run with local partners.": (
        "ذهب 91 سنتًا من كل يورو مباشرةً إلى برامج تُنفَّذ مع شركاء محليين."
    ),
    "The foundation today published audited accounts for 2024. Income rose to 18.4 million euros, of which 91 per cent was spent on programmes, 6 per cent on fundraising and 3 per cent on administration.": (
        "نشرت المؤسسة اليوم حساباتها المدقّقة لعام 2024. وارتفعت الإيرادات إلى 18.4 مليون يورو، أُنفق 91 في المئة "
        "منها على البرامج، و6 في المئة على جمع التبرعات، و3 في المئة على الإدارة."
    ),
    "The full accounts, the auditor's report and a list of every partner organisation funded during the year are available on request from the press office.": (
        "يمكن الحصول على الحسابات الكاملة وتقرير مدقّق الحسابات وقائمة بجميع المنظمات الشريكة التي موّلتها "
        "المؤسسة خلال العام بطلبها من المكتب الإعلامي."
    ),
    "Catch-up classes help Syrian and Jordanian pupils back into school": (
        "دروس تعويضية تعيد التلاميذ السوريين والأردنيين إلى المدرسة"
    ),
    "Six learning centres in Irbid and Mafraq taught 1,400 children who had fallen years behind.": (
        "علّمت ستة مراكز تعليمية في إربد والمفرق 1400 طفل تأخروا سنوات عن أقرانهم في الدراسة."
    ),
    "Many of the children had missed two or three school years. Teachers from both communities run small classes in Arabic, maths and English, and a counsellor visits each centre twice a week.": (
        "فات كثيرًا من الأطفال عامان أو ثلاثة أعوام دراسية. ويدير معلمون من المجتمعين صفوفًا صغيرة في اللغة "
        "العربية والرياضيات واللغة الإنجليزية، فيما يزور مرشد نفسي كل مركز مرتين في الأسبوع."
    ),
    "In the learning centre nobody laughs when you get it wrong. So I kept trying.": (
        "في مركز التعلّم لا يضحك أحد عندما تخطئ. لذلك واصلتُ المحاولة."
    ),
    "Rama, 12, Irbid": "راما، 12 عامًا، إربد",
    "By the end of the course, four in five pupils had passed the placement test for state schools.": (
        "بحلول نهاية الدورة، كان أربعة من كل خمسة تلاميذ قد اجتازوا اختبار تحديد المستوى للالتحاق بالمدارس الحكومية."
    ),
    "Flood drills along the Sava before the spring thaw": (
        "تدريبات على مواجهة الفيضانات على امتداد نهر سافا قبل ذوبان الثلوج في الربيع"
    ),
    "Eleven villages practised evacuation routes and tested new river-level sirens.": (
        "تدرّبت إحدى عشرة قرية على طرق الإخلاء واختبرت صفارات إنذار جديدة تنطلق عند ارتفاع منسوب النهر."
    ),
    "Volunteers from local fire brigades led the drills, timing how long it took to move older residents and livestock to higher ground. River gauges installed last autumn now send readings to residents' phones.": (
        "قاد متطوعون من فرق الإطفاء المحلية التدريبات، وقاسوا الوقت اللازم لنقل السكان المسنّين والمواشي إلى أرض "
        "مرتفعة. وباتت مقاييس منسوب النهر التي رُكّبت في الخريف الماضي ترسل قراءاتها إلى هواتف السكان."
    ),
    "The exercise exposed two bridges that would cut off whole hamlets; the municipality has agreed to build a temporary footbridge before May.": (
        "كشف التمرين عن جسرين قد تنقطع بانقطاعهما تجمعات سكنية صغيرة بأكملها؛ ووافقت البلدية على بناء جسر مؤقت "
        "للمشاة قبل شهر مايو."
    ),
    "Foundation launches appeal for families hit by Central Asian mudslides": (
        "المؤسسة تطلق نداءً لمساعدة الأسر المتضررة من الانهيارات الطينية في آسيا الوسطى"
    ),
    "An emergency fund of 750,000 euros will provide shelter, water and cash to 3,000 households.": (
        "سيوفّر صندوق طوارئ بقيمة 750 ألف يورو المأوى والمياه والمساعدات النقدية لثلاثة آلاف أسرة."
    ),
    "Open Hands Foundation has released 250,000 euros from its emergency reserve and launched a public appeal after mudslides destroyed homes and irrigation canals in the Rasht valley.": (
        "خصّصت مؤسسة أوبن هاندز 250 ألف يورو من احتياطي الطوارئ لديها، وأطلقت نداءً عامًا بعد أن دمّرت انهيارات "
        "طينية منازل وقنوات ري في وادي رشت."
    ),
    "Local partners are already distributing tents, water containers and hygiene kits. Cash transfers will follow within two weeks so that families can buy what they need in local markets.": (
        "بدأ الشركاء المحليون بالفعل توزيع الخيام وأوعية المياه وحقائب مستلزمات النظافة. وستليها تحويلات نقدية في "
        "غضون أسبوعين حتى تتمكن الأسر من شراء ما تحتاج إليه من الأسواق المحلية."
    ),
    "Cooperative bakery gives women in Kosovo a steady income": "مخبز تعاوني يوفّر لنساء في كوسوفو دخلًا ثابتًا",
    "Twelve women now run a bakery that supplies three schools and a hospital in Gjakova.": (
        "تدير اثنتا عشرة امرأة اليوم مخبزًا يزوّد ثلاث مدارس ومستشفى في جاكوفا بالخبز."
    ),
    "The group started with a shared oven and a grant for flour. A year later they sell 900 loaves a day and have hired two more bakers.": (
        "بدأت المجموعة بفرن مشترك ومنحة لشراء الطحين. وبعد عام واحد باتت تبيع 900 رغيف يوميًا، ووظّفت خبّازَين آخرَين."
    ),
    "For the first time I decide how my money is spent.": "للمرة الأولى أقرّر أنا كيف يُنفَق مالي.",
    "Drita, founding member": "دريتا، عضوة مؤسِّسة",
    "Business mentors from the network helped the cooperative register, open a bank account and win its first public tender.": (
        "ساعد مرشدون في مجال الأعمال من الشبكة التعاونيةَ على التسجيل وفتح حساب مصرفي والفوز بأول مناقصة عامة."
    ),
    "Solar pumps bring water back to pastures in Kyrgyzstan": (
        "مضخات تعمل بالطاقة الشمسية تعيد المياه إلى المراعي في قيرغيزستان"
    ),
    "Herders in Naryn no longer walk their flocks for hours to find water in summer.": (
        "لم يعد الرعاة في نارين يسيرون بقطعانهم ساعات بحثًا عن الماء في الصيف."
    ),
    "Five solar-powered pumps now fill troughs on high pastures that dried out as glaciers shrank. Pasture committees set the grazing rotation and pay a small fee for maintenance.": (
        "باتت خمس مضخات تعمل بالطاقة الشمسية تملأ أحواض الشرب في المراعي المرتفعة التي جفّت مع انحسار الأنهار "
        "الجليدية. وتحدّد لجان المراعي مواعيد تناوب الرعي وتدفع رسمًا زهيدًا للصيانة."
    ),
    "Vets report fewer animals lost to heat stress, and children who used to fetch water spend the summer in the village school's holiday programme instead.": (
        "ويفيد الأطباء البيطريون بانخفاض عدد الحيوانات النافقة بسبب الإجهاد الحراري، أما الأطفال الذين كانوا "
        "يجلبون الماء فصاروا يقضون الصيف في البرنامج الصيفي لمدرسة القرية."
    ),
    "Home carers keep older people independent in North Macedonia": (
        "مقدّمو الرعاية المنزلية يساعدون كبار السن على العيش باستقلالية في مقدونيا الشمالية"
    ),
    "Forty trained carers visit 600 people who live alone in rural municipalities.": (
        "يزور أربعون مقدّم رعاية مدرَّبًا 600 شخص يعيشون بمفردهم في البلديات الريفية."
    ),
    "Carers help with medicines, shopping and paperwork, and notice early when someone's health changes. Each visit is logged so that family members abroad can see how their parents are doing.": (
        "يساعد مقدّمو الرعاية في شؤون الأدوية والتسوّق والمعاملات الورقية، ويلاحظون مبكرًا أي تغيّر في صحة من "
        "يزورونهم. وتُسجَّل كل زيارة حتى يتمكن أفراد العائلة المقيمون في الخارج من الاطمئنان على أحوال والديهم."
    ),
    "The municipality of Kičevo has agreed to fund half of the service from next year.": (
        "وافقت بلدية كيتشيفو على تمويل نصف الخدمة اعتبارًا من العام المقبل."
    ),
    "Network members agree common standards for emergency cash transfers": (
        "أعضاء الشبكة يتفقون على معايير مشتركة للتحويلات النقدية في حالات الطوارئ"
    ),
    "Twenty-three organisations signed a charter on fair, fast and accountable cash assistance.": (
        "وقّعت ثلاث وعشرون منظمة ميثاقًا بشأن مساعدات نقدية عادلة وسريعة وخاضعة للمساءلة."
    ),
    "Meeting in Tirana, members of the Open Hands network adopted shared rules on who receives cash after a disaster, how amounts are set and how complaints are handled.": (
        "اعتمد أعضاء شبكة أوبن هاندز، خلال اجتماعهم في تيرانا، قواعد مشتركة تحدد من يتلقى المساعدات النقدية بعد "
        "الكوارث، وكيف تُحدَّد المبالغ، وكيف يجري التعامل مع الشكاوى."
    ),
    "The charter will let members pool funds in a crisis and hand over cases to each other when families move across borders.": (
        "سيتيح الميثاق للأعضاء تجميع أموالهم في أوقات الأزمات، وإحالة الحالات إلى بعضهم بعضًا عندما تنتقل الأسر "
        "عبر الحدود."
    ),
    "Primary health centres stay open through Lebanon's fuel shortage": (
        "مراكز الرعاية الصحية الأولية تبقى مفتوحة رغم أزمة الوقود في لبنان"
    ),
    "Solar panels and a fuel reserve kept eight clinics running through the summer.": (
        "أبقت الألواح الشمسية واحتياطيٌّ من الوقود ثماني عيادات تعمل طوال الصيف."
    ),
    "Power cuts of up to twenty hours a day had forced clinics to turn patients away and throw out vaccines. Our partners installed solar systems with battery storage at eight health centres in Akkar and Bekaa.": (
        "أجبر انقطاع الكهرباء لمدة تصل إلى عشرين ساعة يوميًا العياداتِ على ردّ المرضى والتخلص من اللقاحات. فركّب "
        "شركاؤنا أنظمة طاقة شمسية مزوّدة ببطاريات تخزين في ثمانية مراكز صحية في عكار والبقاع."
    ),
    "Since July, not a single day of vaccination has been cancelled for lack of electricity.": (
        "منذ يوليو، لم يُلغَ يوم تطعيم واحد بسبب انقطاع الكهرباء."
    ),
    "Back to school with 5,000 new backpacks in Georgia": "العودة إلى المدرسة مع 5000 حقيبة مدرسية جديدة في جورجيا",
    "Children from displaced and host families started the year with the same supplies.": (
        "بدأ أطفال الأسر النازحة والأسر المضيفة العام الدراسي باللوازم نفسها."
    ),
    "The backpacks, filled with notebooks, pens and a winter hat, were packed by volunteers in Tbilisi and handed out by teachers rather than by outside staff, so that no child was singled out.": (
        "عبّأ متطوعون في تبليسي الحقائب بالدفاتر والأقلام وقبعة شتوية، ووزّعها المعلمون لا موظفون من خارج "
        "المدرسة، حتى لا يُميَّز أي طفل عن غيره."
    ),
    "Schools in Gori and Zugdidi also received reading books in Georgian and Abkhaz.": (
        "وتلقّت مدارس في غوري وزوغديدي أيضًا كتبًا للمطالعة باللغتين الجورجية والأبخازية."
    ),
    "Hand-washing stations in every school in Tajikistan's Khatlon region": (
        "محطات لغسل اليدين في كل مدرسة بمنطقة ختلان في طاجيكستان"
    ),
    "Clean water points now serve 38 schools and 14,000 pupils.": "تخدم نقاط المياه النظيفة الآن 38 مدرسة و14 ألف تلميذ.",
    "Before the project, most schools had a single outdoor tap or none at all. Each now has hand-washing stations, separate toilets for girls and boys, and a caretaker trained to keep them running.": (
        "قبل المشروع، لم يكن في معظم المدارس سوى صنبور خارجي واحد، وبعضها لم يكن فيه صنبور على الإطلاق. أما اليوم "
        "ففي كل مدرسة محطات لغسل اليدين، ودورات مياه منفصلة للبنات والبنين، وعامل مدرَّب على صيانتها."
    ),
    "Absences linked to stomach illness fell by a third in the first term.": (
        "انخفض الغياب المرتبط بأمراض المعدة بمقدار الثلث في الفصل الدراسي الأول."
    ),
    "Open Hands Foundation opens regional office in Amman": "مؤسسة أوبن هاندز تفتتح مكتبًا إقليميًا في عمّان",
    "The new office will support partners in Jordan and Lebanon and coordinate the network's work in the region.": (
        "سيدعم المكتب الجديد الشركاء في الأردن ولبنان وينسّق عمل الشبكة في المنطقة."
    ),
    "Open Hands Foundation today opened a regional office in Amman with a team of nine, all recruited in the region. The office will manage grants, train partner staff and lead joint emergency responses.": (
        "افتتحت مؤسسة أوبن هاندز اليوم مكتبًا إقليميًا في عمّان يضم فريقًا من تسعة موظفين جرى توظيفهم جميعًا من "
        "المنطقة. وسيتولى المكتب إدارة المنح وتدريب موظفي الشركاء وقيادة عمليات الاستجابة المشتركة للطوارئ."
    ),
    "The move follows a decision by the board to bring decision-making closer to the communities the foundation serves.": (
        "وتأتي هذه الخطوة تنفيذًا لقرار مجلس الإدارة تقريبَ صنع القرار من المجتمعات التي تخدمها المؤسسة."
    ),
    "Young coders in Prishtina build apps for their own town": "مبرمجون شباب في بريشتينا يطوّرون تطبيقات لمدينتهم",
    "A six-month course ended with apps for bus times, recycling and job listings.": (
        "اختُتمت دورة مدتها ستة أشهر بتطبيقات لمواعيد الحافلات وإعادة التدوير وإعلانات الوظائف."
    ),
    "Thirty young people aged 17 to 24 completed the course, half of them young women. Local companies mentored the teams and have offered paid internships to eleven graduates.": (
        "أتمّ الدورةَ ثلاثون شابًا وشابة تتراوح أعمارهم بين 17 و24 عامًا، نصفهم من الشابات. وتولّت شركات محلية "
        "توجيه الفرق، وعرضت تدريبًا مدفوع الأجر على أحد عشر خريجًا."
    ),
    "The bus-times app, built with the municipal transport company, already has 8,000 users.": (
        "بلغ عدد مستخدمي تطبيق مواعيد الحافلات، الذي طُوِّر بالتعاون مع شركة النقل التابعة للبلدية، 8000 مستخدم حتى الآن."
    ),
    "Serbian families pick their first harvest from new greenhouses": (
        "أسر صربية تجني أول محصول من بيوتها البلاستيكية الجديدة"
    ),
    "Sixty greenhouses in the south extend the growing season by three months.": (
        "ستون بيتًا بلاستيكيًا في الجنوب تطيل موسم الزراعة ثلاثة أشهر."
    ),
    "Families received a greenhouse, drip irrigation and seed, and agreed to share what they learn with two neighbours each. An agronomist visits every fortnight.": (
        "حصلت كل أسرة على بيت بلاستيكي ونظام ري بالتنقيط وبذور، والتزمت بأن تنقل ما تتعلمه إلى جارين اثنين. "
        "ويزورها مهندس زراعي كل أسبوعين."
    ),
    "Most families sold their early tomatoes at twice the summer price.": (
        "باعت معظم الأسر طماطمها المبكرة بضعف سعرها في الصيف."
    ),
    "Emergency shelter after the winter earthquake in Albania": "مأوى طارئ بعد الزلزال الذي ضرب ألبانيا في الشتاء",
    "Insulated tents and heaters arrived within 36 hours for 420 families.": (
        "وصلت خيام معزولة حراريًا ومدافئ إلى 420 أسرة في غضون 36 ساعة."
    ),
    "The earthquake damaged more than a thousand homes around Durrës. Partner teams were on site the same night, and the first trucks left our warehouse in Tirana before dawn.": (
        "ألحق الزلزال أضرارًا بأكثر من ألف منزل في محيط دوريس. ووصلت فرق الشركاء إلى الموقع في الليلة نفسها، "
        "وغادرت الشاحنات الأولى مستودعنا في تيرانا قبل الفجر."
    ),
    "They came before the government did, and they asked what we needed.": (
        "وصلوا قبل الحكومة، وسألونا عمّا نحتاج إليه."
    ),
    "Arben, Durrës": "أربن، دوريس",
    "Engineers from the network are inspecting homes so that families who can safely return do so quickly.": (
        "يعاين مهندسون من الشبكة المنازل حتى تعود إليها سريعًا الأسر التي يمكنها العودة بأمان."
    ),
    "Statement on humanitarian access in the Middle East": "بيان بشأن وصول المساعدات الإنسانية في الشرق الأوسط",
    "The foundation calls for safe, unhindered access for aid workers and supplies.": (
        "تدعو المؤسسة إلى وصول آمن ودون عوائق لعمّال الإغاثة والإمدادات."
    ),
    "Open Hands Foundation is deeply concerned by restrictions that have delayed medical supplies to clinics run by our partners. We call on all parties to respect humanitarian law and protect health workers.": (
        "تعرب مؤسسة أوبن هاندز عن قلقها البالغ إزاء القيود التي أخّرت وصول الإمدادات الطبية إلى عيادات يديرها "
        "شركاؤنا. وندعو جميع الأطراف إلى احترام القانون الإنساني وحماية العاملين في القطاع الصحي."
    ),
    "Our partners continue to operate wherever it is safe to do so and are ready to scale up as soon as access allows.": (
        "يواصل شركاؤنا عملهم حيثما كان ذلك آمنًا، وهم مستعدون لتوسيع نطاقه فور أن يسمح الوصول بذلك."
    ),
    "Midwives trained to save newborns in remote Tajik villages": "تدريب قابلات على إنقاذ المواليد في قرى طاجيكية نائية",
    "Forty-five midwives learned neonatal resuscitation and received new equipment.": (
        "تعلّمت خمس وأربعون قابلة إنعاش حديثي الولادة وتسلّمن معدات جديدة."
    ),
    "The course, run with the regional maternity hospital, covered resuscitation, keeping newborns warm and spotting infection early. Each midwife now carries a bag-and-mask kit.": (
        "تناولت الدورة، التي نُظّمت بالتعاون مع مستشفى الولادة الإقليمي، الإنعاشَ والحفاظ على دفء المواليد "
        "واكتشاف العدوى مبكرًا. وتحمل كل قابلة الآن جهاز إنعاش يدويًا بكيس وقناع."
    ),
    "Within weeks, midwives reported resuscitating six babies who had not breathed at birth.": (
        "وفي غضون أسابيع، أفادت القابلات بأنهن أنعشن ستة مواليد لم يتنفسوا عند الولادة."
    ),
    "A school library in every village of Armenia's Lori province": "مكتبة مدرسية في كل قرية بمحافظة لوري في أرمينيا",
    "Twenty-two village schools opened libraries stocked by readers across the network.": (
        "افتتحت اثنتان وعشرون مدرسة قروية مكتبات زوّدها بالكتب قرّاء من مختلف أنحاء الشبكة."
    ),
    "Books were collected in Yerevan and beyond, sorted by volunteers and catalogued by the pupils themselves. Each library has a reading club run by an older student.": (
        "جُمعت الكتب في يريفان وخارجها، وفرزها متطوعون، وفهرسها التلاميذ بأنفسهم. ولكل مكتبة نادٍ للقراءة يديره "
        "أحد الطلاب الأكبر سنًا."
    ),
    "Teachers say pupils borrow an average of three books a month, more than triple last year.": (
        "يقول المعلمون إن التلاميذ يستعيرون ثلاثة كتب شهريًا في المتوسط، أي أكثر من ثلاثة أضعاف ما كانوا "
        "يستعيرونه العام الماضي."
    ),
    "Drought-tolerant seed helps Jordanian farmers through a dry spring": (
        "بذور مقاومة للجفاف تساعد مزارعين أردنيين على تجاوز ربيع جاف"
    ),
    "Barley and lentil varieties bred for dry years gave near-normal harvests.": (
        "أعطت أصناف من الشعير والعدس مستنبَطة للسنوات الجافة محاصيل قريبة من المعتاد."
    ),
    "Rainfall in the north was 40 per cent below average. Farmers who planted the new varieties harvested more than twice as much as neighbours who did not.": (
        "جاءت الأمطار في الشمال أقل من المعدل بنسبة 40 في المئة. وحصد المزارعون الذين زرعوا الأصناف الجديدة أكثر "
        "من ضعفي ما حصده جيرانهم الذين لم يزرعوها."
    ),
    "Seed saved from this year's crop will be shared with 300 more farms in the autumn.": (
        "ستُوزَّع البذور المحفوظة من محصول هذا العام على 300 مزرعة إضافية في الخريف."
    ),
    "Open Hands Foundation and partners commit 12 million euros to clean water": (
        "مؤسسة أوبن هاندز وشركاؤها يخصّصون 12 مليون يورو للمياه النظيفة"
    ),
    "A five-year programme will bring safe water to 160,000 people in two regions.": (
        "سيوفّر برنامج مدته خمس سنوات مياهًا مأمونة لـ160 ألف شخص في منطقتين."
    ),
    "Open Hands Foundation and four network members today announced a five-year water programme in Central Asia and the Balkans. It combines new pipelines and wells with training for village water committees.": (
        "أعلنت مؤسسة أوبن هاندز وأربعة من أعضاء الشبكة اليوم عن برنامج للمياه مدته خمس سنوات في آسيا الوسطى "
        "والبلقان. ويجمع البرنامج بين مدّ خطوط أنابيب وحفر آبار جديدة وتدريب لجان المياه في القرى."
    ),
    "Half of the funding is already secured. The programme will publish water-quality results for every village online.": (
        "وقد أُمِّن نصف التمويل بالفعل. وسينشر البرنامج على الإنترنت نتائج فحوص جودة المياه في كل قرية."
    ),
    "Mobile clinic reaches mountain villages in Georgia": "عيادة متنقلة تصل إلى القرى الجبلية في جورجيا",
    "A doctor, a nurse and a pharmacist visit twelve villages every month.": (
        "يزور طبيب وممرضة وصيدلاني اثنتي عشرة قرية كل شهر."
    ),
    "The clinic travels in a converted truck with a consulting room, a small laboratory and a pharmacy. Appointments are booked through the village school.": (
        "تتنقل العيادة في شاحنة مجهّزة تضم غرفة للفحص ومختبرًا صغيرًا وصيدلية. وتُحجز المواعيد عن طريق مدرسة القرية."
    ),
    "Now the doctor comes to us, not the other way round.": "الآن يأتي الطبيب إلينا، لا نحن إليه.",
    "Nodar, 81, Svaneti": "نودار، 81 عامًا، سفانيتي",
    "Most patients are older people whose children have moved to the cities; for many it is their only regular contact with a doctor.": (
        "معظم المرضى من كبار السن الذين انتقل أبناؤهم إلى المدن؛ وهي بالنسبة إلى كثيرين منهم الصلة المنتظمة "
        "الوحيدة بطبيب."
    ),
    "Youth volunteers map flood risks in Bosnia and Herzegovina": (
        "متطوعون شباب يرسمون خرائط مخاطر الفيضانات في البوسنة والهرسك"
    ),
    "Two hundred students walked their towns to record drains, culverts and risky slopes.": (
        "جاب مئتا طالب بلداتهم سيرًا على الأقدام لتسجيل مواقع المصارف والعبّارات والمنحدرات الخطرة."
    ),
    "The students used an open mapping tool on their phones. Their maps have been shared with municipal engineers, who have already cleared eighteen blocked culverts.": (
        "استخدم الطلاب أداة خرائط مفتوحة على هواتفهم. وقد سُلّمت خرائطهم إلى مهندسي البلدية، الذين نظّفوا حتى "
        "الآن ثماني عشرة عبّارة مسدودة."
    ),
    "The project will be repeated in Serbia and North Macedonia next spring.": (
        "وسيتكرر المشروع في صربيا ومقدونيا الشمالية في الربيع المقبل."
    ),
    "Rent support keeps families housed in Beirut": "دعم الإيجار يحمي أسرًا من فقدان مساكنها في بيروت",
    "Three months of rent help 700 households avoid eviction while parents look for work.": (
        "إيجار ثلاثة أشهر يجنّب 700 أسرة الإخلاء ريثما يبحث الآباء والأمهات عن عمل."
    ),
    "Families are referred by social workers and receive rent support alongside job counselling. Landlords are paid directly, which has persuaded several to lower the rent.": (
        "يحيل الأخصائيون الاجتماعيون الأسر إلى البرنامج، فتتلقى دعمًا للإيجار إلى جانب الإرشاد المهني. وتُدفع "
        "المبالغ مباشرةً إلى المالكين، ما أقنع عددًا منهم بخفض الإيجار."
    ),
    "Two thirds of the first group of families found work before the support ended.": (
        "وجد ثلثا أسر المجموعة الأولى عملًا قبل انتهاء فترة الدعم."
    ),
    "Foundation welcomes eight new members to the Open Hands network": (
        "المؤسسة ترحّب بثمانية أعضاء جدد في شبكة أوبن هاندز"
    ),
    "New members from Albania, Georgia and Serbia bring the network to 71 organisations.": (
        "بانضمام أعضاء جدد من ألبانيا وجورجيا وصربيا يرتفع عدد منظمات الشبكة إلى 71 منظمة."
    ),
    "The network's general assembly today admitted eight organisations working on disability rights, rural health and youth employment.": (
        "قبلت الجمعية العامة للشبكة اليوم عضوية ثماني منظمات تعمل في مجالات حقوق الأشخاص ذوي الإعاقة والصحة "
        "الريفية وتشغيل الشباب."
    ),
    "Each new member will be paired with an established one for its first year.": (
        "وسيرافق كلَّ عضو جديد عضوٌ قديم خلال عامه الأول."
    ),
    "Summer reading camps in Kyrgyzstan": "مخيمات صيفية للقراءة في قيرغيزستان",
    "Four hundred children spent three weeks reading, writing and putting on plays in Kyrgyz and Russian.": (
        "أمضى أربعمئة طفل ثلاثة أسابيع في القراءة والكتابة وتقديم العروض المسرحية باللغتين القيرغيزية والروسية."
    ),
    "Teachers noticed that pupils lost much of their reading over the long summer break. The camps, held in school buildings, mix reading with sport and theatre.": (
        "لاحظ المعلمون أن التلاميذ يفقدون كثيرًا من مهاراتهم في القراءة خلال العطلة الصيفية الطويلة. وتمزج "
        "المخيمات، التي تُقام في مباني المدارس، بين القراءة والرياضة والمسرح."
    ),
    "Children who attended read noticeably better in September than classmates who did not.": (
        "كان الأطفال الذين شاركوا في المخيمات يقرؤون في سبتمبر أفضل بشكل ملحوظ من زملائهم الذين لم يشاركوا."
    ),
    "Clean water flows in twelve Kosovo villages": "المياه النظيفة تتدفق في اثنتي عشرة قرية في كوسوفو",
    "A new pipeline replaces wells that were contaminated in dry summers.": (
        "خط أنابيب جديد يحلّ محل آبار كانت تتلوث في الصيف الجاف."
    ),
    "The pipeline, built with the municipality of Podujeva, connects 1,900 households to treated water. Village water committees collect a small monthly fee to pay for repairs.": (
        "يوصل خط الأنابيب، الذي أُنشئ بالتعاون مع بلدية بودويفو، المياه المعالجة إلى 1900 أسرة. وتجمع لجان المياه "
        "في القرى رسمًا شهريًا زهيدًا لتغطية تكاليف الإصلاحات."
    ),
    "Clinics report fewer cases of diarrhoea among young children since the water was switched on.": (
        "وتفيد العيادات بتراجع حالات الإسهال بين صغار الأطفال منذ بدء ضخ المياه."
    ),
    "Open Hands Foundation appoints new executive director": "مؤسسة أوبن هاندز تعيّن مديرة تنفيذية جديدة",
    "Leyla Demir, who led the foundation's emergency programmes for eight years, takes up the post in November.": (
        "تتولى ليلى دمير، التي قادت برامج الطوارئ في المؤسسة ثماني سنوات، منصبها في نوفمبر."
    ),
    "The board of Open Hands Foundation today announced the appointment of Leyla Demir as executive director. She succeeds Martin Lowe, who retires after eleven years.": (
        "أعلن مجلس إدارة مؤسسة أوبن هاندز اليوم تعيين ليلى دمير مديرةً تنفيذية. وتخلف دمير مارتن لو، الذي يتقاعد "
        "بعد أحد عشر عامًا في المنصب."
    ),
    "Ms Demir has worked in humanitarian response across the Balkans and the Middle East and speaks five languages.": (
        "عملت السيدة دمير في مجال الاستجابة الإنسانية في أنحاء البلقان والشرق الأوسط، وتتحدث خمس لغات."
    ),
    "Winter preparedness begins early in the South Caucasus": "الاستعداد للشتاء يبدأ مبكرًا في جنوب القوقاز",
    "Roof repairs, insulation and fuel reserves are in place before the first snow.": (
        "اكتملت إصلاحات الأسقف والعزل الحراري واحتياطيات الوقود قبل أول تساقط للثلوج."
    ),
    "This year partners started in September, repairing 240 roofs and insulating classrooms in 30 schools. Fuel is stored in each village so that deliveries do not depend on open roads.": (
        "بدأ الشركاء العمل هذا العام في سبتمبر، فأصلحوا 240 سقفًا وعزلوا الفصول الدراسية في 30 مدرسة. ويُخزَّن "
        "الوقود في كل قرية حتى لا تتوقف الإمدادات على بقاء الطرق مفتوحة."
    ),
    "Families with young children and older people living alone were visited first.": (
        "وكانت الأسر التي لديها أطفال صغار وكبار السن الذين يعيشون بمفردهم أول من جرت زيارتهم."
    ),
    # What you can do -------------------------------------------------------------------------------------------
    "What you can do": "كيف يمكنكم المساعدة",
    "Give, volunteer, or bring your organisation into the network.": "تبرّعوا، أو تطوّعوا، أو ضمّوا منظمتكم إلى الشبكة.",
    "Every contribution, large or small, reaches a programme chosen with the people it serves.": (
        "كل مساهمة، كبيرة كانت أم صغيرة، تصل إلى برنامج اختير بالتشاور مع الناس الذين يخدمهم."
    ),
    "A monthly gift lets partners plan a school year or a vaccination round instead of living from one appeal to the next. One-off gifts are spent where the need is greatest unless you tell us otherwise.": (
        "يتيح التبرع الشهري للشركاء التخطيط لعام دراسي كامل أو لحملة تطعيم، بدلًا من انتظار نداء تلو الآخر. أما "
        "التبرعات لمرة واحدة فتُنفق حيث تكون الحاجة أشد، ما لم تطلبوا غير ذلك."
    ),
    "Volunteers help us translate reports, sort donated equipment and speak at schools. Companies can match their staff's giving or lend skills such as accounting and engineering.": (
        "يساعدنا المتطوعون في ترجمة التقارير وفرز المعدات المتبرَّع بها وإلقاء الكلمات في المدارس. ويمكن للشركات "
        "أن تقدّم مبلغًا مماثلًا لتبرعات موظفيها أو أن تضع خبراتها في مجالات مثل المحاسبة والهندسة في خدمتنا."
    ),
    "Give today": "تبرّعوا اليوم",
    "Your gift keeps a mobile clinic on the road for another week.": "تبرّعكم يُبقي عيادة متنقلة على الطريق أسبوعًا آخر.",
    "Donate now": "تبرّعوا الآن",
    # The network -----------------------------------------------------------------------------------------------
    "The network": "الشبكة",
    "A network of local organisations that share what works and speak up together.": (
        "شبكة من المنظمات المحلية تتبادل التجارب الناجحة وترفع صوتها معًا."
    ),
    "Members meet twice a year, exchange staff and run joint appeals when disaster strikes.": (
        "يلتقي الأعضاء مرتين في السنة، ويتبادلون الموظفين، وينظّمون نداءات مشتركة عند وقوع الكوارث."
    ),
    "The network has three goals: to make local organisations stronger and better funded, to share practical knowledge across borders, and to give communities a louder voice with governments and donors.": (
        "للشبكة ثلاثة أهداف: تعزيز قدرات المنظمات المحلية وتحسين تمويلها، وتبادل المعرفة العملية عبر الحدود، "
        "وإيصال صوت المجتمعات بقوة أكبر إلى الحكومات والجهات المانحة."
    ),
    "Membership is open to registered, non-profit organisations that serve people without discrimination and publish their accounts. There is no fee; members commit to one exchange visit a year.": (
        "العضوية مفتوحة للمنظمات المسجّلة غير الربحية التي تخدم الناس دون تمييز وتنشر حساباتها. ولا توجد رسوم "
        "للعضوية؛ ويلتزم الأعضاء بزيارة تبادلية واحدة في السنة."
    ),
    "Members and partners": "الأعضاء والشركاء",
    "Join the network": "انضموا إلى الشبكة",
    "Tell us about your organisation and we will arrange a first call.": (
        "حدّثونا عن منظمتكم، وسنرتّب معكم اتصالًا أوليًا."
    ),
    "Contact us": "تواصلوا معنا",
    # Contact page ----------------------------------------------------------------------------------------------
    "Contact": "اتصل بنا",
    "Write to our team in Sampleton; we answer within three working days.": (
        "راسلوا فريقنا في سامبلتون، وسنردّ عليكم خلال ثلاثة أيام عمل."
    ),
    "Message from the website": "رسالة من الموقع الإلكتروني",
    "Questions about a programme, a donation or joining the network? Write to us here.": (
        "هل لديكم أسئلة عن أحد البرامج أو عن التبرع أو الانضمام إلى الشبكة؟ راسلونا من هنا."
    ),
    "Thank you. Your message has reached our team and we will reply within three working days.": (
        "شكرًا لكم. وصلت رسالتكم إلى فريقنا، وسنردّ عليكم خلال ثلاثة أيام عمل."
    ),
    # The contact form's fields. wagtail-localize copies them unchanged today (ContactFormField is not a
    # translatable model); these are ready for when it is.
    "Your name": "الاسم",
    "Your e-mail address": "البريد الإلكتروني",
    "What is it about?": "موضوع الرسالة",
    "Your message": "نص الرسالة",
    "A donation<br/>Volunteering<br/>Joining the network<br/>Press enquiry<br/>Something else": (
        "تبرّع<br/>التطوع<br/>الانضمام إلى الشبكة<br/>استفسار صحفي<br/>موضوع آخر"
    ),
}
