import pytest

from tests.blog.factories import BlogIndexPageFactory


@pytest.fixture
def blog(site_tree):
    """The English blog index, at /blog/."""
    index = BlogIndexPageFactory(parent=site_tree.english_home)
    index.save_revision().publish()
    return index


@pytest.fixture
def welsh_blog(site_tree, blog):
    """The Welsh translation of the blog index, at /cy/blog/."""
    return site_tree.translate(blog, title="Blog (Cymraeg)")
