"""Demo content of the site as a whole: the English and Welsh home pages, about us, the
privacy notice and the accessibility statement, navigation and footer. Written in our own
words; facts about Shared Lives come from the charity's published figures."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site

from website.models import FooterSettings, HomePage, NavigationSettings, StandardPage

SITE_NAME = "Shared Lives Plus"


def paragraph(*paragraphs):
    return {"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in paragraphs)}


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def callout(title, text, tone="info"):
    return {"type": "callout", "value": {"title": title, "text": f"<p>{text}</p>", "tone": tone}}


def publish(page):
    page.save_revision().publish()
    return page


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
                    "first conversation to approval and support once you start.",
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

    privacy = home.add_child(
        instance=StandardPage(
            title="Privacy notice",
            slug="privacy",
            introduction="What we do with personal information when you use this website.",
            body=[
                heading("What we collect"),
                paragraph(
                    "We collect what you give us when you sign a campaign or contact us: "
                    "your name, your email address and anything else you choose to tell us. "
                    "We do not use advertising or tracking cookies, and this site loads "
                    "nothing from other companies' servers."
                ),
                heading("The people in our stories"),
                paragraph(
                    "Everyone whose story we publish has agreed to it, and has chosen what "
                    "we may say and show about them, in which language, and for how long. "
                    "They can change their mind at any time, and their story is then "
                    "taken down everywhere we published it."
                ),
                heading("Your rights"),
                paragraph(
                    "You can ask us for a copy of the information we hold about you, ask us "
                    "to correct it or to delete it, and complain to the Information "
                    "Commissioner's Office if you are unhappy with how we have handled it."
                ),
            ],
        )
    )
    publish(privacy)

    accessibility = home.add_child(
        instance=StandardPage(
            title="Accessibility statement",
            slug="accessibility",
            introduction="We want everyone to be able to use this website.",
            body=[
                paragraph(
                    "You should be able to use every page with a keyboard alone, with a "
                    "screen reader, and zoomed to four times its size. We test each kind of "
                    "page against the Web Content Accessibility Guidelines 2.2 at level AA, "
                    "in English and in Welsh.",
                    "Many of our stories have an Easy Read summary, written in short sentences.",
                ),
                heading("Tell us about a problem"),
                paragraph(
                    "If something on the site does not work for you, email us and we will "
                    "reply within five working days."
                ),
            ],
        )
    )
    publish(accessibility)
    return about, privacy, accessibility


def create_welsh_home(home):
    welsh = home.copy_for_translation(Locale.objects.get(language_code="cy"))
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
            "Yn Shared Lives, mae oedolyn sydd angen cymorth yn symud i mewn gyda gofalwr "
            "Shared Lives, neu'n ymweld ag ef yn rheolaidd. Mae cynllun lleol wedi "
            "cymeradwyo'r gofalwr, ac mae'r ddau wedi'u paru am fod ganddyn nhw "
            "ddiddordebau yn gyffredin.",
        ),
    ]
    return publish(welsh)


def configure_settings(site, about, privacy, accessibility):
    navigation = NavigationSettings.for_site(site)
    navigation.primary_links = [{"type": "link", "value": {"page": about.pk}}]
    navigation.save()
    footer = FooterSettings.for_site(site)
    footer.footer_links = [
        {"type": "link", "value": {"page": page.pk}} for page in (about, privacy, accessibility)
    ]
    footer.contact_email = "hello@example.org"
    footer.save()


def load(log):
    Locale.objects.get_or_create(language_code="cy")
    if HomePage.objects.exists():
        log("Home pages already exist: leaving them as they are.")
        return
    remove_wagtail_placeholder()
    home = create_home()
    site = point_site_at(home)
    about, privacy, accessibility = create_standard_pages(home)
    create_welsh_home(home)
    configure_settings(site, about, privacy, accessibility)
    log("Created the English and Welsh home pages, about us, privacy and accessibility.")


def add_section(index, *, welsh_title, welsh_introduction):
    """Publishes a section's index page (a new, unsaved page) under the English home, with
    its Welsh translation under the Welsh home, and adds it to the main navigation."""
    home = HomePage.objects.get(locale__language_code="en")
    home.add_child(instance=index)
    publish(index)
    welsh = index.copy_for_translation(Locale.objects.get(language_code="cy"))
    welsh.title, welsh.introduction = welsh_title, welsh_introduction
    publish(welsh)
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    navigation.primary_links = [
        *navigation.primary_links.raw_data,
        {"type": "link", "value": {"page": index.pk}},
    ]
    navigation.save()
    return index
