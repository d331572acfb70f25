"""Checking the 100-byte SQLite header ourselves, before SQLite parses anything in the file.

Following sqlite.org "Defense Against the Dark Arts": a file that is not ours is refused from its
header alone, so SQLite never sees it and its bytes are never touched.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from ..app.input_files import InputFileError, read_head
from ..error_codes import Phrase
from .errors import StormFileError

#: PRAGMA application_id of every .storm file: the ASCII bytes "STMB" (0x53544D42)
APPLICATION_ID = 0x53544D42
#: the schema version this code writes (PRAGMA user_version); see ddl.py for every version
SCHEMA_VERSION = 3
#: the oldest version this code can still read and migrate
OLDEST_READABLE_VERSION = 1

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True, slots=True)
class Header:
    page_size: int
    page_count: int  # 0 when the in-header count is not valid
    user_version: int
    application_id: int
    wal_mode: bool


def read_header(path: Path) -> Header:
    """Check the header of an existing .storm file; raise StormFileError with one sentence."""
    name = path.name
    try:
        # a regular file only: a FIFO or a device would block or never end (ADR 0160)
        raw, size = read_head(path, HEADER_SIZE)
    except InputFileError as error:
        raise StormFileError(path, _header_refusal(name, error)) from None  # a Phrase
    return parse_header(path, raw, size, wal_beside=Path(f"{path}-wal").exists())


def _header_refusal(name: str, error: InputFileError) -> object:
    if error.reason == "folder":
        return Phrase("storage.is_folder", name=name)
    if error.reason == "missing":
        return Phrase("storage.missing", name=name)
    if error.reason == "denied":
        return Phrase("input.denied", name=name)
    return error  # coded by app.input_files


def parse_header(path: Path, raw: bytes, size: int, *, wal_beside: bool = False) -> Header:
    """``wal_beside``: a -wal file is next to a WAL-mode board. A checkpoint cut short (a full
    disk, a file-size limit) leaves part of a page at the end of the file while every committed
    page is still in the -wal; SQLite reads such a file correctly, and its integrity check
    judges it, so the size tests are skipped then (issue 13: nothing is lost)."""
    name = path.name
    if len(raw) < HEADER_SIZE or not raw.startswith(MAGIC):
        if raw.startswith(MAGIC):
            raise StormFileError(path, code="storage.header_cut", name=name)
        raise StormFileError(path, code="storage.not_a_board", name=name)
    (page_size,) = struct.unpack_from(">H", raw, 16)
    page_size = 65536 if page_size == 1 else page_size
    write_version, read_version = raw[18], raw[19]
    (change_counter, page_count) = struct.unpack_from(">II", raw, 24)
    (user_version,) = struct.unpack_from(">I", raw, 60)
    (application_id,) = struct.unpack_from(">I", raw, 68)
    (valid_for,) = struct.unpack_from(">I", raw, 92)
    if page_size < 512 or page_size & (page_size - 1) or write_version not in (1, 2) or (
        read_version not in (1, 2)
    ):
        raise StormFileError(path, code="storage.bad_header", name=name)
    check_stamps(path, application_id, user_version)
    cut_checkpoint = wal_beside and write_version == 2  # SQLite reads it through the -wal
    if size % page_size and not cut_checkpoint:
        raise StormFileError(path, code="storage.partial_pages", name=name)
    count_valid = page_count > 0 and change_counter == valid_for
    if count_valid and size < page_count * page_size and not cut_checkpoint:
        raise StormFileError(path, code="storage.shorter", name=name)
    return Header(page_size, page_count if count_valid else 0, user_version, application_id,
                  write_version == 2)


def check_stamps(path: Path, application_id: int, user_version: int) -> None:
    """Refuse another application's database, an unstamped one, or a newer format."""
    name = path.name
    if application_id != APPLICATION_ID:
        raise StormFileError(path, code="storage.foreign", name=name)
    if user_version > SCHEMA_VERSION:
        raise StormFileError(path, code="storage.newer", name=name, version=user_version,
                             newest=SCHEMA_VERSION)
    if user_version < OLDEST_READABLE_VERSION:
        raise StormFileError(path, code="storage.unversioned", name=name)
