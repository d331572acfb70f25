"""End to end in a real browser: Debian's chromium driven by Playwright (no browser download)
joins the room the desktop opened, writes in Persian and English, and the stickies land in the
.storm file with the right author and kind, and on the wall."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest

from stormboard.storage import read_board_file

CHROMIUM = Path("/usr/bin/chromium")
playwright_api = pytest.importorskip("playwright.sync_api")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists() and shutil.which("chromium") is None,
                       reason="Debian's chromium is not installed"),
]

NINE_MM_PX = 9 / 25.4 * 96  # CSS pixels: 96 per inch


def browse(join_url: str, participant_id: str, out: dict[str, Any]) -> None:
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                    args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True,
                                    has_touch=True, device_scale_factor=3, locale="en-US")
            page.goto(join_url)
            out["code"] = page.locator(".code").inner_text()
            page.click(f'button[data-participant="{participant_id}"]')
            for text in ("سفارش ثبت شد", "Order shipped"):
                page.fill("#text", text)
                page.click("#add")
            mine = page.locator("section", has=page.locator("h2", has_text="My stickies"))
            mine.get_by_text("Order shipped").wait_for(timeout=15_000)
            mine.get_by_text("سفارش ثبت شد").wait_for(timeout=15_000)
            page.get_by_text("Connected").wait_for(timeout=15_000)
            out["overflow"] = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth")
            out["buttons"] = page.evaluate("""Array.from(document.querySelectorAll('button'))
                .filter((b) => b.offsetParent !== null)
                .map((b) => { const r = b.getBoundingClientRect();
                              return [b.textContent, r.width, r.height] })""")
            out["persian_direction"] = page.evaluate("""getComputedStyle(Array.from(
                document.querySelectorAll('.text')).find((e) =>
                e.textContent === 'سفارش ثبت شد')).direction""")
            page.screenshot(path=out["screenshot"], full_page=True)
        finally:
            browser.close()


def test_a_phone_browser_writes_persian_and_english_on_the_wall(qtbot, room_window, tmp_path):
    window, path, ids = room_window
    assert window.room.open_room("127.0.0.1", 0)
    out: dict[str, Any] = {"screenshot": str(tmp_path / "phone.png")}
    errors: list[BaseException] = []

    def run() -> None:
        try:
            browse(window.room.room.server.join_url, ids["Sara"], out)
        except BaseException as error:
            errors.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=90_000)
    if errors:
        raise errors[0]

    board = read_board_file(path)
    texts = {s.text: s for s in board.stickies.values()}
    assert set(texts) == {"سفارش ثبت شد", "Order shipped"}
    for sticky in texts.values():
        assert sticky.author == ids["Sara"] and sticky.kind == "domain_event"
        qtbot.waitUntil(lambda s=sticky: window.scene.sticky_item(s.id) is not None)
    assert out["persian_direction"] == "rtl"
    assert out["code"] == window.room.room.server.code
    assert out["overflow"] <= 0, "the page scrolls sideways at 390 px"
    small = [b for b in out["buttons"] if min(b[1], b[2]) < NINE_MM_PX]
    assert not small, f"buttons under 9 mm: {small}"
