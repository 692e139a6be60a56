"""Demo content of the policy blog: posts modelled on the charity's old blog, retold in our
own words (facts, names and figures kept), their authors and the topics they share with
the other sections. Two posts and their authors also have Welsh versions, written in
Welsh."""

import datetime

from wagtail.models import Locale

from blog.models import Author, BlogIndexPage, BlogPostAuthor, BlogPostPage
from website.demo import add_section, backdate, translate_page, translate_snippet
from website.demo_media import demo_image, scene_alt
from website.models import Organisation, PageTopic, Topic

# The same slugs as the other sections' demo topics, so related content crosses sections.
TOPICS = {
    "social-care-policy": "Social care policy",
    "health-and-care": "Health and care",
    "personalisation": "Personalisation",
    "commissioning": "Commissioning",
    "community": "Community and co-production",
    "shared-lives": "Shared Lives",
}

AUTHORS = [
    {
        "name": "Alex Fox",
        "slug": "alex-fox",
        "role": "Chief executive",
        "organisation": ("Shared Lives Plus", Organisation.Kind.CHARITY),
        "bio": (
            "Alex leads the Shared Lives Plus network and writes here about social care "
            "policy, the NHS and what it would take to put relationships at the heart of "
            "care. His book on the invisible asylum came out in 2018."
        ),
        "is_guest": False,
    },
    {
        "name": "Sue Eley",
        "slug": "sue-eley",
        "role": "Development lead for older people and health",
        "organisation": ("Shared Lives Plus", Organisation.Kind.CHARITY),
        "bio": (
            "Sue works with local schemes to grow Shared Lives for older people, for family "
            "carers who need a break, and for people coming home from hospital."
        ),
        "is_guest": False,
    },
    {
        "name": "Catherine Needham",
        "slug": "catherine-needham",
        "role": "Researcher",
        "organisation": ("University of Birmingham", Organisation.Kind.OTHER),
        "bio": (
            "Catherine researches public services and social care at the University of "
            "Birmingham, including whether the size of a care provider changes what people "
            "get from it."
        ),
        "is_guest": True,
    },
    {
        "name": "Lesley Dixon",
        "slug": "lesley-dixon",
        "role": "Chief executive",
        "organisation": ("PSS (Person Shaped Support)", Organisation.Kind.PROVIDER),
        "bio": (
            "Lesley runs PSS, a long-standing social care charity and one of the larger "
            "providers of Shared Lives in England and Wales."
        ),
        "is_guest": True,
    },
    {
        "name": "Helen Sanderson",
        "slug": "helen-sanderson",
        "role": "Founder",
        "organisation": ("Wellbeing Teams", Organisation.Kind.PROVIDER),
        "bio": (
            "Helen founded Wellbeing Teams, which runs home care through small teams that "
            "organise their own work, and has written widely on person-centred practice."
        ),
        "is_guest": True,
    },
]


