from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from wordpress_import.forms import ExportUploadForm
from wordpress_import.models import ImportRun
from wordpress_import.report import KINDS, OUTCOMES
from wordpress_import.tasks import check_export, import_export

PERMISSION = "wordpress_import.add_importrun"
RECENT_RUNS = 10
KIND_LABELS = {
    "authors": _("Authors"),
    "topics": _("Topics"),
    "attachments": _("Images and PDFs"),
    "posts": _("Blog posts"),
    "pages": _("Pages"),
    "redirects": _("Old addresses redirected"),
}
OUTCOME_LABELS = {
    "created": _("Created"),
    "updated": _("Updated"),
    "skipped": _("Unchanged"),
    "failed": _("Failed"),
}


def editors_only(view):
    # Wagtail sends anyone signed out to its sign-in page before this is reached.
    return permission_required(PERMISSION, raise_exception=True)(view)


@editors_only
def upload(request):
    form = ExportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        run = ImportRun.objects.create(
            file_name=form.cleaned_data["export"].name[:255],
            export=form.cleaned_data["export_bytes"],
            fetch_media=form.cleaned_data["fetch_media"],
            started_by=request.user,
        )
        check_export.enqueue(run.pk, get_language())
        return redirect("wordpress_import_run", run.pk)
    return TemplateResponse(
        request,
        "wordpress_import/admin/upload.html",
        {"form": form, "runs": ImportRun.objects.defer("export")[:RECENT_RUNS]},
    )


@editors_only
def run_detail(request, run_id):
    run = get_object_or_404(ImportRun.objects.defer("export"), pk=run_id)
    report = run.report or {}
    counts = [
        (KIND_LABELS[kind], [report["counts"][kind][outcome] for outcome in OUTCOMES])
        for kind in KINDS
        if "counts" in report
    ]
    return TemplateResponse(
        request,
        "wordpress_import/admin/run.html",
        {
            "run": run,
            "report": report,
            "counts": counts,
            "outcome_labels": [OUTCOME_LABELS[outcome] for outcome in OUTCOMES],
            "working": run.status in (ImportRun.Status.CHECKING, ImportRun.Status.IMPORTING),
        },
    )


@editors_only
@require_POST
def confirm(request, run_id):
    run = get_object_or_404(ImportRun.objects.defer("export"), pk=run_id)
    # Only a checked export is imported, and only once, however often the button is sent.
    started = ImportRun.objects.filter(pk=run.pk, status=ImportRun.Status.CHECKED).update(
        status=ImportRun.Status.IMPORTING, progress_done=0
    )
    if started:
        import_export.enqueue(run.pk, get_language())
    return redirect("wordpress_import_run", run.pk)


@editors_only
def report_json(request, run_id):
    run = get_object_or_404(ImportRun.objects.defer("export"), pk=run_id)
    response = JsonResponse(run.report, json_dumps_params={"indent": 2, "ensure_ascii": False})
    response["Content-Disposition"] = f'attachment; filename="wordpress-import-{run.pk}.json"'
    return response
