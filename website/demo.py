"""Demo content of the site as a whole: the English and Welsh home pages, about us, the
privacy notice and the accessibility statement, navigation and footer. Written in our own
words; facts about Shared Lives come from the charity's published figures."""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale, Page, Revision, Site

from website import demo_schemes
from website.demo_legal import legal_pages
from website.models import FooterSettings, HomePage, NavigationSettings, PageTopic, StandardPage

SITE_NAME = "Shared Lives Plus"

# Topics are shared by every section, so their Welsh names are written once, here.
WELSH_TOPIC_NAMES = {
    "shared-lives": "Shared Lives",
    "health-and-care": "Iechyd a gofal",
    "learning-disability": "Anabledd dysgu",
    "social-care-policy": "Polisi gofal cymdeithasol",
    "commissioning": "Comisiynu",
    "community": "Cymuned a chydgynhyrchu",
    "personalisation": "Personoli",
}


def paragraph(*paragraphs):
    return {"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in paragraphs)}


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def callout(title, text, tone="info"):
    return {"type": "callout", "value": {"title": title, "text": f"<p>{text}</p>", "tone": tone}}


def publish(page):
    page.save_revision().publish()
    return page


def backdate(page, first_day, last_day=None):
    """Dates a demo page and its translations as first published on `first_day` and last
    updated on `last_day` (the same day if not given), so the demo's "Last updated",
    feeds and sitemaps tell the history the content describes, not the day it was loaded.
    Wagtail stamps publishing with the current time, so the dates are set afterwards."""
    first, last = (
        timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))
        for day in (first_day, last_day or first_day)
    )
    pages = Page.objects.filter(translation_key=page.translation_key)
    pages.update(first_published_at=first, last_published_at=last, latest_revision_created_at=last)
    Revision.page_revisions.filter(
        object_id__in=[str(pk) for pk in pages.values_list("pk", flat=True)]
    ).update(created_at=last)


def welsh_locale():
    return Locale.objects.get(language_code="cy")


def translate_snippet(instance, **welsh_fields):
    """The Welsh translation of a topic, organisation or author: made with `welsh_fields`
    the first time a Welsh page needs it, and the same one every time after, since
    several sections share them."""
    translation = instance.get_translation_or_none(welsh_locale())
    if translation is None:
        translation = instance.copy_for_translation(welsh_locale())
        for name, value in welsh_fields.items():
            setattr(translation, name, value)
        translation.save()
    return translation


def welsh_topic(topic):
    return translate_snippet(topic, name=WELSH_TOPIC_NAMES[topic.slug])


def translate_page(page, **welsh_fields):
    """Publishes the Welsh translation of `page`, under the Welsh version of its parent,
    with `welsh_fields` written in Welsh. Its topics become their Welsh versions (a copy
    keeps the English ones), so Welsh topic lists, filters and related content read in
    Welsh; other snippet links (authors, partners, schemes) go in `welsh_fields`.
    Publishing goes through the consent check like any other."""
    translation = page.copy_for_translation(welsh_locale())
    translation.page_topics = [
        PageTopic(topic=welsh_topic(link.topic)) for link in page.page_topics.all()
    ]
    for name, value in welsh_fields.items():
        setattr(translation, name, value)
    return publish(translation)


def create_home():
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=HomePage(
            title="Ordinary homes, shared lives",
            slug="home",
            seo_title=SITE_NAME,
            introduction=(
                "We are the UK network for Shared Lives and Homeshare: people who need some "
                "support living with, or having regular breaks with, a carer household they "
                "have chosen, as part of an ordinary family and community life."
            ),
            body=[
                heading("What Shared Lives is"),
                paragraph(
                    "In Shared Lives, an adult who needs support moves in with, or regularly "
                    "visits, a Shared Lives carer who has been approved by a local scheme. "
                    "The two are matched for shared interests and personalities, and the "
                    "carer's household becomes part of the person's life.",
                    "Homeshare pairs an older person who has a spare room with a younger "
                    "person who needs somewhere to live. The younger person offers company "
                    "and a little help around the house in return for a home.",
                ),
                callout(
                    "Thinking of becoming a Shared Lives carer?",
                    "Your local scheme will talk you through what is involved, from the "
                    "first conversation to approval and support once you start. "
                    '<a href="/schemes/">Find your local scheme</a>, or ask it for support '
                    "for yourself or someone you care for.",
                ),
            ],
        )
    )
    publish(home)
    return home


