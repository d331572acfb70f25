"""Write resources/samples/big-picture-bookshop.json: the Big Picture of an online bookshop.

Varagh (ورق) is a Tehran bookshop that sells online and ships books across Iran. The content is
written by hand below; ids, positions and times are fixed, so running this script twice gives
the same bytes. The board's time slices ("after exploration", "after sorting") come from
replaying the workshop through the app's own commands into a real .storm file (``history``).
Run from the repository root:

    .venv/bin/python scripts/make_sample_board.py [OUT.json]
    .venv/bin/python scripts/make_sample_board.py --storm OUT.storm   # with the edit log
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path

from stormboard.domain.board import Board
from stormboard.domain.entities import (
    BoardInfo,
    Decision,
    Lane,
    Link,
    LinkKind,
    Milestone,
    Participant,
    PhaseRun,
    Sticky,
    Vote,
    Workshop,
)
from stormboard.domain.notation import KINDS_BY_ID
from stormboard.domain.workshop import default_plan
from stormboard.export.json_format import board_from_json, board_to_json, write_json

OUT = Path(__file__).resolve().parent.parent / "resources/samples/big-picture-bookshop.json"
Z = "\u200c"  # zero-width non-joiner, written where Persian spelling needs it

# -- time: Saturday 7 March 2026, 09:00 in Tehran (UTC+03:30) --------------------------------
START = dt.datetime(2026, 3, 7, 5, 30, tzinfo=dt.UTC).timestamp()


def at(minutes: float) -> float:
    return START + minutes * 60


# -- layout: time runs left to right in columns, lanes are bands of three rows -------------------
X0, COL, GAP = 240.0, 200.0, 24.0
LANE_H, ROW_Y = 640.0, (24.0, 224.0, 424.0)

LANES = (
    ("lane-customer", "Customer & storefront · مشتری و فروشگاه", "#FFF3E0"),
    ("lane-payment", "Payment & finance · پرداخت و مالی", "#E3F2FD"),
    ("lane-warehouse", "Warehouse · انبار", "#E8F5E9"),
    ("lane-delivery", "Delivery & returns · ارسال و مرجوعی", "#F3E5F5"),
    ("lane-publishers", "Publishers & marketing · ناشران و بازاریابی", "#ECEFF1"),
)

PARTICIPANTS = (
    Participant("p-sara", "Sara Ahmadi · سارا احمدی", "Founder & CEO", "#E65100"),
    Participant("p-reza", "رضا کریمی", "Warehouse lead · سرپرست انبار", "#2E7D32"),
    Participant("p-neda", "Neda Hosseini", "Customer support", "#6A1B9A"),
    Participant("p-arash", "آرش مرادی", "Backend developer", "#1565C0"),
    Participant("p-mina", "Mina Rahimi · مینا رحیمی", "Marketing & publisher relations",
                "#AD1457"),
)


@dataclass(frozen=True)
class Item:
    id: str
    lane: int  # index into LANES
    row: int  # 0, 1 or 2 inside the lane
    t: float  # column: where in time it happens
    kind: str
    text: str
    pivotal: bool = False


E, H, P, S, OP = "domain_event", "hotspot", "person", "external_system", "opportunity"
VP, VN, C, PO, RM, N, CH = (
    "value_positive", "value_negative", "command", "policy", "read_model", "note", "chapter"
)

ITEMS: tuple[Item, ...] = (
    # ---- customer & storefront ------------------------------------------------------------
    Item("ch-catalogue", 0, 0, 2, CH, "Catalogue & campaign · کاتالوگ و کمپین نوروزی"),
    Item("ch-checkout", 0, 0, 10, CH, "Checkout · ثبت سفارش و پرداخت"),
    Item("ch-fulfilment", 0, 0, 14, CH, f"Fulfilment · آماده{Z}سازی و بسته{Z}بندی"),
    Item("ch-road", 0, 0, 19, CH, "On the road · در راه"),
    Item("ch-after", 0, 0, 23, CH, "After delivery: returns & settlement · پس از تحویل"),
    Item("ev-book-found", 0, 1, 6, E, "مشتری کتاب را از پست اینستاگرام پیدا کرد"),
    Item("ev-added-to-cart", 0, 1, 7, E, "Book added to cart"),
    Item("ev-address-entered", 0, 1, 8, E, "نشانی تحویل وارد شد"),
    Item("ev-order-placed", 0, 1, 9, E, "Order placed · سفارش ثبت شد", pivotal=True),
    Item("ev-tracking-sms", 0, 1, 19, E, "کد رهگیری برای مشتری پیامک شد"),
    Item("ev-review-posted", 0, 1, 22, E, "Review posted on the book's page"),
    Item("ev-return-requested", 0, 1, 23, E, "درخواست مرجوعی ثبت شد"),
    Item("pe-reader", 0, 2, 6, P, f"Reader in Mashhad · خواننده{Z}ای در مشهد"),
    Item("hs-persian-search", 0, 2, 7, H,
         f"Search for «کتاب{Z}ها» finds nothing: Arabic ي/ك vs Persian ی/ک, missing ZWNJ"),
    Item("rm-cart", 0, 2, 8, RM, "Cart: shipping cost and delivery estimate per city"),
    Item("cmd-place-order", 0, 2, 9, C, "Place order"),
    Item("hs-guest-checkout", 0, 2, 10, H, "Guest checkout, or sign-up with an SMS code first?"),
    Item("op-search", 0, 2, 11, OP, "Search that ignores letter variants (ی/ي، ک/ك) and ZWNJ"),
    Item("vn-support-calls", 0, 2, 19, VN,
         f"مشتری سه بار به پشتیبانی زنگ زد: «بسته{Z}ام کجاست؟»"),
    Item("pe-support", 0, 2, 20, P, "Support agent · کارشناس پشتیبانی"),
    Item("op-live-status", 0, 2, 22, OP, "Show the courier's live status on the order page"),
    Item("nt-return-window", 0, 2, 23, N, "مهلت مرجوعی: ۷ روز پس از تحویل"),
    # ---- payment & finance -----------------------------------------------------------------
    Item("ev-to-gateway", 1, 0, 10, E, "مشتری به درگاه پرداخت هدایت شد"),
    Item("ev-authorised", 1, 0, 11, E, "Payment authorised by the customer's bank"),
    Item("ev-payment-confirmed", 1, 0, 12, E, "Payment confirmed · پرداخت تأیید شد",
         pivotal=True),
    Item("ev-invoice-issued", 1, 0, 13, E, "Invoice issued"),
    Item("ev-refund-paid", 1, 0, 26, E, "Refund paid back to the customer's card"),
    Item("ev-day-reconciled", 1, 0, 27, E, "Day's payments reconciled with the gateway report"),
    Item("sys-gateway", 1, 1, 10, S, "Shaparak payment gateway (IPG) · درگاه شاپرک"),
    Item("hs-money-taken", 1, 1, 12, H,
         f"پول از حساب مشتری کم شد ولی سفارش «پرداخت{Z}نشده» ماند"),
    Item("sys-moadian", 1, 1, 13.4, S, "Moadian tax system · سامانه مؤدیان"),
    Item("hs-slow-refunds", 1, 1, 26, H, "Refunds through the bank take 3–7 working days"),
    Item("rm-reconciliation", 1, 1, 27, RM, "Gateway report vs. orders, per day"),
    Item("vn-gateway-fee", 1, 2, 10, VN, "Gateway fee on every payment"),
    Item("pe-accountant", 1, 2, 11, P, "حسابدار فروشگاه"),
    Item("po-verify-callback", 1, 2, 12, PO,
         "Whenever the gateway's callback is missing for 15 minutes, verify the payment"),
    Item("cmd-verify-payment", 1, 2, 14, C, "Verify payment with the gateway"),
    Item("nt-card-to-card", 1, 2, 26, N,
         f"کارت{Z}به{Z}کارت نه! قرارداد درگاه اجازه نمی{Z}دهد"),
    Item("vp-month-end", 1, 2, 27, VP, "Accountant trusts the month-end numbers"),
    # ---- warehouse -------------------------------------------------------------------------
    Item("ev-sent-to-warehouse", 2, 0, 13, E, "سفارش برای انبار فرستاده شد"),
    Item("ev-pick-list", 2, 0, 14, E, "Pick list printed"),
    Item("ev-books-picked", 2, 0, 15, E, f"کتاب{Z}ها از قفسه برداشته شدند"),
    Item("ev-parcel-packed", 2, 0, 16, E, "Parcel packed"),
    Item("ev-label-printed", 2, 0, 17, E, "Shipping label printed"),
    Item("ev-restocked", 2, 0, 25, E, "کتاب مرجوعی به قفسه برگشت"),
    Item("rm-pick-list", 2, 1, 13, RM, "Pick list sorted by shelf location"),
    Item("hs-stock-mismatch", 2, 1, 14, H, "Stock on the website ≠ books on the shelf"),
    Item("ev-out-of-stock", 2, 1, 15, E, "Out of stock found while picking · موجودی کم آمد"),
    Item("hs-damaged-cover", 2, 1, 16, H,
         f"جلد آسیب{Z}دیده هنگام بسته{Z}بندی: تعویض یا ارسال با تخفیف؟"),
    Item("po-out-of-stock", 2, 1, 17, PO,
         "Whenever a title is out of stock, offer: wait, partial shipment or refund"),
    Item("hs-worn-return", 2, 1, 25, H, "Returned book slightly worn: sell as new or second-hand?"),
    Item("pe-picker", 2, 2, 13, P, "انباردار"),
    Item("op-barcode", 2, 2, 14, OP, "Scan barcodes when picking and packing"),
    Item("vn-split-shipment", 2, 2, 15, VN, "Split shipment: postage paid twice"),
    Item("nt-nowruz-peak", 2, 2, 16, N, "اوج نوروز: ۶۰۰ سفارش در روز، در حالت عادی ۸۰"),
    Item("sys-label-panel", 2, 2, 17, S, "Label printer & courier booking panel"),
    # ---- delivery & returns ----------------------------------------------------------------
    Item("ev-handed-to-courier", 3, 0, 18, E,
         "Parcel handed to the courier · مرسوله تحویل پیک شد", pivotal=True),
    Item("ev-hub-scan", 3, 0, 19, E, "Parcel scanned at the Tehran hub"),
    Item("ev-delivery-failed", 3, 0, 20, E, "تحویل ناموفق بود؛ مشتری خانه نبود"),
    Item("ev-delivered", 3, 0, 21, E, "Order delivered · سفارش به دست مشتری رسید",
         pivotal=True),
    Item("ev-return-received", 3, 0, 24, E, "Returned parcel received"),
    Item("ev-return-inspected", 3, 0, 25, E, "Returned book inspected"),
    Item("sys-iran-post", 3, 1, 18, S, "Iran Post · شرکت ملی پست"),
    Item("hs-bad-address", 3, 1, 20, H,
         f"نشانی ناقص و بدون کد پستی؛ پیک سردرگم می{Z}شود"),
    Item("cmd-confirm-delivery", 3, 1, 21, C, "Confirm delivery"),
    Item("hs-return-postage", 3, 1, 24, H, f"هزینه{Z}ی ارسال مرجوعی با کیست؟"),
    Item("po-restock", 3, 1, 25, PO, "Whenever a returned book is undamaged, restock and refund"),
    Item("pe-courier", 3, 2, 18, P, "پیک موتوری"),
    Item("sys-tipax", 3, 2, 19, S, "Tipax (private courier)"),
    Item("vn-far-postage", 3, 2, 21, VN, f"ارسال به زاهدان گران{Z}تر از سود کتاب است"),
    Item("op-postcode-check", 3, 2, 22, OP, "Check the postcode with Iran Post at checkout"),
    Item("rm-returns-queue", 3, 2, 24, RM, "Returns waiting for inspection"),
    Item("op-pickup-points", 3, 2, 25, OP,
         f"نقطه{Z}ی تحویل در کتاب{Z}فروشی{Z}های شهرهای دیگر"),
    Item("vp-fast-delivery", 3, 2, 26.4, VP, "Book arrived in 2 days: customer ordered again"),
    # ---- publishers & marketing ------------------------------------------------------------
    Item("ev-contract-signed", 4, 0, 0, E, "قرارداد با ناشر امضا شد"),
    Item("ev-books-imported", 4, 0, 1, E, "Book list imported from the publisher's Excel file"),
    Item("ev-book-published", 4, 0, 2, E, "کتاب روی سایت منتشر شد"),
    Item("ev-price-updated", 4, 0, 3, E, f"قیمت پشت جلد به{Z}روز شد"),
    Item("ev-campaign-launched", 4, 0, 4, E, "Nowruz campaign launched"),
    Item("ev-newsletter-sent", 4, 0, 5, E, "خبرنامه برای مشترکان فرستاده شد"),
    Item("ev-sales-report-sent", 4, 0, 27, E, "Monthly sales report sent to the publisher"),
    Item("ev-publisher-paid", 4, 0, 28, E, f"تسویه{Z}حساب با ناشر انجام شد"),
    Item("hs-excel-formats", 4, 1, 1, H,
         "Every publisher sends another Excel layout; ISBNs with and without dashes"),
    Item("hs-prices-inflation", 4, 1, 3, H,
         f"قیمت{Z}ها هر ماه با تورم عوض می{Z}شوند و سایت از ناشر عقب می{Z}ماند"),
    Item("op-publisher-portal", 4, 1, 5, OP,
         f"Publisher portal: ناشر خودش قیمت و موجودی را به{Z}روز کند"),
    Item("rm-sales-per-publisher", 4, 1, 27, RM, "Sales per publisher and title"),
    Item("hs-consignment-damage", 4, 1, 28, H,
         f"کتاب امانی آسیب{Z}دیده برگشت خورد؛ خسارتش با کیست؟"),
    Item("pe-publisher-rep", 4, 2, 0, P, f"نماینده{Z}ی فروش ناشر"),
    Item("sys-book-house", 4, 2, 1, S, "Iran Book House ISBN database · خانه کتاب"),
    Item("sys-social", 4, 2, 4, S, "Instagram page & Telegram channel"),
    Item("vp-nowruz-sales", 4, 2, 6, VP, "Nowruz week: 3× a normal week's sales"),
    Item("po-publisher-share", 4, 2, 27, PO,
         "Whenever a month closes, calculate each publisher's share"),
)

MILESTONES = (
    ("ms-two-weeks", "Two weeks before Nowruz · دو هفته مانده به نوروز", 3.5),
    ("ms-order-day", "Order day (D0) · روز سفارش", 5.5),
    ("ms-cutoff", "D+1, 16:00: courier pickup cut-off · مهلت تحویل به پیک", 17.6),
    ("ms-month-end", "End of the month · پایان ماه", 26.2),
)

LINKS = (
    ("ev-contract-signed", "ev-books-imported", LinkKind.LEADS_TO, ""),
    ("ev-books-imported", "ev-book-published", LinkKind.LEADS_TO, ""),
    ("ev-campaign-launched", "ev-book-found", LinkKind.LEADS_TO, ""),
    ("cmd-place-order", "ev-order-placed", LinkKind.TRIGGERS, ""),
    ("ev-order-placed", "ev-to-gateway", LinkKind.LEADS_TO, ""),
    ("ev-to-gateway", "ev-authorised", LinkKind.LEADS_TO, ""),
    ("ev-authorised", "ev-payment-confirmed", LinkKind.LEADS_TO, "callback"),
    ("ev-payment-confirmed", "ev-invoice-issued", LinkKind.LEADS_TO, ""),
    ("ev-payment-confirmed", "ev-sent-to-warehouse", LinkKind.LEADS_TO, ""),
    ("po-verify-callback", "cmd-verify-payment", LinkKind.TRIGGERS, ""),
    ("ev-books-picked", "ev-parcel-packed", LinkKind.LEADS_TO, ""),
    ("ev-parcel-packed", "ev-label-printed", LinkKind.LEADS_TO, ""),
    ("ev-label-printed", "ev-handed-to-courier", LinkKind.LEADS_TO, ""),
    ("ev-handed-to-courier", "ev-hub-scan", LinkKind.LEADS_TO, ""),
    ("ev-hub-scan", "ev-delivery-failed", LinkKind.LEADS_TO, ""),
    ("ev-delivery-failed", "ev-delivered", LinkKind.LEADS_TO, "second attempt · تلاش دوم"),
    ("ev-delivered", "ev-return-requested", LinkKind.LEADS_TO, ""),
    ("ev-return-requested", "ev-return-received", LinkKind.LEADS_TO, ""),
    ("ev-return-received", "ev-return-inspected", LinkKind.LEADS_TO, ""),
    ("ev-return-inspected", "ev-refund-paid", LinkKind.LEADS_TO, ""),
    ("ev-sales-report-sent", "ev-publisher-paid", LinkKind.LEADS_TO, ""),
    ("hs-money-taken", "ev-payment-confirmed", LinkKind.RELATES_TO, ""),
    ("hs-stock-mismatch", "ev-out-of-stock", LinkKind.RELATES_TO, ""),
    ("po-out-of-stock", "ev-out-of-stock", LinkKind.RELATES_TO, ""),
)

#: (participant, sticky): two votes each, cast together in the voting phase
VOTES = (
    ("p-sara", "hs-money-taken"), ("p-sara", "op-publisher-portal"),
    ("p-reza", "hs-stock-mismatch"), ("p-reza", "op-barcode"),
    ("p-neda", "hs-money-taken"), ("p-neda", "hs-bad-address"),
    ("p-arash", "hs-money-taken"), ("p-arash", "op-search"),
    ("p-mina", "hs-prices-inflation"), ("p-mina", "hs-stock-mismatch"),
)

DECISIONS = (
    Decision("hs-money-taken", "Arash Moradi · آرش مرادی",
             "Add a job that asks the gateway about every order unpaid after 15 minutes; "
             "alert support when money and order disagree. Prototype by 20 Esfand."),
    Decision("hs-stock-mismatch", "رضا کریمی",
             f"شمارش کامل انبار پیش از کمپین نوروز؛ سپس موجودی سایت هر شب از فایل انبار "
             f"به{Z}روز شود."),
    Decision("hs-bad-address", "Neda Hosseini",
             "Make the postcode required at checkout and check it against Iran Post; "
             "measure failed deliveries for a month."),
)

#: (phase key, start minute, end minute, minutes paused); the room went back to the timeline
#: once after placing people and systems
RUNS = (
    ("kickoff", 0, 12, 0),
    ("exploration", 12, 40, 0),
    ("timeline", 40, 85, 0),
    ("people_systems", 85, 102, 0),
    ("timeline", 102, 110, 0),
    ("walkthrough", 110, 150, 15),  # tea break
    ("problems", 150, 167, 0),
    ("voting", 167, 177, 0),
    ("wrapup", 177, 195, 0),
)

#: when each kind was written: minutes into the session, the phase that unlocked it
KIND_MINUTE = {
    E: 13, CH: 60, N: 45, H: 55, P: 86, S: 88, C: 112, PO: 120, RM: 125, OP: 151, VP: 160,
    VN: 160,
}


def build() -> Board:
    lanes = [
        Lane(lane_id, label, i * LANE_H, LANE_H, color)
        for i, (lane_id, label, color) in enumerate(LANES)
    ]
    info = BoardInfo(
        title=f"Big Picture: Varagh online bookshop · کتاب{Z}فروشی آنلاین ورق",
        created_at=at(-30),
        description=(
            "From signing a publisher to paying them for the books sold: catalogue, the Nowruz "
            "campaign, ordering, payment through the Shaparak gateway, warehouse, courier and "
            "returns. A Tehran shop that ships across Iran.\n"
            f"از قرارداد با ناشر تا تسویه{Z}حساب با او: همه{Z}ی مسیر یک سفارش."
        ),
    )
    workshop = Workshop(
        enabled=True,
        goal=(
            "See the whole order journey before the Nowruz rush and choose the problems to fix "
            f"first. · پیش از شلوغی نوروز، مشکل{Z}های اصلی را پیدا و اولویت{Z}بندی کنیم."
        ),
        scope=(
            "In: publishers, catalogue, campaign, order, payment, warehouse, delivery, returns, "
            "settlement. Out: the shop on Enghelab Street, hiring, the mobile app rewrite."
        ),
        plan=default_plan(),
        current=7,
        history=tuple(
            PhaseRun(key, at(start), at(end), paused * 60.0) for key, start, end, paused in RUNS
        ),
        timer_started_at=None,
        timer_elapsed=0.0,
        vote_budget=2,
        votes_revealed=True,
    )
    board = Board(info, workshop)
    board.load("participants", PARTICIPANTS)
    board.load("lanes", lanes)
    board.load("milestones", [
        Milestone(mid, label, X0 + t * COL - GAP / 2) for mid, label, t in MILESTONES
    ])
    board.load("stickies", _stickies(lanes))
    board.load("links", [
        Link(f"ln-{i + 1:02d}", src, dst, kind, label)
        for i, (src, dst, kind, label) in enumerate(LINKS)
    ])
    board.load("votes", [
        Vote(f"vote-{i + 1:02d}", pid, sid, at(170 + i * 0.25))
        for i, (pid, sid) in enumerate(VOTES)
    ])
    board.load("decisions", DECISIONS)
    return board


def _stickies(lanes: list[Lane]) -> list[Sticky]:
    """Place each item in its lane row at its time column, pushed right past its neighbour."""
    authors = [p.id for p in PARTICIPANTS]
    row_end: dict[tuple[int, int], float] = {}
    placed = []
    counter: dict[str, int] = {}
    for n, item in enumerate(sorted(ITEMS, key=lambda i: (i.lane, i.row, i.t))):
        kind = KINDS_BY_ID[item.kind]
        x = max(X0 + item.t * COL, row_end.get((item.lane, item.row), -1e9) + GAP)
        row_end[(item.lane, item.row)] = x + kind.width
        y = lanes[item.lane].y + ROW_Y[item.row]
        k = counter[item.kind] = counter.get(item.kind, 0) + 1
        created = at(KIND_MINUTE[item.kind] + k * 0.4)
        placed.append((item, Sticky(
            id=item.id, kind=kind.id, x=x, y=y, width=kind.width, height=kind.height,
            text=item.text, pivotal=item.pivotal, author=authors[n % len(authors)],
            created_at=created,
            # events were moved into order while enforcing the timeline
            updated_at=at(41 + k * 0.3) if kind.id == E else created,
        )))
    order = {item.id: i for i, item in enumerate(ITEMS)}
    return [s for item, s in sorted(placed, key=lambda p: order[p[0].id])]


def check(board: Board) -> None:
    """The promises the sample makes: inside lane bands, no overlaps, exact round trip."""
    lanes = list(board.lanes.values())
    stickies = list(board.stickies.values())
    for s in stickies:
        assert any(ln.y <= s.y and s.y + s.height <= ln.y + ln.height for ln in lanes), s.id
    for i, a in enumerate(stickies):
        for b in stickies[i + 1:]:
            apart = (a.x + a.width <= b.x or b.x + b.width <= a.x
                     or a.y + a.height <= b.y or b.y + b.height <= a.y)
            assert apart, f"{a.id} overlaps {b.id}"
    assert len(stickies) >= 80
    assert board_from_json(board_to_json(board)) == board


# -- the workshop replayed: chaos, then sorting, then the rest ----------------------------------
#: rough first wordings during exploration, corrected while enforcing the timeline
ROUGH = {
    "ev-added-to-cart": "added to cart",
    "ev-invoice-issued": "Invoice",
    "ev-day-reconciled": "payments reconciled",
}
#: stickies written during exploration and gone by the end of sorting (duplicates, a question
#: answered on the spot): (id, lane, t, kind, text, minute written, minute removed)
DROPPED = (
    ("ev-dup-order", 0, 9.5, E, "سفارش ثبت شد", 22, 50),
    ("ev-dup-paid", 1, 12.5, E, "Payment done", 27, 52),
    ("hs-own-couriers", 3, 18, H, "Do we run our own couriers in Tehran?", 35, 80),
)
SLICE_TIMES = (("after exploration", 40), ("after sorting", 85))


class _Clock:
    def __init__(self) -> None:
        self.now = at(-30)

    def __call__(self) -> float:
        return self.now


def history(final: Board) -> list[tuple[str, float, Board]]:
    """Replay the workshop into a temporary .storm file through BoardSession and the app's
    commands, take the slices on the way, and return them (name, time, board)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        return replay_workshop(final, Path(folder) / "workshop.storm")


