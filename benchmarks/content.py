"""A realistic bulk of content on top of the demo: the site as it looks after a few years
of publishing, so that listings, feeds, search and the consent gate work on hundreds of
pages rather than the demo's handful. Pages are made and published the way the demo
makes them (each app's demo.py), and consent goes through the consent service.

Everything is drawn from a seeded random generator, so every run builds the same site
(with dates counted back from the day of the run)."""

import datetime
import random
from dataclasses import dataclass

from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page
from wagtail.signal_handlers import disable_reference_index_auto_update

from blog.models import Author, BlogIndexPage, BlogPostAuthor, BlogPostPage
from campaigns.demo_signups import demo_signups
from campaigns.models import CampaignIndexPage, CampaignPage, Signup, Status
from consent.demo import evidence_document
from consent.models import ConsentNotice, ConsentRecord, FeaturedPerson, Person, Use
from consent.services import record_consent, refresh_consent_states
from reports.demo import demo_document, findings_stream
from reports.demo_pdf import report_pdf
from reports.models import ReportIndexPage, ReportPage
from stories.blocks import easy_read_points
from stories.models import Region, StoryIndexPage, StoryPage, SupportKind
from website.demo import heading, paragraph, publish
from website.demo_media import demo_image
from website.models import PageTopic, Topic

# Sentences written for the benchmark, mixed into every page's text so that search has
# real words to match and pages are as long as real ones.
SENTENCES = [
    "Shared Lives carers open their homes and family lives to adults who need support.",
    "Matching takes months, because the relationship is what makes the arrangement work.",
    "Homeshare pairs an older householder with a younger person who needs a place to live.",
    "Councils that commission for outcomes rather than hours see people stay well for longer.",
    "Local schemes approve, train and support every carer household they work with.",
    "People with learning disabilities tell us they want a home, friends and a job.",
    "Short breaks with a familiar family give unpaid carers time to rest.",
    "Day support in a carer's home can replace a long bus ride to a distant centre.",
    "Inspectors keep rating Shared Lives schemes among the best forms of care.",
    "Leaving hospital to a Shared Lives home can mean recovering among people who care.",
    "Personal budgets work best when people have real choices to spend them on.",
    "Co-production means designing services with the people who use them, from the start.",
    "Community groups fill the gaps that formal services were never built to reach.",
    "Families worry about what happens when they can no longer provide care themselves.",
    "Good support is measured in ordinary days: a walk, a meal shared, a laugh.",
    "Welsh schemes are growing, with carers in every region from Anglesey to Gwent.",
]

REGIONS = [region for region in Region.values if region]
STORY_USES = [str(use) for use in (Use.NAME, Use.PHOTO, Use.STORY, Use.LOCATION)]
EVERY_STORY_USE = [*STORY_USES, str(Use.QUOTES), str(Use.PARTNER_SYNDICATION), str(Use.WELSH)]


@dataclass(frozen=True)
class Volumes:
    """How much to add. At scale 1, roughly what a few years of publishing leave behind."""

    posts: int
    consented_stories: int
    stories_never_asked: int
    stories_lapsed: int
    reports: int
    campaigns: int
    signups: int

    @classmethod
    def at_scale(cls, scale):
        def scaled(count):
            return max(1, round(count * scale))

        return cls(
            posts=scaled(300),
            consented_stories=scaled(80),
            stories_never_asked=scaled(10),
            stories_lapsed=scaled(10),
            reports=scaled(25),
            campaigns=scaled(6),
            signups=scaled(3000),
        )


class Writer:
    """Text from the sentence bank, pictures from a small pool (as real posts reuse
    photos) and dates in the past, all from one seeded generator."""

    def __init__(self, seed):
        self.chooser = random.Random(seed)
        self.pictures = [demo_image(f"Benchmark picture {n}") for n in range(12)]

    def sentences(self, count):
        return " ".join(self.chooser.sample(SENTENCES, count))

    def body(self):
        return [
            paragraph(self.sentences(4), self.sentences(3)),
            heading(self.chooser.choice(SENTENCES).rstrip(".")),
            paragraph(self.sentences(5), self.sentences(4), self.sentences(3)),
        ]

    def picture(self):
        return self.chooser.choice(self.pictures)

    def day(self, years_back):
        return timezone.localdate() - datetime.timedelta(
            days=self.chooser.randrange(365 * years_back)
        )

    def topics(self, topics, most):
        return [
            PageTopic(topic=topic)
            for topic in self.chooser.sample(topics, self.chooser.randint(1, most))
        ]


