from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from consent.models import Person
from consent.signoff.services import link_address, make_link


class Command(BaseCommand):
    help = (
        "Makes a private sign-off link for a person and prints it, for a letter. The link "
        "is shown only this once."
    )

    def add_arguments(self, parser):
        parser.add_argument("person_id", type=int)
        parser.add_argument("--language", choices=["en", "cy"], default="en")

    def handle(self, person_id, language, **options):
        person = Person.objects.filter(pk=person_id).first()
        if person is None:
            raise CommandError(f"No person with the number {person_id}.")
        try:
            link, token = make_link(person, by=None)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(link_address(token, language))
        self.stderr.write(
            f"Open for answers until {link.expires_at:%d %B %Y}; it takes the story down after."
        )
