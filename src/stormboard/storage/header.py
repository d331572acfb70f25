"""Checking the 100-byte SQLite header ourselves, before SQLite parses anything in the file.

Following sqlite.org "Defense Against the Dark Arts": a file that is not ours is refused from its
header alone, so SQLite never sees it and its bytes are never touched.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

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
        with open(path, "rb") as f:
            raw = f.read(HEADER_SIZE)
            size = os.fstat(f.fileno()).st_size
    except IsADirectoryError:
        raise StormFileError(path, f"{name} is a folder, not a board file.") from None
    except FileNotFoundError:
        raise StormFileError(path, f"The board file {name} does not exist.") from None
    except PermissionError:
        raise StormFileError(path, f"You are not allowed to read {name}.") from None
    except OSError as error:
        raise StormFileError(path, f"{name} could not be read ({error.strerror}).") from None
    return parse_header(path, raw, size)


def parse_header(path: Path, raw: bytes, size: int) -> Header:
    name = path.name
    if len(raw) < HEADER_SIZE or not raw.startswith(MAGIC):
        if raw.startswith(MAGIC):
            raise StormFileError(path, f"{name} is truncated: it ends inside its header.")
        raise StormFileError(path, f"{name} is not a Stormboard board file.")
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
        raise StormFileError(path, f"{name} is damaged: its SQLite header is not valid.")
    check_stamps(path, application_id, user_version)
    if size % page_size:
        raise StormFileError(path, f"{name} is truncated or damaged: its size is not whole pages.")
    count_valid = page_count > 0 and change_counter == valid_for
    if count_valid and size < page_count * page_size:
        raise StormFileError(path, f"{name} is truncated: it is shorter than its header says.")
    return Header(page_size, page_count if count_valid else 0, user_version, application_id,
                  write_version == 2)


def check_stamps(path: Path, application_id: int, user_version: int) -> None:
    """Refuse another application's database, an unstamped one, or a newer format."""
    name = path.name
    if application_id != APPLICATION_ID:
        raise StormFileError(
            path, f"{name} is a database of another application, not a Stormboard board."
        )
    if user_version > SCHEMA_VERSION:
        raise StormFileError(
            path,
            f"{name} was saved by a newer Stormboard (file format {user_version}; this version "
            f"reads up to {SCHEMA_VERSION}), please update Stormboard to open it.",
        )
    if user_version < OLDEST_READABLE_VERSION:
        raise StormFileError(path, f"{name} has no Stormboard format version; it is not a board.")
