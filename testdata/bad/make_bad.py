#!/usr/bin/env python3
"""Write the hostile and broken inputs in testdata/bad (used by generate.sh).

Standard library only; deterministic (fixed zip timestamps, no randomness).
encrypted.pdf is made by generate.sh with qpdf, not here.

usage: make_bad.py SOURCE_PDF OUTDIR
  SOURCE_PDF  a valid PDF (generate.sh passes ../fixtures/twocolumn.pdf) for truncated.pdf
"""
import hashlib
import os
import struct
import sys
import zipfile

ZIP_TIME = (2024, 3, 15, 9, 30, 0)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>')


def document_xml(body_inner):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W_NS}"><w:body>{body_inner}</w:body></w:document>')


def para(text):
    return f'<w:p><w:r><w:t>{text}</w:t></w:r></w:p>'


def zinfo(name):
    zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.create_system = 0
    zi.external_attr = 0
    return zi


def write_zip(path, entries):
    """entries: list of (name, bytes-or-str)."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data in entries:
            z.writestr(zinfo(name), data.encode() if isinstance(data, str) else data, compresslevel=9)


def valid_docx_entries(text):
    return [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
            ("word/document.xml", document_xml(para(text)))]


def zipbomb(path, spaces=1_200_000_000):
    """word/document.xml is a valid document padded with 1.2e9 spaces of inter-element
    whitespace: ~1.2 GB expanded, ~1.2 MB stored. Streamed, never held in memory."""
    head = document_xml("").split("</w:body>")[0].encode()
    tail = (para("Natasha Okafor") + "</w:body></w:document>").encode()
    chunk = b" " * (1 << 20)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zinfo("[Content_Types].xml"), CONTENT_TYPES, compresslevel=9)
        z.writestr(zinfo("_rels/.rels"), RELS, compresslevel=9)
        zi = zinfo("word/document.xml")
        with z.open(zi, "w", force_zip64=False) as f:  # compresslevel: zlib default (6)
            f.write(head)
            left = spaces
            while left:
                n = min(left, len(chunk))
                f.write(chunk[:n])
                left -= n
            f.write(tail)


def billion_laughs():
    ents = ['<!ENTITY lol "lol">']
    prev = "lol"
    for i in range(1, 10):
        ents.append(f'<!ENTITY lol{i} "{("&" + prev + ";") * 10}">')
        prev = f"lol{i}"
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<!DOCTYPE w:document [\n ' + "\n ".join(ents) + '\n]>\n'
            f'<w:document xmlns:w="{W_NS}"><w:body>'
            f'{para("Natasha Okafor &lol9;")}</w:body></w:document>')


def deep_xml(depth=100_000):
    """100,000 nested w:customXml elements (block-level custom XML may nest); the
    innermost holds one paragraph."""
    open_ = '<w:customXml w:element="x">' * depth
    close = '</w:customXml>' * depth
    return document_xml(open_ + para("Natasha Okafor") + close)


# ---- a minimal Compound File Binary (OLE2) container, as Word writes for a
# password-protected .docx: streams "EncryptionInfo" and "EncryptedPackage". ---------
FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
SECTOR, MINI, CUTOFF = 512, 64, 4096


def dir_entry(name, obj_type, color, left, right, child, start, size):
    raw = name.encode("utf-16-le") + b"\0\0" if name else b""
    e = raw.ljust(64, b"\0")
    e += struct.pack("<HBB", len(raw), obj_type, color)
    e += struct.pack("<III", left, right, child)
    e += b"\0" * 16 + struct.pack("<I", 0) + b"\0" * 16  # CLSID, state bits, times
    e += struct.pack("<IQ", start, size)
    assert len(e) == 128
    return e


def encrypted_cfb():
    info_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
        'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
        '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
        'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="ZGhya2l0IGZpeHR1cmUgMQ=="/>'
        '<dataIntegrity encryptedHmacKey="ZGhya2l0IGZpeHR1cmUgMg==" encryptedHmacValue="ZGhya2l0IGZpeHR1cmUgMw=="/>'
        '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
        '<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
        'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" '
        'saltValue="ZGhya2l0IGZpeHR1cmUgNA==" encryptedVerifierHashInput="ZGhya2l0IGZpeHR1cmUgNQ==" '
        'encryptedVerifierHashValue="ZGhya2l0IGZpeHR1cmUgNg==" encryptedKeyValue="ZGhya2l0IGZpeHR1cmUgNw=="/>'
        '</keyEncryptor></keyEncryptors></encryption>')
    # Agile encryption: version 4.4, reserved 0x40, then the XML descriptor.
    info = struct.pack("<HHI", 4, 4, 0x40) + info_xml.encode()
    assert len(info) < CUTOFF  # so it lives in the mini stream
    # EncryptedPackage: 8-byte plaintext size, then "ciphertext" (deterministic noise).
    noise = b""
    h = b"dhrkit encrypted.docx fixture"
    while len(noise) < 4096:
        h = hashlib.sha256(h).digest()
        noise += h
    package = struct.pack("<Q", 3917) + noise[:4096]
    assert len(package) >= CUTOFF  # so it lives in ordinary sectors

    def sectors(n, size):
        return (n + size - 1) // size

    mini_count = sectors(len(info), MINI)
    ministream = info.ljust(mini_count * MINI, b"\0")
    ms_sectors = sectors(len(ministream), SECTOR)
    pk_sectors = sectors(len(package), SECTOR)
    # sector map: 0 FAT, 1 directory, 2 MiniFAT, 3.. mini stream, then package
    ms_start = 3
    pk_start = ms_start + ms_sectors
    total = pk_start + pk_sectors
    assert total <= SECTOR // 4
    fat = [FREESECT] * (SECTOR // 4)
    fat[0] = FATSECT
    fat[1] = ENDOFCHAIN
    fat[2] = ENDOFCHAIN
    for first, count in ((ms_start, ms_sectors), (pk_start, pk_sectors)):
        for i in range(count):
            fat[first + i] = first + i + 1 if i + 1 < count else ENDOFCHAIN
    minifat = [FREESECT] * (SECTOR // 4)
    for i in range(mini_count):
        minifat[i] = i + 1 if i + 1 < mini_count else ENDOFCHAIN

    # Directory: 0 Root Entry, 1 EncryptionInfo (black), 2 EncryptedPackage (red, right
    # sibling: CFB orders names by length first, and "EncryptionInfo" is shorter).
    directory = (dir_entry("Root Entry", 5, 1, NOSTREAM, NOSTREAM, 1, ms_start, len(ministream))
                 + dir_entry("EncryptionInfo", 2, 1, NOSTREAM, 2, NOSTREAM, 0, len(info))
                 + dir_entry("EncryptedPackage", 2, 0, NOSTREAM, NOSTREAM, NOSTREAM, pk_start, len(package))
                 + dir_entry("", 0, 0, NOSTREAM, NOSTREAM, NOSTREAM, 0, 0))

    header = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 16
    header += struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6)
    header += b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, CUTOFF, 2, 1, ENDOFCHAIN, 0)
    header += struct.pack("<I", 0) + struct.pack("<I", FREESECT) * 108  # DIFAT: FAT is sector 0
    assert len(header) == SECTOR

    body = struct.pack("<128I", *fat) + directory + struct.pack("<128I", *minifat)
    body += ministream.ljust(ms_sectors * SECTOR, b"\0")
    body += package.ljust(pk_sectors * SECTOR, b"\0")
    return header + body


def bad_utf8():
    return (b"DHR 12 notes, saved by an old editor.\n"
            b"Natasha Okafor met the GP in 2021.\n"
            b"Lone continuation byte: [\x80] invalid start byte: [\xff] "
            b"truncated sequence: [\xe2\x82] overlong slash: [\xc0\xaf] "
            b"UTF-16 surrogate: [\xed\xa0\x80] Latin-1 e-acute: caf\xe9\n"
            b"Daniel Okafor was convicted in 2023.\n")


def main(src_pdf, out):
    os.makedirs(out, exist_ok=True)
    j = lambda name: os.path.join(out, name)
    open(j("empty.pdf"), "wb").close()
    open(j("empty.docx"), "wb").close()
    with open(j("notapdf.pdf"), "w") as f:
        f.write("This is not a PDF. It is a plain text file whose name ends in .pdf.\n")
    with open(j("notadocx.docx"), "w") as f:
        f.write("This is not a DOCX. It is a plain text file whose name ends in .docx.\n")
    data = open(src_pdf, "rb").read()
    with open(j("truncated.pdf"), "wb") as f:
        f.write(data[: len(data) * 40 // 100])
    write_zip(j("notdocx.docx"), [("readme.txt", "A valid zip archive, but not a Word document.\n"),
                                  ("data/values.csv", "name,count\nexample,1\n")])
    write_zip(j("nodocument.docx"), [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS)])
    zipbomb(j("zipbomb.docx"))
    write_zip(j("traversal.docx"), valid_docx_entries("Natasha Okafor") +
              [("../../x", "written outside the extraction folder\n"),
               ("/etc/evil", "absolute path\n")])
    write_zip(j("entities.docx"), [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                                   ("word/document.xml", billion_laughs())])
    write_zip(j("deepxml.docx"), [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                                  ("word/document.xml", deep_xml())])
    with open(j("badutf8.txt"), "wb") as f:
        f.write(bad_utf8())
    with open(j("encrypted.docx"), "wb") as f:
        f.write(encrypted_cfb())


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make_bad.py SOURCE_PDF OUTDIR")
    main(sys.argv[1], sys.argv[2])
