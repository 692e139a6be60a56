"""Demo reports: the five publications the charity's old blog announced, described in our
own words, with key findings built on the figures those posts gave, each with a PDF made
by code. The yearly count also has a Welsh version, written in Welsh, with Welsh PDFs. Runs
after `website.demo` (the home pages)."""

import datetime

from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.formats import date_format
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale
from wagtail.utils.file import hash_filelike

from reports.demo_pdf import report_pdf
from reports.models import ReportIndexPage, ReportPage, ReportPartner
from website.demo import add_section, backdate, translate_page, translate_snippet
from website.demo_media import demo_cover
from website.models import Organisation, PageTopic, Topic

TOPICS = {
    "shared-lives": "Shared Lives",
    "health-and-care": "Health and care",
    "commissioning": "Commissioning",
    "community": "Community and co-production",
}

REPORTS = [
    {
        "title": "The State of Shared Lives in England",
        "slug": "state-of-shared-lives-in-england",
        "date": datetime.date(2017, 11, 6),
        "summary": (
            "Our yearly count of the people who use Shared Lives in England, where they "
            "live and how they are supported. The model grew again, but more slowly than "
            "before, and the gap between growing and shrinking regions widened."
        ),
        "findings": [
            "Just under 12,000 people in England were using Shared Lives when we counted.",
            "That is about 580 more people than a year earlier, down from the net growth of "
            "roughly 1,000 a year we had reported before.",
            "Around half of them live with their Shared Lives carer; the rest come for "
            "short breaks or for support during the day.",
            "The regions that grew added more than 1,100 people between them, half of them "
            "in the North West, with London and the South West making up most of the rest.",
            "The South East and Yorkshire shrank after years of strong growth, and the East "
            "of England, already the smallest region, fell further.",
            "Scotland, Wales and Northern Ireland all saw Shared Lives grow.",
        ],
        "partners": [("Shared Lives Plus", Organisation.Kind.CHARITY)],
        "topics": ["shared-lives", "commissioning"],
        "easy_read": {
            "summary": "This is a short version of our report. It uses easy words.",
            "findings": [
                "Almost 12,000 people in England use Shared Lives.",
                "About 580 more people use it than last year.",
                "About half of them live with their Shared Lives carer.",
            ],
            "sections": [("What happens next", ["We want more people to have Shared Lives."])],
        },
    },
    {
        "title": "Collaborative Healthcare",
        "slug": "collaborative-healthcare",
        "date": datetime.date(2015, 12, 8),
        "summary": (
            "Case studies from the Inclusive Change partnership on what happens to people's "
            "health when community organisations built on their strengths are given room to "
            "lead, and what clinical commissioning groups and health and wellbeing boards "
            "can do to make room for them."
        ),
        "findings": [
            "In several case studies people who felt more connected to their neighbourhood "
            "lost weight, stopped smoking or needed fewer medicines.",
            "Some of these changes saved local health services money, which matters to "
            "clinical commissioning groups under pressure.",
            "A personal budget creates choice only where there is something new to choose: "
            "new kinds of support have to be built alongside it.",
            "The people with the most to gain from tailored support often need help to "
            "choose it, so advocacy and brokerage belong in every service.",
            "Decisions about a whole area need the same co-production as decisions about "
            "one person's support.",
        ],
        "partners": [
            ("In Control", Organisation.Kind.CHARITY),
            ("Community Catalysts", Organisation.Kind.CHARITY),
            ("Inclusive Neighbourhoods", Organisation.Kind.CHARITY),
            ("Inclusion North", Organisation.Kind.CHARITY),
            ("Shared Lives Plus", Organisation.Kind.CHARITY),
            ("CHANGE", Organisation.Kind.CHARITY),
            ("NHS England", Organisation.Kind.COUNCIL),
        ],
        "topics": ["health-and-care", "community"],
    },
    {
        "title": "Social Impact Report: Shared Lives and TRIO",
        "slug": "pss-social-impact-report",
        "date": datetime.date(2016, 9, 20),
        "summary": (
            "PSS, one of the larger independent Shared Lives providers, looked back over a "
            "year of its schemes in Merseyside, the Wirral, Manchester, Wales and the "
            "Midlands: who they supported, what changed for them and what it cost."
        ),
        "findings": [
            "By PSS's figures, Shared Lives cost 51% less than residential care and 35% "
            "less than supported living.",
            "For each person, that is an annual saving of £23,491 compared with a place in "
            "residential care, and £11,922 compared with supported living.",
            "The report follows people from their first referral to the outcomes they "
            "reached, with case studies told alongside the numbers.",
            "PSS is also trying Shared Lives as a way home from hospital, and TRIO in Wales.",
            "PSS plans to track impact all year round with the My Shared Life tool instead "
            "of looking back once a year.",
        ],
        "partners": [("PSS (Person Shaped Support)", Organisation.Kind.PROVIDER)],
        "topics": ["shared-lives", "commissioning"],
        "accessible": True,
    },
    {
        "title": "The Asset-Based Area",
        "slug": "the-asset-based-area",
        "date": datetime.date(2017, 3, 14),
        "summary": (
            "A practical guide, made with Think Local Act Personal and its Building "
            "Community Capacity network, to ten things a council and its partners can do "
            "to build on what people and places already have, across everything they do "
            "rather than in a handful of pilots."
        ),
        "findings": [
            "Working from people's strengths has to become how the whole area works, not a "
            "project at the edge of it.",
            "Local Area Coordinators who have time to know people can reduce loneliness "
            "and with it visits to the GP.",
            "Shared Lives shows that people with significant needs can be supported in an "
            "asset-based way, not only people who need a little help.",
            "Wigan's deal with its residents is one example of an area resetting its "
            "relationship with citizens.",
        ],
        "partners": [("Think Local Act Personal", Organisation.Kind.CHARITY)],
        "topics": ["community", "commissioning"],
    },
    {
        "title": "Boosting Micro-enterprise: a Guide for Councils",
        "slug": "boosting-micro-enterprise",
        "date": datetime.date(2013, 6, 3),
        "summary": (
            "A short guide for councils on helping very small, local care and support "
            "enterprises to start and to last, drawn from what the most welcoming councils "
            "already do."
        ),
        "findings": [
            "Preferred provider lists and slow procurement keep start-ups out, even when "
            "people with personal budgets want to buy from them.",
            "Control over money means little if there is nothing new to spend it on.",
            "Later research by the University of Birmingham, across 27 care organisations "
            "and 143 interviews, found micro-enterprises gave more personal support at "
            "lower hourly rates than larger providers.",
            "Local coordinators who explain regulation and funding help new enterprises get going.",
        ],
        "partners": [("Community Catalysts", Organisation.Kind.CHARITY)],
        "topics": ["commissioning", "community"],
    },
]


