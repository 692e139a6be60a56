"""Demo campaigns: the four causes the charity's old blog argued for, described in our own
words, with dated updates, supporters' quotes and a few hundred made-up sign-ups (all at
example.org). One campaign also has a Welsh version, written in Welsh; its sign-ups count in
both languages. Runs after `website.demo` (the home pages)."""

import datetime
import random

from wagtail.models import Locale

from campaigns.demo_signups import demo_signups
from campaigns.models import CampaignIndexPage, CampaignPage, Signup, Status
from website.demo import add_section, backdate, translate_page
from website.models import PageTopic, Topic

# The same slugs as the other sections' demo topics, so related content crosses sections.
TOPICS = {
    "social-care-policy": "Social care policy",
    "health-and-care": "Health and care",
    "commissioning": "Commissioning",
    "community": "Community and co-production",
    "personalisation": "Personalisation",
}

CAMPAIGNS = [
    {
        "title": "A Slow Policy movement",
        "slug": "slow-policy",
        "status": Status.ACTIVE,
        # A movement rather than a petition with a deadline: still open, so the demo has
        # a campaign to sign.
        "ends_on": None,
        "summary": (
            "Good care grows from relationships, and relationships cannot be rushed. We want "
            "changes to health and care to be planned at the pace that lets the people who "
            "live with them shape them."
        ),
        "ask": (
            "Every national change programme in health and social care should build in the "
            "time, training and money for people who use services, their families and "
            "front-line staff to design it alongside officials, and should be judged on "
            "whether it lasts rather than on how fast it was delivered."
        ),
        "ask_who": "The Department of Health and Social Care and NHS England",
        "body": (
            "Like slow food, slow policy values local knowledge built up over years. Shared "
            "Lives carers are approved over three to six months and matched with care, and "
            "inspectors keep rating Shared Lives among the best-performing kinds of care. "
            "Policy made in a hurry tends to be remade a few years later."
        ),
        "messages": [
            "Co-production is how change sticks, not an optional extra.",
            "People with lived experience need preparation and a slower pace to take part "
            "on equal terms.",
            "Judge a reform by what is still working five years on.",
        ],
        "quotes": [
            (
                "Nobody asked us until the plan was finished. This time we want to be in "
                "the room from the first meeting.",
                "Nia, who uses a Shared Lives day support service",
            ),
            (
                "The best matches I have seen took months to get right, and they have "
                "lasted for years.",
                "Gareth, Shared Lives scheme worker",
            ),
        ],
        "updates": [
            (datetime.date(2016, 10, 3), "We set out the case for Slow Policy on our blog."),
            (
                datetime.date(2017, 2, 14),
                "Twelve partner charities added their names and asked to help draft a "
                "charter for slow, shared change.",
            ),
        ],
        "cta": "Add your name to show ministers that people want time to shape the services "
        "they rely on.",
        "topics": ["social-care-policy", "community"],
        "signups": 180,
    },
    {
        "title": "Social value in every health contract",
        "slug": "social-value-in-health-commissioning",
        "status": Status.ACTIVE,
        # Active until its closing date, so it shows as closed without anyone changing it.
        "ends_on": datetime.date(2017, 12, 31),
        "summary": (
            "The Social Value Act lets commissioners ask what good a contract does for the "
            "local community, not only what it costs. Health commissioners rarely use it. We "
            "want that to change."
        ),
        "ask": (
            "Health and care commissioners should use their Social Value Act powers as a "
            "matter of routine, and share decisions about local money with voluntary and "
            "community organisations and the people they serve."
        ),
        "ask_who": "Clinical commissioning groups, councils and NHS England",
        "body": (
            "The Joint VCSE Review consulted widely and made 28 recommendations. Its action "
            "plan asks for social value to be part of everyday health commissioning, and the "
            "head of NHS England has backed that. Community organisations bring volunteers' "
            "time and local goodwill that no contract price shows."
        ),
        "messages": [
            "Value for public money includes what a service gives back to its community.",
            "Voluntary organisations want to share responsibility for resources, not just "
            "ask for grants.",
        ],
        "quotes": [
            (
                "Our lunch club costs the NHS nothing, yet it is the reason half our members "
                "still see a friendly face every week.",
                "Ruth, community group volunteer",
            ),
        ],
        "updates": [
            (
                datetime.date(2016, 5, 9),
                "The Joint VCSE Review published its action plan with social value at its heart.",
            ),
            (
                datetime.date(2016, 11, 21),
                "We wrote to every clinical commissioning group chair asking how they use the Act.",
            ),
            (
                datetime.date(2017, 4, 3),
                "Directors of adult social services joined the call in a joint article.",
            ),
        ],
        "cta": "Sign to tell commissioners that social value should be in every contract.",
        "topics": ["commissioning", "health-and-care"],
        "signups": 140,
    },
    {
        "title": "End reverse auctions for care",
        "slug": "end-reverse-auctions",
        "status": Status.ACTIVE,
        "ends_on": datetime.date(2018, 3, 31),
        "summary": (
            "In some areas a person's care is offered to whichever provider bids lowest. We "
            "want councils to stop buying care this way and to start from the life a person "
            "wants to lead."
        ),
        "ask": (
            "Councils should stop e-auctions and lowest-price bidding for individual care "
            "packages, and should plan support with each person first, then find the service "
            "that fits."
        ),
        "ask_who": "Councils and the Local Government Association",
        "body": (
            "When price decides, a short pen portrait of someone's needs is sent round "
            "approved providers and the cheapest bid usually wins. Newer, smaller services "
            "rarely make the list, and people are often shown a single affordable option. "
            "The Care Act asks councils to grow a varied local market, and this works "
            "against it."
        ),
        "messages": [
            "Care is not a commodity to be sold to the lowest bidder.",
            "Planning a good life first usually costs the state less in the end.",
            "Small and new services must be able to compete.",
        ],
        "quotes": [
            (
                "Mum was described in four lines and sold to the cheapest bidder. She "
                "deserved a conversation.",
                "Chloe, family carer",
            ),
        ],
        "updates": [
            (
                datetime.date(2017, 6, 12),
                "Care providers' leaders raised concerns about auctions again this year.",
            ),
            (
                datetime.date(2017, 9, 25),
                "Three councils told us they have dropped price-only bidding for home care.",
            ),
        ],
        "cta": "Add your name to ask your council to stop auctioning care.",
        "topics": ["commissioning", "personalisation"],
        "signups": 110,
    },
    {
        "title": "Act on the Choice Review",
        "slug": "act-on-the-choice-review",
        "status": Status.CLOSED,
        "ends_on": datetime.date(2015, 12, 31),
        "summary": (
            "We asked government to turn the Choice Review's findings into action, so that "
            "people who need support have a real say in where and how they live. The "
            "campaign has now closed."
        ),
        "ask": (
            "Government should publish a plan, with dates, for acting on the Choice Review, "
            "so that choice means more than one option on a list."
        ),
        "ask_who": "The Department of Health and Social Care",
        "body": (
            "Choice only means something when there are different things to choose between. "
            "We gathered supporters' names and handed them in with our evidence from "
            "Shared Lives schemes."
        ),
        "messages": ["A choice between one option is not a choice."],
        "quotes": [
            (
                "I chose who I live with. Everyone should get to do that.",
                "Wyn, who lives with his Shared Lives carers",
            ),
        ],
        "updates": [
            (datetime.date(2015, 3, 2), "We launched the campaign with partner charities."),
            (
                datetime.date(2015, 9, 14),
                "We handed the names to the minister's office and closed the campaign. "
                "Thank you to everyone who signed.",
            ),
        ],
        "cta": "This campaign has closed.",
        "topics": ["personalisation", "social-care-policy"],
        "signups": 60,
    },
]


