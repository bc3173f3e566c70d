"""The handover package (文档移交): a folder a customer can open offline, and a .zip of it.

Layout (every name from a record id, never from typed text)::

    DIR/index.html                 what is in the package, linking every page
    DIR/cases/<id>.html            case summary: phenomenon, cause, resolution
    DIR/cases/<id>-fault-report.html (+ cases/images/…)  the full fault report
    DIR/articles/<id>.html, runbooks/<id>.html, drills/<id>.html, courses/<id>.html
    DIR/attachments/<id8>-<name>   images the articles show
    DIR/assets/handover.css, the bundled CJK font and its licence (OFL.txt)
    DIR/handover.pdf               everything in one volume with a table of contents
    DIR.zip                        the same files

The package is written to ``DIR.partial`` and renamed when complete, so a
failed or cancelled run leaves no half package under the chosen name. The
PDF needs Qt and is printed by the caller's ``pdf_writer`` (the UI layer's pdf module).
"""

from __future__ import annotations

import base64
import os
import re
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.clock import utcnow
from ..domain.filenames import safe_file_name
from ..errors import ArchiveError, KbdeskError
from ..paths import resource_root
from ..rules.working_calendar import WorkCalendar
from ..services.handover_select import HandoverContents, HandoverScope, select_contents
from ..services.plan_store import load_plan
from ..services.report_queries import attachment_bytes
from . import handover_pages as hp
from .drill_report import build_drill_report
from .fault_report import build_fault_report

FONT_FILE = "NotoSansSC-kbdesk-Regular.otf"
PDF_NAME = "handover.pdf"
LANGS = ("zh_CN", "en")


@dataclass
class PdfSection:
    title: str
    html: str  # a fragment; images as data: URIs so the PDF needs no files


PdfWriter = Callable[[list[PdfSection], Path, str, str], Any]  # sections, path, title, TOC heading


@dataclass
class HandoverResult:
    folder: Path
    zip_path: Path
    files: list[str]  # package-relative, "/"-separated
    contents: HandoverContents
    pdf: Path | None
    missing: list[str] = field(default_factory=list)  # attachments whose file is gone


class _Package:
    """Collects the files of one package under its folder."""

    def __init__(self, root: Path):
        self.root = root
        self.files: list[str] = []

    def write(self, rel: str, data: str | bytes) -> None:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            path.write_text(data, "utf-8")
        else:
            path.write_bytes(data)
        self.files.append(rel)

    def copy(self, source: Path, rel: str) -> None:
        (self.root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, self.root / rel)
        self.files.append(rel)


def file_stem(record_id: str) -> str:
    return safe_file_name(str(record_id), "record")


