"""The handover package (文档移交) built from the demo archive: every link resolves inside
the package, nothing is loaded from elsewhere, the zip holds the same files and the
index lists every record the package holds."""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from kbdesk.cli.main import main
from kbdesk.errors import KbdeskError
from kbdesk.locate import create_demo
from kbdesk.reports.handover import build_handover
from kbdesk.services import Services
from kbdesk.services.handover_select import HandoverScope, resolve_customers

CUSTOMER = "华信银行股份有限公司"


class Refs(HTMLParser):
    """Every href/src of a page, and where the page pulls in anything."""

    def __init__(self):
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src", "srcset", "poster", "data") and value is not None:
                self.refs.append((tag, name, value))
            if name == "style" and value:
                self.styles.append(value)
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")


def png(width=2, height=2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    archive = create_demo(tmp_path_factory.mktemp("demo") / "archive")
    services = Services(archive, "tester")
    yield services
    archive.close()


@pytest.fixture(scope="module")
def hostile_article(demo, tmp_path_factory):
    """An article pasted from the web: remote image, outside links, raw HTML, and an attached screenshot."""
    folder = tmp_path_factory.mktemp("files")
    shot = folder / "控制台 截图.png"
    shot.write_bytes(png())
    article = demo.create(
        "article",
        {
            "title": "Handover probe ../../etc/passwd",
            "product": "云数据库 RDS MySQL",
            "body": "看 [官方文档](https://help.example.com/rds) 与 <https://evil.example/x>\n\n"
            "![远程图](https://evil.example/track.png)\n\n<script>alert(1)</script>"
            '<img src="http://evil.example/p.gif">\n\n邮件 [支持](mailto:ops@example.com)',
        },
    )
    att = demo.attach_file("article", article["id"], shot)
    demo.update(
        "article", article["id"], {"body": article["body"] + f"\n\n![截图](kbdesk-attachment:{att['id']})"}
    )
    return demo.get("article", article["id"]), att


def package_files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def check_offline(folder: Path) -> list[str]:
    """Problems: a reference that is remote, absolute, or names no file of the package."""
    problems = []
    root = folder.resolve()
    for page in folder.rglob("*.html"):
        parser = Refs()
        parser.feed(page.read_text("utf-8"))
        refs = [v for _t, _n, v in parser.refs]
        refs += [u for style in parser.styles for u in CSS_URL.findall(style)]
        for ref in refs:
            problems += _check_ref(root, page, ref)
    for css in folder.rglob("*.css"):
        for ref in CSS_URL.findall(css.read_text("utf-8")):
            problems += _check_ref(root, css, ref)
    return problems


def _check_ref(root: Path, page: Path, ref: str) -> list[str]:
    if ref.startswith("data:image/"):
        return []
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc or ref.startswith("/"):
        return [f"{page.name}: remote or absolute reference {ref!r}"]
    if not parts.path:  # "#anchor"
        return []
    target = (page.parent / unquote(parts.path)).resolve()
    if not target.is_relative_to(root):
        return [f"{page.name}: {ref!r} leaves the package"]
    if not target.is_file():
        return [f"{page.name}: broken link {ref!r}"]
    return []


@pytest.fixture(scope="module")
def package(demo, hostile_article, tmp_path_factory):
    ids = resolve_customers(demo, [CUSTOMER])
    scope = HandoverScope(ids, [], date(2025, 1, 1), date(2026, 12, 31))
    out = tmp_path_factory.mktemp("out") / "package"
    return build_handover(demo, scope, out, "zh_CN")


def test_every_link_resolves_inside_the_package_and_nothing_is_remote(package):
    assert package.contents.cases and package.contents.articles and package.contents.runbooks
    assert package.contents.drills and package.contents.courses
    assert check_offline(package.folder) == []
    for page in package.folder.rglob("*.html"):
        text = page.read_text("utf-8")
        assert "<script" not in text.lower()
        assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", text, re.I), page


def test_the_checker_finds_broken_and_remote_links(tmp_path):
    """The check above can fail: a page with each kind of bad reference is caught."""
    (tmp_path / "a.html").write_text(
        '<a href="missing.html">x</a><img src="https://cdn.example/x.png">'
        '<link rel="stylesheet" href="//cdn.example/s.css"><a href="../out.html">o</a>'
        '<div style="background: url(http://e.example/b.png)"></div>',
        "utf-8",
    )
    assert len(check_offline(tmp_path)) == 5


def test_the_zip_holds_the_same_files(package):
    files = package_files(package.folder)
    assert set(package.files) == files
    with zipfile.ZipFile(package.zip_path) as zf:
        names = {n.split("/", 1)[1] for n in zf.namelist() if not n.endswith("/")}
        assert {n.split("/", 1)[0] for n in zf.namelist()} == {package.folder.name}
        assert names == files
        assert zf.read(f"{package.folder.name}/index.html") == (package.folder / "index.html").read_bytes()


def test_the_index_lists_every_included_record(package, demo):
    parser = Refs()
    parser.feed((package.folder / "index.html").read_text("utf-8"))
    linked = {v for _t, n, v in parser.refs if n == "href"}
    c = package.contents
    expected = (
        {f"cases/{r['id']}.html" for r in c.cases}
        | {f"articles/{r['id']}.html" for r in c.articles}
        | {f"runbooks/{r['id']}.html" for r in c.runbooks}
        | {f"drills/{r['id']}.html" for r in c.drills}
        | {f"courses/{r['id']}.html" for r in c.courses}
    )
    assert expected <= linked
    pages = {f for f in package.files if f.endswith(".html") and "/" in f and "fault-report" not in f}
    assert pages == expected  # and there is no page the index leaves out
    customer = resolve_customers(demo, [CUSTOMER])[0]
    assert {r["customer_id"] for r in c.cases} == {customer}
    assert len(c.cases) == demo.count("case", where={"customer_id": customer}) - _outside_period(
        demo, customer
    )


def _outside_period(demo, customer) -> int:
    return sum(
        1
        for case in demo.list("case", where={"customer_id": customer})
        if not (2025 <= case["reported_at"].astimezone().year <= 2026)
    )


def test_article_pages_show_outside_links_as_text_and_carry_attached_images(package, hostile_article):
    article, _att = hostile_article
    assert article["id"] in {a["id"] for a in package.contents.articles}
    page = (package.folder / "articles" / f"{article['id']}.html").read_text("utf-8")
    assert "https://help.example.com/rds" in page  # kept, as text
    assert page.count("https://evil.example/x") == 1  # an autolink's address is shown once
    assert 'href="https://' not in page and 'evil.example/track.png"' not in page
    assert "alert(1)" not in page or "<script" not in page
    image = [f for f in package.files if f.startswith("attachments/")]
    assert len(image) == 1 and image[0].endswith(".png") and "/" not in image[0].split("/", 1)[1]
    assert f'src="../{image[0]}"' in page
    assert (package.folder / image[0]).read_bytes() == png()


def test_drill_pages_are_the_drill_report_in_the_package_frame(package):
    drill = package.contents.drills[0]
    page = (package.folder / "drills" / f"{drill['id']}.html").read_text("utf-8")
    assert "<h1>演练报告" in page and 'href="../assets/handover.css"' in page and "<style>" not in page


def test_the_font_and_its_licence_travel_with_the_package(package):
    css = (package.folder / "assets" / "handover.css").read_text("utf-8")
    assert 'url("NotoSansSC-kbdesk-Regular.otf")' in css
    assert (package.folder / "assets" / "NotoSansSC-kbdesk-Regular.otf").stat().st_size > 1_000_000
    assert "SIL OPEN FONT LICENSE" in (package.folder / "assets" / "OFL.txt").read_text("utf-8").upper()


def test_case_summary_has_phenomenon_cause_and_resolution(package):
    case = next(c for c in package.contents.cases if c["root_cause"] and c["resolution"])
    page = (package.folder / "cases" / f"{case['id']}.html").read_text("utf-8")
    for heading in ("故障现象", "根本原因", "解决方案"):
        assert f"<h2>{heading}</h2>" in page
    assert f"{case['id']}-fault-report.html" in page


def test_a_folder_that_is_not_empty_is_refused_and_kept(demo, tmp_path):
    out = tmp_path / "busy"
    out.mkdir()
    (out / "mine.txt").write_text("keep me", "utf-8")
    with pytest.raises(KbdeskError, match="not empty"):
        build_handover(demo, HandoverScope(products=["云数据库 RDS MySQL"]), out)
    assert package_files(out) == {"mine.txt"} and not (tmp_path / "busy.zip").exists()


def test_scope_must_name_something(demo, tmp_path):
    with pytest.raises(KbdeskError, match="at least one customer or one product"):
        build_handover(demo, HandoverScope(), tmp_path / "x")
    assert not (tmp_path / "x").exists() and not (tmp_path / "x.partial").exists()


def test_cli_by_customer_name_and_product_in_english(demo, tmp_path, capsys):
    out = tmp_path / "en"
    code = main(
        [
            "--archive",
            str(demo.archive.root),
            "handover",
            "--customer",
            CUSTOMER,
            "--customer",
            "cust-dhrcb",
            "--product",
            "云数据库 RDS MySQL",
            "--out",
            str(out),
            "--lang",
            "en",
            "--no-pdf",
        ]
    )
    text = capsys.readouterr()
    assert code == 0, text.err
    assert "Wrote the handover package" in text.out and (tmp_path / "en.zip").is_file()
    index = (out / "index.html").read_text("utf-8")
    assert '<html lang="en">' in index and "Case summaries" in index
    assert check_offline(out) == []


def test_cli_unknown_customer_is_a_sentence(demo, tmp_path, capsys):
    code = main(
        [
            "--archive",
            str(demo.archive.root),
            "handover",
            "--customer",
            "无此客户",
            "--out",
            str(tmp_path / "n"),
            "--no-pdf",
        ]
    )
    assert code == 1 and "No customer with id '无此客户'" in capsys.readouterr().err
