"""The Persian catalogue covers every user-visible string of ``ui/``, and nothing in ``ui/`` hides a
string from lupdate.

Two halves: lupdate run over all of ``ui/`` must find exactly the catalogue's texts, each one
translated (with the same placeholders); and a scan of the sources catches the ways a string can
escape lupdate without it noticing (a text given to a translating helper, ``tr`` on another object
or under another name, an f-string inside ``tr``, a literal handed straight to a Qt text setter).
"""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from stormboard.ui.i18n import (
    catalogue_source,
    compiled_catalogue,
    lupdate_path,
    ui_sources,
)

Key = tuple[str, str]  # (context, source text)

CATALOGUE = catalogue_source("fa")
UI = ui_sources()[0].parent
PLACEHOLDER = re.compile(r"%L?\d+|%L?n|\{\w*\}")

#: Qt calls whose first text argument the user reads
TEXT_SETTERS = frozenset({
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle", "setTitle",
    "setPlaceholderText", "setSuffix", "setPrefix", "setSpecialValueText", "setAccessibleName",
    "setAccessibleDescription", "setLabelText", "setTabText", "setItemText", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "showMessage", "addAction",
    "addMenu", "addItem", "addItems", "addTab", "insertItem", "addRow", "setHtml",
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QMenu", "QDockWidget", "QToolBar", "QListWidgetItem", "QTableWidgetItem",
    "information", "warning", "critical", "question", "getSaveFileName", "getOpenFileName",
    "getExistingDirectory", "getText", "getItem", "getInt", "getDouble", "addSection",
    "setInformativeText", "setDetailedText", "setButtonText", "setNameFilter", "setNameFilters",
    "setCancelButtonText", "QMessageBox", "QProgressDialog", "QInputDialog", "setWindowIconText",
})
#: words that stay as they are in every language: the product's name, file formats
UNTRANSLATED_WORDS = re.compile(r"\b(Stormboard|PNG|SVG|PDF|JSON|CSV|Markdown)\b")
TRANSLATING_CALLS = frozenset({
    "tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3",
})