# Welsh versions, keyed by the English slug (a Welsh page keeps its English slug).
WELSH_CAMPAIGNS = {
    "social-value-in-health-commissioning": {
        "title": "Gwerth cymdeithasol ym mhob contract iechyd",
        "summary": (
            "Mae'r Ddeddf Gwerth Cymdeithasol yn caniatáu i gomisiynwyr ofyn pa les mae "
            "contract yn ei wneud i'r gymuned leol, nid dim ond faint mae'n ei gostio. Anaml "
            "y bydd comisiynwyr iechyd yn ei defnyddio. Rydyn ni am weld hynny'n newid."
        ),
        "ask": (
            "Dylai comisiynwyr iechyd a gofal ddefnyddio eu pwerau o dan y Ddeddf Gwerth "
            "Cymdeithasol fel mater o drefn, a rhannu penderfyniadau am arian lleol â "
            "sefydliadau gwirfoddol a chymunedol ac â'r bobl maen nhw'n eu gwasanaethu."
        ),
        "ask_who": "Grwpiau comisiynu clinigol, cynghorau a GIG Lloegr",
        "body": (
            "Ymgynghorodd yr Adolygiad VCSE ar y Cyd yn eang a gwneud 28 o argymhellion. Mae "
            "ei gynllun gweithredu'n gofyn i werth cymdeithasol fod yn rhan o waith comisiynu "
            "iechyd bob dydd, ac mae pennaeth GIG Lloegr wedi cefnogi hynny. Mae sefydliadau "
            "cymunedol yn dod ag amser gwirfoddolwyr ac ewyllys da lleol nad yw pris unrhyw "
            "gontract yn ei ddangos."
        ),
        "messages": [
            "Mae gwerth am arian cyhoeddus yn cynnwys yr hyn y mae gwasanaeth yn ei roi'n ôl i'w "
            "gymuned.",
            "Mae sefydliadau gwirfoddol am rannu cyfrifoldeb am adnoddau, nid dim ond gofyn am "
            "grantiau.",
        ],
        "quotes": [
            (
                "Dydy ein clwb cinio ddim yn costio ceiniog i'r GIG, ac eto dyna'r rheswm mae "
                "hanner ein haelodau'n dal i weld wyneb cyfeillgar bob wythnos.",
                "Ruth, gwirfoddolwr mewn grŵp cymunedol",
            ),
        ],
        "updates": [
            (
                datetime.date(2016, 5, 9),
                "Cyhoeddodd yr Adolygiad VCSE ar y Cyd ei gynllun gweithredu, gyda gwerth "
                "cymdeithasol wrth ei galon.",
            ),
            (
                datetime.date(2016, 11, 21),
                "Fe wnaethon ni ysgrifennu at gadeirydd pob grŵp comisiynu clinigol i ofyn sut "
                "maen nhw'n defnyddio'r Ddeddf.",
            ),
            (
                datetime.date(2017, 4, 3),
                "Ymunodd cyfarwyddwyr gwasanaethau cymdeithasol i oedolion â'r alwad mewn "
                "erthygl ar y cyd.",
            ),
        ],
        "cta": (
            "Llofnodwch i ddweud wrth gomisiynwyr y dylai gwerth cymdeithasol fod ym mhob contract."
        ),
    },
}


