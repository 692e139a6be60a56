from tests.consent.conftest import consenting_person, make_story, story_index  # noqa: F401
