"""Timeline structure at workshop scale: 10,000 events in 12 lanes with 40 pivotal events.

Prints the time of each query/use case next to a raw baseline measured in the same run: a plain
``sorted`` of the same 10,000 positions. Target: each operation <= 200 ms.

Duplicate finding is also measured on a harder board: 10,000 digit-free texts drawn from a small
vocabulary of Persian and English event phrases with random typos, so there are many near
duplicates and no numbers to split the keys apart (ADR 0061).

    .venv/bin/python benchmarks/bench_timeline.py
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from stormboard.app.arrange import arrange_positions, arrange_timeline
from stormboard.domain.board import Board
from stormboard.domain.duplicates import DuplicateGroup, compact_key, find_duplicates
from stormboard.domain.entities import Lane, Sticky
from stormboard.domain.search import search_text
from stormboard.domain.timeline import chapters, lane_membership

N_EVENTS = 10_000
N_LANES = 12
N_PIVOTAL = 40
TARGET_MS = 200.0

SUBJECTS = ["سفارش", "پرداخت", "فاکتور", "کالا", "مشتری", "انبار", "Order", "Invoice",
            "Payment", "Shipment", "Customer", "Refund", "Stock", "Coupon", "Account"]
OBJECTS = ["اول", "دوم", "ویژه", "عمده", "خارجی", "premium", "bulk", "express", "late",
           "partial", "monthly", "online", "store", "gift", "return"]
VERBS = ["ثبت شد", "ارسال شد", "لغو شد", "تایید شد", "پرداخت شد", "placed", "shipped",
         "cancelled", "approved", "refunded", "received", "rejected", "delayed", "archived"]


def make_board(seed: int = 1) -> Board:
    rng = random.Random(seed)
    board = Board()
    board.load("lanes", [Lane(f"lane{i:02d}", f"Lane {i}", i * 400.0, 360.0)
                         for i in range(N_LANES)])
    pivotal = set(rng.sample(range(N_EVENTS), N_PIVOTAL))
    stickies = []
    for i in range(N_EVENTS):
        text = f"{rng.choice(SUBJECTS)} {rng.choice(OBJECTS)} {rng.randrange(300)} " \
               f"{rng.choice(VERBS)}"
        if rng.random() < 0.05:  # a typo: one letter dropped
            cut = rng.randrange(len(text))
            text = text[:cut] + text[cut + 1:]
        if rng.random() < 0.05:  # Arabic keyboard
            text = text.replace("ی", "ي").replace("ک", "ك")
        stickies.append(Sticky(
            f"e{i:05d}", "domain_event", rng.uniform(0, 400_000), rng.uniform(-200, 4800),
            160.0, 160.0, text=text, pivotal=i in pivotal,
        ))
    board.load("stickies", stickies)
    return board


# the harder duplicate case: digit-free phrases from a small vocabulary, with typos
FA_SUBJECTS = ["سفارش", "پرداخت", "فاکتور", "کالا", "مشتری", "انبار", "سبد خرید", "کوپن",
               "حساب کاربری", "مرجوعی"]
FA_QUALIFIERS = ["ویژه", "عمده", "خارجی", "فوری", "اقساطی", "آنلاین", "حضوری", "هدیه", "ماهانه",
                 "تکراری"]
FA_VERBS = ["ثبت شد", "ارسال شد", "لغو شد", "تایید شد", "پرداخت شد", "رد شد", "تحویل شد",
            "بایگانی شد", "به‌روز شد", "منقضی شد"]
FA_TAILS = ["", "", "", "دوباره", "با تاخیر", "توسط اپراتور"]
EN_SUBJECTS = ["Order", "Invoice", "Payment", "Shipment", "Customer", "Refund", "Stock", "Coupon",
               "Account", "Basket"]
EN_QUALIFIERS = ["premium", "bulk", "express", "late", "partial", "monthly", "online", "in-store",
                 "gift", "repeat"]
EN_VERBS = ["placed", "shipped", "cancelled", "approved", "refunded", "received", "rejected",
            "delayed", "archived", "expired"]
EN_TAILS = ["", "", "", "again", "by the operator", "after review"]
TYPO_LETTERS = "abcdeilnorstسشیکدهنم"


def typo(rng: random.Random, text: str) -> str:
    """One random edit: a letter dropped, inserted, replaced, or two letters swapped."""
    i = rng.randrange(len(text))
    op = rng.randrange(4)
    if op == 0:
        return text[:i] + text[i + 1:]
    if op == 1:
        return text[:i] + rng.choice(TYPO_LETTERS) + text[i:]
    if op == 2:
        return text[:i] + rng.choice(TYPO_LETTERS) + text[i + 1:]
    return text[:i] + text[i + 1:i + 2] + text[i:i + 1] + text[i + 2:]


def make_phrase_stickies(seed: int = 2) -> list[Sticky]:
    """10,000 digit-free event texts, half Persian, with 0-3 typos each."""
    rng = random.Random(seed)
    stickies = []
    for i in range(N_EVENTS):
        if rng.random() < 0.5:
            words = (FA_SUBJECTS, FA_QUALIFIERS, FA_VERBS, FA_TAILS)
        else:
            words = (EN_SUBJECTS, EN_QUALIFIERS, EN_VERBS, EN_TAILS)
        text = " ".join(rng.choice(w) for w in words).strip()
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
            text = typo(rng, text)
        stickies.append(Sticky(
            f"p{i:05d}", "domain_event", rng.uniform(0, 400_000), rng.uniform(-200, 4800),
            160.0, 160.0, text=text,
        ))
    return stickies


def timed(fn: Callable[[], object], repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def main() -> None:
    board = make_board()
    positions = [(s.x, s.y, s.id) for s in board.stickies.values()]
    base_ms, _ = timed(lambda: sorted(positions), repeat=5)

    rows: list[tuple[str, float, str]] = []
    ms, chs = timed(lambda: chapters(board))
    rows.append(("chapters", ms, f"{len(chs)} chapters"))
    ms, members = timed(lambda: lane_membership(board))
    inside = sum(1 for v in members.values() if v is not None)
    rows.append(("lane membership", ms, f"{inside} of {N_EVENTS} in a lane"))
    ms, _ = timed(lambda: (chapters(board), lane_membership(board)))
    rows.append(("chapters + lane membership", ms, ""))
    def cold_duplicates() -> list[DuplicateGroup]:
        compact_key.cache_clear()  # every text normalised again, as on opening a board
        return find_duplicates(board.stickies)

    ms, groups = timed(cold_duplicates)
    rows.append(("duplicate finding (cold)", ms,
                 f"{len(groups)} groups, {sum(len(g.ids) for g in groups)} stickies"))
    ms, _ = timed(lambda: find_duplicates(board.stickies))
    rows.append(("duplicate finding (texts cached)", ms, ""))
    phrases = make_phrase_stickies()

    def cold_phrase_duplicates() -> list[DuplicateGroup]:
        compact_key.cache_clear()
        return find_duplicates(phrases)

    ms, groups = timed(cold_phrase_duplicates)
    rows.append(("duplicates, typo'd phrases (cold)", ms,
                 f"{len(groups)} groups, {sum(len(g.ids) for g in groups)} stickies"))
    ms, _ = timed(lambda: find_duplicates(phrases))
    rows.append(("duplicates, typo'd phrases (cached)", ms, ""))
    ms, hits = timed(lambda: search_text(board, "ثبت شد"))
    rows.append(("search 'ثبت شد' (texts cached)", ms, f"{len(hits)} hits"))
    ms, _ = timed(lambda: arrange_positions(board))
    rows.append(("arrange-all (positions)", ms, ""))
    ms, edit = timed(lambda: arrange_timeline(board))
    rows.append(("arrange-all (Edit)", ms, f"{len(edit.puts)} puts"))  # type: ignore[attr-defined]

    print(f"{N_EVENTS:,} events, {N_LANES} lanes, {N_PIVOTAL} pivotal events "
          f"(median of 3 runs)")
    print(f"{'raw baseline: sorted() of positions':40s} {base_ms:8.1f} ms")
    for name, ms, note in rows:
        verdict = "ok" if ms <= TARGET_MS else "OVER TARGET"
        print(f"{name:40s} {ms:8.1f} ms  x{ms / base_ms:6.1f} baseline  {verdict:11s} {note}")


if __name__ == "__main__":
    main()
