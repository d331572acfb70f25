"""XML from someone else's file, parsed by defusedxml: no DTD (so no entity expansion, no
billion laughs), no external entities, nothing fetched, and a bound on nesting depth."""

from __future__ import annotations

import xml.etree.ElementTree as ET  # only the tree types; parsing goes through defusedxml

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from .common import MAX_DEPTH, InteropError


class _DepthLimit(Exception):
    pass


class _Builder(ET.TreeBuilder):
    """A TreeBuilder that refuses elements nested deeper than ``MAX_DEPTH``."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0

    def start(self, tag, attrs):  # type: ignore[no-untyped-def, override]
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _DepthLimit
        return super().start(tag, attrs)

    def end(self, tag):  # type: ignore[no-untyped-def, override]
        self.depth -= 1
        return super().end(tag)


def parse_xml(text: str | bytes, name: str) -> ET.Element:
    """The root element, or an InteropError saying what was refused."""
    parser = DefusedXMLParser(target=_Builder(), forbid_dtd=True, forbid_entities=True,
                              forbid_external=True)
    try:
        parser.feed(text)
        return parser.close()
    except _DepthLimit:
        raise InteropError(code="export.nests_elements_more_than", name=name,
                           max_depth=MAX_DEPTH) from None
    except DefusedXmlException as error:
        raise InteropError(
            code="export.declares_dtd_entities_stormboard", name=name, name2=type(error).__name__
        ) from None
    except ET.ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        raise InteropError(code="export.well_formed_xml_line", name=name, line=line,
                           column=column) from None
