"""draft.md -> draft.docx (pandoc) -> draft.pdf (LibreOffice)."""
from __future__ import annotations

import os
import re
import subprocess
import tempfile
import zipfile
from pathlib import Path
from typing import Optional
from xml.sax.saxutils import escape

# Fixed timestamps: pandoc honours SOURCE_DATE_EPOCH for docProps and zip
# entries, so re-running the generator changes the DOCX as little as possible.
SOURCE_DATE_EPOCH = "1700000000"

_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def _run(cmd, **kw) -> None:
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH)
    subprocess.run(cmd, check=True, env=env, **kw)


def reference_docx(path: Path, header: Optional[str]) -> None:
    """pandoc's default reference.docx plus A4 margins, a page-number footer
    and, for documents that have one, a page header.

    Why a generated reference document: pandoc copies headers and footers from
    the reference document (Markdown has no syntax for them), so a name hidden
    in a page header has to travel this way.
    """
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "default.docx"
        with open(base, "wb") as f:
            subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                           check=True, stdout=f)
        hdr_ref = ""
        extra_rels = (f'<Relationship Type="{_REL}/footer" Id="rIdCorpusFtr" Target="footer1.xml"/>')
        extra_ct = f'<Override PartName="/word/footer1.xml" ContentType="{_CT}.footer+xml"/>'
        if header:
            hdr_ref = '<w:headerReference w:type="default" r:id="rIdCorpusHdr"/>'
            extra_rels += f'<Relationship Type="{_REL}/header" Id="rIdCorpusHdr" Target="header1.xml"/>'
            extra_ct += f'<Override PartName="/word/header1.xml" ContentType="{_CT}.header+xml"/>'
        sect = (f'<w:sectPr>{hdr_ref}<w:footerReference w:type="default" r:id="rIdCorpusFtr"/>'
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1304" '
                'w:bottom="1440" w:left="1304" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
        footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {_NS}><w:p>'
                  '<w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                  '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
                  '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>')
        with zipfile.ZipFile(base) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                data = zin.read(item.filename)
                if item.filename == "word/_rels/document.xml.rels":
                    data = data.replace(b"</Relationships>", extra_rels.encode() + b"</Relationships>")
                elif item.filename == "[Content_Types].xml":
                    data = data.replace(b"</Types>", extra_ct.encode() + b"</Types>")
                elif item.filename == "word/document.xml":
                    data = re.sub(rb"<w:sectPr\s*/>", sect.encode(), data)
                zout.writestr(item, data)
            zout.writestr("word/footer1.xml", footer)
            if header:
                zout.writestr("word/header1.xml",
                              f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {_NS}>'
                              '<w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr>'
                              f'<w:r><w:t xml:space="preserve">{escape(header)}</w:t></w:r></w:p></w:hdr>')


def header_of(draft_md: str) -> Optional[str]:
    m = re.search(r"<!-- header: (.*?) -->", draft_md)
    return m.group(1) if m else None


def render(folder: Path, pdf: bool = True) -> None:
    md = folder / "draft.md"
    ref = folder / ".reference.docx"
    reference_docx(ref, header_of(md.read_text(encoding="utf-8")))
    try:
        # auto_identifiers off: pandoc would otherwise turn every heading -- names
        # included -- into a bookmark name, a hidden place Word drafts don't have.
        # smart off: keep straight and curly apostrophes exactly as in draft.md,
        # so that the DOCX holds the very characters truth.json describes.
        _run(["pandoc", str(md), "-f", "markdown-smart-auto_identifiers", "-t", "docx",
              "--reference-doc", str(ref), "-o", str(folder / "draft.docx")])
    finally:
        ref.unlink(missing_ok=True)
    if pdf:
        to_pdf(folder / "draft.docx")


def to_pdf(docx: Path) -> None:
    # A private LibreOffice profile: other people on this machine may be
    # running soffice, and two instances sharing a profile block each other.
    with tempfile.TemporaryDirectory() as prof:
        _run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
              "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not docx.with_suffix(".pdf").exists():
        raise RuntimeError(f"LibreOffice did not produce {docx.with_suffix('.pdf')}")