def replay_workshop(final: Board, path: Path) -> list[tuple[str, float, Board]]:
    """The workshop, edit by edit, into a new .storm file at ``path`` (its log is the sample's
    real history: `make run` opens this file, so replay and compare have a day to show)."""
    import dataclasses
    import random

    from stormboard.app import commands as c
    from stormboard.app.session import BoardSession
    from stormboard.app.slices import take_slice
    from stormboard.storage import create_board_file, open_board_file

    rnd = random.Random(1404)
    clock = _Clock()
    start = Board(final.info, dataclasses.replace(final.workshop, history=(), current=0,
                                                  votes_revealed=False))
    start.load("participants", final.participants.values())
    create_board_file(path, start, started_at=clock.now).close()
    opened = open_board_file(path)
    session = BoardSession(opened.board, opened.store, clock=clock)
    authors = sorted(final.participants)
    timeline: list[tuple[float, int, object]] = []

    def do(minute: float, action: object) -> None:
        timeline.append((minute, len(timeline), action))

    def put(name: str, record: object, label: str) -> None:
        fields = {f.name: getattr(record, f.name) for f in dataclasses.fields(record)
                  if f.name != "id"}  # type: ignore[arg-type]
        session.execute(c.update_record(session.board, name, record.id, label,  # type: ignore[attr-defined]
                                        **fields))

    def add(sticky: Sticky, x: float, y: float, text: str) -> object:
        def run() -> None:
            b = session.board
            session.execute(c.add_sticky(b, dataclasses.replace(
                sticky, x=x, y=y, text=text, updated_at=clock.now)),
                author=sticky.author)
        return run

    for s in final.stickies.values():
        minute = (s.created_at - START) / 60
        if s.kind == E:  # chaos: anywhere in a wide band, in rough words
            x = s.x + rnd.uniform(-500, 500)
            y = rnd.uniform(0, 2 * LANE_H)
            do(minute, add(s, max(0.0, x), y, ROUGH.get(s.id, s.text)))
            do(41 + rnd.uniform(0, 40), lambda s=s: session.execute(c.move_stickies(
                session.board, [s.id], s.x - session.board.stickies[s.id].x,
                s.y - session.board.stickies[s.id].y, clock.now)))
            if s.id in ROUGH:
                do(60 + rnd.uniform(0, 20), lambda s=s: session.execute(
                    c.set_text(session.board, s.id, s.text, clock.now)))
        else:
            do(minute, add(s, s.x, s.y, s.text))
    for sid, lane, t, kind, text, made, gone in DROPPED:
        k = KINDS_BY_ID[kind]
        ghost = Sticky(sid, kind, X0 + t * COL, lane * LANE_H + ROW_Y[2] + 60, k.width,
                       k.height, text, author=authors[len(sid) % len(authors)],
                       created_at=at(made))
        do(made, add(ghost, ghost.x, ghost.y, text))
        do(gone, lambda sid=sid: session.execute(c.delete_stickies(session.board, [sid])))
    for name in ("lanes", "milestones"):
        for record in final.collection(name).values():
            do(42, lambda n=name, r=record: session.execute(
                c.add_record(session.board, n, r, "Add")))
    for name, minute in (("links", 130), ("votes", 170), ("decisions", 185)):
        for i, record in enumerate(final.collection(name).values()):
            do(minute + i * 0.1, lambda n=name, r=record: session.execute(
                c.add_record(session.board, n, r, "Add")))
    for i, (_key, begin, _end, _paused) in enumerate(RUNS):
        runs = final.workshop.history[: i + 1]
        do(begin, lambda runs=runs, i=i: put("workshop", dataclasses.replace(
            session.board.workshop, current=min(i, 7), history=(
                *runs[:-1], dataclasses.replace(runs[-1], ended_at=None))), "Phase"))
    for name, minute in SLICE_TIMES:
        do(minute, lambda name=name: take_slice(session, name))
    for minute, _n, action in sorted(timeline, key=lambda e: (e[0], e[1])):
        clock.now = at(minute)
        action()  # type: ignore[operator]
    clock.now = at(195)
    # the facilitator's last tidy-up: every record exactly as the final board has it
    for name in ("info", "workshop", "stickies"):
        for record in final.collection(name).values():
            if session.board.get(name, record.id) != record:
                put(name, record, "Tidy")
    assert session.board == final, "the replayed workshop must end at the sample board"
    log = opened.store.log
    slices = [(s.name, s.taken_at, log.board_of_slice(s.name)) for s in log.slices()]
    session.close()
    return slices


def main(argv: list[str]) -> int:
    board = build()
    check(board)
    if argv[:1] == ["--storm"] and len(argv) == 2:  # the sample as a board file with its log
        storm = Path(argv[1])
        storm.parent.mkdir(parents=True, exist_ok=True)
        storm.unlink(missing_ok=True)
        replay_workshop(board, storm)
        print(f"Wrote {storm}: {len(board.stickies)} stickies and the workshop's edit log")
        return 0
    out = Path(argv[0]) if argv else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    write_json(board, out, history(board))
    persian = sum(1 for s in board.stickies.values() if any("\u0600" <= c <= "\u06ff"
                                                            for c in s.text))
    print(f"Wrote {out}: {len(board.stickies)} stickies ({persian} with Persian), "
          f"{len(board.links)} links, {len(board.votes)} votes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
