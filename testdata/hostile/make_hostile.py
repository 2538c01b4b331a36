#!/usr/bin/env python3
"""Make the hostile inputs of testdata/hostile (README.md says what each is and what dhr
must answer). Standard library only, deterministic: the same bytes on every run.

Small files are committed; the two big ones (a 10,000-page PDF, a DOCX with a 50 MB
paragraph) are made at test time by tests/e2e/test_hostile.py through this module, so
the repository does not carry them.

usage: make_hostile.py OUTDIR [--big]    (--big also writes the generated-at-test-time files)
"""
import struct
import sys
import zlib
from pathlib import Path

# The package skeleton and zip conventions are testdata/bad's (make_bad.py).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bad"))
from make_bad import CONTENT_TYPES, RELS, document_xml, write_zip  # noqa: E402


def docx(path, document):
    write_zip(path, [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("word/document.xml", document)])


# --- DOCX -------------------------------------------------------------------------------

def lying_zipbomb(path, actual=200_000_000, declared=1_000):
    """word/document.xml really inflates to `actual` bytes (a valid document padded with
    spaces between elements) but the local header and the central directory both declare
    `declared` bytes: a reader that trusts the headers (ratio check, buffer size) must
    still stop while inflating."""
    head = document_xml('<w:p><w:r><w:t>Natasha Okafor</w:t></w:r></w:p>')
    cut = head.index("</w:body>")
    # Compress in pieces so that making it needs no 200 MB string.
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = [comp.compress(head[:cut].encode())]
    block = b" " * 1_000_000
    left = actual - len(head.encode())
    crc = zlib.crc32(head[:cut].encode())
    while left > 0:
        piece = block[:min(left, len(block))]
        data.append(comp.compress(piece))
        crc = zlib.crc32(piece, crc)
        left -= len(piece)
    tail = head[cut:].encode()
    data.append(comp.compress(tail))
    crc = zlib.crc32(tail, crc)
    data.append(comp.flush())
    deflated = b"".join(data)
    # Write a normal zip of the other parts, then add the real (lying) entry by hand.
    write_zip(path, [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS)])
    raw = bytearray(Path(path).read_bytes())
    eocd = raw.rindex(b"PK\x05\x06")
    cd_size, cd_offset = struct.unpack_from("<II", raw, eocd + 12)
    central = raw[cd_offset:cd_offset + cd_size]
    body = raw[:cd_offset]
    name = b"word/document.xml"
    dos_time, dos_date = (9 << 11) | (30 << 5), ((2024 - 1980) << 9) | (3 << 5) | 15
    local_offset = len(body)
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, dos_time, dos_date, crc, len(deflated), declared,
                        len(name), 0) + name
    entry = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, dos_time, dos_date, crc, len(deflated),
                        declared, len(name), 0, 0, 0, 0, 0, local_offset) + name
    body += local + deflated
    new_central = central + entry
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 3, 3, len(new_central), len(body), 0)
    Path(path).write_bytes(bytes(body + new_central + end))


def long_paragraph(path, size=50_000_000):
    """One paragraph of `size` bytes of ordinary prose (varied enough to compress about
    4:1, under the reader's 1000:1 zip-bomb ratio), with a subject's name near the end."""
    words = ("the review panel considered agency records and the chronology of contact with "
             "services over the period in scope before reaching its findings on risk").split()
    parts, total, i = [], 0, 0
    while total < size:
        w = words[(i * 7 + i // 13) % len(words)] + (" " if i % 17 else ". ")
        parts.append(w)
        total += len(w)
        i += 1
    text = "".join(parts) + "Natasha Okafor was seen."
    docx(path, document_xml(f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'))


# --- PDF --------------------------------------------------------------------------------

def pdf(objects, trailer_extra="", prev_self=False):
    """A classic PDF from numbered object bodies (1-based). prev_self: the trailer's /Prev
    points at this very xref table, an xref loop."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + (body if isinstance(body, bytes) else body.encode()) + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    prev = f" /Prev {xref}" if prev_self else ""
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{prev}{trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def stream(data):
    return f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


PAGE_TEXT = b"BT /F1 12 Tf 72 720 Td (Natasha Okafor) Tj ET"
FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def cyclic_pages(path):
    """The page tree loops: the root's second kid is a /Pages node whose /Kids holds the
    root again. A walker without a visited set recurses for ever."""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>",
        "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
        stream(PAGE_TEXT),
        FONT,
    ]
    Path(path).write_bytes(pdf(objects))


def xref_loop(path):
    """The trailer's /Prev points at its own xref table: a reader following /Prev chains
    without remembering where it has been loops for ever."""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        stream(PAGE_TEXT),
        FONT,
    ]
    Path(path).write_bytes(pdf(objects, prev_self=True))


def many_pages(path, pages=10_000):
    """10,000 pages, every one drawing the same shared content stream."""
    first_page = 5
    kids = " ".join(f"{first_page + i} 0 R" for i in range(pages))
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>",
        stream(PAGE_TEXT),
        FONT,
    ]
    objects += ["<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
                "/Resources << /Font << /F1 4 0 R >> >> >>"] * pages
    Path(path).write_bytes(pdf(objects))


# --- case files -------------------------------------------------------------------------

CASE_FILES = {
    "duplicate_pseudonyms.toml":
        '[[subject]]\nname = "Natasha Okafor"\nrole = "victim"\npseudonym = "N"\n\n'
        '[[subject]]\nname = "Daniel Okafor"\nrole = "perpetrator"\npseudonym = "N"\n',
    "pseudonym_is_name.toml":
        '[[subject]]\nname = "Natasha Okafor"\nrole = "victim"\npseudonym = "N"\n\n'
        '[[subject]]\nname = "Daniel Okafor"\nrole = "perpetrator"\npseudonym = "Natasha"\n',
    "not_toml.toml":
        "Subjects:\n  - Natasha Okafor (victim)\n  - Daniel Okafor (perpetrator)\n",
    "empty.toml": "",
}


def binary_case(path):
    """Not text at all: the first 512 bytes of a zip-like binary with NULs."""
    Path(path).write_bytes(b"PK\x03\x04" + bytes(range(256)) * 2)


def main(out, big):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    lying_zipbomb(out / "lying_zipbomb.docx")
    cyclic_pages(out / "cyclic_pages.pdf")
    xref_loop(out / "xref_loop.pdf")
    for name, text in CASE_FILES.items():
        (out / name).write_text(text)
    binary_case(out / "binary.toml")
    if big:
        many_pages(out / "pages10000.pdf")
        long_paragraph(out / "paragraph50mb.docx")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1], "--big" in sys.argv[2:])
