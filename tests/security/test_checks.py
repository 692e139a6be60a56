from security.checks import dev_bypass_only_in_development


def test_the_development_bypass_is_refused_without_debug(settings):
    settings.ADMIN_2FA_DEV_BYPASS = True
    settings.DEBUG = True
    assert dev_bypass_only_in_development(None) == []
    settings.DEBUG = False
    assert [error.id for error in dev_bypass_only_in_development(None)] == ["security.E001"]
