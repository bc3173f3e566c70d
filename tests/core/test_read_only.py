"""A read-only app's services refuse every write with a sentence."""

from __future__ import annotations

import pytest

from kbdesk.errors import ReadOnlyArchiveError
from kbdesk.services import Services
from kbdesk.services.workflow import CaseWorkflow
from kbdesk.storage.registry import RECORD_TYPES


def test_every_write_of_a_read_only_service_is_refused(archive, tmp_path):
    writer = Services(archive, actor="tester")
    cust = writer.create("customer", {"name": "华东某银行"})
    case = writer.create("case", {"customer_id": cust["id"], "title": "OSS 403",
                                  "category": "configuration_error", "severity": "low"})
    before = {t: writer.count(t) for t in RECORD_TYPES}
    viewer = Services(archive, actor="viewer", read_only=True)
    log = tmp_path / "x.log"
    log.write_text("ERROR 1040")
    attempts = [
        lambda: viewer.create("customer", {"name": "另一个"}),
        lambda: viewer.update("customer", cust["id"], {"name": "改名"}),
        lambda: viewer.delete("case", case["id"]),
        lambda: viewer.add_timeline(case["id"], "progress_notice", "进展"),
        lambda: viewer.attach_file("case", case["id"], log),
        lambda: CaseWorkflow(viewer).transition(case["id"], "pre_assessment"),
    ]
    for attempt in attempts:
        with pytest.raises(ReadOnlyArchiveError) as err:
            attempt()
        assert "read-only" in str(err.value) and "nothing was saved" in str(err.value)
    assert {t: writer.count(t) for t in RECORD_TYPES} == before
    assert archive.blobs.all_hashes() == set()
    assert viewer.get("customer", cust["id"])["name"] == "华东某银行"  # reads still work
