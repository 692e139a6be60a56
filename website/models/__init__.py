from .areas import LocalAuthoritiesField, Region
from .pages import HomePage, SectionIndexPage, StandardPage
from .site_settings import FooterSettings, NavigationSettings
from .taxonomy import Organisation, PageTopic, Topic, topics_panel

__all__ = [
    "FooterSettings",
    "HomePage",
    "LocalAuthoritiesField",
    "NavigationSettings",
    "Organisation",
    "PageTopic",
    "Region",
    "SectionIndexPage",
    "StandardPage",
    "Topic",
    "topics_panel",
]
