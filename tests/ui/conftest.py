import pytest

from kbdesk.settings import AppSettings


@pytest.fixture
def make_ctx(tmp_path):
    """AppContext over a real archive in tmp_path; closed after the test."""
    from kbdesk.ui.context import AppContext

    made = []

    def make(archive, language="en", start=False):
        ctx = AppContext(archive, AppSettings(language=language), tmp_path / "settings.json", "tester")
        if start:
            ctx.start()
            ctx.tasks.wait()
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.close()
