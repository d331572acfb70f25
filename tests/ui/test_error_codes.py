"""Every error code of the registry (stormboard/error_codes.py) has an English and a Persian
sentence with the same parameters, and each formats with sample parameters; coded phrases,
OS errors and nested errors are said in Persian too (ADR 0184, ADR 0210)."""

from __future__ import annotations

import errno
import re
import string
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from stormboard.app.error_codes import MESSAGES as APP_MESSAGES
from stormboard.error_codes import MESSAGES, CodedError, Phrase, os_problem
from stormboard.export.poster import PosterError, paper
from stormboard.ui.error_text import TEMPLATES, sentence
from stormboard.ui.i18n import install_translations

#: templates with no word to translate: only parameters and a JSON field name
SAME_IN_EVERY_LANGUAGE = {"export.board"}


def _fields(template: str) -> dict[str, str]:
    return {name: spec for _, name, spec, _ in string.Formatter().parse(template) if name}


def _sample(name: str, spec: str) -> object:
    """A number where the template formats one, else a text that shows where it lands."""
    if spec and spec[-1] in "bcdoxX,":
        return 7  # an integer format
    return 7.5 if spec else f"X{name}X"


def test_the_ui_table_is_the_registry() -> None:
    assert TEMPLATES is MESSAGES and APP_MESSAGES is MESSAGES
    assert all(code.count(".") >= 1 and code == code.lower() for code in MESSAGES)


@pytest.fixture
def persian(qapp):  # type: ignore[no-untyped-def]
    install_translations(qapp, "fa")
    yield
    install_translations(qapp, "en")


def test_every_code_has_an_english_and_a_persian_sentence(qapp, persian) -> None:  # type: ignore[no-untyped-def]
    problems = []
    for code, template in sorted(MESSAGES.items()):
        fields = _fields(template)
        params = {name: _sample(name, spec) for name, spec in fields.items()}
        english = CodedError(code=code, **params)
        fa_template = QCoreApplication.translate("Errors", template)
        wordless = code in SAME_IN_EVERY_LANGUAGE or not re.search(
            r"[A-Za-z]", re.sub(r"\{[^}]*\}", "", template))
        persian_words = any("\u0600" <= c <= "\u06ff" for c in fa_template)
        if not wordless and (fa_template == template or not persian_words):
            problems.append(f"{code}: no Persian sentence")
            continue
        if _fields(fa_template) != fields:
            problems.append(f"{code}: parameters {_fields(fa_template)} != {fields}")
            continue
        fa = sentence(english)
        if "{" in fa or "{" in str(english):
            problems.append(f"{code}: a parameter left unformatted")
        for value in params.values():
            if isinstance(value, str) and value not in fa:
                problems.append(f"{code}: {value} missing from {fa}")
    assert not problems, "\n".join(problems)


def test_english_is_the_registry_sentence(qapp, english) -> None:  # type: ignore[no-untyped-def]
    for code, template in MESSAGES.items():
        params = {name: _sample(name, spec) for name, spec in _fields(template).items()}
        error = CodedError(code=code, **params)
        assert sentence(error) == str(error) == template.format(**params)


def test_phrases_os_errors_and_nested_errors_in_persian(qapp, persian) -> None:  # type: ignore[no-untyped-def]
    full = OSError(errno.ENOSPC, "No space left on device", "/tmp/b.storm")
    assert str(os_problem(full)) == "the disk is full"
    said = sentence(full)
    assert "b.storm" in said and "دیسک" in said and "No space" not in said
    odd = os_problem(OSError(errno.EXDEV, "Invalid cross-device link"))
    assert odd.code == "os.other" and "Invalid cross-device link" in sentence(odd)
    # a quoted number parameter ({height!r}) is quoted as in English, not a wrapper's repr
    height = sentence(Phrase("integrity.lane_impossible_height", id="L1", height=2.5))
    assert "'L1'" in height and "2.5" in height and "object" not in height, height
    nested = CodedError(code="os.on_file", name="x.storm", problem=Phrase("os.denied"))
    assert str(nested) == "x.storm: permission denied."
    assert "permission" not in sentence(nested) and "x.storm" in sentence(nested)


def test_poster_errors_carry_their_code(qapp, english) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PosterError) as raised:
        paper("A99")
    assert raised.value.code == "poster.unknown_paper"
    assert str(raised.value).startswith("Unknown paper 'A99'")  # the CLI's English sentence
    install_translations(qapp, "fa")
    assert "«A99»" in sentence(raised.value)


def test_wrapped_and_re_raised_errors_keep_their_code(qapp, persian) -> None:  # type: ignore[no-untyped-def]
    from stormboard.app.ports import StoreError
    from stormboard.cli.errors import UsageError
    from stormboard.export.atomic import output_error
    from stormboard.storage.errors import StormFileError

    inner = StormFileError("/tmp/b.storm", code="storage.exists", name="b.storm")
    for outer in (StoreError(inner), UsageError(inner)):
        assert outer.code == "storage.exists" and str(outer) == str(inner)
        assert "b.storm" in sentence(outer) and "exists" not in sentence(outer)
    full = output_error(Path("/tmp/out.pdf"), OSError(errno.ENOSPC, "No space left on device"))
    assert str(full) == "Cannot write /tmp/out.pdf: the disk is full. Nothing was written."
    assert "دیسک پر است" in sentence(full) and "disk" not in sentence(full)


def test_numbers_in_persian_digits_and_hex_as_written(qapp, persian) -> None:  # type: ignore[no-untyped-def]
    newer = CodedError(code="storage.newer", name="b.storm", version=9, newest=3)
    assert "۹" in sentence(newer) and "۳" in sentence(newer)
    byte = CodedError(code="export.utf_text_byte_x", file="b.json", value=0xAF, start=12)
    assert "0xAF" in sentence(byte) and "۱۲" in sentence(byte)
