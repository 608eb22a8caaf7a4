"""Demo news stories and press releases (English source), written for this project."""

NEWS = "news"
PRESS = "press-release"

# (date, kind, title, regions, sections, summary, paragraphs, quote or None)
STORIES = [
    (
        "2025-01-14",
        NEWS,
        "Winter kits reach 900 families in Armenia's border villages",
        ["armenia"],
        ["emergency-response"],
        "Stoves, fuel and warm clothing arrived before the coldest weeks of the year.",
        [
            "Snow closed the last mountain road to Tavush a day after our convoy came through. Each family received a "
            "wood stove, two months of fuel briquettes and winter clothing sized for every child in the household.",
            "Village councils drew up the lists themselves, putting older people living alone and families with newborns "
            "first. Volunteers will visit again in February to check that no one has run short.",
        ],
        (
            "We used to burn furniture in January. This year the children slept in a warm room.",
            "Anahit, a mother of four in Berd",
        ),
    ),
    (
        "2025-02-03",
        NEWS,
        "New health post opens in the Albanian highlands",
        ["albania"],
        ["healthcare"],
        "A nurse and a midwife now serve four villages that were two hours from the nearest clinic.",
        [
            "The health post in Theth valley was built in an unused schoolhouse with the help of the municipality. It is "
            "staffed six days a week and linked by video to doctors at the regional hospital in Shkodër.",
            "In its first month the team saw 312 patients, most of them older people with high blood pressure or "
            "diabetes who had gone without check-ups for years.",
        ],
        None,
    ),
    (
        "2025-02-20",
        PRESS,
        "Open Hands Foundation publishes its 2024 annual accounts",
        [],
        ["livelihoods"],
        "Ninety-one cents of every euro went directly to programmes run with local partners.",
        [
            "The foundation today published audited accounts for 2024. Income rose to 18.4 million euros, of which 91 per "
            "cent was spent on programmes, 6 per cent on fundraising and 3 per cent on administration.",
            "The full accounts, the auditor's report and a list of every partner organisation funded during the year "
            "are available on request from the press office.",
        ],
        None,
    ),
    (
        "2025-03-11",
        NEWS,
        "Catch-up classes help Syrian and Jordanian pupils back into school",
        ["jordan"],
        ["education"],
        "Six learning centres in Irbid and Mafraq taught 1,400 children who had fallen years behind.",
        [
            "Many of the children had missed two or three school years. Teachers from both communities run small "
            "classes in Arabic, maths and English, and a counsellor visits each centre twice a week.",
            "By the end of the course, four in five pupils had passed the placement test for state schools.",
        ],
        ("In the learning centre nobody laughs when you get it wrong. So I kept trying.", "Rama, 12, Irbid"),
    ),
    (
        "2025-04-02",
        NEWS,
        "Flood drills along the Sava before the spring thaw",
        ["bosnia-and-herzegovina"],
        ["climate-resilience", "emergency-response"],
        "Eleven villages practised evacuation routes and tested new river-level sirens.",
        [
            "Volunteers from local fire brigades led the drills, timing how long it took to move older residents and "
            "livestock to higher ground. River gauges installed last autumn now send readings to residents' phones.",
            "The exercise exposed two bridges that would cut off whole hamlets; the municipality has agreed to build a "
            "temporary footbridge before May.",
        ],
        None,
    ),
    (
        "2025-04-24",
        PRESS,
        "Foundation launches appeal for families hit by Central Asian mudslides",
        ["central-asia", "tajikistan"],
        ["emergency-response"],
        "An emergency fund of 750,000 euros will provide shelter, water and cash to 3,000 households.",
        [
            "Open Hands Foundation has released 250,000 euros from its emergency reserve and launched a public appeal "
            "after mudslides destroyed homes and irrigation canals in the Rasht valley.",
            "Local partners are already distributing tents, water containers and hygiene kits. Cash transfers will "
            "follow within two weeks so that families can buy what they need in local markets.",
        ],
        None,
    ),
    (
        "2025-05-15",
        NEWS,
        "Cooperative bakery gives women in Kosovo a steady income",
        ["kosovo"],
        ["livelihoods"],
        "Twelve women now run a bakery that supplies three schools and a hospital in Gjakova.",
        [
            "The group started with a shared oven and a grant for flour. A year later they sell 900 loaves a day and "
            "have hired two more bakers.",
            "Business mentors from the network helped the cooperative register, open a bank account and win its first "
            "public tender.",
        ],
        ("For the first time I decide how my money is spent.", "Drita, founding member"),
    ),
    (
        "2025-06-09",
        NEWS,
        "Solar pumps bring water back to pastures in Kyrgyzstan",
        ["kyrgyzstan"],
        ["water-and-sanitation", "climate-resilience"],
        "Herders in Naryn no longer walk their flocks for hours to find water in summer.",
        [
            "Five solar-powered pumps now fill troughs on high pastures that dried out as glaciers shrank. Pasture "
            "committees set the grazing rotation and pay a small fee for maintenance.",
            "Vets report fewer animals lost to heat stress, and children who used to fetch water spend the summer in "
            "the village school's holiday programme instead.",
        ],
        None,
    ),
    (
        "2025-07-01",
        NEWS,
        "Home carers keep older people independent in North Macedonia",
        ["north-macedonia"],
        ["healthcare"],
        "Forty trained carers visit 600 people who live alone in rural municipalities.",
        [
            "Carers help with medicines, shopping and paperwork, and notice early when someone's health changes. Each "
            "visit is logged so that family members abroad can see how their parents are doing.",
            "The municipality of Kičevo has agreed to fund half of the service from next year.",
        ],
        None,
    ),
    (
        "2025-07-22",
        PRESS,
        "Network members agree common standards for emergency cash transfers",
        ["balkans"],
        ["emergency-response"],
        "Twenty-three organisations signed a charter on fair, fast and accountable cash assistance.",
        [
            "Meeting in Tirana, members of the Open Hands network adopted shared rules on who receives cash after a "
            "disaster, how amounts are set and how complaints are handled.",
            "The charter will let members pool funds in a crisis and hand over cases to each other when families move "
            "across borders.",
        ],
        None,
    ),
    (
        "2025-08-18",
        NEWS,
        "Primary health centres stay open through Lebanon's fuel shortage",
        ["lebanon"],
        ["healthcare"],
        "Solar panels and a fuel reserve kept eight clinics running through the summer.",
        [
            "Power cuts of up to twenty hours a day had forced clinics to turn patients away and throw out vaccines. "
            "Our partners installed solar systems with battery storage at eight health centres in Akkar and Bekaa.",
            "Since July, not a single day of vaccination has been cancelled for lack of electricity.",
        ],
        None,
    ),
    (
        "2025-09-04",
        NEWS,
        "Back to school with 5,000 new backpacks in Georgia",
        ["georgia"],
        ["education"],
        "Children from displaced and host families started the year with the same supplies.",
        [
            "The backpacks, filled with notebooks, pens and a winter hat, were packed by volunteers in Tbilisi and "
            "handed out by teachers rather than by outside staff, so that no child was singled out.",
            "Schools in Gori and Zugdidi also received reading books in Georgian and Abkhaz.",
        ],
        None,
    ),
    (
        "2025-09-30",
        NEWS,
        "Hand-washing stations in every school in Tajikistan's Khatlon region",
        ["tajikistan"],
        ["water-and-sanitation", "education"],
        "Clean water points now serve 38 schools and 14,000 pupils.",
        [
            "Before the project, most schools had a single outdoor tap or none at all. Each now has hand-washing "
            "stations, separate toilets for girls and boys, and a caretaker trained to keep them running.",
            "Absences linked to stomach illness fell by a third in the first term.",
        ],
        None,
    ),
    (
        "2025-10-21",
        PRESS,
        "Open Hands Foundation opens regional office in Amman",
        ["middle-east", "jordan"],
        [],
        "The new office will support partners in Jordan and Lebanon and coordinate the network's work in the region.",
        [
            "Open Hands Foundation today opened a regional office in Amman with a team of nine, all recruited in "
            "the region. The office will manage grants, train partner staff and lead joint emergency responses.",
            "The move follows a decision by the board to bring decision-making closer to the communities the "
            "foundation serves.",
        ],
        None,
    ),
    (
        "2025-11-12",
        NEWS,
        "Young coders in Prishtina build apps for their own town",
        ["kosovo"],
        ["education", "livelihoods"],
        "A six-month course ended with apps for bus times, recycling and job listings.",
        [
            "Thirty young people aged 17 to 24 completed the course, half of them young women. Local companies "
            "mentored the teams and have offered paid internships to eleven graduates.",
            "The bus-times app, built with the municipal transport company, already has 8,000 users.",
        ],
        None,
    ),
    (
        "2025-12-10",
        NEWS,
        "Serbian families pick their first harvest from new greenhouses",
        ["serbia"],
        ["livelihoods", "climate-resilience"],
        "Sixty greenhouses in the south extend the growing season by three months.",
        [
            "Families received a greenhouse, drip irrigation and seed, and agreed to share what they learn with two "
            "neighbours each. An agronomist visits every fortnight.",
            "Most families sold their early tomatoes at twice the summer price.",
        ],
        None,
    ),
    (
        "2026-01-08",
        NEWS,
        "Emergency shelter after the winter earthquake in Albania",
        ["albania", "balkans"],
        ["emergency-response"],
        "Insulated tents and heaters arrived within 36 hours for 420 families.",
        [
            "The earthquake damaged more than a thousand homes around Durrës. Partner teams were on site the same "
            "night, and the first trucks left our warehouse in Tirana before dawn.",
            "Engineers from the network are inspecting homes so that families who can safely return do so quickly.",
        ],
        ("They came before the government did, and they asked what we needed.", "Arben, Durrës"),
    ),
    (
        "2026-01-29",
        PRESS,
        "Statement on humanitarian access in the Middle East",
        ["middle-east", "lebanon"],
        ["emergency-response"],
        "The foundation calls for safe, unhindered access for aid workers and supplies.",
        [
            "Open Hands Foundation is deeply concerned by restrictions that have delayed medical supplies to clinics "
            "run by our partners. We call on all parties to respect humanitarian law and protect health workers.",
            "Our partners continue to operate wherever it is safe to do so and are ready to scale up as soon as access "
            "allows.",
        ],
        None,
    ),
    (
        "2026-02-17",
        NEWS,
        "Midwives trained to save newborns in remote Tajik villages",
        ["tajikistan"],
        ["healthcare"],
        "Forty-five midwives learned neonatal resuscitation and received new equipment.",
        [
            "The course, run with the regional maternity hospital, covered resuscitation, keeping newborns warm and "
            "spotting infection early. Each midwife now carries a bag-and-mask kit.",
            "Within weeks, midwives reported resuscitating six babies who had not breathed at birth.",
        ],
        None,
    ),
    (
        "2026-03-05",
        NEWS,
        "A school library in every village of Armenia's Lori province",
        ["armenia"],
        ["education"],
        "Twenty-two village schools opened libraries stocked by readers across the network.",
        [
            "Books were collected in Yerevan and beyond, sorted by volunteers and catalogued by the pupils themselves. "
            "Each library has a reading club run by an older student.",
            "Teachers say pupils borrow an average of three books a month, more than triple last year.",
        ],
        None,
    ),
    (
        "2026-03-26",
        NEWS,
        "Drought-tolerant seed helps Jordanian farmers through a dry spring",
        ["jordan"],
        ["climate-resilience", "livelihoods"],
        "Barley and lentil varieties bred for dry years gave near-normal harvests.",
        [
            "Rainfall in the north was 40 per cent below average. Farmers who planted the new varieties harvested "
            "more than twice as much as neighbours who did not.",
            "Seed saved from this year's crop will be shared with 300 more farms in the autumn.",
        ],
        None,
    ),
    (
        "2026-04-14",
        PRESS,
        "Open Hands Foundation and partners commit 12 million euros to clean water",
        ["central-asia", "balkans"],
        ["water-and-sanitation"],
        "A five-year programme will bring safe water to 160,000 people in two regions.",
        [
            "Open Hands Foundation and four network members today announced a five-year water programme in Central "
            "Asia and the Balkans. It combines new pipelines and wells with training for village water committees.",
            "Half of the funding is already secured. The programme will publish water-quality results for every "
            "village online.",
        ],
        None,
    ),
    (
        "2026-05-06",
        NEWS,
        "Mobile clinic reaches mountain villages in Georgia",
        ["georgia"],
        ["healthcare"],
        "A doctor, a nurse and a pharmacist visit twelve villages every month.",
        [
            "The clinic travels in a converted truck with a consulting room, a small laboratory and a pharmacy. "
            "Appointments are booked through the village school.",
            "Most patients are older people whose children have moved to the cities; for many it is their only "
            "regular contact with a doctor.",
        ],
        ("Now the doctor comes to us, not the other way round.", "Nodar, 81, Svaneti"),
    ),
    (
        "2026-05-28",
        NEWS,
        "Youth volunteers map flood risks in Bosnia and Herzegovina",
        ["bosnia-and-herzegovina"],
        ["climate-resilience", "education"],
        "Two hundred students walked their towns to record drains, culverts and risky slopes.",
        [
            "The students used an open mapping tool on their phones. Their maps have been shared with municipal "
            "engineers, who have already cleared eighteen blocked culverts.",
            "The project will be repeated in Serbia and North Macedonia next spring.",
        ],
        None,
    ),
    (
        "2026-06-17",
        NEWS,
        "Rent support keeps families housed in Beirut",
        ["lebanon"],
        ["livelihoods"],
        "Three months of rent help 700 households avoid eviction while parents look for work.",
        [
            "Families are referred by social workers and receive rent support alongside job counselling. Landlords "
            "are paid directly, which has persuaded several to lower the rent.",
            "Two thirds of the first group of families found work before the support ended.",
        ],
        None,
    ),
    (
        "2026-07-09",
        PRESS,
        "Foundation welcomes eight new members to the Open Hands network",
        ["balkans", "south-caucasus"],
        [],
        "New members from Albania, Georgia and Serbia bring the network to 71 organisations.",
        [
            "The network's general assembly today admitted eight organisations working on disability rights, "
            "rural health and youth employment.",
            "Each new member will be paired with an established one for its first year.",
        ],
        None,
    ),
    (
        "2026-08-20",
        NEWS,
        "Summer reading camps in Kyrgyzstan",
        ["kyrgyzstan"],
        ["education"],
        "Four hundred children spent three weeks reading, writing and putting on plays in Kyrgyz and Russian.",
        [
            "Teachers noticed that pupils lost much of their reading over the long summer break. The camps, held in "
            "school buildings, mix reading with sport and theatre.",
            "Children who attended read noticeably better in September than classmates who did not.",
        ],
        None,
    ),
    (
        "2026-09-15",
        NEWS,
        "Clean water flows in twelve Kosovo villages",
        ["kosovo"],
        ["water-and-sanitation"],
        "A new pipeline replaces wells that were contaminated in dry summers.",
        [
            "The pipeline, built with the municipality of Podujeva, connects 1,900 households to treated water. Village "
            "water committees collect a small monthly fee to pay for repairs.",
            "Clinics report fewer cases of diarrhoea among young children since the water was switched on.",
        ],
        None,
    ),
    (
        "2026-10-07",
        PRESS,
        "Open Hands Foundation appoints new executive director",
        [],
        [],
        "Leyla Demir, who led the foundation's emergency programmes for eight years, takes up the post in November.",
        [
            "The board of Open Hands Foundation today announced the appointment of Leyla Demir as executive director. "
            "She succeeds Martin Lowe, who retires after eleven years.",
            "Ms Demir has worked in humanitarian response across the Balkans and the Middle East and speaks five "
            "languages.",
        ],
        None,
    ),
    (
        "2026-11-02",
        NEWS,
        "Winter preparedness begins early in the South Caucasus",
        ["south-caucasus", "armenia", "georgia"],
        ["emergency-response", "climate-resilience"],
        "Roof repairs, insulation and fuel reserves are in place before the first snow.",
        [
            "This year partners started in September, repairing 240 roofs and insulating classrooms in 30 schools. "
            "Fuel is stored in each village so that deliveries do not depend on open roads.",
            "Families with young children and older people living alone were visited first.",
        ],
        None,
    ),
]

# Editor-picked related stories: story title -> titles of the picks, in order.
RELATED_PICKS = {
    "Emergency shelter after the winter earthquake in Albania": [
        "Network members agree common standards for emergency cash transfers",
        "New health post opens in the Albanian highlands",
    ],
    "Clean water flows in twelve Kosovo villages": [
        "Open Hands Foundation and partners commit 12 million euros to clean water",
    ],
}
