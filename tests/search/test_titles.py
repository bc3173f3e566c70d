"""Index titles are shown as they are: they carry data, never a code the UI would have to translate."""

import re

from kbdesk.domain.enums import DrillKind, ServiceKind
from kbdesk.locate import create_demo
from kbdesk.search.documents import DocBuilder
from kbdesk.services import Services
from kbdesk.services.search_source import ArchiveDocuments


def test_drill_and_service_record_titles_hold_no_codes(tmp_path):
    codes = {k.value for k in DrillKind} | {k.value for k in ServiceKind}
    with create_demo(tmp_path / "demo") as archive:
        services = Services(archive, "t")
        record = services.list("service_record", limit=1)[0]
        services.update("service_record", record["id"], {"content": ""})  # the title falls back
        with ArchiveDocuments(archive).reading() as reader:
            builder = DocBuilder(reader)
            titles = [doc["title"] for rtype, rows in reader.iter_records(2000) if rtype in ("drill", "service_record")
                      for doc in builder.build(rtype, rows)]
    assert titles
    coded = [t for t in titles if codes & set(re.findall(r"[a-z_]+", t))]
    assert coded == []
