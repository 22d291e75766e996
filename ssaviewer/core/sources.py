"""The edge where paths become bytes: folders, archives and compressed files.

Everything past this module works on ``(name, bytes)`` pairs, so readers never touch the file
system. Compression is recognised from the content (magic bytes), not from the file name.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_MAX_DECOMPRESSED_BYTES = 4 * 1024**3  # refuse decompression bombs beyond 4 GiB

#: What the decompressors raise on corrupt or truncated input (zlib.error is not an OSError).
_CORRUPT = (
    OSError,
    EOFError,
    lzma.LZMAError,
    zlib.error,
    zipfile.BadZipFile,
    ValueError,
    NotImplementedError,
)


@dataclass(frozen=True)
class Source:
    """One file's content, decompressed.

    ``name`` is what users see in messages (the base name, or ``archive.zip/member``);
    ``path`` is the full path for display in reports; ``from_folder`` is True when the file
    was found by walking a folder (then an unknown format is skipped, not an error).
    """

    name: str
    path: str
    data: bytes
    from_folder: bool = False


class SourceError(Exception):
    """A path that could not be read: missing, unreadable or a corrupt archive."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def iter_sources(paths: list[str | os.PathLike[str]]) -> Iterator[Source | SourceError]:
    """Yield the decompressed content of every file named or found below ``paths``.

    Folders are walked recursively in sorted order, skipping hidden entries and training
    scenarios (``WALK_SKIPS_SUFFIXES``). A problem with
    one path is yielded as a :class:`SourceError` so the caller can report it and go on.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(_walk(path)):
                yield from _read(child, from_folder=True)
        elif path.exists():
            yield from _read(path, from_folder=False)
        else:
            yield SourceError(str(path), "no such file or folder")


#: Files a folder walk passes over: training scenarios (``.ssas``) hold their own data and an
#: answer key, opened only on their own (File → Open training scenario), never mixed in.
WALK_SKIPS_SUFFIXES: tuple[str, ...] = (".ssas",)


def _walk(folder: Path) -> Iterator[Path]:
    for child in folder.iterdir():
        if child.name.startswith(".") or child.suffix.lower() in WALK_SKIPS_SUFFIXES:
            continue
        if child.is_dir():
            yield from _walk(child)
        elif child.is_file():
            yield child


def _read(path: Path, *, from_folder: bool) -> Iterator[Source | SourceError]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield SourceError(str(path), f"cannot be read ({exc.strerror or exc})")
        return
    yield from expand(path.name, str(path), data, from_folder=from_folder)


def expand(
    name: str, path: str, data: bytes, *, from_folder: bool = False
) -> Iterator[Source | SourceError]:
    """Decompress ``data`` (gzip, bzip2, xz, zip; by content) and yield its files."""
    try:
        if data[:2] == b"\x1f\x8b":
            yield from expand(
                _strip(name, ".gz"),
                path,
                _bounded(gzip.GzipFile(fileobj=io.BytesIO(data))),
                from_folder=from_folder,
            )
        elif data[:3] == b"BZh":
            yield from expand(
                _strip(name, ".bz2"),
                path,
                _bounded(bz2.BZ2File(io.BytesIO(data))),
                from_folder=from_folder,
            )
        elif data[:6] == b"\xfd7zXZ\x00":
            yield from expand(
                _strip(name, ".xz"),
                path,
                _bounded(lzma.LZMAFile(io.BytesIO(data))),
                from_folder=from_folder,
            )
        elif data[:4] == b"PK\x03\x04":
            yield from _expand_zip(name, path, data)
        else:
            yield Source(name=name, path=path, data=_utf8(data), from_folder=from_folder)
    except _CORRUPT as exc:
        yield SourceError(path, f"corrupt or truncated compressed data ({exc})")


#: Byte-order marks a text editor may put at the start of a file (Windows Notepad does).
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _utf8(data: bytes) -> bytes:
    """Return ``data`` as UTF-8 text without a byte-order mark, lines ended by LF (or CRLF).

    A UTF-8 mark is dropped; UTF-16 text with its mark (Notepad's "Unicode") is re-encoded
    as UTF-8, undecodable pairs replaced (the readers then reject those records by line).
    Text whose lines end with a bare CR (classic Mac OS files, found in old archives) gets LF
    ends. Anything else is returned unchanged, without a copy. Line numbers stay as in the
    file.
    """
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    elif data[:2] in _UTF16_BOMS:
        data = data.decode("utf-16", errors="replace").encode("utf-8")
    head = data[:65536]
    if b"\r" in head and b"\n" not in head:
        data = data.replace(b"\r", b"\n")
    return data


def _expand_zip(name: str, path: str, data: bytes) -> Iterator[Source | SourceError]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            if info.is_dir() or Path(info.filename).name.startswith("."):
                continue
            if info.file_size > _MAX_DECOMPRESSED_BYTES:
                yield SourceError(f"{path}/{info.filename}", "member larger than 4 GiB, refused")
                continue
            try:
                member = archive.read(info)
            except _CORRUPT as exc:
                yield SourceError(f"{path}/{info.filename}", f"corrupt archive member ({exc})")
                continue
            yield from expand(
                f"{name}/{info.filename}", f"{path}/{info.filename}", member, from_folder=True
            )


def _bounded(stream: io.BufferedIOBase | gzip.GzipFile | bz2.BZ2File | lzma.LZMAFile) -> bytes:
    with stream:
        data = stream.read(_MAX_DECOMPRESSED_BYTES + 1)
    if len(data) > _MAX_DECOMPRESSED_BYTES:
        raise ValueError("decompresses to more than 4 GiB, refused")
    return data


def _strip(name: str, suffix: str) -> str:
    return name[: -len(suffix)] if name.lower().endswith(suffix) else name