def english_topics():
    return list(Topic.objects.filter(locale__language_code="en"))


def add_posts(writer, count, first=0):
    index = BlogIndexPage.objects.get(locale__language_code="en")
    authors = list(Author.objects.filter(locale__language_code="en"))
    topics = english_topics()
    for number in range(first, first + count):
        page = BlogPostPage(
            title=f"Notes from the network, number {number}",
            slug=f"notes-from-the-network-{number}",
            date=writer.day(years_back=8),
            summary=writer.sentences(2),
            body=writer.body(),
            hero_image=writer.picture(),
        )
        credited = writer.chooser.sample(authors, writer.chooser.choice([1, 1, 1, 2]))
        page.authors = [BlogPostAuthor(author=author) for author in credited]
        page.page_topics = writer.topics(topics, most=3)
        index.add_child(instance=page)
        publish(page)


def consenting_person(name, notice, *, today):
    person = new_person(name)
    record_consent(
        person=person,
        by=None,
        notice=notice,
        given_on=today - datetime.timedelta(days=60),
        method=ConsentRecord.Method.SIGNED_FORM,
        authority=ConsentRecord.Authority.SELF,
        uses=EVERY_STORY_USE,
        expires_on=today + datetime.timedelta(days=365),
        review_on=today + datetime.timedelta(days=300),
        evidence=evidence_document(name),
    )
    return person


def new_person(name):
    return Person.objects.create(
        public_name=name,
        role=Person.Role.SUPPORTED,
        age_band=Person.AgeBand.ADULT,
        full_name=f"{name} (benchmark person)",
        private_notes="Made by the benchmark harness.",
    )


def add_story(writer, index, number, people, topics):
    page = StoryPage(
        title=f"A life shared, story {number}",
        slug=f"a-life-shared-{number}",
        published_on=writer.day(years_back=6),
        summary=writer.sentences(2),
        easy_read=easy_read_points(*writer.chooser.sample(SENTENCES, 4)),
        body=writer.body(),
        hero_image=writer.picture(),
        hero_alt_text="An abstract pattern standing in for a photograph.",
        region=writer.chooser.choice(REGIONS),
        support_kind=writer.chooser.choice(SupportKind.values),
    )
    page.page_topics = writer.topics(topics, most=2)
    page.featured_people = [FeaturedPerson(person=person, uses=STORY_USES) for person in people]
    index.add_child(instance=page)
    publish(page)
    return page


def add_stories(writer, volumes):
    """Stories whose people consent; stories featuring someone never asked, which the
    consent check takes straight back down on publication (drafts); and live stories whose
    consent ran out yesterday, which the gate must hide until the nightly enforce_consent
    run unpublishes them."""
    index = StoryIndexPage.objects.get(locale__language_code="en")
    notice = ConsentNotice.objects.first()
    topics = english_topics()
    today = timezone.localdate()
    total = volumes.consented_stories + volumes.stories_lapsed
    lapsed = []
    for number in range(total):
        people = [
            consenting_person(f"Bench person {number}-{n}", notice, today=today)
            for n in range(writer.chooser.choice([1, 1, 2]))
        ]
        add_story(writer, index, number, people, topics)
        if number >= volumes.consented_stories:
            lapsed += people
    # A year goes by: consent that was valid when these stories were published ran out
    # yesterday. Moving the dates stands in for the time passing.
    ConsentRecord.objects.filter(person__in=lapsed).update(
        given_on=today - datetime.timedelta(days=400), expires_on=today - datetime.timedelta(days=1)
    )
    # The update wrote behind the register's signals, so the gate's stored verdicts on
    # those stories are worked out again from the moved dates.
    refresh_consent_states(Page.objects.filter(featured_people__person__in=lapsed))
    for number in range(total, total + volumes.stories_never_asked):
        add_story(writer, index, number, [new_person(f"Bench person {number}")], topics)


