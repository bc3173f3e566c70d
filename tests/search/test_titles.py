"""Index titles are shown as they are: they carry data, never a code the UI would have to translate."""

import re

from sqlalchemy import select

from kbdesk.domain.enums import DrillKind, ServiceKind
from kbdesk.locate import create_demo
from kbdesk.search.documents import INDEXED, DocBuilder
from kbdesk.services import Services


def test_drill_and_service_record_titles_hold_no_codes(tmp_path):
    codes = {k.value for k in DrillKind} | {k.value for k in ServiceKind}
    with create_demo(tmp_path / "demo") as archive:
        services = Services(archive, "t")
        record = services.list("service_record", limit=1)[0]
        services.update("service_record", record["id"], {"content": ""})  # the title falls back
        with archive.read_session() as s:
            builder = DocBuilder(s)
            titles = [doc["title"] for rtype in ("drill", "service_record")
                      for doc in builder.build(rtype, list(s.execute(select(INDEXED[rtype])).scalars()))]
    assert titles
    coded = [t for t in titles if codes & set(re.findall(r"[a-z_]+", t))]
    assert coded == []
