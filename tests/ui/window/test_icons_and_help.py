"""Issue 10: every toolbar and palette action has an icon (from the qtawesome icon set, in the
theme's text colour), the palette shows the text under its icon in presentation mode, and the
Help menu has a Big Picture guide (English and Persian) and an About box naming the version and
the licences of the bundled font and icons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser, QToolBar

from stormboard import __version__
from stormboard.ui.i18n import install_translations
from stormboard.ui.icons import ACTION_ICONS
from stormboard.ui.themes import Theme
from stormboard.ui.window import MainWindow


def _ink(icon, size: int = 32) -> list[QColor]:
    image: QImage = icon.pixmap(size, size).toImage()
    return [image.pixelColor(x, y) for y in range(size) for x in range(size)
            if image.pixelColor(x, y).alpha() > 200]


def _iconed(window) -> list:
    return [a for a in window.findChildren(QAction)
            if a.objectName().removeprefix("action_") in ACTION_ICONS]


def _all_iconed(window) -> bool:
    return all(not a.icon().isNull() for a in _iconed(window))


def test_every_toolbar_and_menu_action_has_an_icon(window: MainWindow, qtbot) -> None:
    # the icons arrive in the event-loop turns after the first frame (ADRs 0203, 0235)
    qtbot.waitUntil(lambda: _all_iconed(window))
    toolbar_actions = [
        a for bar in window.findChildren(QToolBar) for a in bar.actions()
        if not a.isSeparator() and bar.widgetForAction(a) is not None
        and a.objectName().startswith("action_")]
    assert len(toolbar_actions) >= 10
    for action in toolbar_actions:
        assert not action.icon().isNull(), action.objectName()
        assert _ink(action.icon()), action.objectName()  # something is drawn
    named = {a.objectName().removeprefix("action_"): a for a in window.findChildren(
        type(toolbar_actions[0])) if a.objectName().startswith("action_")}
    missing = [name for name in ACTION_ICONS if name in named and named[name].icon().isNull()]
    assert missing == []
    # the toolbar shows the icon and the word
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_icons_are_applied_after_the_first_frame_not_before(make_window, qtbot) -> None:
    # start-up does not wait for the icon set: the first frame shows the words, the icons
    # follow in the next event-loop turn (issue 12, ADR 0203)
    w = make_window()
    undo = w.actions_by_name["undo"]
    assert undo.icon().isNull()
    w.show()
    qtbot.waitUntil(lambda: not undo.icon().isNull())
    assert _ink(undo.icon())


def test_the_icons_come_a_few_per_event_loop_turn(make_window, qtbot, monkeypatch) -> None:
    """Start-up work past the first frame yields to input (ADR 0235): no turn sets more than
    ``ICONS_PER_TURN`` icons, so a key typed meanwhile waits for one slice only."""
    from stormboard.ui import icons

    per_turn: list[int] = []
    step = icons._IconsInTurns.step

    def counted(self) -> None:
        before = sum(not a.icon().isNull() for a in _iconed(w))
        step(self)
        per_turn.append(sum(not a.icon().isNull() for a in _iconed(w)) - before)

    monkeypatch.setattr(icons._IconsInTurns, "step", counted)
    w = make_window()
    w.show()
    qtbot.waitUntil(lambda: _all_iconed(w))
    assert len(per_turn) >= len(_iconed(w)) // icons.ICONS_PER_TURN > 1
    assert max(per_turn) <= icons.ICONS_PER_TURN


def test_icons_follow_the_theme(window: MainWindow, qtbot) -> None:
    undo = window.actions_by_name["undo"]
    window.set_theme(Theme.LIGHT)
    QApplication.processEvents()
    light = _ink(undo.icon())
    window.set_theme(Theme.DARK)
    QApplication.processEvents()
    dark = _ink(undo.icon())
    window.set_theme(Theme.LIGHT)
    assert light and dark
    assert max(c.lightness() for c in light) < 128 < min(c.lightness() for c in dark)


def test_palette_tiles_show_their_icon_and_the_word_under_it_when_presenting(window, qtbot):
    qtbot.waitExposed(window)
    tile = window.palette.tiles["domain_event"]
    tile.grab()  # paint once
    assert not tile.icon_rect.isEmpty()
    assert tile.icon_rect.center().y() == tile.rect().center().y() or abs(
        tile.icon_rect.center().y() - tile.rect().center().y()) <= 2  # beside the word
    window.set_presentation(True)
    qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry())
    image = tile.grab().toImage()
    icon = tile.icon_rect
    assert icon.bottom() < tile.height() / 2 + 2  # the icon on top, the word under it
    ink = sum(1 for y in range(icon.top(), icon.bottom()) for x in range(icon.left(),
              icon.right()) if image.pixelColor(x, y).lightness() < 90)
    assert ink > 5  # the glyph is drawn (dark on the orange tile)
    window.set_presentation(False)


def test_help_guide_in_english_and_persian(window: MainWindow, qtbot, qapp, english) -> None:
    install_translations(qapp, "en")
    texts = [a.text() for a in window.help_menu.actions()]
    assert "How a Big Picture &Workshop Runs" in texts and "&About Stormboard" in texts
    window.actions_by_name["help_guide"].trigger()
    guide = window.findChild(QTextBrowser, "guideText")
    assert guide is not None and guide.isVisible()
    text = guide.toPlainText()
    assert "How a Big Picture workshop runs" in text and "Kick-off" in text
    assert "Full Screen Presentation" in text
    install_translations(qapp, "fa")
    window.actions_by_name["help_guide"].trigger()
    text = guide.toPlainText()
    assert "کارگاه تصویر کلان" in text and "Kick-off" not in text


def test_about_names_version_font_and_icon_licences(window: MainWindow, qtbot) -> None:
    window.actions_by_name["help_about"].trigger()
    qtbot.waitUntil(lambda: window.findChild(QLabel, "aboutText") is not None)
    label = window.findChild(QLabel, "aboutText")
    text = label.text()
    assert __version__ in text and "GPL" in text
    assert "IBM Plex Sans Arabic" in text and "SIL Open Font License" in text
    assert "Material Design Icons" in text and "Apache License 2.0" in text
    assert label.textFormat() == Qt.TextFormat.PlainText
    label.window().close()
