from website import demo_schemes
from website.models import Organisation


def test_the_demo_schemes_load_in_both_languages_once_and_the_finder_uses_them(client, site_tree):
    demo_schemes.load(log=lambda message: None)
    demo_schemes.load(log=lambda message: None)  # a second run changes nothing
    schemes = Organisation.objects.filter(kind=Organisation.Kind.SCHEME)
    assert schemes.filter(locale__language_code="en").count() == 22
    assert schemes.filter(locale__language_code="cy").count() == 22
    assert {s.region for s in schemes} >= {"wales", "scotland", "northern-ireland", "london"}

    english = client.get("/schemes/", {"q": "EX20"})
    assert [s.name for s in english.context["finding"].schemes] == ["Shared Lives South West"]
    welsh = client.get("/cy/schemes/", {"q": "Abertawe"})
    assert [s.name for s in welsh.context["finding"].schemes] == ["Shared Lives Bae'r Gorllewin"]