def remove_wagtail_placeholder():
    """Wagtail's own "Welcome" page sits where our home goes (and takes its slug); deleting
    it also deletes the Site pointing at it."""
    Page.objects.filter(
        depth=2, content_type__model="page", content_type__app_label="wagtailcore"
    ).delete()


def point_site_at(home):
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    # Full URLs (canonical links, the sitemap) name the address `make run` serves on.
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname = base_url.hostname
    site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
    site.site_name, site.root_page = SITE_NAME, home
    site.save()
    return site


def create_standard_pages(home):
    about = home.add_child(
        instance=StandardPage(
            title="About us",
            slug="about",
            introduction=(
                "We are a charity and membership network for the local schemes that support "
                "Shared Lives and Homeshare across England, Wales, Scotland and Northern "
                "Ireland."
            ),
            body=[
                paragraph(
                    "Local Shared Lives schemes recruit, train and approve Shared Lives "
                    "carers, and match them with the people they will support. We help those "
                    "schemes do that well, speak up for the model to government and the NHS, "
                    "and bring people who use Shared Lives into the decisions that affect them.",
                ),
                heading("How many people use Shared Lives"),
                paragraph(
                    "Just under 12,000 people were using Shared Lives in England at the last "
                    "count, around 580 more than the year before. Many have a learning "
                    "disability; more and more are older people, people living with dementia "
                    "and people coming home from a stay in hospital.",
                ),
                heading("What we believe"),
                paragraph(
                    "Care works best when it is built on relationships, when people choose "
                    "who supports them, and when the people receiving support are treated as "
                    "contributors to their community rather than as units of cost.",
                ),
            ],
        )
    )
    publish(about)

    legal = legal_pages()
    privacy, accessibility = [
        publish(home.add_child(instance=StandardPage(slug=legal[key]["slug"], **legal[key]["en"])))
        for key in ("privacy", "accessibility")
    ]
    return about, privacy, accessibility


def create_welsh_home(home):
    welsh = home.copy_for_translation(welsh_locale())
    welsh.title = "Cartrefi cyffredin, bywydau a rennir"
    welsh.seo_title = SITE_NAME
    welsh.introduction = (
        "Ni yw rhwydwaith y DU ar gyfer Shared Lives a Homeshare: pobl sydd angen cymorth yn "
        "byw gydag aelwyd gofalwr y maen nhw wedi'i dewis, neu'n cael seibiannau rheolaidd "
        "gyda hi, yn rhan o fywyd teuluol a chymunedol cyffredin."
    )
    welsh.body = [
        heading("Beth yw Shared Lives"),
        paragraph(
            "Yn Shared Lives, mae oedolyn sydd angen cymorth yn symud i mewn i gartref "
            "gofalwr Shared Lives, neu'n treulio amser yno'n rheolaidd. Mae cynllun lleol "
            "wedi cymeradwyo'r gofalwr, ac mae'r ddau wedi cael eu paru am fod ganddyn nhw "
            "ddiddordebau a phersonoliaethau sy'n cyd-fynd. Daw aelwyd y gofalwr yn rhan o "
            "fywyd yr unigolyn.",
            "Mae Homeshare yn paru person hŷn sydd ag ystafell sbâr â pherson iau sydd angen "
            "lle i fyw. Yn gyfnewid am gartref, mae'r person iau yn cynnig cwmni ac ychydig o "
            "help o gwmpas y tŷ.",
        ),
        callout(
            "Ydych chi'n ystyried dod yn ofalwr Shared Lives?",
            "Bydd eich cynllun lleol yn esbonio beth sydd ynghlwm wrth y gwaith, o'r sgwrs "
            "gyntaf hyd at gael eich cymeradwyo a'r cymorth a gewch chi ar ôl dechrau. "
            '<a href="/cy/schemes/">Dewch o hyd i\'ch cynllun lleol</a>, neu gofynnwch iddo '
            "am gymorth i chi'ch hun neu i rywun rydych chi'n gofalu amdano.",
        ),
    ]
    return publish(welsh)