def add_reports(writer, count):
    index = ReportIndexPage.objects.get(locale__language_code="en")
    topics = english_topics()
    for number in range(count):
        title = f"Shared Lives in practice, briefing {number}"
        findings = writer.chooser.sample(SENTENCES, 3)
        summary = writer.sentences(2)
        pdf = report_pdf(
            title,
            subtitle="A benchmark report",
            summary=summary,
            findings=findings,
            sections=[("Background", [writer.sentences(5)])],
        )
        page = ReportPage(
            title=title,
            slug=f"shared-lives-in-practice-{number}",
            summary=summary,
            key_findings=findings_stream(findings),
            publication_date=writer.day(years_back=10),
            cover=writer.picture(),
            document=demo_document(title, pdf),
        )
        page.page_topics = writer.topics(topics, most=2)
        index.add_child(instance=page)
        publish(page)


def add_campaigns(writer, count, signups):
    index = CampaignIndexPage.objects.get(locale__language_code="en")
    topics = english_topics()
    rows = []
    for number in range(count):
        page = CampaignPage(
            title=f"Campaign for ordinary lives {number}",
            slug=f"campaign-for-ordinary-lives-{number}",
            status=writer.chooser.choice([Status.ACTIVE, Status.ACTIVE, Status.WON]),
            summary=writer.sentences(2),
            ask=writer.sentences(2),
            ask_who="Local authorities and integrated care boards",
            body=[paragraph(writer.sentences(4), writer.sentences(4))],
            key_messages=[
                {"type": "message", "value": text} for text in writer.chooser.sample(SENTENCES, 3)
            ],
            call_to_action="Add your name to show decision makers that this matters.",
        )
        page.page_topics = writer.topics(topics, most=2)
        index.add_child(instance=page)
        publish(page)
        # Uneven on purpose: one big campaign, a long tail of small ones.
        share = signups // 2 if number == 0 else signups // (2 * max(1, count - 1))
        rows += demo_signups(page, share, writer.chooser)
    Signup.objects.bulk_create(rows)


def load(volumes, *, seed=7):
    # Wagtail updates its reference index after every save, several times a page; one
    # rebuild at the end, as Wagtail advises after bulk imports, gives the same index
    # (which the partner API's images endpoint reads) in a fraction of the time.
    with transaction.atomic(), disable_reference_index_auto_update():
        writer = Writer(seed)
        add_posts(writer, volumes.posts)
        add_stories(writer, volumes)
        add_reports(writer, volumes.reports)
        add_campaigns(writer, volumes.campaigns, volumes.signups)
    call_command("rebuild_references_index", verbosity=0)


def grow(volumes, factor, *, seed=8):
    """Adds the bulk posts and consenting stories of `volumes` again, `factor - 1` times
    over and numbered after the first load's, so that the addresses measured on the site
    can be measured again on one `factor` times the size: posts and stories are nearly all
    the pages search, the sitemap and the listings go through."""
    posts = round(volumes.posts * (factor - 1))
    stories = round((volumes.consented_stories + volumes.stories_lapsed) * (factor - 1))
    with transaction.atomic(), disable_reference_index_auto_update():
        writer = Writer(seed)
        add_posts(writer, posts, first=volumes.posts)
        index = StoryIndexPage.objects.get(locale__language_code="en")
        notice = ConsentNotice.objects.first()
        topics = english_topics()
        today = timezone.localdate()
        first = volumes.consented_stories + volumes.stories_lapsed + volumes.stories_never_asked
        for number in range(first, first + stories):
            person = consenting_person(f"Bench person {number}", notice, today=today)
            add_story(writer, index, number, [person], topics)
    call_command("rebuild_references_index", verbosity=0)
    return posts, stories
