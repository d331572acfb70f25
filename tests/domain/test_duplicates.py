"""Duplicate finder: normalisation (Persian/Arabic variants) and near-equal grouping."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stormboard.domain import duplicates
from stormboard.domain.duplicates import (
    compact_key,
    find_duplicates,
    levenshtein,
    max_distance,
    near_pairs,
    normalize,
)
from stormboard.domain.entities import Sticky


def s(sid: str, text: str, kind: str = "domain_event", x: float = 0.0) -> Sticky:
    return Sticky(sid, kind, x, 0, 100, 100, text=text)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("سفارش ثبت شد", "سفارش ثبت‌شد"),  # ZWNJ
        ("سفارش ثبت شد", "سفارش ثبت شد "),  # trailing space
        ("سفارش ثبت شد", "سفارش  ثبت\tشد."),  # spacing and punctuation
        ("مشتری ثبت شد", "مشتري ثبت شد"),  # Arabic yeh
        ("کالا پیدا شد", "كالا پيدا شد"),  # Arabic kaf and yeh
        ("پرداخت انجام شد", "پرداخت انجـــام شد"),  # tatweel
        ("سفارش ۱۲ ثبت شد", "سفارش ١٢ ثبت شد"),  # Persian vs Arabic-Indic digits
        ("سفارش ۱۲ ثبت شد", "سفارش 12 ثبت شد"),
        ("آدرس تغییر کرد", "ادرس تغییر کرد"),  # alef madda
        ("فاکتور آماده شد", "فاکتور آمادة شد"),  # teh marbuta
        ("سفارش ثبت شد", "سَفارش ثَبت شُد"),  # harakat
        ("Order placed", "order  PLACED!"),
        ("Café opened", "Cafe opened"),
    ],
)
def test_variants_share_a_key(a: str, b: str) -> None:
    assert compact_key(a) == compact_key(b)


def test_normalize_keeps_words_apart() -> None:
    assert normalize("  Order,placed\n") == "order placed"
    assert normalize("\u200f\u200eسفارش") == "سفارش"


def test_ascii_shortcut_matches_the_class_table() -> None:
    """ASCII keys skip the per-character table; every ASCII character must come out the same."""
    for code in range(128):
        text = f"Ab{chr(code)}9 {chr(code)}z"
        assert compact_key(text) == "".join(duplicates._classed(text.casefold()).split())


def test_fold_is_applied_to_every_folded_character() -> None:
    for code, value in duplicates._FOLD.items():
        assert compact_key(f"سفارش{chr(code)}ثبت") == compact_key(f"سفارش{value or ''}ثبت")


def test_distinct_texts_stay_distinct() -> None:
    assert compact_key("سفارش ثبت شد") != compact_key("سفارش لغو شد")


def test_threshold() -> None:
    assert [max_distance(n) for n in (0, 9, 10, 19, 20, 35, 200)] == [0, 0, 1, 1, 2, 3, 3]


@given(st.text(alphabet="abcdeسش", max_size=70), st.text(alphabet="abcdeسش", max_size=70))
@settings(max_examples=300, deadline=None)
def test_levenshtein_matches_the_table(a: str, b: str) -> None:
    assert levenshtein(a, b) == _levenshtein(a, b)


def _levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@pytest.mark.parametrize("small_bucket", [0, 8, 10_000])  # index only, mixed, direct only
def test_near_pairs_finds_exactly_the_brute_force_pairs(
    small_bucket: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(duplicates, "SMALL_BUCKET", small_bucket)
    rng = random.Random(7)
    letters = "abcdefgh1"  # few letters: many near pairs; a digit: the same-digits rule
    base = ["".join(rng.choice(letters) for _ in range(rng.randint(5, 45)))
            for _ in range(60)]
    base += [base[0][:20] + x for x in ("abc", "abd", "abcd", "ab")]  # a crowded length bucket
    keys = set(base)
    for k in base:  # add mutated copies: 1 to 4 random edits
        m = list(k)
        for _ in range(rng.randint(1, 4)):
            op = rng.randint(0, 2)
            pos = rng.randrange(len(m) + (1 if op == 1 else 0)) if m else 0
            if op == 0 and m:
                m[pos] = rng.choice(letters)
            elif op == 1:
                m.insert(pos, rng.choice(letters))
            elif m:
                del m[pos]
        keys.add("".join(m))
    keys = sorted(keys)
    got = {tuple(sorted((keys[i], keys[j]))) for i, j in near_pairs(keys)}
    want = {
        (a, b) for i, a in enumerate(keys) for b in keys[i + 1:]
        if _levenshtein(a, b) <= max_distance(max(len(a), len(b)))
        and a.count("1") == b.count("1")
    }
    assert got == want
    assert len(want) > 10  # the mutation step made some near pairs


def test_groups_persian_variants_of_one_event() -> None:
    stickies = [
        s("1", "سفارش ثبت شد", x=0),
        s("2", "سفارش ثبت‌شد", x=200),
        s("3", "سفارش ثبت شد ", x=400),
        s("4", "سفارش ثبت شد", x=600),  # Arabic yeh? no: identical, still a duplicate
        s("5", "سفارش لغو شد", x=800),
        s("6", "سفارش ثبت شد", kind="hotspot"),  # another kind is never grouped
        s("7", ""), s("8", "  "),  # blanks are not duplicates
    ]
    groups = find_duplicates(stickies)
    assert [g.ids for g in groups] == [("1", "2", "3", "4")]
    assert groups[0].exact and groups[0].kind == "domain_event"


def test_groups_arabic_keyboard_forms() -> None:
    groups = find_duplicates([s("a", "مشتری کالا را پس فرستاد"), s("b", "مشتري كالا را پس فرستاد"),
                              s("c", "Order placed")])
    assert [g.ids for g in groups] == [("a", "b")]


def test_near_equal_texts_group_but_short_ones_must_match_exactly() -> None:
    groups = find_duplicates([
        s("a", "Payment received from customer", x=0),
        s("b", "Payment recieved from customer", x=1),  # 2 edits on 27 chars
        s("x", "Payment recieved from custmer", x=1.5),  # 3 edits from "a": too many, but
        # one edit from "b", so it joins the group through it
        s("c", "Order paid", x=2),
        s("d", "Order paic", x=3),  # 1 edit on 9 chars: too short to be near-equal
    ])
    assert [g.ids for g in groups] == [("a", "b", "x")]
    assert not groups[0].exact


def test_near_equal_needs_the_same_numbers() -> None:
    groups = find_duplicates([
        s("a", "Reminder for day 1 was sent"), s("b", "Reminder for day 3 was sent"),
        s("c", "Reminder for day 3 was snt"), s("d", "Reminder for day ۳ was sent"),
    ])
    assert [g.ids for g in groups] == [("b", "c", "d")]


def test_kinds_filter() -> None:
    stickies = {x.id: x for x in [s("a", "late"), s("b", "late"),
                                   s("c", "late", kind="hotspot"), s("d", "late", kind="hotspot")]}
    assert [g.ids for g in find_duplicates(stickies, kinds=["hotspot"])] == [("c", "d")]
    assert len(find_duplicates(stickies)) == 2


@pytest.mark.parametrize("seed", range(6))
def test_pigeonhole_windows_lose_no_pair(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every key goes through the piece index (no direct block), on few bases with 1-4 edits
    each: all lengths 8-42, so every (tau, limit, length difference) window is exercised."""
    monkeypatch.setattr(duplicates, "SMALL_BUCKET", 0)
    rng = random.Random(seed)
    letters = "abc"
    bases = ["".join(rng.choice(letters) for _ in range(n)) for n in range(8, 40, 3)]
    keys = set(bases)
    for k in bases * 12:
        m = list(k)
        for _ in range(rng.randint(1, 4)):
            op, pos = rng.randint(0, 2), rng.randrange(len(m))
            if op == 0:
                m[pos] = rng.choice(letters)
            elif op == 1:
                m.insert(pos, rng.choice(letters))
            else:
                del m[pos]
        keys.add("".join(m))
    ordered = sorted(keys)
    got = {tuple(sorted((ordered[i], ordered[j]))) for i, j in near_pairs(ordered)}
    want = {
        (a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:]
        if abs(len(a) - len(b)) <= 3
        and _levenshtein(a, b) <= max_distance(max(len(a), len(b)))
    }
    assert got == want
    assert len(want) > 50