def paragraphs(*texts):
    return {"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in texts)}


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def quote(text, attribution=""):
    return {"type": "quote", "value": {"quote": text, "attribution": attribution}}


POSTS = [
    {
        "title": "Personal budgets and older people: a patchy picture",
        "slug": "personal-budgets-older-people",
        "date": datetime.date(2013, 3, 14),
        "authors": ["alex-fox"],
        "topics": ["personalisation", "social-care-policy"],
        "summary": (
            "A new review from Think Local Act Personal and SCIE tests the claim that "
            "personal budgets do not suit older people. The evidence says it depends where "
            "you live."
        ),
        "body": [
            paragraphs(
                "You often hear that personal budgets and direct payments are fine for younger "
                "disabled people but wrong for older people. Think Local Act Personal and SCIE "
                "have now looked at the evidence, drawing on the 2012 ADASS personalisation "
                "survey of councils and the 2011 POET survey of budget holders.",
                "Their answer is that in some council areas lots of older people use personal "
                "budgets well, so the idea that older people cannot or will not use them does "
                "not survive contact with the data. Elsewhere, take-up is low.",
            ),
            heading("What gets in the way"),
            paragraphs(
                "The barriers the review lists are familiar: processes that confuse, too "
                "little help to make choices, not knowing that a budget can buy more than a "
                "personal assistant, and a reluctance to become somebody's employer. Older "
                "people also tend to get smaller budgets and to care more about reliable, "
                "consistent support than about control for its own sake.",
                "None of these is peculiar to age. If the areas doing well were the norm, we "
                "would be asking a different question: not whether budgets work for older "
                "people, but why some councils make them so hard to use.",
            ),
        ],
    },
    {
        "title": "Choice needs something to choose from",
        "slug": "choice-needs-something-to-choose-from",
        "date": datetime.date(2013, 5, 21),
        "authors": ["alex-fox"],
        "topics": ["personalisation", "commissioning"],
        "summary": (
            "Why we joined partners in writing to the care minister about the Cabinet "
            "Office's review of choice in public services."
        ),
        "body": [
            paragraphs(
                "Last week we and several partner organisations wrote to Norman Lamb MP, then "
                "care minister, asking him to act on the Cabinet Office's review of choice. "
                "The review said people should be able to spend a personal budget however "
                "they like, as long as it meets broadly agreed outcomes.",
                "It also called for an end to preferred provider lists and the other "
                "commissioning habits that keep start-ups and micro-enterprises from "
                "competing with large, established providers.",
            ),
            quote("Control of the money is worth little if there is nothing new to spend it on."),
            paragraphs(
                "Demand-side reform without supply-side reform risks personalisation failing "
                "on its own terms. Our guide to how councils can boost micro-enterprise, "
                "rather than bash it, collects what the best of them already do to let "
                "small, local providers in.",
            ),
        ],
    },
    {
        "title": "Micro-enterprise: is small the right size for care?",
        "slug": "micro-enterprise-right-size-for-care",
        "date": datetime.date(2015, 10, 6),
        "authors": ["catherine-needham"],
        "topics": ["commissioning", "personalisation"],
        "summary": (
            "A University of Birmingham study compared very small care organisations with "
            "larger ones. The small ones did better on outcomes and cost less an hour."
        ),
        "body": [
            paragraphs(
                "Our team at the University of Birmingham set out to find whether the size of "
                "a care organisation makes a difference to the people it supports. We studied "
                "27 organisations in England, from day activities to support at home, and "
                "interviewed 143 people: owners, managers, staff, carers and the older and "
                "disabled people receiving care.",
                "The interviews were carried out by academics working alongside people with "
                "their own experience of local services.",
            ),
            heading("What we found"),
            paragraphs(
                "Micro-enterprises gave more personalised support and better outcomes, "
                "measured with the Adult Social Care Outcomes Toolkit (ASCOT). Staff stayed "
                "longer, had more say over their work, and managers were easier to reach. "
                "Their hourly rates were also lower on average, helped by small overheads.",
                "Many had been helped to start by local micro-enterprise coordinators, "
                "partly funded by Community Catalysts. Without council contracts, most found "
                "their customers by word of mouth, among people with a direct payment or "
                "paying for themselves. Social workers and GPs need to know which small "
                "providers work near them, so that people without a direct payment can find "
                "them too.",
            ),
        ],
    },
    {
        "title": "Collaborative Healthcare: what communities can do for health",
        "slug": "collaborative-healthcare",
        "date": datetime.date(2015, 12, 9),
        "authors": ["sue-eley", "alex-fox"],
        "topics": ["health-and-care", "community"],
        "summary": (
            "Inclusive Change launches a report of case studies in which community-led "
            "support improved people's health and saved local NHS money."
        ),
        "body": [
            paragraphs(
                "The Spending Review has promised the NHS a £10bn funding package. We think "
                "part of that money should go to ideas first developed in social and "
                "community care, where professionals step back, families and neighbours lead, "
                "and expert help is there when it is needed.",
                "Today Inclusive Change, our partnership with In Control, Inclusion North, "
                "Community Catalysts and Inclusive Neighbourhoods, publishes Collaborative "
                "Healthcare. NHS England, the Coalition for Collaborative Care, Think Local "
                "Act Personal and the user-led group CHANGE backed the work.",
            ),
            heading("Good lives in good places"),
            paragraphs(
                "The case studies follow people who became more involved in their "
                "neighbourhoods and, along the way, lost weight, stopped smoking and needed "
                "less medication and fewer appointments. Clinical commissioning groups saw "
                "the savings. Several of the stories come from estates long written off as "
                "difficult places, where a small investment went a long way.",
            ),
        ],
    },
    {
        "title": "What our Shared Lives schemes are worth",
        "slug": "what-our-shared-lives-schemes-are-worth",
        "date": datetime.date(2016, 6, 22),
        "authors": ["lesley-dixon"],
        "topics": ["shared-lives", "commissioning"],
        "summary": (
            "PSS has published its first social impact report on Shared Lives. It finds the "
            "model far cheaper than residential care or supported living, with better lives "
            "to show for it."
        ),
        "body": [
            paragraphs(
                "Each year at PSS we ask ourselves hard questions: what works, what difference "
                "we make, and whether we are doing good for the people we support. This year "
                "we have written the answers down in our first social impact report, covering "
                "our Shared Lives schemes in Merseyside, the Wirral, Manchester, Wales and the "
                "Midlands, and our TRIO project in Wales.",
            ),
            {
                "type": "table",
                "value": {
                    "data": [
                        ["Compared with", "Shared Lives costs less by", "Saving a year"],
                        ["Residential care", "51%", "£23,491"],
                        ["Supported living", "35%", "£11,922"],
                    ],
                    "table_caption": "Average yearly saving per person in a PSS arrangement",
                    "first_row_is_table_header": True,
                    "table_header_choice": "row",
                },
            },
            paragraphs(
                "The figures matter, but so do the stories in the report, and we know we can "
                "do better. Next we will track our impact all year round with My Shared Life, "
                "the tool developed by Shared Lives Plus, instead of looking back once a year, "
                "and add measures of loneliness and quality from the NICE quality standards.",
            ),
        ],
    },
    {
        "title": "Sceptical trust",
        "slug": "sceptical-trust",
        "date": datetime.date(2017, 1, 12),
        "authors": ["alex-fox"],
        "topics": ["shared-lives", "community"],
        "original_publication": "New Local Government Network",
        "original_url": "https://www.nlgn.org.uk/",
        "summary": (
            "Trusting nobody feels safe but corrodes everything we value. What Shared Lives "
            "carers and Homeshare householders can teach the rest of us about trust."
        ),
        "body": [
            paragraphs(
                "Doubting everything can end up looking a lot like believing everything: "
                "either way, you stop weighing what you are told. In a year of fake news it "
                "is tempting to trust no one at all.",
                "The people I work with take the opposite risk every day. Shared Lives carers "
                "welcome someone they have only recently met into their family home. "
                "Homeshare helps an older person share their house with a younger stranger, "
                "after references, police checks and interviews, but in the end on trust.",
            ),
            paragraphs(
                "It does not always work out, and the local scheme is there when it does not. "
                "But refusing to trust has costs too. Loneliness is now as serious a risk to "
                "health as smoking, and no service can cure it.",
                "So I try to meet politicians, and everyone else, with sceptical trust: "
                "questioning, but assuming good faith. Communities are built from small acts "
                "of trust like that.",
            ),
        ],
    },
    {
        "title": "The Budget's £2bn for social care: what should it buy?",
        "slug": "budget-2bn-for-social-care",
        "date": datetime.date(2017, 3, 9),
        "authors": ["alex-fox"],
        "topics": ["social-care-policy", "health-and-care"],
        "summary": (
            "New money for social care is welcome, but spent only on emptying hospital beds "
            "it will not fix a failing system."
        ),
        "body": [
            paragraphs(
                "The Budget promises £2bn over three years for social care. That is a real "
                "response to a crisis in which care homes and home care businesses are "
                "closing, but the gap is larger, and around 1.2 million older people who "
                "need help now go without.",
                "Because the money comes as a grant, it will probably come with conditions "
                "and may not last. The Better Care Fund showed what happens when unfenced "
                "money is poured into a stressed system: the crisis eases, then returns.",
            ),
            heading("Start with people, not with the hospital"),
            paragraphs(
                "There are already calls to spend the grant on getting older people out of "
                "hospital. The models that work best start elsewhere: with wellbeing, "
                "independence and resilience, designed with the people and families who use "
                "care. The NHS benefits most when it is not the starting point.",
                "The promised Green Paper must ask what the money is for, not only where it "
                "comes from.",
            ),
        ],
    },
    {
        "title": "Why we need a Slow Policy movement",
        "slug": "slow-policy",
        "date": datetime.date(2017, 7, 18),
        "authors": ["alex-fox"],
        "topics": ["social-care-policy", "community"],
        "summary": (
            "Rushed plans drafted by a few senior people keep failing. Like slow food, "
            "policy made with time and local roots might actually last."
        ),
        "body": [
            paragraphs(
                "The slow food movement began in Italy as a protest against fast food: food "
                "grown and cooked with time, knowledge of place and respect for the land "
                "tends to be better and to last. Public policy could learn from it.",
                "Sustainability and Transformation Plans were meant to save local health "
                "systems. Most were written in a hurry by a handful of senior people with no "
                "time to talk to charities, community groups or the people who use services. "
                "The press soon called them secret cuts plans, and the underlying problems "
                "remain.",
            ),
            heading("Move slowly to move fast"),
            paragraphs(
                "A slow policy approach would grow networks rooted in people's lives: people "
                "with lived experience, families and front-line staff, given the training and "
                "time to take part properly. It would begin by asking what a good life looks "
                "like, and what each of us could contribute to it.",
                "Instead of short pilots, new models would start small and grow step by step "
                "while they work, until they replace what went before. Colleagues in Local "
                "Area Coordination put it best: move slowly to move fast.",
            ),
        ],
    },
    {
        "title": "What the inspectors found: small and homely does best",
        "slug": "cqc-state-of-adult-social-care",
        "date": datetime.date(2017, 10, 17),
        "authors": ["alex-fox"],
        "topics": ["social-care-policy", "shared-lives"],
        "summary": (
            "CQC has now inspected every care service in England. Money matters, but so do "
            "size, staff turnover and how we recruit."
        ),
        "body": [
            paragraphs(
                "The Care Quality Commission's three-year report rates three in four care "
                "services good or outstanding. One in five must improve, and among nursing "
                "homes, which look after people with the most complex needs, it is one in "
                "three. Underfunding is part of the story: some councils pay providers so "
                "little that meeting the minimum wage looks impossible.",
                "But the report also repeats a finding we have seen before. Smaller services "
                "are more likely to be good. People want somewhere that feels like home.",
            ),
            paragraphs(
                "Staff turnover in care is above 25% a year and climbing. Shared Lives does "
                "the opposite of hiring fast and cheap: approving a carer takes three to six "
                "months, and care happens in an ordinary family home. Once again the "
                "inspectors rate it ahead of every other kind of care, and it costs less.",
            ),
        ],
    },
    {
        "title": "Shared Lives keeps growing, but the gap between regions widens",
        "slug": "state-of-shared-lives-2017",
        "date": datetime.date(2017, 11, 8),
        "authors": ["sue-eley"],
        "topics": ["shared-lives", "social-care-policy"],
        "summary": (
            "Almost 12,000 people now use Shared Lives in England, about 580 more than last "
            "year. Some regions race ahead while others slip back."
        ),
        "body": [
            paragraphs(
                "Our yearly count shows Shared Lives still growing in England while other "
                "kinds of care shrink, though more slowly than the thousand extra people a "
                "year of recent years. Just under 12,000 people now use it: about half live "
                "with their Shared Lives carer, and the rest have short breaks or daytime "
                "support.",
                "The growing regions added more than 1,100 people between them, half of them "
                "in the North West, with London and the South West close behind. The South "
                "East and Yorkshire fell back, and the East of England shrank further.",
            ),
            paragraphs(
                "In the North East we are working with ADASS and local schemes on a regional "
                "hub. Beyond England, Shared Lives is also expanding in Wales, Scotland and "
                "Northern Ireland, with strong backing from the Welsh Government.",
            ),
        ],
    },
    {
        "title": "Can we escape the invisible asylum?",
        "slug": "escaping-the-invisible-asylum",
        "date": datetime.date(2018, 2, 20),
        "authors": ["alex-fox"],
        "topics": ["social-care-policy", "community"],
        "summary": (
            "The workhouse walls came down long ago, but the idea that people who need "
            "support are wards rather than citizens lives on. A new book asks what comes "
            "next."
        ),
        "body": [
            paragraphs(
                "Since the Poor Laws, helping people and shutting them away have been "
                "tangled together. The workhouse and the long-stay hospital are gone, yet "
                "the line between citizens and those the state looks after still runs "
                "through our services: in means tests that make people prove how little "
                "they can do, and in families treated as a nuisance once they reach crisis.",
                "Nearly eight years with Shared Lives and Homeshare have shown me the other "
                "possibility: support that keeps the social in social care, where caring is "
                "a feeling before it is a task.",
            ),
            paragraphs(
                "My book, published by Policy Press this month, is called A new health and "
                "care system, with the subtitle escaping the invisible asylum. It sketches a "
                "system that pays for wellbeing, resilience and confident households, "
                "designed with the people who use it. It launches at Nesta on 28 February.",
            ),
        ],
    },
    {
        "title": "Reverse auctions: care is not a lowest-bid contract",
        "slug": "reverse-auctions",
        "date": datetime.date(2018, 6, 5),
        "authors": ["alex-fox"],
        "topics": ["commissioning", "personalisation"],
        "summary": (
            "Some areas still let care providers bid against each other for a person's "
            "care package, lowest price first. It is time to stop."
        ),
        "body": [
            paragraphs(
                "In parts of England, when someone is assessed as needing support, a short "
                "description of them goes out to providers on a dynamic purchasing system, "
                "and the providers bid. Price counts. Sector leaders have condemned these "
                "reverse auctions for years, and the Care Provider Alliance raised them "
                "again this year.",
                "Dressed up as choice, they are the opposite of what disabled people and "
                "families meant by personalisation: planning a good life first, then "
                "choosing the support to live it.",
            ),
            paragraphs(
                "Shared Lives does not fit an auction, because carer and person meet and "
                "choose each other before anything starts. That can mean it is left off the "
                "system altogether; one area has even called it a luxury, though it costs "
                "tens of thousands of pounds less than the alternatives.",
                "We need skilled commissioners and care navigators, local marketplaces where "
                "people and providers can find each other, and a plain rule that price never "
                "comes first.",
            ),
        ],
    },
    {
        "title": "Every commissioner should ask for social value",
        "slug": "commissioners-should-demand-social-value",
        "date": datetime.date(2018, 9, 12),
        "authors": ["alex-fox"],
        "topics": ["commissioning", "community", "health-and-care"],
        "summary": (
            "The Joint VCSE Review's action plan asks health and care commissioners to use "
            "the Social Value Act as a matter of routine."
        ),
        "body": [
            paragraphs(
                "Ask a council or an NHS body what charities want and they will often say "
                "money, then add that there is none. Charities do need money, like everyone. "
                "The real difference is that statutory bodies hold it and charities do not.",
                "Two years ago the Joint VCSE Review consulted widely and made 28 "
                "recommendations. Its new action plan, adopted by the Health and Wellbeing "
                "Alliance, asks for three things: co-design as a normal expectation, "
                "wellbeing as a goal shared by health and care, and commissioning that pays "
                "for wellbeing and resilience.",
            ),
            paragraphs(
                "King's Fund research found a clear split between commissioners who design "
                "services with their voluntary partners and those who hand them a finished "
                "specification. Greater Manchester is showing what the first kind looks "
                "like. The Social Value Act already lets commissioners ask every contract "
                "for more, such as volunteering or jobs for people with lived experience; "
                "they should do so every time.",
                "And our own sector must show that its community roots are still alive, and "
                "share responsibility as well as power.",
            ),
        ],
    },
    {
        "title": "Could care homes manage themselves?",
        "slug": "self-management-in-care-homes",
        "date": datetime.date(2019, 4, 2),
        "authors": ["helen-sanderson", "alex-fox"],
        "topics": ["social-care-policy", "community"],
        "summary": (
            "Small care homes are better but harder to run. Self-managing teams, as in "
            "Buurtzorg, might give big providers the best of both."
        ),
        "body": [
            paragraphs(
                "Inspectors keep finding that small care homes do better than big ones, yet "
                "small homes are closing and homes with a hundred beds are common. About half "
                "a million people live in care homes. Can we keep the warmth of a small home "
                "while sharing the costs of training and registration?",
                "Household models point one way. A Butterfly care home in Nottinghamshire "
                "reports 43% fewer falls, and Belong villages group about 12 people around a "
                "shared kitchen and living space.",
            ),
            heading("Learning from Buurtzorg"),
            paragraphs(
                "In the Netherlands, Buurtzorg nurses work in small self-managing teams with "
                "coaches instead of line managers. A recent RSA paper describes UK examples, "
                "including Cornerstone in Scotland, and Wellbeing Teams and a Buurtzorg UK "
                "team have both been rated outstanding.",
                "A self-managing care home might be small, networked with others like it, "
                "share central IT and finance, and have a coach for every team. Tell us "
                "about examples we have missed.",
            ),
        ],
    },
]


# What the Welsh authors say about themselves; names and organisations' names stay as
# they are.
WELSH_AUTHORS = {
    "sue-eley": {
        "role": "Arweinydd datblygu ar gyfer pobl hŷn ac iechyd",
        "bio": (
            "Mae Sue yn gweithio gyda chynlluniau lleol i dyfu Shared Lives ar gyfer pobl "
            "hŷn, ar gyfer gofalwyr teuluol sydd angen seibiant, ac ar gyfer pobl sy'n dod "
            "adref o'r ysbyty."
        ),
    },
    "lesley-dixon": {
        "role": "Prif weithredwr",
        "bio": (
            "Mae Lesley yn arwain PSS, elusen gofal cymdeithasol sydd wedi hen ennill ei "
            "phlwyf ac un o'r darparwyr Shared Lives mwyaf yng Nghymru a Lloegr."
        ),
    },
}

WELSH_POSTS = {
    "what-our-shared-lives-schemes-are-worth": {
        "title": "Beth yw gwerth ein cynlluniau Shared Lives",
        "summary": (
            "Mae PSS wedi cyhoeddi ei adroddiad effaith gymdeithasol cyntaf ar Shared Lives. "
            "Mae'n dangos bod y model yn llawer rhatach na gofal preswyl neu fyw â chymorth, "
            "a bod bywydau gwell i'w gweld o'i herwydd."
        ),
        "body": [
            paragraphs(
                "Bob blwyddyn yn PSS, rydyn ni'n gofyn cwestiynau anodd i ni'n hunain: beth "
                "sy'n gweithio, pa wahaniaeth rydyn ni'n ei wneud, ac a ydyn ni'n gwneud lles "
                "i'r bobl rydyn ni'n eu cefnogi. Eleni rydyn ni wedi ysgrifennu'r atebion yn ein "
                "hadroddiad effaith gymdeithasol cyntaf, sy'n cwmpasu ein cynlluniau Shared "
                "Lives yng Nglannau Mersi, Cilgwri, Manceinion, Cymru a Chanolbarth Lloegr, a'n "
                "prosiect TRIO yng Nghymru.",
            ),
            {
                "type": "table",
                "value": {
                    "data": [
                        ["O'i gymharu â", "Mae Shared Lives yn rhatach o", "Arbediad y flwyddyn"],
                        ["Gofal preswyl", "51%", "£23,491"],
                        ["Byw â chymorth", "35%", "£11,922"],
                    ],
                    "table_caption": (
                        "Yr arbediad cyfartalog bob blwyddyn i bob person mewn trefniant PSS"
                    ),
                    "first_row_is_table_header": True,
                    "table_header_choice": "row",
                },
            },
            paragraphs(
                "Mae'r ffigurau'n bwysig, ond felly hefyd y straeon yn yr adroddiad, ac rydyn "
                "ni'n gwybod y gallwn ni wneud yn well. Y cam nesaf fydd mesur ein heffaith "
                "drwy gydol y flwyddyn gyda My Shared Life, yr offeryn a ddatblygodd Shared "
                "Lives Plus, yn lle edrych yn ôl unwaith y flwyddyn, ac ychwanegu mesurau "
                "unigrwydd ac ansawdd o safonau ansawdd NICE.",
            ),
        ],
    },
    "state-of-shared-lives-2017": {
        "title": "Shared Lives yn dal i dyfu, ond y bwlch rhwng y rhanbarthau'n lledu",
        "summary": (
            "Mae bron i 12,000 o bobl bellach yn defnyddio Shared Lives yn Lloegr, tua 580 yn "
            "fwy na'r llynedd. Mae rhai rhanbarthau'n rhuthro ymlaen tra bo eraill yn llithro "
            "yn ôl."
        ),
        "body": [
            paragraphs(
                "Mae ein cyfrif blynyddol yn dangos bod Shared Lives yn dal i dyfu yn Lloegr "
                "tra bo mathau eraill o ofal yn crebachu, er yn arafach na'r mil o bobl "
                "ychwanegol bob blwyddyn a welson ni'n ddiweddar. Mae ychydig yn llai na "
                "12,000 o bobl yn ei ddefnyddio erbyn hyn: mae tua hanner yn byw gyda'u "
                "gofalwr Shared Lives, ac mae'r gweddill yn cael seibiannau byr neu gymorth yn "
                "ystod y dydd.",
                "Ychwanegodd y rhanbarthau a dyfodd fwy na 1,100 o bobl rhyngddyn nhw, hanner "
                "ohonyn nhw yng Ngogledd-orllewin Lloegr, gyda Llundain a De-orllewin Lloegr "
                "yn dynn ar eu sodlau. Aeth De-ddwyrain Lloegr a Swydd Efrog tuag yn ôl, a "
                "chrebachodd Dwyrain Lloegr ymhellach.",
            ),
            paragraphs(
                "Yng Ngogledd-ddwyrain Lloegr rydyn ni'n gweithio gydag ADASS a chynlluniau "
                "lleol ar ganolfan ranbarthol. Y tu hwnt i Loegr, mae Shared Lives hefyd yn "
                "ehangu yng Nghymru, yr Alban a Gogledd Iwerddon, gyda chefnogaeth gref gan "
                "Lywodraeth Cymru.",
            ),
        ],
    },
}


def topic(locale, slug):
    return Topic.objects.get_or_create(locale=locale, slug=slug, defaults={"name": TOPICS[slug]})[0]


def create_authors(locale):
    authors = {}
    for details in AUTHORS:
        name, kind = details["organisation"]
        organisation = Organisation.objects.get_or_create(
            locale=locale, name=name, defaults={"kind": kind}
        )[0]
        author = Author(
            locale=locale,
            name=details["name"],
            slug=details["slug"],
            role=details["role"],
            organisation=organisation,
            bio=details["bio"],
            is_guest=details["is_guest"],
            photo=demo_image(
                f"Portrait: {details['name']}", scene="portrait", width=480, height=480
            ),
        )
        author.save()
        authors[author.slug] = author
    return authors


# The illustration that fits each post (website/illustrations).
SCENES = {
    "personal-budgets-older-people": "tea",
    "choice-needs-something-to-choose-from": "town",
    "micro-enterprise-right-size-for-care": "hall",
    "collaborative-healthcare": "park",
    "what-our-shared-lives-schemes-are-worth": "kitchen",
    "sceptical-trust": "tea",
    "budget-2bn-for-social-care": "town",
    "slow-policy": "park",
    "cqc-state-of-adult-social-care": "garden",
    "state-of-shared-lives-2017": "garden",
    "escaping-the-invisible-asylum": "town",
    "reverse-auctions": "kitchen",
    "commissioners-should-demand-social-value": "hall",
    "self-management-in-care-homes": "kitchen",
}


def create_post(index, post, authors, locale):
    scene = SCENES[post["slug"]]
    hero = demo_image(post["title"], scene=scene)
    page = BlogPostPage(
        hero_alt_text=scene_alt(scene, "en"),
        title=post["title"],
        slug=post["slug"],
        date=post["date"],
        summary=post["summary"],
        body=post["body"],
        hero_image=hero,
        original_publication=post.get("original_publication", ""),
        original_url=post.get("original_url", ""),
    )
    page.authors = [BlogPostAuthor(author=authors[slug]) for slug in post["authors"]]
    page.page_topics = [PageTopic(topic=topic(locale, slug)) for slug in post["topics"]]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def welsh_author(author):
    return translate_snippet(
        author,
        organisation=translate_snippet(author.organisation),
        **WELSH_AUTHORS[author.slug],
    )


def translate_post(page, welsh):
    translate_page(
        page,
        **welsh,
        hero_alt_text=scene_alt(SCENES[page.slug], "cy"),
        authors=[
            BlogPostAuthor(author=welsh_author(credit.author)) for credit in page.authors.all()
        ],
    )


def create_index():
    return add_section(
        BlogIndexPage(
            title="Blog",
            slug="blog",
            introduction=(
                "Our chief executive and guest writers on social care, the NHS and how "
                "to make support more personal."
            ),
        ),
        welsh_title="Blog",
        welsh_introduction=(
            "Ein prif weithredwr ac awduron gwadd ar ofal cymdeithasol, y GIG a sut i "
            "wneud cymorth yn fwy personol."
        ),
    )


def load(log):
    if BlogIndexPage.objects.exists():
        log("The blog already exists: leaving it as it is.")
        return
    english = Locale.objects.get(language_code="en")
    index = create_index()
    authors = create_authors(english)
    for post in POSTS:
        page = create_post(index, post, authors, english)
        if post["slug"] in WELSH_POSTS:
            translate_post(page, WELSH_POSTS[post["slug"]])
        backdate(page, post["date"])
    log(
        f"Created the blog with {len(POSTS)} posts by {len(authors)} authors, "
        f"{len(WELSH_POSTS)} of the posts also in Welsh."
    )
