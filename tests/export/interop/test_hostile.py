"""Untrusted files: refused with one clear sentence, quickly, before anything is built."""

from __future__ import annotations

import base64
import json
import zlib
from pathlib import Path

import pytest

from stormboard.export.interop import InteropError, read_import
from stormboard.export.interop.common import MAX_DEPTH, MAX_IMPORT_BYTES

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<mxfile><diagram><mxGraphModel><root><mxCell id="0" value="&lol4;"/></root></mxGraphModel>
</diagram></mxfile>"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE mxfile [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<mxfile><diagram><mxGraphModel><root><mxCell id="0" value="&secret;" vertex="1"/></root>
</mxGraphModel></diagram></mxfile>"""

REMOTE_DTD = """<?xml version="1.0"?>
<!DOCTYPE mxfile SYSTEM "http://127.0.0.1:9/evil.dtd"><mxfile/>"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def refused(path: Path, *patterns: str) -> str:
    with pytest.raises(InteropError) as caught:
        read_import(path)
    message = str(caught.value)
    assert "\n" not in message
    for pattern in patterns:
        assert pattern in message, message
    return message


@pytest.mark.parametrize("text", [LAUGHS, EXTERNAL, REMOTE_DTD])
def test_xml_entities_and_dtds_are_never_read(tmp_path: Path, text: str) -> None:
    refused(write(tmp_path, "x.drawio", text), "x.drawio", "DTD")


def test_compressed_page_that_inflates_past_the_limit(tmp_path: Path) -> None:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    bomb = packer.compress(b"A" * (MAX_IMPORT_BYTES + 1024)) + packer.flush()
    text = f"<mxfile><diagram>{base64.b64encode(bomb).decode()}</diagram></mxfile>"
    assert len(text) < 1_000_000  # small on disk, huge unpacked
    refused(write(tmp_path, "bomb.drawio", text), "diagram[0]", "more than 50 MB")


def test_compressed_page_that_is_not_base64_or_deflate(tmp_path: Path) -> None:
    refused(write(tmp_path, "a.drawio", "<mxfile><diagram>@@@</diagram></mxfile>"),
            "not base64")
    junk = base64.b64encode(b"\xff\xfe not deflate").decode()
    refused(write(tmp_path, "b.drawio", f"<mxfile><diagram>{junk}</diagram></mxfile>"),
            "not deflate")


@pytest.mark.parametrize("suffix", [".excalidraw", ".drawio", ".csv", ".txt", ".json"])
def test_a_100_mb_file_is_refused_without_reading_it(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"huge{suffix}"
    with path.open("wb") as f:  # sparse: 100 MB on paper, nothing on the disk
        f.truncate(100 * 1024 * 1024)
    with pytest.raises(Exception) as caught:
        read_import(path)
    assert "MB" in str(caught.value) and "\n" not in str(caught.value)


def test_deep_nesting(tmp_path: Path) -> None:
    deep = "[" * 200_000 + "]" * 200_000
    refused(write(tmp_path, "deep.excalidraw",
                  '{"type": "excalidraw", "elements": ' + deep + "}"), "nested too deeply")
    xml = "<mxfile>" + "<a>" * (MAX_DEPTH + 5) + "</a>" * (MAX_DEPTH + 5) + "</mxfile>"
    refused(write(tmp_path, "deep.drawio", xml), f"more than {MAX_DEPTH} deep")


def scene(*elements: dict) -> str:
    return json.dumps({"type": "excalidraw", "version": 2, "elements": list(elements)})


BOX = {"id": "r1", "type": "rectangle", "x": 0, "y": 0, "width": 100, "height": 80,
       "backgroundColor": "#ffd8a8"}


@pytest.mark.parametrize(("content", "expected"), [
    (scene({**BOX, "x": "12"}), "elements[0] (rectangle 'r1'): x must be a number, not str"),
    (scene({**BOX, "y": None}), "elements[0] (rectangle 'r1'): y must be a number, not missing"),
    (scene({**BOX, "width": True}), "width must be a number, not bool"),
    (scene(BOX, {"id": "t", "type": "text", "containerId": "r1", "text": 5, "x": 0, "y": 0}),
     "elements[1] (text 't'): text must be text, not int"),
    (scene(BOX, {"id": "t", "type": "text", "containerId": ["r1"], "text": "a"}),
     "containerId must be text"),
    (scene(BOX, {"id": "a", "type": "arrow", "startBinding": "r1"}),
     "elements[1] (arrow 'a'): startBinding must be an object"),
    (scene("not an element"), "elements[0] must be an object, not str"),
    (scene({"type": "rectangle"}), 'elements[0] needs a text "id"'),
    (json.dumps({"type": "excalidraw", "elements": {"a": 1}}), '"elements" must be a list'),
    (json.dumps({"type": "something else"}), "is not an Excalidraw file"),
    ("{not json", "is not JSON"),
])
def test_excalidraw_wrong_types(tmp_path: Path, content: str, expected: str) -> None:
    refused(write(tmp_path, "bad.excalidraw", content), expected)


def test_drawio_wrong_values(tmp_path: Path) -> None:
    cell = ('<mxfile><diagram><mxGraphModel><root><mxCell id="v" value="a" vertex="1">'
            '<mxGeometry x="{x}" y="0" width="10" height="10" as="geometry"/></mxCell>'
            "</root></mxGraphModel></diagram></mxfile>")
    refused(write(tmp_path, "a.drawio", cell.format(x="abc")), "mxCell[0] (id 'v'): x='abc'")
    refused(write(tmp_path, "b.drawio", cell.format(x="inf")), "x must be a finite number")
    refused(write(tmp_path, "c.drawio", "<svg/>"), "not a draw.io file")
    refused(write(tmp_path, "d.drawio", "<mxfile><diagram>"), "not well-formed XML")


def test_csv_wrong_values(tmp_path: Path) -> None:
    refused(write(tmp_path, "a.csv", "kind,text,x,y\nevent,Hi,1,2\n"),
            "row 2: kind 'event' is not a notation kind")
    refused(write(tmp_path, "b.csv", "kind,text,x,y\nnote,Hi,left,2\n"),
            "row 2: x 'left' is not a number")
    refused(write(tmp_path, "c.csv", b"text\n\xff\xfe\n"), "not UTF-8")


def test_unknown_extension(tmp_path: Path) -> None:
    refused(write(tmp_path, "a.vsdx", "x"), "must end in one of")
