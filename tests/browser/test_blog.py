import datetime

from tests.blog.factories import (
    AuthorFactory,
    BlogIndexPageFactory,
    BlogPostPageFactory,
    ImageFactory,
)
from tests.browser.accessibility import assert_no_axe_violations
from tests.website.factories import OrganisationFactory, TopicFactory


def test_a_reader_goes_from_home_to_blog_topic_post_and_author(live_server, page, site_tree):
    blog = BlogIndexPageFactory(parent=site_tree.english_home)
    blog.save_revision().publish()
    nhs, commissioning = TopicFactory(name="NHS"), TopicFactory(name="Commissioning")
    needham = AuthorFactory(
        name="Catherine Needham",
        organisation=OrganisationFactory(name="University of Birmingham"),
        photo=ImageFactory(),
        is_guest=True,
    )
    for day in range(1, 4):
        BlogPostPageFactory(
            parent=blog,
            title=f"Commissioning note {day}",
            date=datetime.date(2018, 3, day),
            topics=[commissioning],
        )
    BlogPostPageFactory(
        parent=blog,
        title="Micro-enterprise",
        date=datetime.date(2015, 10, 6),
        hero_image=ImageFactory(description="A small team around a table"),
        authors=[needham],
        topics=[nhs, commissioning],
    )

    page.goto(live_server.url + "/")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="All blog posts").click()
    page.wait_for_url("**/blog/")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="NHS", exact=True).first.click()
    page.wait_for_url("**/blog/topic/*/")
    assert page.get_by_role("heading", level=1).inner_text() == "Posts about NHS"
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Micro-enterprise").click()
    page.wait_for_url("**/blog/micro-enterprise/")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Catherine Needham").first.click()
    page.wait_for_url("**/blog/author/*/")
    assert page.get_by_role("heading", level=1).inner_text() == "Catherine Needham"
    assert_no_axe_violations(page)
