"""What the API tests share: the listing's address, a picture big enough for every
rendition, and the titles a listing gives."""

from tests.blog.factories import ImageFactory

PAGES = "/api/v2/pages/"


def wide_image():
    # Big enough for every rendition to be made at its full size.
    return ImageFactory(file__width=1600, file__height=900)


def listed_titles(client, **query):
    response = client.get(PAGES, query)
    assert response.status_code == 200, response.json()
    return [item["title"] for item in response.json()["items"]]