def _catalogue(path: Path) -> dict[Key, ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or ""): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def _texts(message: ET.Element) -> list[str]:
    """The translation, or each plural form of a numerus entry."""
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.fixture(scope="module")
def catalogue() -> dict[Key, ET.Element]:
    return _catalogue(CATALOGUE)


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """What lupdate finds in ui/ today, written to a fresh catalogue."""
    tool = lupdate_path()
    if tool is None:
        pytest.skip("lupdate (PySide6) is not installed in this environment")
    fresh = tmp_path_factory.mktemp("lupdate") / "found.ts"
    result = subprocess.run(
        [str(tool), *map(str, ui_sources()), "-ts", str(fresh)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return _catalogue(fresh)


def test_catalogue_holds_exactly_what_lupdate_finds_in_ui(catalogue, found) -> None:
    assert len(found) > 400
    escaped = sorted(set(found) - set(catalogue))
    assert escaped == [], "run `python -m stormboard.ui.i18n` and translate the new entries"
    obsolete = sorted(set(catalogue) - set(found))
    assert obsolete == [], "texts no longer in the sources: refresh with -no-obsolete"


def test_every_entry_is_translated(catalogue) -> None:
    unfinished = [
        key
        for key, message in catalogue.items()
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not all(text.strip() for text in _texts(message))
    ]
    assert unfinished == []


def test_translations_keep_placeholders_and_form(catalogue) -> None:
    wrong = []
    for (context, source), message in catalogue.items():
        for text in _texts(message):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append((context, source, text, "placeholders"))
            if source.endswith("…") != text.endswith("…"):
                wrong.append((context, source, text, "ellipsis: it says a dialog follows"))
            if source.startswith(" ") != text.startswith(" "):
                wrong.append((context, source, text, "leading space of a suffix"))
            if "&" in text.replace("&&", ""):
                # the mnemonic underline hides the dots of joined Persian letters (ADR 0040)
                wrong.append((context, source, text, "mnemonic"))
    assert wrong == []


def test_catalogue_contexts_are_ones_qt_looks_up(catalogue) -> None:
    """lupdate names a context after the class around ``self.tr`` or the literal context of
    ``translate``; any other name (``""`` for a bare ``tr``, a variable's name for ``x.tr``)
    is one Qt never asks for at run time."""
    classes: set[str] = set()
    literal_contexts: set[str] = set()
    for path in ui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                classes.add(node.name)
            elif (
                isinstance(node, ast.Call)
                and _call_name(node) in ("translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                literal_contexts.add(node.args[0].value)
    unknown = sorted({ctx for ctx, _ in catalogue} - classes - literal_contexts)
    assert unknown == []


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _call_name(call: ast.Call) -> str | None:
    """The called name, with ``painter.translate(dx, dy)`` and the like told apart from
    ``QCoreApplication.translate(context, text)``."""
    name = _name(call.func)
    if name == "translate" and isinstance(call.func, ast.Attribute) and not (
        isinstance(call.func.value, ast.Name) and call.func.value.id.endswith("Application")
    ):
        return None
    return name


def _literal_words(node: ast.expr) -> str:
    """The literal text of a str constant or of an f-string's fixed parts, else ''."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    if isinstance(node, (ast.List, ast.Tuple)):
        return " ".join(_literal_words(e) for e in node.elts)
    return ""


def _translating_helpers(tree: ast.Module) -> set[str]:
    """Functions that translate a text they are given (``def _tr(text): return translate(ctx,
    text)``): lupdate cannot see a literal passed to them."""
    helpers = set()
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef):
            continue
        params = {a.arg for a in fn.args.args}
        for call in ast.walk(fn):
            if isinstance(call, ast.Call) and _call_name(call) in ("translate", "tr"):
                at = 1 if _call_name(call) == "translate" else 0
                if len(call.args) > at and isinstance(call.args[at], ast.Name) and (
                    call.args[at].id in params
                ):
                    helpers.add(fn.name)
    return helpers


def _escapes(path: Path, root: Path = UI) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers = _translating_helpers(tree)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}

    def inside_translation(node: ast.AST) -> bool:
        while node in parents:
            node = parents[node]
            if isinstance(node, ast.Call) and _call_name(node) in TRANSLATING_CALLS:
                return True
        return False

    where = f"{path.relative_to(root)}"
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and (
            node.value.attr == "tr"
        ):
            found.append(f"{where}:{node.lineno}: `tr` under another name hides its texts")
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name == "tr" and isinstance(node.func, ast.Attribute) and not (
            isinstance(node.func.value, ast.Name) and node.func.value.id in ("self", "cls")
        ):
            found.append(f"{where}:{node.lineno}: `x.tr` files its text under the context 'x'")
        if name in ("tr", "translate") and node.args:
            text = node.args[1 if name == "translate" else 0] if (
                len(node.args) > (1 if name == "translate" else 0)
            ) else None
            if isinstance(text, (ast.JoinedStr, ast.BinOp)):
                found.append(f"{where}:{node.lineno}: a built string inside {name}()")
        if name in helpers and node.args and _literal_words(node.args[0]):
            found.append(f"{where}:{node.lineno}: literal given to {name}(); wrap it in "
                         "QT_TRANSLATE_NOOP so lupdate sees it")
        if name in TEXT_SETTERS and not inside_translation(node):
            for arg in node.args:
                words = UNTRANSLATED_WORDS.sub("", _literal_words(arg))
                if re.search(r"[A-Za-z]{2,}", words):
                    found.append(f"{where}:{node.lineno}: {name}() shows an untranslated "
                                 f"{_literal_words(arg)!r}")
    return found


def test_no_string_escapes_lupdate() -> None:
    assert len(ui_sources()) > 50
    problems = [problem for path in ui_sources() for problem in _escapes(path, UI.parent)]
    assert problems == []


def test_the_scan_catches_each_kind_of_escape(tmp_path: Path) -> None:
    """The scan above is only worth something if it fails on the usual mistakes."""
    code = '''
from PySide6.QtCore import QCoreApplication
def _tr(text):
    return QCoreApplication.translate("Ctx", text)
class Box:
    def build(self, parent, label, n):
        label.setText("Plain English")
        label.setToolTip(f"{n} stickies left")
        parent.tr(" mm")
        tr = self.tr
        self.tr(f"{n} items")
        _tr("Hidden from lupdate")
        label.setText(self.tr("Fine"))
        label.setWindowTitle("Stormboard")
'''
    sample = tmp_path / "sample.py"
    sample.write_text(code, encoding="utf-8")
    problems = _escapes(sample, tmp_path)
    lines = sorted(int(p.split(":")[1]) for p in problems)
    assert lines == [7, 8, 9, 10, 11, 12]


def test_compiled_catalogue_translates_texts_from_each_part(qapp, tmp_path: Path) -> None:
    qm = compiled_catalogue("fa", cache=tmp_path)
    assert qm is not None
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        tr = QCoreApplication.translate
        assert tr("ExportDialog", "Whole board") == "کل تخته"
        assert tr("ExportDialog", "Selection (%n sticky(s))", "", 3) == "انتخاب‌شده‌ها (3 برگه)"
        assert tr("WrapUpPanel", "Chapters:") == "فصل‌ها:"
        assert tr("BoardScene", "%n pasted item(s) could not be used and were left out.",
                  None, 2).startswith("2 ")
        assert tr("Timeline", "&Timeline") == "خط زمان"
        assert tr("FacilitatorPanel", "Start") == "شروع"
    finally:
        qapp.removeTranslator(translator)


#: where an undo label is written in app/ and ui/: call name -> position of the label argument
LABEL_ARGUMENT = {
    "Edit": 0, "combine": 0, "_single": 0, "_update_stickies": 1, "_workshop_edit": 1,
    "_add_copies": 1, "add_record": 3, "update_record": 3, "remove_record": 3,
    "add_sticky": 2, "add_stickies": 2,
}


def _undo_labels(path: Path) -> list[tuple[int, str]]:
    """Each undo label literally written in a module, an f-string as a %1 template."""
    def texts(node: ast.expr | None) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value] if node.value else []
        if isinstance(node, ast.JoinedStr):
            return ["".join(v.value if isinstance(v, ast.Constant) else "%1"
                            for v in node.values)]
        if isinstance(node, ast.IfExp):
            return texts(node.body) + texts(node.orelse)
        return []

    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            at = LABEL_ARGUMENT.get(_name(node.func) or "")
            args = [node.args[at]] if at is not None and len(node.args) > at else []
            args += [k.value for k in node.keywords if k.arg == "label"]
            found += [(node.lineno, text) for arg in args for text in texts(arg)]
        elif isinstance(node, ast.FunctionDef):
            named = node.args.args[len(node.args.args) - len(node.args.defaults):]
            found += [(node.lineno, text) for arg, default in zip(named, node.args.defaults,
                                                                   strict=True)
                      if arg.arg == "label" for text in texts(default)]
    return found


def test_every_undo_label_is_in_the_catalogue(catalogue) -> None:
    """Undo labels are written in English in app/ and translated by the window in the
    "EditLabels" context (ui/window/main_window.py edit_label), so each must be catalogued."""
    package = UI.parent
    modules = sorted((package / "app").rglob("*.py")) + ui_sources()
    labels = [(path, line, text) for path in modules for line, text in _undo_labels(path)]
    assert len(labels) > 50
    # counted labels are catalogued with their plural forms ("Move %Ln sticky(ies)")
    plural = {"Move %1 stickies": "Move %Ln sticky(ies)",
              "Delete %1 stickies": "Delete %Ln sticky(ies)",
              "Merge %1 duplicates": "Merge %Ln duplicate(s)"}
    missing = [
        f"{path.relative_to(package)}:{line}: {text!r}"
        for path, line, text in labels
        if ("EditLabels", plural.get(text, text)) not in catalogue
    ]
    assert missing == []


def test_undo_labels_with_names_and_numbers_are_translated(qapp, tmp_path: Path) -> None:
    from stormboard.ui.window.main_window import edit_label

    qm = compiled_catalogue("fa", cache=tmp_path)
    translator = QTranslator()
    assert qm is not None and translator.load(str(qm))
    assert edit_label("Add participant Sara") == "Add participant \u2068Sara\u2069"  # isolated
    qapp.installTranslator(translator)
    try:
        assert edit_label("Add participant Sara") == "افزودن شرکت‌کننده \u2068Sara\u2069"
        assert edit_label("Remove participant سارا") == "حذف شرکت‌کننده \u2068سارا\u2069"
        assert edit_label("Start workshop") == "شروع کارگاه"
        assert edit_label("Duplicate") == "تکثیر"
        assert edit_label("Merge 3 duplicates").startswith("یکی کردن ")
    finally:
        qapp.removeTranslator(translator)


# -- looking at it: the Persian texts fit where they are shown ---------------------------------

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "fa"
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "big-picture-bookshop.json"


def _clipped(root) -> list[str]:
    """Labels and buttons of ours whose text is wider than the room they have."""
    from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QRadioButton, QWidget

    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.objectName().startswith("participant_p"):
            continue  # a participant's button shows a person's name, not one of our texts
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            text = widget.text().replace("&", "").split("\n")[0]
            need, room = widget.fontMetrics().horizontalAdvance(text), widget.contentsRect().width()
        elif isinstance(widget, QAbstractButton) and widget.text():
            text = widget.text().replace("&", "")
            frame = 22 if isinstance(widget, (QCheckBox, QRadioButton)) else 8
            icon = 0 if widget.icon().isNull() else widget.iconSize().width() + 4
            need, room = widget.fontMetrics().horizontalAdvance(text) + frame + icon, widget.width()
        else:
            continue
        if need > room + 1:
            found.append(f"{type(root).__name__}: {text!r} needs {need} px, has {room}")
    return found


def test_persian_dialogs_and_panels_show_whole_texts(
    qtbot, qapp, english, isolated_settings, tmp_path: Path
) -> None:
    """The Export and Phase dialogs at their smallest, the facilitator panel at the dock's
    narrowest, the Duplicates dialog, find bar and filter panel: no text of ours is cut. PNGs
    land in test-artifacts/fa."""
    from stormboard.app import commands
    from stormboard.export.json_format import read_json
    from stormboard.storage import create_board_file
    from stormboard.ui.export.window_hook import make_export_dialog
    from stormboard.ui.i18n import install_translations
    from stormboard.ui.timeline import DuplicatesDialog, install_timeline
    from stormboard.ui.window import MainWindow, Preferences
    from stormboard.ui.workshop import FacilitatorPanel
    from stormboard.ui.workshop.phases import PhaseDialog

    assert install_translations(qapp, "fa") == "fa"
    create_board_file(tmp_path / "sample.storm", read_json(SAMPLE)).close()
    window = MainWindow(preferences=Preferences(isolated_settings), boards_dir=tmp_path)
    qtbot.addWidget(window)
    assert window.open_path(tmp_path / "sample.storm")
    window.show()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []

    dialog = make_export_dialog(window)
    assert dialog is not None and dialog.windowTitle() == "خروجی گرفتن"
    dialog.show()
    dialog.resize(dialog.minimumSizeHint())
    for index in range(dialog.format_combo.count()):
        dialog.format_combo.setCurrentIndex(index)
        qtbot.wait(50)
        problems += _clipped(dialog)
        dialog.grab().save(str(ARTIFACTS / f"export_{dialog.format_combo.currentData()}.png"))
    dialog.close()

    phases = PhaseDialog(window.session.board.workshop, "kickoff", window)
    phases.show()
    phases.resize(phases.minimumSizeHint())
    qtbot.wait(50)
    problems += _clipped(phases)
    phases.close()

    panel = FacilitatorPanel(window.session, window.scene)
    qtbot.addWidget(panel)
    panel.resize(360, panel.sizeHint().height())  # the dock's minimum width
    panel.show()
    for page in ("kickoff", "voting", "wrapup"):
        panel.show_page(page)
        qtbot.wait(50)
        problems += _clipped(panel)
        panel.grab().save(str(ARTIFACTS / f"facilitator_{page}.png"))
    panel.detach()

    # the timeline's dialogs: a copy of an event makes the duplicates dialog list a group
    timeline = getattr(window, "timeline", None) or install_timeline(window)
    event = next(s for s in window.session.board.stickies.values() if s.kind == "domain_event")
    copy = commands.new_sticky("domain_event", event.x + 4000, event.y, text=event.text)
    window.session.execute(commands.add_sticky(window.session.board, copy))
    timeline.actions["filter"].trigger()
    timeline.open_find()
    qtbot.wait(50)
    problems += _clipped(timeline.filter_panel) + _clipped(timeline.find_bar)
    window.grab().save(str(ARTIFACTS / "window_timeline.png"))
    duplicates = DuplicatesDialog(timeline.tools, window)
    duplicates.show()  # at the size it opens with: its list scrolls, so it has no real minimum
    qtbot.wait(50)
    problems += _clipped(duplicates)
    duplicates.grab().save(str(ARTIFACTS / "duplicates.png"))
    duplicates.close()
    assert problems == []
