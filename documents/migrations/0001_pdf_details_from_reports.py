# PdfDetails moved here from reports/: the table stays as it is (reports_pdfdetails) and
# only Django's idea of which app owns the model changes, so no row is copied or lost.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("reports", "0003_section_index_introduction"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="PdfDetails",
                    fields=[
                        (
                            "document",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                primary_key=True,
                                related_name="pdf_details",
                                serialize=False,
                                to="wagtaildocs.document",
                            ),
                        ),
                        ("page_count", models.PositiveIntegerField(null=True, verbose_name="pages")),
                        ("file_hash", models.CharField(blank=True, max_length=40)),
                    ],
                    options={
                        "verbose_name": "PDF details",
                        "verbose_name_plural": "PDF details",
                        "db_table": "reports_pdfdetails",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
