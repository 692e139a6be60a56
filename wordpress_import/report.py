"""What an import did, counted per kind of item, with every failure and every piece of
content that could not be converted. Written as JSON for the admin and the command."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

CREATED, UPDATED, SKIPPED, FAILED = "created", "updated", "skipped", "failed"
OUTCOMES = (CREATED, UPDATED, SKIPPED, FAILED)
KINDS = ("authors", "topics", "attachments", "posts", "pages", "redirects")


@dataclass
class Report:
    dry_run: bool = False
    counts: dict = field(default_factory=lambda: defaultdict(Counter))
    failures: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    sticky: list = field(default_factory=list)
    comments: int = 0

    def count(self, kind, outcome):
        self.counts[kind][outcome] += 1

    def fail(self, kind, item, why):
        self.count(kind, FAILED)
        self.failures.append({"kind": kind, **describe(item), "why": str(why)})

    def note(self, kind, item, messages):
        if messages:
            self.problems.append({"kind": kind, **describe(item), "problems": list(messages)})

    def as_json(self):
        return {
            "dry_run": self.dry_run,
            "counts": {
                kind: {outcome: self.counts[kind][outcome] for outcome in OUTCOMES}
                for kind in KINDS
            },
            "comments_not_imported": self.comments,
            "sticky_posts": self.sticky,
            "failures": self.failures,
            "problems": self.problems,
        }


def describe(item):
    """Who an entry is about, for people reading the report."""
    if item is None:
        return {"wp_id": None, "title": ""}
    return {"wp_id": getattr(item, "wp_id", None), "title": getattr(item, "title", str(item))}