def translate_standard_pages(about, privacy, accessibility):
    translate_page(
        about,
        title="Amdanom ni",
        introduction=(
            "Rydyn ni'n elusen ac yn rhwydwaith aelodaeth i'r cynlluniau lleol sy'n cefnogi "
            "Shared Lives a Homeshare ledled Cymru, Lloegr, yr Alban a Gogledd Iwerddon."
        ),
        body=[
            paragraph(
                "Mae cynlluniau Shared Lives lleol yn recriwtio, yn hyfforddi ac yn cymeradwyo "
                "gofalwyr Shared Lives, ac yn eu paru â'r bobl y byddan nhw'n eu cefnogi. "
                "Rydyn ni'n helpu'r cynlluniau hynny i wneud y gwaith yn dda, yn dadlau dros y "
                "model gerbron y llywodraeth a'r GIG, ac yn sicrhau bod gan y bobl sy'n "
                "defnyddio Shared Lives lais yn y penderfyniadau sy'n effeithio arnyn nhw.",
            ),
            heading("Faint o bobl sy'n defnyddio Shared Lives"),
            paragraph(
                "Yn ôl y cyfrif diwethaf, roedd ychydig yn llai na 12,000 o bobl yn defnyddio "
                "Shared Lives yn Lloegr, tua 580 yn fwy na'r flwyddyn cynt. Mae gan lawer "
                "ohonyn nhw anabledd dysgu; mae mwy a mwy yn bobl hŷn, yn bobl sy'n byw gyda "
                "dementia ac yn bobl sy'n dod adref ar ôl cyfnod yn yr ysbyty.",
            ),
            heading("Yr hyn rydyn ni'n ei gredu"),
            paragraph(
                "Mae gofal ar ei orau pan fydd wedi'i adeiladu ar berthnasoedd, pan fydd pobl "
                "yn dewis pwy sy'n eu cefnogi, a phan fydd y bobl sy'n cael cymorth yn cael eu "
                "trin fel pobl sy'n cyfrannu at eu cymuned, nid fel unedau cost.",
            ),
        ],
    )
    legal = legal_pages()
    translate_page(privacy, **legal["privacy"]["cy"])
    translate_page(accessibility, **legal["accessibility"]["cy"])


def configure_settings(site, about, privacy, accessibility):
    navigation = NavigationSettings.for_site(site)
    navigation.primary_links = [{"type": "link", "value": {"page": about.pk}}]
    navigation.save()
    footer = FooterSettings.for_site(site)
    footer.footer_links = [
        {"type": "link", "value": {"page": page.pk}} for page in (about, privacy, accessibility)
    ]
    # Invented, like the demo schemes' contacts: an Ofcom drama number and example.org.
    footer.contact_email = "hello@example.org"
    footer.phone = "0151 496 0000"
    footer.registered_address = "Shared Lives Plus\n1 Example Street\nLiverpool\nL1 0AA"
    footer.charity_number = "1100000"
    footer.company_number = "05000000"
    footer.facebook_url = "https://example.org/social/facebook"
    footer.instagram_url = "https://example.org/social/instagram"
    footer.linkedin_url = "https://example.org/social/linkedin"
    footer.youtube_url = "https://example.org/social/youtube"
    footer.save()


def load(log):
    Locale.objects.get_or_create(language_code="cy")
    demo_schemes.load(log)
    if HomePage.objects.exists():
        log("Home pages already exist: leaving them as they are.")
        return
    remove_wagtail_placeholder()
    home = create_home()
    site = point_site_at(home)
    about, privacy, accessibility = create_standard_pages(home)
    create_welsh_home(home)
    translate_standard_pages(about, privacy, accessibility)
    configure_settings(site, about, privacy, accessibility)
    log(
        "Created the English and Welsh home pages, about us, privacy and accessibility, "
        "each in both languages."
    )


def add_section(index, *, welsh_title, welsh_introduction):
    """Publishes a section's index page (a new, unsaved page) under the English home, with
    its Welsh translation under the Welsh home, and adds it to the main navigation."""
    home = HomePage.objects.get(locale__language_code="en")
    home.add_child(instance=index)
    publish(index)
    translate_page(index, title=welsh_title, introduction=welsh_introduction)
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    navigation.primary_links = [
        *navigation.primary_links.raw_data,
        {"type": "link", "value": {"page": index.pk}},
    ]
    navigation.save()
    return index
