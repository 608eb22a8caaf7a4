"""Demo site structure: regions, programme sections, standard pages, partners and contacts (English source)."""

REGIONS = [
    {
        "slug": "balkans",
        "title": "Balkans",
        "summary": "Schools, clinics and small businesses in towns still rebuilding from the 1990s.",
        "countries": [
            ("albania", "Albania", "Rural health posts and vocational training in the northern highlands."),
            ("kosovo", "Kosovo", "Youth employment and inclusive classrooms across seven municipalities."),
            ("north-macedonia", "North Macedonia", "Home care for older people living alone."),
            ("bosnia-and-herzegovina", "Bosnia and Herzegovina", "Clean water and flood preparedness along the Sava."),
            ("serbia", "Serbia", "Support for families in the south who rely on seasonal work."),
        ],
    },
    {
        "slug": "south-caucasus",
        "title": "South Caucasus",
        "summary": "Mountain communities where roads close in winter and services are far away.",
        "countries": [
            ("armenia", "Armenia", "Winter preparedness and school meals in border villages."),
            ("georgia", "Georgia", "Livelihoods for displaced families and their neighbours."),
        ],
    },
    {
        "slug": "central-asia",
        "title": "Central Asia",
        "summary": "Glacier-fed valleys facing drought, mudslides and long migrations for work.",
        "countries": [
            ("kyrgyzstan", "Kyrgyzstan", "Irrigation, pasture management and village health committees."),
            ("tajikistan", "Tajikistan", "Safe drinking water and mother-and-child health."),
        ],
    },
    {
        "slug": "middle-east",
        "title": "Middle East",
        "summary": "Refugee and host communities sharing stretched schools, clinics and water.",
        "countries": [
            ("jordan", "Jordan", "Learning centres and cash assistance in the north."),
            ("lebanon", "Lebanon", "Primary health care and rent support after years of crisis."),
        ],
    },
]

SECTIONS = [
    ("healthcare", "Healthcare", "Clinics, mobile teams and trained community health workers where hospitals are far."),
    ("education", "Education", "Safe classrooms, catch-up lessons and scholarships that keep children learning."),
    (
        "water-and-sanitation",
        "Water and sanitation",
        "Wells, pipelines and hygiene that stop disease before it spreads.",
    ),
    ("livelihoods", "Livelihoods", "Training, small grants and cooperatives that let families earn their own way."),
    (
        "emergency-response",
        "Emergency response",
        "Food, shelter and cash within days of an earthquake, flood or conflict.",
    ),
    (
        "climate-resilience",
        "Climate resilience",
        "Early warning, terraces and drought-tolerant seed for a hotter future.",
    ),
]

CONTACT_POINTS = {
    "head-office": {
        "name": "Head office",
        "address": "Open Hands Foundation\n14 Linden Row\n1010 Sampleton",
        "phone": "+00 21 555 0140",
        "email": "info@openhands.example.org",
    },
    "press-office": {
        "name": "Press office",
        "address": "14 Linden Row, 1010 Sampleton",
        "phone": "+00 21 555 0177",
        "email": "press@openhands.example.org",
    },
}

PARTNERS = [
    ("Riverstone Health Alliance", "https://riverstone.example.org/"),
    ("Northwind Schools Trust", "https://northwind.example.org/"),
    ("Clearwater Engineers Without Borders", "https://clearwater.example.org/"),
    ("Harvest Cooperative Network", "https://harvest.example.org/"),
    ("Mountain Villages Association", "https://mountainvillages.example.org/"),
    ("Civic Volunteers Union", "https://civicvolunteers.example.org/"),
]

HOME = {
    "title": "Home",
    "hero_heading": "Standing with communities through crisis and recovery",
    "intro": (
        "Open Hands Foundation works with local partners in the Balkans, the South Caucasus, Central Asia "
        "and the Middle East to keep clinics open, children learning and water flowing."
    ),
    "summary": "A humanitarian foundation working with local partners on health, education, water and livelihoods.",
}

# "cta": (heading, text, link label, slug of the page the call to action links to)
STANDARD_PAGES = [
    {
        "slug": "who-we-are",
        "title": "Who we are",
        "summary": "An independent foundation that works through local organisations, not around them.",
        "intro": "We started in 2004 as a handful of volunteers driving medicine to flooded villages.",
        "paragraphs": [
            "Today Open Hands Foundation supports more than sixty local organisations in eleven countries. "
            "They know their neighbourhoods, speak the languages and stay long after the cameras leave; we bring "
            "funding, logistics and a network that lets good ideas travel.",
            "Our board is made up of volunteers from the countries where we work. Every programme is reviewed by an "
            "independent auditor each year, and our accounts are published in full.",
        ],
    },
    {
        "slug": "what-you-can-do",
        "title": "What you can do",
        "summary": "Give, volunteer, or bring your organisation into the network.",
        "intro": "Every contribution, large or small, reaches a programme chosen with the people it serves.",
        "paragraphs": [
            "A monthly gift lets partners plan a school year or a vaccination round instead of living from one "
            "appeal to the next. One-off gifts are spent where the need is greatest unless you tell us otherwise.",
            "Volunteers help us translate reports, sort donated equipment and speak at schools. Companies can match "
            "their staff's giving or lend skills such as accounting and engineering.",
        ],
        "cta": (
            "Give today",
            "Your gift keeps a mobile clinic on the road for another week.",
            "Donate now",
            "what-you-can-do",
        ),
    },
    {
        "slug": "the-network",
        "title": "The network",
        "summary": "A network of local organisations that share what works and speak up together.",
        "intro": "Members meet twice a year, exchange staff and run joint appeals when disaster strikes.",
        "paragraphs": [
            "The network has three goals: to make local organisations stronger and better funded, to share "
            "practical knowledge across borders, and to give communities a louder voice with governments and donors.",
            "Membership is open to registered, non-profit organisations that serve people without discrimination "
            "and publish their accounts. There is no fee; members commit to one exchange visit a year.",
        ],
        "cta": (
            "Join the network",
            "Tell us about your organisation and we will arrange a first call.",
            "Contact us",
            "contact",
        ),
    },
]

CONTACT_PAGE = {
    "slug": "contact",
    "title": "Contact",
    "summary": "Write to our team in Sampleton; we answer within three working days.",
    "intro": "<p>Questions about a programme, a donation or joining the network? Write to us here.</p>",
    "thank_you": "<p>Thank you. Your message has reached our team and we will reply within three working days.</p>",
    "subjects": ["A donation", "Volunteering", "Joining the network", "Press enquiry", "Something else"],
}

MENU_ORDER = ["who-we-are", "what-we-do", "regions", "news", "what-you-can-do", "the-network", "contact"]
