import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tests.reports.factories import ReportIndexPageFactory, ReportPageFactory
from website.models import PageTopic


@pytest.fixture
def reports_index(site_tree):
    index = ReportIndexPageFactory(parent=site_tree.english_home)
    index.save_revision().publish()
    return index


@pytest.fixture
def publish_report(reports_index):
    """Makes and publishes a report under the index, filed under `topics`."""

    def publish(*, topics=(), **fields):
        report = ReportPageFactory(parent=reports_index, **fields)
        for topic in topics:
            PageTopic.objects.create(page=report, topic=topic)
        report.save_revision().publish()
        report.refresh_from_db()
        return report

    return publish


def member_of(group_name):
    user = get_user_model().objects.create_user(
        username=group_name.lower().replace(" ", "-"), password="x"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor_client(client):
    client.force_login(member_of("Editors"))
    return client


@pytest.fixture
def writer_client(client):
    client.force_login(member_of("Writers"))
    return client
