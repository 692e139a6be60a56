"""Demo stories, retold in our own words from the charity's published stories. Everyone
featured has a demo consent record (see consent/demo.py); James and Phil's story is taken
down by Phil withdrawing consent, so the gate can be seen working.

Three stories have Welsh versions, written in Welsh. Clare agreed to her story in English
only: her Welsh version is written and published like the others, and the consent check
takes it straight back down, so translators and editors can see the Welsh rule at work."""

import datetime

from wagtail.models import Locale

from consent.models import FeaturedPerson, Person, Use
from consent.services import withdraw_consent
from stories.blocks import NO_PICTURE
from stories.models import Region, StoryIndexPage, StoryPage, SupportKind
from stories.workflows import assign_story_workflow
from website.demo import add_section, backdate, translate_page, translate_snippet
from website.demo_media import demo_image, scene_alt
from website.models import Organisation, PageTopic, Topic

TOPICS = {
    "shared-lives": "Shared Lives",
    "health-and-care": "Health and care",
    "learning-disability": "Learning disability",
}

STORY_USES = [Use.NAME, Use.PHOTO, Use.STORY, Use.LOCATION]

# The pictures beside Easy Read points: the demo's drawn scenes (website/illustrations),
# never photos of people, each described by its scene in English and Welsh. A point whose
# subject no scene shows (a hospital, keys, cats) has no picture rather than a wrong one.
EASY_READ_SCENES = {"home": "garden", "meal": "kitchen", "friends": "hall", "fishing": "park"}


