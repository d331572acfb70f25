"""Past-tense hint on a table of English and Persian examples."""

from __future__ import annotations

import pytest

from stormboard.domain.tense import reads_as_past

EXAMPLES = [
    # English: past
    ("Order placed", True),
    ("Payment failed", True),
    ("Invoice sent", True),
    ("Goods were shipped", True),
    ("Order was cancelled by the customer", True),
    ("Customer paid", True),
    ("Refund has been issued", True),
    ("Stock ran out", True),
    ("Contract signed.", True),
    # English: not past
    ("Place order", False),
    ("Send invoice", False),
    ("Customer is notified", False),
    ("Order will be shipped", False),
    ("Processing payment", False),
    ("Customer needs a refund", False),
    # English: cannot tell
    ("Order", None),
    ("Customer happiness", None),
    ("", None),
    # Persian: past
    ("سفارش ثبت شد", True),
    ("سفارش ثبت‌شد", True),
    ("سفارش ارسال شد", True),
    ("پرداخت انجام گرفت", True),
    ("مشتری ثبت‌نام کرد", True),
    ("کالا ارسال شده است", True),
    ("فاکتور صادر شده", True),
    ("سفارش‌ها رسیدند", True),
    ("مشتری کالا را پس فرستاد", True),
    ("موجودی تمام شد.", True),
    ("مشتري ثبت شد", True),  # Arabic yeh
    ("انبار کالا را تحویل گرفت", True),
    # Persian: not past
    ("سفارش ثبت می‌شود", False),
    ("سفارش ثبت میشود", False),
    ("سفارش ارسال می شود", False),
    ("سفارش ثبت نمی‌شود", False),
    ("کالا ارسال خواهد شد", False),
    ("سفارش ثبت شود", False),
    ("مشتری پول را پرداخت می‌کند", False),
    ("سفارش آماده است", False),
    # Persian: cannot tell
    ("ثبت سفارش", None),
    ("مشتری", None),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES)
def test_past_tense_hint(text: str, expected: bool | None) -> None:
    assert reads_as_past(text) is expected
