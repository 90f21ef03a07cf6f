"""Checks on a zip package (DOCX) before anything in it is inflated or parsed.

Everything is decided from the central directory, which costs nothing to
read: the number of members, their total uncompressed size and each
member's compression ratio. Python's zipfile never inflates a member beyond
its declared size, so declared sizes bound the work. XML parts are then
scanned for a document type declaration: a Word document never needs one,
and it is how external entities (XXE) and entity-expansion bombs get in.
"""

from __future__ import annotations

import zipfile
import zlib

from briefing.errors import CorruptDocumentError, TooLargeError
from briefing.options import Limits

# What zipfile raises on a broken package: bad directory, bad deflate stream, an
# unsupported method or version ("NotImplementedError"), an encrypted member ("RuntimeError").
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    NotImplementedError,
    RuntimeError,
    EOFError,
    OSError,
    ValueError,
)
# More members than this is no Word document (a long report has a few hundred).
MAX_MEMBERS = 5000
# Members smaller than this cannot be a bomb whatever their ratio (tiny XML compresses well).
RATIO_FLOOR_BYTES = 1024 * 1024
_XML_SUFFIXES = (".xml", ".rels")
_DECLARATIONS = ("<!DOCTYPE", "<!ENTITY")
# Every encoding an XML parser detects without a declaration (XML 1.0, appendix F) but
# EBCDIC, which the parser itself refuses to open with a DTD (see docx_reader).
_MARKERS = tuple(
    marker.encode(encoding)
    for marker in _DECLARATIONS
    for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)
_LONGEST_MARKER = max(len(marker) for marker in _MARKERS)
SCAN_CHUNK = 1024 * 1024


def check_package(package: zipfile.ZipFile, *, path: str | None, limits: Limits) -> None:
    """Refuse a package whose directory announces a bomb; never inflates anything."""
    members = package.infolist()
    if len(members) > MAX_MEMBERS:
        raise CorruptDocumentError(f"{len(members)} members in the package", path=path)
    total = sum(member.file_size for member in members)
    if total > limits.max_unpacked_bytes:
        raise TooLargeError(
            f"the package unpacks to {total} bytes, over the limit of {limits.max_unpacked_bytes}",
            path=path,
        )
    for member in members:
        if member.file_size > RATIO_FLOOR_BYTES:
            ratio = member.file_size / max(member.compress_size, 1)
            if ratio > limits.max_compression_ratio:
                raise CorruptDocumentError(
                    f"{member.filename} inflates {ratio:.0f} times (a zip bomb)", path=path
                )


def check_xml_parts(package: zipfile.ZipFile, *, path: str | None) -> None:
    """Refuse XML parts that declare a DTD or entities (XXE, "billion laughs").

    Each part is scanned as a stream, a piece at a time (a marker straddling
    two pieces is still found), so a large part costs no memory.
    """
    for member in package.infolist():
        if member.filename.lower().endswith(_XML_SUFFIXES) and _declares_dtd(package, member):
            raise CorruptDocumentError(
                f"{member.filename} declares a DTD or entities (external entity or "
                "entity-expansion attack); refused",
                path=path,
            )


def _declares_dtd(package: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    tail = b""
    with package.open(member) as stream:
        while piece := stream.read(SCAN_CHUNK):
            window = tail + piece
            if any(marker in window for marker in _MARKERS):
                return True
            tail = window[-_LONGEST_MARKER:]
    return False
