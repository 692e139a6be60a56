# PdfDetails now belongs to documents/ (its migration 0001 takes the same table over):
# reports/ forgets the model without dropping the table.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0003_section_index_introduction"),
        ("documents", "0001_pdf_details_from_reports"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="PdfDetails")],
            database_operations=[],
        ),
    ]
