from axe_playwright_python.sync_playwright import Axe

# Every rule axe tags for WCAG 2.0, 2.1 and 2.2, levels A and AA.
WCAG_22_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

axe = Axe()


def assert_no_axe_violations(page):
    results = axe.run(
        page,
        options={
            "runOnly": {"type": "tag", "values": WCAG_22_AA_TAGS},
            "resultTypes": ["violations"],
        },
    )
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"
