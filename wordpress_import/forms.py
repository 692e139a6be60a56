from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from wordpress_import.wxr import WxrError, parse_wxr

MAX_EXPORT_BYTES = 100 * 1024 * 1024


class ExportUploadForm(forms.Form):
    export = forms.FileField(
        label=_("WordPress export file"),
        help_text=_("In WordPress: Tools > Export > All content. The file ends in .xml."),
    )
    fetch_media = forms.BooleanField(
        label=_("Fetch images and PDFs from the old site"),
        required=False,
        help_text=_(
            "Without this, posts are imported without their images, and the report lists "
            "each missing file."
        ),
    )

    def clean_export(self):
        upload = self.cleaned_data["export"]
        if upload.size > MAX_EXPORT_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)s, the most the import takes.")
                % {"size": filesizeformat(MAX_EXPORT_BYTES)}
            )
        data = upload.read()
        try:
            parse_wxr(data)
        except WxrError as error:
            raise forms.ValidationError(str(error)) from error
        self.cleaned_data["export_bytes"] = data
        return upload
