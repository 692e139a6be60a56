"""Every kind of public page, in Welsh, has no WCAG 2.2 AA violations that axe can find.

One bilingual site is built once and every page visited in turn: building it for each
address would take minutes on a shared machine. Violations are collected across pages so
that one failure shows every page that needs work."""

import datetime

import pytest
from wagtail.models import Collection

from blog.models import BlogPostAuthor
from campaigns.models import Status
from consent.models import Use
from consent.services import withdraw_consent
from stories.blocks import easy_read_points
from tests.blog.factories import (
    AuthorFactory,
    BlogIndexPageFactory,
    BlogPostPageFactory,
    ImageFactory,
)
from tests.browser.accessibility import assert_no_axe_violations
from tests.browser.test_accessibility import RICH_BODY
from tests.campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from tests.consent.factories import ConsentRecordFactory
from tests.reports.factories import PdfDocumentFactory, ReportIndexPageFactory, ReportPageFactory
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory, feature
from tests.website.factories import OrganisationFactory, StandardPageFactory, TopicFactory
from tests.website.localize import translate_snippet
from website.models import PageTopic


def published(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def welsh_site(site_tree):
    # The live server's database is emptied between tests, migrations' root collection too.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    home, welsh = site_tree.english_home, site_tree.welsh_home.locale
    translate = site_tree.translate

    about = published(
        StandardPageFactory(parent=home, title="About us", slug="about", body=RICH_BODY)
    )
    translate(about, title="Amdanom ni")

    topic = TopicFactory(name="Social care", slug="social-care")
    welsh_topic = translate_snippet(topic, welsh, name="Gofal cymdeithasol")
    author = AuthorFactory(
        name="Catherine Needham",
        slug="catherine-needham",
        organisation=OrganisationFactory(name="University of Birmingham"),
        photo=ImageFactory(),
        is_guest=True,
    )
    welsh_author = translate_snippet(author, welsh, role="Academydd gwadd")

    blog = published(BlogIndexPageFactory(parent=home))
    translate(blog, title="Blog")
    post = BlogPostPageFactory(
        parent=blog,
        title="Micro-enterprise",
        slug="micro-enterprise",
        date=datetime.date(2018, 3, 6),
        hero_image=ImageFactory(description="A small team around a table"),
        authors=[author],
        topics=[topic],
    )
    # As wagtail-localize does, the translation credits the Welsh author under the Welsh
    # topic.
    translate(
        post,
        title="Micro-fenter",
        authors=[BlogPostAuthor(author=welsh_author)],
        page_topics=[PageTopic(topic=welsh_topic)],
    )

    stories = published(StoryIndexPageFactory(parent=home))
    translate(stories, title="Straeon")
    people = {}
    for name in ("Brian", "Dana"):
        people[name] = ConsentRecordFactory(person__public_name=name).person
        story = StoryPageFactory(
            parent=stories,
            title=f"{name} at home",
            slug=name.lower(),
            # An Easy Read point with its picture beside it, and one without.
            easy_read=[
                {
                    "type": "point",
                    "value": {
                        "text": f"{name} lives with a carer.",
                        "picture": {
                            "image": ImageFactory(description="A house with a garden").pk,
                            "decorative": False,
                            "alt_text": "Tŷ gyda gardd",
                        },
                    },
                },
                *easy_read_points("They go swimming."),
            ],
        )
        feature(story, people[name], [Use.NAME, Use.STORY])
        PageTopic.objects.create(page=story, topic=topic)
        translate(published(story), title=f"{name} gartref")
    # Dana withdrew her consent: her story, in both languages, answers 410 Gone.
    withdraw_consent(people["Dana"], by=None, reason="Asked us to")

    campaigns = published(CampaignIndexPageFactory(parent=home))
    translate(campaigns, title="Ymgyrchoedd")
    campaign = published(
        CampaignPageFactory(parent=campaigns, slug="fair-fees", status=Status.ACTIVE)
    )
    translate(campaign, title="Ffioedd teg")

    reports = published(ReportIndexPageFactory(parent=home))
    translate(reports, title="Adroddiadau")
    report = ReportPageFactory(
        parent=reports,
        title="The State of Shared Lives",
        slug="state-of-shared-lives",
        key_findings=[{"type": "finding", "value": "Just under 12,000 people."}],
        document=PdfDocumentFactory(pages=6),
        easy_read_document=PdfDocumentFactory(pages=2),
    )
    PageTopic.objects.create(page=report, topic=topic)
    translate(published(report), title="Cyflwr Cysylltu Bywydau")
    return site_tree


# Every public page type in Welsh: the status it must answer and something it must show,
# so that axe checks the page a reader gets rather than an empty one.
WELSH_PAGES = {
    "/cy/": (200, "Micro-fenter"),
    "/cy/about/": (200, "Amdanom ni"),
    "/cy/search/?q=gartref": (200, "Brian gartref"),
    "/cy/search/?q=dim-byd-o-gwbl": (200, "dim-byd-o-gwbl"),
    "/cy/blog/": (200, "Micro-fenter"),
    "/cy/blog/micro-enterprise/": (200, "Academydd gwadd"),
    "/cy/blog/topic/social-care/": (200, "Gofal cymdeithasol"),
    "/cy/blog/author/catherine-needham/": (200, "Micro-fenter"),
    "/cy/blog/2018/": (200, "Micro-fenter"),
    "/cy/blog/2018/03/": (200, "Micro-fenter"),
    "/cy/stories/": (200, "Brian gartref"),
    "/cy/stories/brian/": (200, "Brian gartref"),
    "/cy/campaigns/": (200, "Ffioedd teg"),
    "/cy/campaigns/fair-fees/": (200, "Ffioedd teg"),
    "/cy/reports/": (200, "Cyflwr Cysylltu Bywydau"),
    "/cy/reports/state-of-shared-lives/": (200, "Cyflwr Cysylltu Bywydau"),
    "/cy/feeds/": (200, "/cy/feeds/stories.rss"),
    "/cy/dim-tudalen/": (404, "Heb ddod o hyd i'r dudalen"),
    "/cy/stories/dana/": (410, "Mae'r dudalen hon wedi cael ei thynnu i lawr"),
}


def violations_on(page):
    """axe's report for the page, or None when it has no violations."""
    try:
        assert_no_axe_violations(page)
    except AssertionError as error:
        return str(error)
    return None


def test_every_public_page_type_in_welsh_has_no_wcag_violations(live_server, page, welsh_site):
    reports = []
    for address, (status, shown) in WELSH_PAGES.items():
        response = page.goto(live_server.url + address)
        assert response.status == status, address
        assert page.locator("html").get_attribute("lang") == "cy", address
        assert shown in page.content(), address
        reports.append(violations_on(page))

    # The sign-up form with an error shown, as a reader who mistyped their address sees it.
    page.goto(live_server.url + "/cy/campaigns/fair-fees/")
    page.locator("#id_name").fill("Ceri Lloyd")
    page.locator("#id_email").fill("nid cyfeiriad")
    with page.expect_navigation():
        page.locator("#id_email").press("Enter")
    assert page.get_by_role("alert").is_visible()
    reports.append(violations_on(page))

    failures = [report for report in reports if report]
    assert not failures, "\n\n".join(failures)