def build_handover(
    services: Any,
    scope: HandoverScope,
    out: Path,
    lang: str = "zh_CN",
    pdf_writer: PdfWriter | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> HandoverResult:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise KbdeskError(f"{out} already exists and is not empty; choose a new or empty folder.")
    plan = load_plan(services)
    cal = WorkCalendar(plan)
    contents = select_contents(services, scope, cal)
    partial = partial_folder(out)
    if partial.exists():
        shutil.rmtree(partial)  # left by a cancelled or failed run
    try:
        pkg = _Package(partial)
        writer = _Writer(services, contents, pkg, lang, cal, plan, progress, with_pdf=pdf_writer is not None)
        writer.write_all()
        if pdf_writer is not None:
            title = f"{hp.t('package', lang)} — {_scope_title(contents, lang)}"
            pdf_writer(writer.pdf_sections, partial / PDF_NAME, title, hp.t("index", lang))
            pkg.files.append(PDF_NAME)
        if out.exists():
            out.rmdir()  # empty, checked above
        os.replace(partial, out)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    zip_path = write_zip(out, pkg.files)
    return HandoverResult(
        out, zip_path, sorted(pkg.files), contents, out / PDF_NAME if pdf_writer else None, writer.missing
    )


def partial_folder(out: Path) -> Path:
    return out.with_name(out.name + ".partial")


def write_zip(folder: Path, files: list[str]) -> Path:
    """DIR.zip beside DIR, the files under a top folder named like DIR; written whole or not at all."""
    target = folder.with_name(folder.name + ".zip")
    tmp = target.with_name(target.name + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for rel in sorted(files):
            zf.write(folder / rel, f"{folder.name}/{rel}")
    os.replace(tmp, target)
    return target


def _scope_title(contents: HandoverContents, lang: str) -> str:
    names = [c["name"] for c in contents.customers] or contents.scope.products
    return "、".join(names) if lang == "zh_CN" else ", ".join(names)


class _Writer:
    def __init__(
        self,
        services: Any,
        contents: HandoverContents,
        pkg: _Package,
        lang: str,
        cal: WorkCalendar,
        plan: Any,
        progress: Callable[[int, int], None] | None,
        with_pdf: bool,
    ):
        self.services = services
        self.c = contents
        self.pkg = pkg
        self.lang = lang
        self.plan = plan
        self.fmt = hp.Formatter(lang, cal, contents.customer_names)
        self.progress = progress or (lambda done, total: None)
        self.total = contents.record_count() + 1
        self.done = 0
        self.pdf_sections: list[PdfSection] = []
        self.missing: list[str] = []
        self.with_pdf = with_pdf

    def step(self) -> None:
        self.done += 1
        self.progress(self.done, self.total)

    def write_all(self) -> None:
        self._assets()
        self.progress(0, self.total)
        for case in self.c.cases:
            self._case(case)
        for article in self.c.articles:
            self._article(article)
        for runbook in self.c.runbooks:
            self._page(
                "runbooks",
                runbook,
                runbook["title"],
                hp.runbook_body(runbook, self.c.steps.get(runbook["id"], []), self.fmt),
            )
        for drill in self.c.drills:
            # The drill report of kbdesk.reports.drill_report, its body in this package's frame.
            report = build_drill_report(self.services, drill["id"], self.lang, self.plan)
            page = _BODY.search(report.html)
            assert page is not None  # render_html always writes a <body>
            body = hp.offline_html(page.group(1), self.lang, lambda _id: None)
            self._page("drills", drill, report.title, body)
        for course in self.c.courses:
            self._page(
                "courses",
                course,
                course["title"],
                hp.course_body(
                    course,
                    self.c.materials.get(course["id"], []),
                    self.c.sessions.get(course["id"], []),
                    self.fmt,
                ),
            )
        self.pkg.write("index.html", hp.page(hp.t("package", self.lang), self._index(), self.lang, 0))
        self.step()

    def _assets(self) -> None:
        fonts = resource_root() / "resources" / "fonts"
        self.pkg.write("assets/handover.css", hp.CSS)
        for name in (FONT_FILE, "OFL.txt"):
            if (fonts / name).is_file():  # a build without the font still writes a readable package
                self.pkg.copy(fonts / name, f"assets/{name}")

    def _page(self, folder: str, record: dict, title: str, body: str, pdf_body: str | None = None) -> None:
        self.pkg.write(f"{folder}/{file_stem(record['id'])}.html", hp.page(title, body, self.lang, 1))
        self.pdf_sections.append(PdfSection(title, pdf_body if pdf_body is not None else body))
        self.step()

    def _case(self, case: dict) -> None:
        stem = file_stem(case["id"])
        report = build_fault_report(self.services, case["id"], self.lang, self.plan)
        self.missing += report.missing
        for rel, blob in report.images.items():
            self.pkg.write(f"cases/{rel}", blob)
        self.pkg.write(
            f"cases/{stem}-fault-report.html", _offline_fault_report(report.html_linked, self.lang)
        )
        body = hp.case_body(case, self.fmt, f"{stem}-fault-report.html")
        self._page(
            "cases", case, f"{case['number']} {case['title']}", body, hp.case_body(case, self.fmt, None)
        )

    def _article(self, article: dict) -> None:
        images: dict[str, tuple[str, str]] = {}  # attachment id → (package path, data: URI)
        for att in self.services.attachments_of("article", article["id"]):
            if not att["mime"].startswith("image/"):
                continue
            try:
                blob = attachment_bytes(self.services, att["sha256"])
            except (OSError, ArchiveError):
                self.missing.append(att["filename"])
                continue
            rel = f"attachments/{file_stem(att['id'])[:8]}-{safe_file_name(att['filename'], 'image')}"
            self.pkg.write(rel, blob)
            images[att["id"]] = (rel, f"data:{att['mime']};base64,{base64.b64encode(blob).decode('ascii')}")

        def on_page(att_id: str) -> str | None:
            return "../" + images[att_id][0] if att_id in images else None

        def in_pdf(att_id: str) -> str | None:
            return images[att_id][1] if att_id in images else None

        self._page(
            "articles",
            article,
            article["title"],
            hp.article_body(article, self.lang, on_page),
            hp.article_body(article, self.lang, in_pdf),
        )

    def _index(self) -> str:
        lang, c = self.lang, self.c
        scope = c.scope
        period = (
            f"{scope.start or '…'} — {scope.end or '…'}" if scope.start or scope.end else hp.t("all", lang)
        )
        rows = [
            (hp.t("customers", lang), _scope_title(c, lang) if c.customers else hp.t("all", lang)),
            (hp.t("products", lang), ", ".join(scope.products) or hp.t("all", lang)),
            (hp.t("period", lang), period),
            (hp.t("generated", lang), self.fmt.when(utcnow())),
        ]
        parts = [
            f"<h1>{hp.t('package', lang)}</h1>",
            '<table class="scope">'
            + "".join(f"<tr><th>{hp.esc(k)}</th><td>{hp.esc(v)}</td></tr>" for k, v in rows)
            + "</table>",
        ]
        if self.with_pdf:
            parts.append(f'<p><a href="{PDF_NAME}">{hp.t("pdf", lang)}</a></p>')
        parts += self._index_section("cases", c.cases, lambda r: f"{r['number']} {r['title']}")
        parts += self._index_section("articles", c.articles, lambda r: r["title"])
        parts += self._index_section("runbooks", c.runbooks, lambda r: r["title"])
        titles = {r["id"]: r["title"] for r in c.runbooks}
        parts += self._index_section(
            "drills", c.drills, lambda r: f"{r['date']} {titles.get(r['runbook_id'], '')}"
        )
        parts += self._index_section("courses", c.courses, lambda r: r["title"])
        return "\n".join(parts)

    def _index_section(self, folder: str, records: list[dict], label: Callable[[dict], str]) -> list[str]:
        head = f"<h2>{hp.t(folder, self.lang)} ({len(records)})</h2>"
        if not records:
            return [head, f'<p class="empty">{hp.t("none", self.lang)}</p>']
        items = "".join(
            f'<li><a href="{folder}/{file_stem(r["id"])}.html">{hp.esc(label(r))}</a></li>' for r in records
        )
        return [head, f"<ul>{items}</ul>"]


_BODY = re.compile(r"<body>\n?(.*)</body>", re.S)
_STYLE_END = re.compile(r"</style>")
_FONT_FACE = (
    '@font-face { font-family: "Noto Sans SC kbdesk"; src: url("../assets/'
    + FONT_FILE
    + '") format("opentype"); }\nbody { font-family: "Noto Sans SC kbdesk", "Noto Sans CJK SC", '
    '"Microsoft YaHei", sans-serif; }\n</style>'
)


def _offline_fault_report(page_html: str, lang: str) -> str:
    """The fault report page with the package's font and no link that leaves the package."""
    page_html = _STYLE_END.sub(lambda _m: _FONT_FACE, page_html, count=1)
    return hp.offline_html(page_html, lang, lambda _id: None)
