from .pages import HomePage, StandardPage
from .site_settings import FooterSettings, NavigationSettings
from .taxonomy import Organisation, Topic

__all__ = [
    "FooterSettings",
    "HomePage",
    "NavigationSettings",
    "Organisation",
    "StandardPage",
    "Topic",
]
