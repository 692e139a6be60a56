from tests.website.factories import OrganisationFactory
from website.models import Organisation


def test_a_story_links_to_the_scheme_it_names_and_the_link_finds_it(client, make_story):
    scheme = OrganisationFactory(
        name="Shared Lives South West", kind=Organisation.Kind.SCHEME, region="south-west"
    )
    story = make_story(scheme=scheme)
    html = client.get(story.url).content.decode()
    assert '<a href="/schemes/?q=Shared+Lives+South+West">Shared Lives South West</a>' in html

    found = client.get("/schemes/?q=Shared+Lives+South+West")
    assert [s.name for s in found.context["finding"].schemes] == ["Shared Lives South West"]


def test_a_story_naming_no_scheme_has_no_scheme_link(client, make_story):
    story = make_story()
    html = client.get(story.url).content.decode()
    assert story.title in html
    assert "/schemes/?q=" not in html
