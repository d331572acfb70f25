"""Text that XML 1.0 can hold: every writer of XML (SVG, draw.io) passes text through here.

XML 1.0 forbids the C0 control characters other than tab, line feed and carriage return, even as
character references, and U+FFFE/U+FFFF. A board may hold them (a pasted text, an imported
file); a picture or a diagram must still open, so they are dropped (ADR 0164).
"""

from __future__ import annotations

import re

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NOT_XML_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")
#: character references to the same characters, as a writer may escape them (&#1; &#x1f;)
_NOT_XML_REFS = re.compile(
    rb"&#(?:0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01])|x0*(?:[0-8]|[bcef]|1[0-9a-f]));", re.IGNORECASE
)


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold."""
    return _NOT_XML.sub("", text)


def xml_bytes(data: bytes) -> bytes:
    """A UTF-8 XML document without those characters, raw or as character references. Safe on
    UTF-8: the bytes 0x00-0x1F never occur inside a multi-byte character."""
    return _NOT_XML_REFS.sub(b"", _NOT_XML_BYTES.sub(b"", data))
