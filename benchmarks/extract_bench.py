"""Attachment text: extraction throughput and its effect on the index build.

usage: python benchmarks/extract_bench.py [--folder PATH] [--files 300] [--attach 300]

1. Extraction: every file of ``--folder`` (default: a generated folder of
   ``--files`` real documents written with the libraries themselves: PDF with
   a text layer, DOCX, PPTX, XLSX, GB18030 and UTF-8 logs of 5 KB–2 MB, HTML,
   CSV, ZIPs of logs, PNG screenshots) through the child-process runner, as
   the app does. Prints MB/s and files/s, overall and per kind.
2. Index build: the demo archive with ``--attach`` of those files attached to
   its cases and extracted; a full reindex with the attachment text, then the
   same archive with the texts removed. Prints seconds, docs/s, index size.

Figures depend on the machine; say which one with them.
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kbdesk.extract import ExtractRunner, kind_of

WORDS = ("连接 超时 数据库 主从 复制 延迟 慢查询 实例 重启 内存 磁盘 告警 网络 丢包 负载 均衡 证书 "
         "timeout connection refused replica lag slow query instance restart memory disk alarm "
         "ORA-12170 ERROR 1040 HTTP 502 errno=110 Too many connections").split()


def sentence(rng: random.Random, n: int = 14) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def make_pdf(rng: random.Random, pages: int) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica")}))
    ascii_words = [w for w in WORDS if w.isascii()]
    for _ in range(pages):
        page = writer.add_blank_page(width=595, height=842)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        lines = ["BT /F1 10 Tf 50 800 Td 12 TL"]
        for _ in range(60):
            text = " ".join(rng.choice(ascii_words) for _ in range(12))
            lines.append(f"({text}) '")
        lines.append("ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(lines).encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_docx(rng: random.Random, paragraphs: int) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("故障复盘报告", level=1)
    for _ in range(paragraphs):
        document.add_paragraph(sentence(rng, 30))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_pptx(rng: random.Random, slides: int) -> bytes:
    from pptx import Presentation

    deck = Presentation()
    for _ in range(slides):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = sentence(rng, 4)
        slide.placeholders[1].text_frame.text = "\n".join(sentence(rng, 10) for _ in range(5))
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def make_xlsx(rng: random.Random, rows: int) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("巡检")
    for i in range(rows):
        sheet.append([f"host-{i}", rng.choice(WORDS), rng.randint(0, 100), sentence(rng, 6)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def make_log(rng: random.Random, size: int, encoding: str) -> bytes:
    lines, total = [], 0
    while total < size:
        line = f"2026-03-01 10:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} ERROR {sentence(rng, 10)}"
        lines.append(line)
        total += len(line.encode(encoding)) + 1
    return "\n".join(lines).encode(encoding)


def make_png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\x20\x60\xa0" * 64 for _ in range(64))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def generate(folder: Path, count: int, seed: int = 13) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    makers = [
        ("pdf", lambda: make_pdf(rng, rng.randint(1, 12))),
        ("docx", lambda: make_docx(rng, rng.randint(10, 200))),
        ("pptx", lambda: make_pptx(rng, rng.randint(3, 25))),
        ("xlsx", lambda: make_xlsx(rng, rng.randint(50, 3000))),
        ("log", lambda: make_log(rng, rng.choice([5_000, 50_000, 300_000, 2_000_000]), "gb18030")),
        ("txt", lambda: make_log(rng, rng.choice([5_000, 50_000]), "utf-8")),
        ("html", lambda: f"<html><body>{''.join(f'<p>{sentence(rng)}</p>' for _ in range(200))}</body></html>"
         .encode()),
        ("csv", lambda: "\n".join(",".join(rng.choice(WORDS) for _ in range(6)) for _ in range(2000))
         .encode("gb18030")),
        ("zip", lambda: _zip_of_logs(rng)),
        ("png", make_png),
    ]
    for i in range(count):
        ext, make = makers[i % len(makers)]
        (folder / f"file-{i:04d}.{ext}").write_bytes(make())


def _zip_of_logs(rng: random.Random) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for j in range(3):
            z.writestr(f"logs/app-{j}.log", make_log(rng, 100_000, "utf-8"))
    return out.getvalue()


def measure_extraction(files: list[Path]) -> None:
    per_kind: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])  # files, bytes, seconds
    statuses: dict[str, int] = defaultdict(int)
    chars = 0
    import resource

    with ExtractRunner() as runner:
        runner.extract(b"warm up", "w.txt")  # child start-up is paid once per session
        started = time.perf_counter()
        for path in files:
            t0 = time.perf_counter()
            result = runner.extract(path, path.name)
            took = time.perf_counter() - t0
            kind = kind_of(path.name) if kind_of(path.name) != "text" else path.suffix.lstrip(".")
            row = per_kind[kind]
            row[0] += 1
            row[1] += path.stat().st_size
            row[2] += took
            statuses[result.status] += 1
            chars += len(result.text)
        wall = time.perf_counter() - started
    child = resource.getrusage(resource.RUSAGE_CHILDREN)  # the runner's child, once it has ended
    total_bytes = sum(r[1] for r in per_kind.values())
    print(f"extraction: {len(files)} files, {total_bytes / 1e6:.1f} MB in {wall:.1f} s: "
          f"{total_bytes / 1e6 / wall:.2f} MB/s, {len(files) / wall:.1f} files/s, "
          f"{chars / 1e6:.1f} M characters of text; statuses {dict(statuses)}")
    cpu = child.ru_utime + child.ru_stime
    if cpu:
        print(f"  CPU time of the extractor process: {cpu:.1f} s ({total_bytes / 1e6 / cpu:.2f} MB/s, "
              f"{len(files) / cpu:.1f} files/s of CPU)")
    for kind, (n, size, secs) in sorted(per_kind.items()):
        print(f"  {kind:<5} {int(n):>4} files {size / 1e6:8.1f} MB {secs:7.2f} s  "
              f"{size / 1e6 / secs if secs else 0:7.2f} MB/s {n / secs if secs else 0:7.1f} files/s")


def measure_index(files: list[Path], attach: int) -> None:
    from sqlalchemy import delete, func, select

    from kbdesk.locate import create_demo
    from kbdesk.search import SearchService
    from kbdesk.services import Services
    from kbdesk.services.attachment_text import extract_pending
    from kbdesk.services.search_source import ArchiveDocuments
    from kbdesk.storage import models as m

    tmp = Path(tempfile.mkdtemp(prefix="kbdesk-extract-bench-"))
    try:
        archive = create_demo(tmp / "demo")
        services = Services(archive, "bench")
        cases = [c["id"] for c in services.list("case", limit=100000)]
        rng = random.Random(5)
        chosen = [files[i % len(files)] for i in range(attach)]
        for path in chosen:
            services.attach_file("case", rng.choice(cases), path)
        t0 = time.perf_counter()
        report = extract_pending(services)
        took = time.perf_counter() - t0
        with archive.read_session() as s:
            text_chars = s.scalar(select(func.sum(func.length(m.AttachmentText.text)))) or 0
        print(f"demo archive: {len(cases)} cases, {attach} attachments ({report.extracted} distinct files "
              f"extracted in {took:.1f} s, {text_chars / 1e6:.1f} M characters stored)")
        for label in ("with attachment text", "without attachment text"):
            search = SearchService(ArchiveDocuments(archive), procs=1)
            t0, c0 = time.perf_counter(), time.process_time()
            search.rebuild()
            took, cpu = time.perf_counter() - t0, time.process_time() - c0
            docs = search.indexed_count()
            search.close()
            size = sum(p.stat().st_size for p in archive.index_dir.rglob("*") if p.is_file())
            print(f"  reindex {label:<24} {took:6.2f} s wall, {cpu:6.2f} s CPU  {docs / took:7.0f} docs/s  "
                  f"index {size / 1e6:6.1f} MB")
            with archive.session() as s:
                s.execute(delete(m.AttachmentText))
        archive.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--folder", type=Path, help="extract these files instead of a generated folder")
    p.add_argument("--files", type=int, default=300, help="generated files (default 300)")
    p.add_argument("--attach", type=int, default=300, help="attachments added to the demo archive")
    args = p.parse_args()
    tmp = None
    folder = args.folder
    if folder is None:
        tmp = Path(tempfile.mkdtemp(prefix="kbdesk-extract-files-"))
        folder = tmp / "files"
        t0 = time.perf_counter()
        generate(folder, args.files)
        print(f"generated {args.files} real files in {time.perf_counter() - t0:.1f} s")
    try:
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        measure_extraction(files)
        measure_index(files, args.attach)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