# Welsh versions, keyed by the English slug (a Welsh page keeps its English slug).
WELSH_REPORTS = {
    "state-of-shared-lives-in-england": {
        "title": "Cyflwr Shared Lives yn Lloegr",
        "summary": (
            "Ein cyfrif blynyddol o'r bobl sy'n defnyddio Shared Lives yn Lloegr, ble maen "
            "nhw'n byw a sut maen nhw'n cael eu cefnogi. Tyfodd y model eto, ond yn arafach "
            "nag o'r blaen, ac fe ledodd y bwlch rhwng y rhanbarthau sy'n tyfu a'r rhai sy'n "
            "crebachu."
        ),
        "findings": [
            "Roedd ychydig yn llai na 12,000 o bobl yn Lloegr yn defnyddio Shared Lives pan "
            "wnaethon ni eu cyfrif.",
            "Mae hynny tua 580 yn fwy na blwyddyn ynghynt, i lawr o'r twf net o ryw 1,000 y "
            "flwyddyn roedden ni wedi'i weld cyn hynny.",
            "Mae tua hanner ohonyn nhw'n byw gyda'u gofalwr Shared Lives; mae'r gweddill yn "
            "dod am seibiannau byr neu am gymorth yn ystod y dydd.",
            "Ychwanegodd y rhanbarthau a dyfodd fwy na 1,100 o bobl rhyngddyn nhw, hanner "
            "ohonyn nhw yng Ngogledd-orllewin Lloegr, a Llundain a De-orllewin Lloegr oedd y "
            "rhan fwyaf o'r gweddill.",
            "Crebachodd De-ddwyrain Lloegr a Swydd Efrog ar ôl blynyddoedd o dwf cryf, a "
            "syrthiodd Dwyrain Lloegr, y rhanbarth lleiaf yn barod, ymhellach eto.",
            "Tyfodd Shared Lives yn yr Alban, yng Nghymru ac yng Ngogledd Iwerddon.",
        ],
        "easy_read": {
            "summary": "Dyma fersiwn byr o'n hadroddiad. Mae'n defnyddio geiriau hawdd.",
            "findings": [
                "Mae bron i 12,000 o bobl yn Lloegr yn defnyddio Shared Lives.",
                "Mae tua 580 yn fwy o bobl yn ei ddefnyddio na'r llynedd.",
                "Mae tua hanner ohonyn nhw'n byw gyda'u gofalwr Shared Lives.",
            ],
            "sections": [
                ("Beth sy'n digwydd nesaf", ["Rydyn ni eisiau i fwy o bobl gael Shared Lives."])
            ],
        },
    },
}

# The words every demo PDF shares, in each language.
PDF_WORDING = {
    "en": {
        "published": "Published {}",
        "easy_read": "Easy Read",
        "accessible": "Accessible version.",
        "headings": ("Why we wrote this", "What we found", "What should happen next"),
        "demo_note": (
            "This demonstration copy was generated for the website's demo content. Each page "
            "stands in for a chapter of the full report."
        ),
        "next_steps": [
            "Commissioners, providers and the people who use services should read these "
            "findings together and agree what to change first.",
            "We will come back to these questions in our next report.",
        ],
    },
    "cy": {
        "published": "Cyhoeddwyd {}",
        "easy_read": "Hawdd ei Ddeall",
        "accessible": "Fersiwn hygyrch.",
        "headings": ("Pam ysgrifennon ni hwn", "Beth welson ni", "Beth ddylai ddigwydd nesaf"),
        "demo_note": (
            "Cafodd y copi enghreifftiol hwn ei greu ar gyfer cynnwys demo'r wefan. Mae pob "
            "tudalen yn sefyll yn lle un o benodau'r adroddiad llawn."
        ),
        "next_steps": [
            "Dylai comisiynwyr, darparwyr a'r bobl sy'n defnyddio gwasanaethau ddarllen y "
            "canfyddiadau hyn gyda'i gilydd a chytuno beth i'w newid yn gyntaf.",
            "Byddwn ni'n dod yn ôl at y cwestiynau hyn yn ein hadroddiad nesaf.",
        ],
    },
}