def paragraphs(*texts):
    return [{"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in texts)}]


STORIES = [
    {
        "title": "Brian: from intensive care to a flat of his own",
        "slug": "brian-after-his-stroke",
        "published_on": datetime.date(2016, 9, 14),
        "summary": (
            "A stroke on a woodland walk left Brian unable to remember much or walk far. A "
            "year living with Shared Lives carers near Okehampton later, he is planning his "
            "move to his own flat."
        ),
        "easy_read": [
            "Brian had a stroke.",
            ("He was in hospital for four months.", "hospital"),
            ("Then he lived with Jeanette and Alan.", "home"),
            "They helped him get well.",
            ("Now Brian is moving to his own flat.", "keys"),
        ],
        "body": paragraphs(
            "Brian was out walking in woodland when he had a stroke. He spent time in "
            "intensive care and four months in hospital, where two minor heart attacks left "
            "him weaker still. He came out with little memory and could barely manage a short "
            "walk.",
            "The Shared Lives South West team matched him with Jeanette and Alan, who live "
            "near Okehampton. Brian moved into their home in March. Jeanette went with him to "
            "the doctor until his medicines were right, and set up a pill organiser he now "
            "runs himself. When numbers slipped his mind, they changed his passwords to dates "
            "that matter to him, so he could manage his own banking.",
            "A year on, Brian walks into town on his own, has planned and taken a holiday to "
            "Thailand, and is getting ready to live independently in a flat of his own.",
        ),
        "scheme": "Shared Lives South West",
        "region": Region.SOUTH_WEST,
        "support": SupportKind.HOME_FROM_HOSPITAL,
        "topics": ["shared-lives", "health-and-care"],
        "people": {"Brian": [*STORY_USES, Use.HEALTH], "Jeanette": [Use.NAME, Use.STORY]},
    },
    {
        "title": "Angela, Tina, Debbie and Linda: a family that chose each other",
        "slug": "angela-tina-debbie-and-linda",
        "published_on": datetime.date(2015, 6, 2),
        "summary": (
            "Debbie and Linda spent most of their lives in care homes. Two years ago they "
            "moved in with Angela and Tina in Buckinghamshire, and the four of them now live "
            "as a family."
        ),
        "easy_read": [
            "Debbie and Linda used to live in care homes.",
            "Now they live with Angela and Tina.",
            ("They cook and eat together.", "meal"),
            ("They have two cats.", "cats"),
            "Debbie and Linda are happier now.",
        ],
        "body": paragraphs(
            "When Angela's three children had grown up and left, she and her partner Tina had "
            "a four-bedroom house and room to spare. Angela had worked in care before, and an "
            "advert from ategi's Shared Lives scheme asked whether she could offer someone a "
            "loving home.",
            "She had once seen two friends in a care home separated, and never forgot it, so "
            "she told the scheme she would welcome two people who did not want to be parted. "
            "Debbie and Linda, who have learning disabilities and had never really settled "
            "anywhere, moved in two years ago. At first they said little and rarely looked "
            "anyone in the eye.",
            "Now the household cooks together, watches television in the evening and has "
            "meals out and day trips. Debbie loves drama and does impressions; Linda enjoys "
            "arts and crafts. Angela's grandchildren visit, Sunday lunch often has guests, "
            "and two cats, Leo and Slinky, have joined the family. When Angela and Tina take "
            "a break, Debbie and Linda stay with a short-break carer they know well.",
        ),
        "scheme": "ategi Shared Lives",
        "region": Region.SOUTH_EAST,
        "support": SupportKind.LIVING_TOGETHER,
        "topics": ["shared-lives", "learning-disability"],
        "people": {
            "Angela": STORY_USES,
            "Tina": [Use.NAME, Use.STORY],
            "Debbie": STORY_USES,
            "Linda": STORY_USES,
        },
    },
    {
        "title": "Clare: rooted in her community",
        "slug": "clare-in-surrey",
        "published_on": datetime.date(2014, 11, 20),
        "summary": (
            "Since moving in with her Shared Lives carers in Surrey, Clare has made friends, "
            "found old school friends again and volunteers every week."
        ),
        "easy_read": [
            "Clare lives with Alex and Greg.",
            ("She has lots of friends.", "friends"),
            "She sees her sisters every week.",
            "She helps at a children's centre.",
        ],
        "body": paragraphs(
            "Clare lives with Alex and Greg, Shared Lives carers approved by Shared Lives "
            "Surrey. Since the move she has built a wide circle of friends, including people "
            "she was at school with.",
            "Clare comes from a big family and sees her sisters once or twice a week. On "
            "Tuesday mornings she volunteers at her local Sure Start children's centre. Her "
            "story was featured in a national newspaper's piece on Shared Lives.",
        ),
        "scheme": "Shared Lives Surrey",
        "region": Region.SOUTH_EAST,
        "support": SupportKind.LIVING_TOGETHER,
        "topics": ["shared-lives", "learning-disability"],
        "people": {"Clare": STORY_USES},
    },
    {
        "title": "James and Phil: fishing, the dogs and a life beyond hospital",
        "slug": "james-and-phil",
        "published_on": datetime.date(2017, 3, 8),
        "summary": (
            "James has spent long periods in institutions. With his Shared Lives carer Phil, "
            "his life is built around what they enjoy together, not around being unwell."
        ),
        "easy_read": [
            "James lives with Phil.",
            ("They go fishing.", "fishing"),
            "They go to the dog races.",
            "Sometimes James still goes to hospital.",
        ],
        "body": paragraphs(
            "James has significant learning disabilities and mental ill health, and has lived "
            "for long stretches in institutional care. He still needs a spell in hospital "
            "from time to time.",
            "Life with Phil, his Shared Lives carer, is organised around the ordinary things "
            "they both like doing, fishing and an evening at the greyhound races, rather than "
            "around the times James is at his most unwell.",
        ),
        "scheme": None,
        "region": "",
        "support": SupportKind.LIVING_TOGETHER,
        "topics": ["shared-lives", "health-and-care"],
        "people": {"James": [*STORY_USES, Use.HEALTH], "Phil": [Use.NAME, Use.STORY]},
    },
]


WELSH_STORIES = {
    "brian-after-his-stroke": {
        "title": "Brian: o'r uned gofal dwys i'w fflat ei hun",
        "summary": (
            "Cafodd Brian strôc wrth gerdded mewn coedwig, ac wedyn doedd e ddim yn gallu "
            "cofio llawer na cherdded yn bell. Flwyddyn yn ddiweddarach, ar ôl byw gyda "
            "gofalwyr Shared Lives ger Okehampton, mae'n paratoi i symud i'w fflat ei hun."
        ),
        "easy_read": [
            "Cafodd Brian strôc.",
            ("Bu yn yr ysbyty am bedwar mis.", "hospital"),
            ("Wedyn aeth i fyw gyda Jeanette ac Alan.", "home"),
            "Fe wnaethon nhw ei helpu i wella.",
            ("Nawr mae Brian yn symud i'w fflat ei hun.", "keys"),
        ],
        "body": paragraphs(
            "Roedd Brian allan yn cerdded mewn coedwig pan gafodd strôc. Treuliodd amser yn "
            "yr uned gofal dwys a phedwar mis yn yr ysbyty, lle gwnaeth dau drawiad bach ar "
            "y galon ei wanhau'n fwy fyth. Pan ddaeth allan, ychydig iawn roedd e'n ei gofio, "
            "a phrin y gallai gerdded pellter byr.",
            "Fe wnaeth tîm Shared Lives South West ei baru â Jeanette ac Alan, sy'n byw ger "
            "Okehampton, a symudodd Brian i'w cartref ym mis Mawrth. Aeth Jeanette gydag ef "
            "at y meddyg nes bod ei feddyginiaethau'n iawn, a threfnodd focs tabledi y mae e "
            "bellach yn ei reoli ei hun. Gan ei fod yn anghofio rhifau, fe wnaethon nhw newid "
            "ei gyfrineiriau i ddyddiadau sy'n golygu rhywbeth iddo, er mwyn iddo allu "
            "rheoli ei gyfrif banc ei hun.",
            "Flwyddyn yn ddiweddarach, mae Brian yn cerdded i'r dref ar ei ben ei hun, mae "
            "wedi trefnu a mwynhau gwyliau yng Ngwlad Thai, ac mae'n paratoi i fyw'n "
            "annibynnol yn ei fflat ei hun.",
        ),
    },
    "angela-tina-debbie-and-linda": {
        "title": "Angela, Tina, Debbie a Linda: teulu a ddewisodd ei gilydd",
        "summary": (
            "Treuliodd Debbie a Linda y rhan fwyaf o'u bywydau mewn cartrefi gofal. Ddwy "
            "flynedd yn ôl symudon nhw i fyw gydag Angela a Tina yn Swydd Buckingham, ac "
            "erbyn hyn mae'r pedair yn byw fel teulu."
        ),
        "easy_read": [
            "Roedd Debbie a Linda yn arfer byw mewn cartrefi gofal.",
            "Nawr maen nhw'n byw gydag Angela a Tina.",
            ("Maen nhw'n coginio ac yn bwyta gyda'i gilydd.", "meal"),
            ("Mae ganddyn nhw ddwy gath.", "cats"),
            "Mae Debbie a Linda yn hapusach nawr.",
        ],
        "body": paragraphs(
            "Pan oedd tri phlentyn Angela wedi tyfu a gadael cartref, roedd ganddi hi a'i "
            "phartner Tina dŷ pedair ystafell wely a digon o le. Roedd Angela wedi gweithio "
            "ym maes gofal o'r blaen, a gofynnodd hysbyseb gan gynllun Shared Lives ategi a "
            "allai hi gynnig cartref cariadus i rywun.",
            "Roedd hi unwaith wedi gweld dau ffrind yn cael eu gwahanu mewn cartref gofal, a "
            "wnaeth hi byth anghofio hynny, felly dywedodd hi wrth y cynllun y byddai'n "
            "croesawu dau berson nad oedden nhw am gael eu gwahanu. Symudodd Debbie a Linda i "
            "mewn ddwy flynedd yn ôl. Mae gan y ddwy anabledd dysgu, a doedden nhw erioed "
            "wedi setlo'n iawn yn unman. Ar y dechrau prin roedden nhw'n dweud gair, a phrin "
            "roedden nhw'n edrych i lygaid neb.",
            "Erbyn hyn mae'r aelwyd yn coginio gyda'i gilydd, yn gwylio'r teledu gyda'r nos "
            "ac yn mynd allan am brydau bwyd a thripiau dydd. Mae Debbie wrth ei bodd â drama "
            "ac yn dynwared pobl; mae Linda'n mwynhau celf a chrefft. Mae wyrion ac wyresau "
            "Angela'n dod draw, yn aml mae gwesteion o gwmpas y bwrdd ar gyfer cinio dydd "
            "Sul, ac mae dwy gath, Leo a Slinky, wedi ymuno â'r teulu. Pan fydd Angela a "
            "Tina'n cael seibiant, mae Debbie a Linda'n aros gyda gofalwr seibiant byr maen "
            "nhw'n ei adnabod yn dda.",
        ),
    },
    "clare-in-surrey": {
        "title": "Clare: gwreiddiau dwfn yn ei chymuned",
        "summary": (
            "Ers symud i fyw gyda'i gofalwyr Shared Lives yn Surrey, mae Clare wedi gwneud "
            "ffrindiau newydd, wedi dod o hyd i hen ffrindiau ysgol ac yn gwirfoddoli bob "
            "wythnos."
        ),
        "easy_read": [
            "Mae Clare yn byw gydag Alex a Greg.",
            ("Mae ganddi lawer o ffrindiau.", "friends"),
            "Mae hi'n gweld ei chwiorydd bob wythnos.",
            "Mae hi'n helpu mewn canolfan i blant.",
        ],
        "body": paragraphs(
            "Mae Clare yn byw gydag Alex a Greg, gofalwyr Shared Lives sydd wedi'u "
            "cymeradwyo gan Shared Lives Surrey. Ers symud, mae hi wedi magu cylch eang o "
            "ffrindiau, gan gynnwys pobl roedd hi yn yr ysgol gyda nhw.",
            "Mae Clare yn dod o deulu mawr, ac mae'n gweld ei chwiorydd unwaith neu ddwywaith "
            "yr wythnos. Bob bore Mawrth mae hi'n gwirfoddoli yn ei chanolfan blant Sure "
            "Start leol. Cafodd ei stori ei chynnwys mewn erthygl am Shared Lives mewn papur "
            "newydd cenedlaethol.",
        ),
    },
}


# The illustration that fits each story (website/illustrations): no photographs of the
# real people, whose consent covers their words, not their likeness, in the demo.
SCENES = {
    "brian-after-his-stroke": "garden",
    "angela-tina-debbie-and-linda": "kitchen",
    "clare-in-surrey": "hall",
    "james-and-phil": "park",
}


def easy_read_picture(key, language):
    scene = EASY_READ_SCENES.get(key)
    if scene is None:
        return NO_PICTURE
    image = demo_image(f"Easy Read: {key}", scene=scene, width=600, height=600)
    return {"image": image.pk, "decorative": False, "alt_text": scene_alt(scene, language)}


def easy_read(points, language="en"):
    """Stream data for the Easy Read field: a point is a sentence, or a sentence and the
    key of its picture."""
    stream = []
    for point in points:
        text, picture = (point, None) if isinstance(point, str) else point
        value = {
            "text": text,
            "picture": easy_read_picture(picture, language) if picture else NO_PICTURE,
        }
        stream.append({"type": "point", "value": value})
    return stream


def create_story(index, story, locale):
    topics = [
        Topic.objects.get_or_create(locale=locale, slug=slug, defaults={"name": TOPICS[slug]})[0]
        for slug in story["topics"]
    ]
    scheme = None
    if story["scheme"]:
        scheme = Organisation.objects.get_or_create(
            locale=locale, name=story["scheme"], defaults={"kind": Organisation.Kind.SCHEME}
        )[0]
    page = index.add_child(
        instance=StoryPage(
            title=story["title"],
            slug=story["slug"],
            published_on=story["published_on"],
            summary=story["summary"],
            easy_read=easy_read(story["easy_read"]),
            body=story["body"],
            hero_image=demo_image(story["title"], scene=SCENES[story["slug"]]),
            hero_alt_text=scene_alt(SCENES[story["slug"]], "en"),
            scheme=scheme,
            region=story["region"],
            support_kind=story["support"],
        )
    )
    page.page_topics = [PageTopic(topic=topic) for topic in topics]
    page.featured_people = [
        FeaturedPerson(person=Person.objects.get(public_name=name), uses=[str(use) for use in uses])
        for name, uses in story["people"].items()
    ]
    page.save_revision().publish()
    return page


def translate_story(page, welsh):
    translate_page(
        page,
        title=welsh["title"],
        summary=welsh["summary"],
        easy_read=easy_read(welsh["easy_read"], "cy"),
        body=welsh["body"],
        hero_alt_text=scene_alt(SCENES[page.slug], "cy"),
        scheme=translate_snippet(page.scheme) if page.scheme else None,
    )


def load(log):
    if StoryIndexPage.objects.exists():
        log("Stories already exist: leaving them as they are.")
        return
    locale = Locale.objects.get(language_code="en")
    index = add_section(
        StoryIndexPage(
            title="Stories",
            slug="stories",
            introduction=(
                "The people who live Shared Lives and Homeshare, in their own words and with "
                "their agreement: each story is published only while everyone in it consents."
            ),
        ),
        welsh_title="Straeon",
        welsh_introduction=(
            "Y bobl sy'n byw Shared Lives a Homeshare, yn eu geiriau eu hunain a gyda'u "
            "cytundeb: dim ond tra bod pawb ynddi'n cydsynio y caiff pob stori ei chyhoeddi."
        ),
    )
    assign_story_workflow(index)
    for story in STORIES:
        page = create_story(index, story, locale)
        if story["slug"] in WELSH_STORIES:
            translate_story(page, WELSH_STORIES[story["slug"]])
        backdate(page, story["published_on"])
    withdraw_consent(
        Person.objects.get(public_name="Phil"),
        by=None,
        reason="Demo: Phil asked for the story to come down while he thinks it over.",
    )
    log(
        f"Created {len(STORIES)} stories, {len(WELSH_STORIES)} of them also in Welsh; James "
        "and Phil's is taken down because Phil withdrew consent, and Clare's Welsh version "
        "because she agreed to English only."
    )
