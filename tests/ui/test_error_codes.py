"""Every error code has an English and a Persian sentence with the same parameters
(app/error_codes.py, ui/error_text.py), and the Export dialog says a poster error in Persian."""

from __future__ import annotations

import string

import pytest

from stormboard.app.error_codes import MESSAGES, CodedError
from stormboard.export.poster import PosterError, paper
from stormboard.ui.error_text import TEMPLATES, sentence
from stormboard.ui.i18n import install_translations

#: parameters every template can take (numbers where a format spec needs one)
SAMPLE = {"lane": "Sales", "number": 7, "count": 3, "name": "A9", "what": "Margin",
          "overlap": 12.5, "paper": "A4", "width": 190.0, "height": 277.0, "margin": 20,
          "pages": 240, "sizes": "610, 914", "known": "A0, A1", "text": "ten"}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_ui_table_is_the_registry() -> None:
    assert TEMPLATES == MESSAGES


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_code_has_an_english_and_a_persian_sentence(qapp, english, code: str) -> None:  # type: ignore[no-untyped-def]
    params = {k: SAMPLE[k] for k in _fields(MESSAGES[code])}
    error = CodedError(code=code, **params)
    en = str(error)
    assert "{" not in en and en == sentence(error)
    install_translations(qapp, "fa")
    fa = sentence(error)
    assert fa != en, (code, fa)
    assert any("\u0600" <= c <= "\u06ff" for c in fa), fa
    # the same parameters: each text parameter appears in both sentences
    for value in params.values():
        if isinstance(value, str):
            assert value in en and value in fa, (code, value, fa)
    assert "{" not in fa


def test_poster_errors_carry_their_code(qapp, english) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PosterError) as raised:
        paper("A99")
    assert raised.value.code == "poster.unknown_paper"
    assert str(raised.value).startswith("Unknown paper 'A99'")  # the CLI's English sentence
    install_translations(qapp, "fa")
    assert "«A99»" in sentence(raised.value)
