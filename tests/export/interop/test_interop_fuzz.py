"""Fuzzing the importers of other tools' files (issue 13): whatever an Excalidraw, draw.io, CSV
or text file holds, the command line ends in success or one refusal line, never "Unexpected
error". Bounded examples keep CI fast."""

from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stormboard.cli import main

ODD = ["", "\ud800", "x" * 300, "=1+1", "\x00", "#ffc9c9", "transparent", "NaN", "1e999",
       "-0", "9" * 400, "rectangle", "text", "arrow", "ellipse", "diamond", "سلام"]
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.sampled_from([10**400, 1e308]),
                    st.floats(allow_nan=False, allow_infinity=False), st.sampled_from(ODD),
                    st.text(max_size=12))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(ODD), inner, max_size=3)),
    max_leaves=8)
ELEMENT = {"type": "rectangle", "id": "r1", "x": 0, "y": 0, "width": 160, "height": 160,
           "backgroundColor": "#ffc9c9", "strokeColor": "#000000", "text": "Order placed",
           "boundElements": [], "containerId": None, "startBinding": None, "isDeleted": False,
           "points": [[0, 0], [10, 10]], "angle": 0, "groupIds": []}

FUZZ = settings(max_examples=100, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _import(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes) -> None:
    src, out = tmp_path / name, tmp_path / "fuzz.storm"
    src.write_bytes(data)
    out.unlink(missing_ok=True)
    capsys.readouterr()
    status = main(["import", str(src), "-o", str(out)])
    err = capsys.readouterr().err
    assert "Unexpected error" not in err, err
    assert status == 0 or (status == 2 and len(err.splitlines()) == 1 and not out.exists()), err


@FUZZ
@given(changes=st.dictionaries(st.sampled_from(sorted(ELEMENT)), values, min_size=1,
                               max_size=4),
       kind=st.sampled_from(["rectangle", "text", "arrow", "ellipse", "diamond", "line"]))
def test_excalidraw_elements(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             changes: dict, kind: str) -> None:
    element = {**ELEMENT, "type": kind, **changes}
    doc = {"type": "excalidraw", "version": 2, "elements": [element, dict(ELEMENT, id="r2")]}
    _import(tmp_path, capsys, "f.excalidraw", json.dumps(doc, ensure_ascii=True).encode())


ATTRS = ("x", "y", "width", "height", "value", "style", "id", "parent", "source", "target")


@FUZZ
@given(changes=st.dictionaries(st.sampled_from(ATTRS), st.one_of(st.sampled_from(ODD),
                                                                  st.text(max_size=12)),
                               min_size=1, max_size=4))
def test_drawio_cells(tmp_path: Path, capsys: pytest.CaptureFixture[str], changes: dict) -> None:
    cell = {"id": "2", "value": "Order placed", "vertex": "1", "parent": "1",
            "style": "rounded=0;fillColor=#ffc9c9;", "source": None, "target": None}
    geometry = {"x": "10", "y": "20", "width": "160", "height": "160"}
    for key, value in changes.items():
        (geometry if key in geometry else cell)[key] = value.replace("\ud800", "")

    def attrs(d: dict) -> str:
        return " ".join(f"{k}={quoteattr(v)}" for k, v in d.items()
                        if v is not None and "\x00" not in v)

    xml = ('<mxfile><diagram id="d"><mxGraphModel><root><mxCell id="0"/>'
           '<mxCell id="1" parent="0"/>'
           f'<mxCell {attrs(cell)}><mxGeometry {attrs(geometry)} as="geometry"/></mxCell>'
           "</root></mxGraphModel></diagram></mxfile>")
    _import(tmp_path, capsys, "f.drawio", xml.encode("utf-8", "surrogatepass"))


@FUZZ
@given(data=st.one_of(st.binary(max_size=300),
                      st.lists(st.lists(st.one_of(st.sampled_from(ODD), st.text(max_size=8)),
                                        max_size=6), max_size=6)
                      .map(lambda rows: "\n".join(",".join(r) for r in rows)
                           .encode("utf-8", "surrogatepass"))))
def test_csv_and_text(tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes) -> None:
    _import(tmp_path, capsys, "f.csv", b"kind,text,x,y,lane\n" + data)
    _import(tmp_path, capsys, "f.txt", data)