def topic(locale, slug):
    return Topic.objects.get_or_create(locale=locale, slug=slug, defaults={"name": TOPICS[slug]})[0]


def written_fields(campaign):
    """The fields a writer or translator writes, in either language."""
    return {
        "title": campaign["title"],
        "summary": campaign["summary"],
        "ask": campaign["ask"],
        "ask_who": campaign["ask_who"],
        "body": [{"type": "paragraph", "value": f"<p>{campaign['body']}</p>"}],
        "key_messages": [{"type": "message", "value": text} for text in campaign["messages"]],
        "supporter_quotes": [
            {"type": "quote", "value": {"quote": quote, "attribution": who}}
            for quote, who in campaign["quotes"]
        ],
        "updates": [
            {"type": "update", "value": {"date": day, "text": text}}
            for day, text in campaign["updates"]
        ],
        "call_to_action": campaign["cta"],
    }


def create_campaign(index, campaign, locale):
    page = CampaignPage(
        slug=campaign["slug"],
        status=campaign["status"],
        # A campaign was launched with its first update.
        starts_on=min(day for day, _text in campaign["updates"]),
        ends_on=campaign["ends_on"],
        **written_fields(campaign),
    )
    page.page_topics = [PageTopic(topic=topic(locale, slug)) for slug in campaign["topics"]]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def load(log):
    if CampaignIndexPage.objects.exists():
        log("Campaigns already exist: leaving them as they are.")
        return
    english = Locale.objects.get(language_code="en")
    index = add_section(
        CampaignIndexPage(
            title="Campaigns",
            slug="campaigns",
            introduction=(
                "The changes we are pushing for in health and social care. Add your name to "
                "the campaigns that matter to you."
            ),
        ),
        welsh_title="Ymgyrchoedd",
        welsh_introduction=(
            "Y newidiadau rydyn ni'n galw amdanyn nhw ym maes iechyd a gofal cymdeithasol. "
            "Ychwanegwch eich enw at yr ymgyrchoedd sy'n bwysig i chi."
        ),
    )
    # A fixed seed: the demo is the same on every machine.
    chooser = random.Random(5)
    signups = []
    for campaign in CAMPAIGNS:
        page = create_campaign(index, campaign, english)
        if campaign["slug"] in WELSH_CAMPAIGNS:
            translate_page(page, **written_fields(WELSH_CAMPAIGNS[campaign["slug"]]))
        # A campaign was launched with its first update and last changed with its latest.
        days = [day for day, _text in campaign["updates"]]
        backdate(page, min(days), max(days))
        signups += demo_signups(page, campaign["signups"], chooser)
    Signup.objects.bulk_create(signups)
    log(
        f"Created {len(CAMPAIGNS)} campaigns with {len(signups)} demo sign-ups, "
        f"{len(WELSH_CAMPAIGNS)} of the campaigns also in Welsh."
    )