def pdf_sections(report, wording):
    why, found, next_steps = wording["headings"]
    return [
        (why, [report["summary"], wording["demo_note"]]),
        (found, report["findings"]),
        (next_steps, wording["next_steps"]),
    ]


def demo_document(title, data):
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    # Editors' document permissions live on this collection (see consent's migrations).
    collection = Collection.objects.get(name="Website documents")
    document = Document(title=title, file_size=len(data), collection=collection)
    document.file.save(f"{slugify(title)}.pdf", ContentFile(data), save=False)
    document.file_hash = hash_filelike(ContentFile(data))
    document.save()
    return document


def topic(locale, slug):
    return Topic.objects.get_or_create(locale=locale, slug=slug, defaults={"name": TOPICS[slug]})[0]


def organisation(locale, name, kind):
    return Organisation.objects.get_or_create(locale=locale, name=name, defaults={"kind": kind})[0]


def report_documents(report, language):
    """The report's PDFs, written in `language`, as the page fields that hold them."""
    wording = PDF_WORDING[language]
    with translation.override(language):
        subtitle = wording["published"].format(date_format(report["date"], "F Y"))
    sections = pdf_sections(report, wording)
    text = {"summary": report["summary"], "findings": report["findings"], "sections": sections}
    documents = {
        "document": demo_document(
            report["title"],
            report_pdf(report["title"], subtitle=subtitle, language=language, **text),
        )
    }
    if easy_read := report.get("easy_read"):
        documents["easy_read_document"] = demo_document(
            f"{report['title']} ({wording['easy_read']})",
            report_pdf(
                report["title"],
                subtitle=wording["easy_read"],
                large_print=True,
                language=language,
                **easy_read,
            ),
        )
    if report.get("accessible"):
        documents["accessible_document"] = demo_document(
            f"{report['title']} (accessible)",
            report_pdf(
                report["title"],
                subtitle=f"{subtitle}. {wording['accessible']}",
                large_print=True,
                language=language,
                **text,
            ),
        )
    return documents


# The illustration on each report's cover (website/illustrations).
COVER_SCENES = {
    "state-of-shared-lives-in-england": "garden",
    "collaborative-healthcare": "park",
    "pss-social-impact-report": "kitchen",
    "the-asset-based-area": "hall",
    "boosting-micro-enterprise": "town",
}


def create_report(index, report, locale):
    page = ReportPage(
        title=report["title"],
        slug=report["slug"],
        summary=report["summary"],
        key_findings=findings_stream(report["findings"]),
        publication_date=report["date"],
        cover=demo_cover(report["title"], COVER_SCENES[report["slug"]]),
        **report_documents(report, "en"),
    )
    page.partners = [
        ReportPartner(organisation=organisation(locale, name, kind))
        for name, kind in report["partners"]
    ]
    page.page_topics = [PageTopic(topic=topic(locale, slug)) for slug in report["topics"]]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def findings_stream(findings):
    return [{"type": "finding", "value": text} for text in findings]


def translate_report(page, report, welsh):
    """The Welsh version, with its PDFs written in Welsh."""
    translate_page(
        page,
        title=welsh["title"],
        summary=welsh["summary"],
        key_findings=findings_stream(welsh["findings"]),
        partners=[
            ReportPartner(organisation=translate_snippet(partner.organisation))
            for partner in page.partners.all()
        ],
        **report_documents({"date": report["date"], **welsh}, "cy"),
    )


def load(log):
    if ReportIndexPage.objects.exists():
        log("Reports already exist: leaving them as they are.")
        return
    english = Locale.objects.get(language_code="en")
    index = add_section(
        ReportIndexPage(
            title="Reports",
            slug="reports",
            introduction=(
                "Our research, our yearly counts of Shared Lives and the guides we write with "
                "partners, free to download."
            ),
        ),
        welsh_title="Adroddiadau",
        welsh_introduction=(
            "Ein hymchwil, ein cyfrif blynyddol o Shared Lives a'r canllawiau rydyn ni'n eu "
            "hysgrifennu gyda phartneriaid, i'w lawrlwytho am ddim."
        ),
    )
    for report in REPORTS:
        page = create_report(index, report, english)
        if report["slug"] in WELSH_REPORTS:
            translate_report(page, report, WELSH_REPORTS[report["slug"]])
        backdate(page, report["date"])
    log(
        f"Created the reports section with {len(REPORTS)} reports and their PDFs, "
        f"{len(WELSH_REPORTS)} of them also in Welsh."
    )
