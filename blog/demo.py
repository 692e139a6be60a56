"""Demo content of the policy blog: posts modelled on the charity's old blog, retold in our
own words (facts, names and figures kept), their authors and the topics they share with
the other sections. Two posts and their authors also have Welsh versions, written in
Welsh. The content is read from `data/demo_posts.json` (demo content is data)."""

import datetime
import json
from pathlib import Path

from wagtail.models import Locale

from blog.models import Author, BlogIndexPage, BlogPostAuthor, BlogPostPage
from website.demo import add_section, backdate, translate_page, translate_snippet
from website.demo_media import demo_image, scene_alt
from website.models import Organisation, PageTopic, Topic

DATA = Path(__file__).resolve().parent / "data" / "demo_posts.json"


# The data file writes each block of a post's body as {kind: content}; these turn them into
# the body's StreamField data. The text is HTML we wrote (links, emphasis), not a visitor's.
def paragraphs(texts):
    return {"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in texts)}


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def quote(text):
    return {"type": "quote", "value": {"quote": text, "attribution": ""}}


def table(value):
    return {"type": "table", "value": value}


BLOCKS = {"paragraphs": paragraphs, "heading": heading, "quote": quote, "table": table}


def stream(body):
    return [BLOCKS[kind](content) for block in body for kind, content in block.items()]


def topic(locale, slug, names):
    return Topic.objects.get_or_create(locale=locale, slug=slug, defaults={"name": names[slug]})[0]


def create_authors(locale, people):
    authors = {}
    for details in people:
        organisation = Organisation.objects.get_or_create(
            locale=locale,
            name=details["organisation"]["name"],
            defaults={"kind": details["organisation"]["kind"]},
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


def create_post(index, post, authors, locale, topic_names):
    # `scene` is the illustration that fits the post (website/illustrations).
    scene = post["scene"]
    hero = demo_image(post["title"], scene=scene)
    page = BlogPostPage(
        hero_alt_text=scene_alt(scene, "en"),
        title=post["title"],
        slug=post["slug"],
        date=datetime.date.fromisoformat(post["date"]),
        summary=post["summary"],
        body=stream(post["body"]),
        hero_image=hero,
        original_publication=post.get("original_publication", ""),
        original_url=post.get("original_url", ""),
    )
    page.authors = [BlogPostAuthor(author=authors[slug]) for slug in post["authors"]]
    page.page_topics = [
        PageTopic(topic=topic(locale, slug, topic_names)) for slug in post["topics"]
    ]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def welsh_author(author, welsh_authors):
    # What the Welsh authors say about themselves; names and organisations' names stay as
    # they are.
    return translate_snippet(
        author,
        organisation=translate_snippet(author.organisation),
        **welsh_authors[author.slug],
    )


def translate_post(page, post, welsh_authors):
    welsh = post["welsh"]
    translate_page(
        page,
        title=welsh["title"],
        summary=welsh["summary"],
        body=stream(welsh["body"]),
        hero_alt_text=scene_alt(post["scene"], "cy"),
        authors=[
            BlogPostAuthor(author=welsh_author(credit.author, welsh_authors))
            for credit in page.authors.all()
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
    data = json.loads(DATA.read_text(encoding="utf-8"))
    welsh_authors = {
        details["slug"]: details["welsh"] for details in data["authors"] if "welsh" in details
    }
    english = Locale.objects.get(language_code="en")
    index = create_index()
    authors = create_authors(english, data["authors"])
    for post in data["posts"]:
        page = create_post(index, post, authors, english, data["topics"])
        if "welsh" in post:
            translate_post(page, post, welsh_authors)
        backdate(page, datetime.date.fromisoformat(post["date"]))
    welsh_posts = sum("welsh" in post for post in data["posts"])
    log(
        f"Created the blog with {len(data['posts'])} posts by {len(authors)} authors, "
        f"{welsh_posts} of the posts also in Welsh."
    )
