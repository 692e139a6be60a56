from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

DOWNLOAD_STATISTICS_PERMISSION = "reports.view_downloadcount"


class DownloadsPanel(Panel):
    """How often this report has been downloaded, on its edit page. Wagtail has no panel
    that shows figures about a page, so this one is ours."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Downloads"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "reports/admin/downloads_panel.html"

        def is_shown(self):
            return self.request.user.has_perm(DOWNLOAD_STATISTICS_PERMISSION)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            if self.instance.pk:
                context.update(self.instance.download_totals())
            return context
