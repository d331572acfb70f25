"""The Export dialog: one place to write the board as a PDF poster, PNG, SVG, JSON or report.

Options change a plan (the poster engine's, or the picture's) which the dialog shows at once:
the physical size, the page count and a preview of the page layout over a miniature of the
board. Long exports show a progress bar; Cancel stops them and no file is left behind.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...app.wrapup import build_wrapup
from ...domain.board import Board
from ...domain.timeline import chapter_number
from ...error_codes import os_problem
from ...export.atomic import OutputError
from ...export.interop.csv_board import write_stickies_csv
from ...export.interop.drawio import write_drawio
from ...export.interop.excalidraw import write_excalidraw
from ...export.interop.mermaid import write_mermaid
from ...export.json_format import write_json
from ...export.poster import (
    PosterError,
    PosterOptions,
    PosterPlan,
    Scope,
    ScopeKind,
    chapters,
    plan_poster,
    undrawable_count,
)
from ...export.report import write_csv, write_markdown
from ..bidi import isolate
from ..digits import ui_digits
from ..error_text import sentence
from ..plain_text import PlainLabel
from .export_job import PosterJob
from .image_export import (
    ImageCancelled,
    ImageError,
    ImageOptions,
    ImagePlan,
    fitting_dpi,
    plan_image,
    write_png,
    write_svg,
)
from .option_pages import PicturePage, PosterPage
from .preview import PagePreview


@dataclass(frozen=True, slots=True)
class Format:
    key: str
    suffix: str
    label: str  # English name (the dialog shows ExportDialog.format_label, translated)


FORMATS: tuple[Format, ...] = (
    Format("pdf", ".pdf", "PDF poster"),
    Format("png", ".png", "PNG image"),
    Format("svg", ".svg", "SVG image"),
    Format("json", ".json", "JSON (the whole board)"),
    Format("md", ".md", "Markdown report"),
    Format("csv", ".csv", "CSV ranked list"),
    Format("stickies_csv", ".csv", "CSV of all stickies"),
    Format("excalidraw", ".excalidraw", "Excalidraw drawing"),
    Format("drawio", ".drawio", "draw.io diagram"),
    Format("mmd", ".mmd", "Mermaid flowchart"),
    Format("mmd_timeline", ".mmd", "Mermaid timeline"),
)
#: formats for other tools (docs/interop.md): key -> writer(board, path)
INTEROP_WRITERS = {
    "stickies_csv": write_stickies_csv,
    "excalidraw": write_excalidraw,
    "drawio": write_drawio,
    "mmd": lambda board, path: write_mermaid(board, path, "flowchart"),
    "mmd_timeline": lambda board, path: write_mermaid(board, path, "timeline"),
}
FORMATS_BY_KEY = {f.key: f for f in FORMATS}
LAYOUT_FORMATS = ("pdf", "png", "svg")


def open_file(path: Path) -> bool:
    """Show the written file in the desktop's viewer (a local file URL; never the network)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve())))


def _num(value: float, decimals: int = 0, group: bool = False) -> str:
    """A number in the UI language's digits (Persian digits in Persian) and decimal sign;
    thousands grouped only where asked (pixel counts), as the English summary had it."""
    locale = QLocale()
    if not group:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if decimals == 0:
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)


def _safe_name(title: str) -> str:
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip().strip(".")
    return " ".join(name.split())[:80] or "board"


class ExportDialog(QDialog):
    """Export ``board`` (read only; the dialog is modal, so the board holds still meanwhile)."""

    #: the path of a file just written
    exported = Signal(str)

    def __init__(self, board: Board, selection: Iterable[str] = (), parent: QWidget | None = None,
                 suggested: Path | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.board = board
        #: where the last export's paper and folder are kept (None: nothing is remembered)
        self.settings = settings
        # the board's time slices for the JSON form (ADR 0151); the window hook provides them
        self.json_slices: Callable[[], list[tuple[str, float, Board]]] = list
        self.selection = frozenset(selection) & set(board.stickies)
        self._suggested = suggested
        self._job: PosterJob | None = None
        self._running = False
        self._cancelled = False
        self._plan: PosterPlan | ImagePlan | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(40)  # one plan per burst of spin-box steps
        self._refresh_timer.timeout.connect(self.refresh)
        self.setWindowTitle(self.tr("Export"))
        self._build()
        self._recall()
        self._set_path_for_format()
        self._initial_choices()
        self.refresh()

    # -- what the last export chose (issue 10): paper, tiling paper, folder --------------------
    def _recall(self) -> None:
        if self.settings is None:
            return
        page = self.poster_page
        for combo, key in ((page.paper_combo, "export/paper"), (page.tile_combo, "export/tile")):
            index = combo.findData(str(self.settings.value(key, "")))
            if index >= 0:
                combo.setCurrentIndex(index)
        page.tile_check.setChecked(str(self.settings.value("export/tiled", "false")) == "true")
        folder = Path(str(self.settings.value("export/folder", "") or ""))
        if str(folder) not in ("", ".") and folder.is_dir():
            stem = (self._suggested.name if self._suggested is not None
                    else _safe_name(self.board.info.title))
            self._suggested = folder / stem

    def _remember(self, out: Path) -> None:
        if self.settings is None:
            return
        page = self.poster_page
        if self.format_key == "pdf":
            self.settings.setValue("export/paper", page.paper_combo.currentData())
            self.settings.setValue("export/tile", page.tile_combo.currentData())
            self.settings.setValue("export/tiled", "true" if page.tile_check.isChecked()
                                   else "false")
        self.settings.setValue("export/folder", str(out.parent))
        self.settings.sync()

    def _initial_choices(self) -> None:
        """Landscape for a wall wider than tall; a picture resolution that fits the caps."""
        try:
            image = plan_image(self.board, self.image_options(), limit=False)
        except ImageError:
            return
        _, _, width, height = image.source
        self.poster_page.set_landscape(width > height)
        dpi = fitting_dpi(self.board, self.image_options())
        if dpi is not None:
            self.picture_page.dpi_spin.setValue(dpi)

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.format_combo = QComboBox()
        for f in FORMATS:
            self.format_combo.addItem(self.format_label(f.key), f.key)
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("Whole board"), ScopeKind.BOARD.value)
        if self.selection:
            self.scope_combo.addItem(
                self.tr("Selection (%n sticky(s))", "", len(self.selection)),
                ScopeKind.SELECTION.value)
        lanes = sorted(self.board.lanes.values(), key=lambda ln: ln.y)
        if lanes:
            self.scope_combo.addItem(self.tr("One lane"), ScopeKind.LANE.value)
        self._chapters = [c for c in chapters(self.board) if c.sticky_ids]
        if len(self._chapters) > 1:
            self.scope_combo.addItem(self.tr("One chapter"), ScopeKind.CHAPTER.value)
        self.lane_combo = QComboBox()
        for lane in lanes:
            self.lane_combo.addItem(lane.label or self.tr("(unnamed lane)"), lane.id)
        self.chapter_combo = QComboBox()
        for ch in self._chapters:
            self.chapter_combo.addItem(
                self.tr("%1: %2").replace("%1", str(chapter_number(ch.number))).replace(
                    "%2", isolate(ch.name) or self.tr("(unnamed)")),
                str(chapter_number(ch.number)))

        top = QFormLayout()
        top.addRow(self.tr("&Format:"), self.format_combo)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope_combo, 1)
        scope_row.addWidget(self.lane_combo, 1)
        scope_row.addWidget(self.chapter_combo, 1)
        self.scope_label = PlainLabel(self.tr("&Content:"))
        self.scope_label.setBuddy(self.scope_combo)
        top.addRow(self.scope_label, scope_row)

        self.pages = QStackedWidget()
        self.poster_page = PosterPage()
        self.picture_page = PicturePage()
        self.poster_page.changed.connect(self._changed)
        self.picture_page.changed.connect(self._changed)
        self.pages.addWidget(self.poster_page)
        self.pages.addWidget(self.picture_page)
        self.data_note = PlainLabel()
        self.data_note.setWordWrap(True)
        self.pages.addWidget(self.data_note)

        self.summary = PlainLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = PlainLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #B71C1C;")
        self.preview = PagePreview()

        self.path_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.open_check = QCheckBox(self.tr("&Open the file when done"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self._cancel_clicked)

        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.pages)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.summary)
        right.addWidget(self.problem)
        body = QHBoxLayout()
        body.addLayout(left, 0)
        body.addLayout(right, 1)
        out_form = QFormLayout()
        save_label = PlainLabel(self.tr("&Save to:"))
        save_label.setBuddy(self.path_edit)
        out_form.addRow(save_label, path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(out_form)
        layout.addWidget(self.open_check)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        for combo in (self.format_combo, self.scope_combo, self.lane_combo, self.chapter_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.format_combo.currentIndexChanged.connect(self._set_path_for_format)
        self.resize(900, 560)

    def format_label(self, key: str) -> str:
        # literal tr() calls, so the translation tools find every label
        labels = {
            "pdf": self.tr("PDF poster"),
            "png": self.tr("PNG image"),
            "svg": self.tr("SVG image"),
            "json": self.tr("JSON (the whole board)"),
            "md": self.tr("Markdown report"),
            "csv": self.tr("CSV ranked list"),
            "stickies_csv": self.tr("CSV of all stickies"),
            "excalidraw": self.tr("Excalidraw drawing"),
            "drawio": self.tr("draw.io diagram"),
            "mmd": self.tr("Mermaid flowchart"),
            "mmd_timeline": self.tr("Mermaid timeline"),
        }
        return labels[key]

    # -- reading the options ----------------------------------------------------------------
    @property
    def format_key(self) -> str:
        return str(self.format_combo.currentData())

    def set_format(self, key: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(key))

    def scope(self) -> Scope:
        kind = ScopeKind(self.scope_combo.currentData() or ScopeKind.BOARD.value)
        if kind is ScopeKind.SELECTION:
            return Scope(kind, self.selection)
        if kind is ScopeKind.LANE:
            return Scope(kind, value=str(self.lane_combo.currentData()))
        if kind is ScopeKind.CHAPTER:
            return Scope(kind, value=str(self.chapter_combo.currentData()))
        return Scope()

    def poster_options(self) -> PosterOptions:
        return self.poster_page.options(self.scope())

    def image_options(self) -> ImageOptions:
        return self.picture_page.options(self.scope())

    @property
    def plan(self) -> PosterPlan | ImagePlan | None:
        """The plan the summary and preview show (None for formats without a layout)."""
        return self._plan

    # -- live summary and preview -----------------------------------------------------------
    def _changed(self, *_args: object) -> None:
        self._sync_visibility()
        self._refresh_timer.start()

    def _sync_visibility(self) -> None:
        key = self.format_key
        self.pages.setCurrentIndex({"pdf": 0, "png": 1, "svg": 1}.get(key, 2))
        layout = key in LAYOUT_FORMATS
        self.scope_combo.setEnabled(layout and self.scope_combo.count() > 1)
        self.scope_label.setEnabled(layout)
        kind = self.scope_combo.currentData()
        self.lane_combo.setVisible(layout and kind == ScopeKind.LANE.value)
        self.chapter_combo.setVisible(layout and kind == ScopeKind.CHAPTER.value)
        self.poster_page.sync()

    def refresh(self) -> None:
        """Plan with the current options; update the summary, the preview and Export."""
        self._refresh_timer.stop()
        self._sync_visibility()
        key = self.format_key
        self._plan = None
        problem = ""
        try:
            if key == "pdf":
                plan = plan_poster(self.board, self.poster_options())
                self._plan = plan
                self.summary.setText(self._poster_summary(plan))
                self.preview.show_poster(plan)
                problem = "\n".join([*plan.warnings, *self._undrawable_note(plan)])
            elif key in ("png", "svg"):
                # the preview and size show even when a PNG would be too big; Export waits
                image = plan_image(self.board, self.image_options(), limit=False)
                self.summary.setText(self._image_summary(image))
                self.preview.show_image(image, dict(self.board.info.legend))
                if key == "png":
                    image = plan_image(self.board, self.image_options())
                self._plan = image
            else:
                self.summary.setText(self._data_summary(key))
                self.data_note.setText(self._data_summary(key))
                self.preview.show_message(self.tr("This format has no page layout."))
        except (PosterError, ImageError) as error:
            problem = sentence(error)  # in the UI language (ui/error_text)
            if self._plan is None and not isinstance(error, ImageError):
                self.summary.setText("")
                self.preview.show_message(self.tr("No preview: the options cannot work."))
            self.problem.setText(problem)
            self.export_button.setEnabled(False)
            return
        self.problem.setText(problem)
        self.export_button.setEnabled(not self._running)

    def _undrawable_note(self, plan: PosterPlan) -> list[str]:
        """Said before export: stickies with characters no font here can draw (fallback)."""
        n = undrawable_count(plan.content.stickies)
        if not n:
            return []
        return [ui_digits(self.tr("%n sticky(s) contain characters the poster cannot draw", "", n))]

    def _poster_summary(self, plan: PosterPlan) -> str:
        w, h = plan.size_mm
        size = self.tr("Poster %1 × %2 mm (%3 × %4 in), %5% of real size").replace(
            "%1", _num(w)).replace("%2", _num(h)).replace(
            "%3", _num(w / 25.4, 1)).replace("%4", _num(h / 25.4, 1)).replace(
            "%5", _num(plan.percent_of_real, 1))
        pw, ph = plan.page_size_mm
        n = plan.page_count
        pages = ui_digits(self.tr("1 page") if n == 1 else self.tr("%n pages", "", n))
        if plan.tiled:
            detail = self.tr("%1 × %2 tiles of %3 (%4 × %5 mm) and a map of the tiles").replace(
                "%1", _num(plan.cols)).replace("%2", _num(plan.rows)).replace(
                "%3", plan.page_paper.name).replace("%4", _num(pw)).replace("%5", _num(ph))
        else:
            detail = self.tr("%1 (%2 × %3 mm)").replace("%1", plan.page_paper.name).replace(
                "%2", _num(pw)).replace("%3", _num(ph))
        return f"{size}\n{pages}: {detail}"

    def _image_summary(self, plan: ImagePlan) -> str:
        w, h = plan.size_mm
        return self.tr("%1 × %2 pixels (%3 megapixels), %4 × %5 mm at %6 dpi").replace(
            "%1", _num(plan.width_px, group=True)).replace(
            "%2", _num(plan.height_px, group=True)).replace(
            "%3", _num(plan.megapixels, 1)).replace("%4", _num(w)).replace(
            "%5", _num(h)).replace("%6", _num(plan.options.dpi))

    def _data_summary(self, key: str) -> str:
        if key == "json":
            return self.tr("The whole board in Stormboard's JSON interchange form; it can be "
                           "imported again.")
        if key == "md":
            return self.tr("The workshop report: chapters, pivotal events, ranked hotspots and "
                           "opportunities, glossary.")
        if key == "stickies_csv":
            return self.tr("Every sticky with its kind, text, lane, author, position, votes and "
                           "owner, for a spreadsheet; it can be imported again.")
        if key in ("excalidraw", "drawio"):
            return self.tr("Stickies, swimlanes and links for another drawing tool; it can be "
                           "imported again.")
        if key == "mmd":
            return self.tr("Commands, events and policies with their links, as Mermaid text "
                           "for a wiki.")
        if key == "mmd_timeline":
            return self.tr("The domain events left to right, chapter by chapter, as Mermaid "
                           "text for a wiki.")
        return self.tr("The ranked list of hotspots and opportunities, by votes, for a "
                       "spreadsheet.")

    # -- the output file --------------------------------------------------------------------
    def output_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def set_output_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))

    def _set_path_for_format(self, *_args: object) -> None:
        suffix = FORMATS_BY_KEY[self.format_key].suffix
        text = self.path_edit.text().strip()
        if text:
            current = Path(text)
            if current.suffix.lower() in {f.suffix for f in FORMATS} or not current.suffix:
                self.path_edit.setText(str(current.with_suffix(suffix)))
            return
        base = self._suggested or Path.home() / _safe_name(self.board.info.title)
        self.path_edit.setText(str(base.with_suffix(suffix)))

    def _browse(self) -> None:
        f = FORMATS_BY_KEY[self.format_key]
        pattern = f"{self.format_label(f.key)} (*{f.suffix})"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"),
                                                str(self.output_path()), pattern)
        if chosen:
            path = Path(chosen)
            self.set_output_path(path if path.suffix.lower() == f.suffix
                                 else path.with_name(path.name + f.suffix))

    # -- running ----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running

    def start_export(self) -> None:
        """Write the file with the current options (PDF in a thread, PNG in steps)."""
        if self._running:
            return
        self.refresh()
        key = self.format_key
        if key in LAYOUT_FORMATS and self._plan is None:
            return  # the problem label already says why
        out = self.output_path()
        suffix = FORMATS_BY_KEY[key].suffix
        if not self.path_edit.text().strip():
            self._set_status(self.tr("Choose where to save the file."), error=True)
            return
        if out.suffix.lower() != suffix:
            out = out.with_name(out.name + suffix)
            self.set_output_path(out)
        if out.is_dir():
            self._set_status(self.tr("%1 is a folder; give a file name.").replace(
                "%1", isolate(str(out))), error=True)
            return
        if out.exists() and not self._confirm_overwrite(out):
            return
        self._begin()
        if key == "pdf":
            if not isinstance(self._plan, PosterPlan):  # the format's plan is built before Export
                raise TypeError(f"a PDF export needs a poster plan, not {self._plan!r}")
            self._job = PosterJob(self._plan, out, self)
            self._job.progressed.connect(self._show_progress)
            self._job.finished.connect(self._job_finished)
            self._job.start()
            return
        try:
            if key in ("png", "svg") and not isinstance(self._plan, ImagePlan):
                raise TypeError(f"an image export needs an image plan, not {self._plan!r}")
            if key == "png":
                write_png(self.board, self._plan, out, self._step)
            elif key == "svg":
                write_svg(self.board, self._plan, out, self._step)
            elif key == "json":
                write_json(self.board, out, self.json_slices())
            elif key == "md":
                write_markdown(build_wrapup(self.board, time.time()), out)
            elif key in INTEROP_WRITERS:
                INTEROP_WRITERS[key](self.board, out)
            else:
                write_csv(build_wrapup(self.board, time.time()).ranked, out)
        except ImageCancelled:
            self._end("cancelled", "", out)
        except (ImageError, OutputError) as error:
            self._end("failed", sentence(error), out)
        except OSError as error:
            self._end("failed", f"{out}: {sentence(os_problem(error))}", out)
        else:
            self._end("done", "", out)

    def _confirm_overwrite(self, out: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("%1 already exists. Replace it?").replace("%1", isolate(out.name)))
        return answer == QMessageBox.StandardButton.Yes

    def _begin(self) -> None:
        self._running = True
        self._cancelled = False
        self.status.setText(self.tr("Exporting…"))
        self.status.setStyleSheet("")
        self.progress.setRange(0, 0)  # busy until the first step reports its total
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        for w in (self.format_combo, self.scope_combo, self.lane_combo, self.chapter_combo,
                  self.pages, self.path_edit, self.browse_button):
            w.setEnabled(False)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _step(self, done: int, total: int) -> bool:
        """Progress of an export on this thread: show it, let Cancel be clicked, answer."""
        self._show_progress(done, total)
        QCoreApplication.processEvents()
        return not self._cancelled

    def _cancel_clicked(self) -> None:
        if self._running:
            self.cancel_export()
        else:
            self.reject()

    def cancel_export(self) -> None:
        """Stop the running export; it leaves no file."""
        if not self._running:
            return
        self._cancelled = True
        self.status.setText(self.tr("Cancelling…"))
        if self._job is not None:
            self._job.cancel()

    def _job_finished(self) -> None:
        job = self._job
        self._job = None
        if job is not None:
            job.restore_gc()
        if job is not None:
            self._end(job.outcome, job.error, job.out)
            job.deleteLater()

    def _end(self, outcome: str, error: str, out: Path) -> None:
        self._running = False
        self.progress.setVisible(False)
        for w in (self.format_combo, self.pages, self.path_edit, self.browse_button):
            w.setEnabled(True)
        self._sync_visibility()
        self.refresh()
        if outcome == "done":
            self._remember(out)
            self._set_status(self.tr("Saved %1.").replace("%1", isolate(str(out))))
            self.exported.emit(str(out))
            if self.open_check.isChecked():
                open_file(out)
            self.accept()
        elif outcome == "cancelled":
            self._set_status(self.tr("Export cancelled; no file was written."))
        else:
            self._set_status(self.tr("Export failed: %1").replace("%1", error), error=True)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #B71C1C;" if error else "")

    def wait(self) -> None:
        """Block until a threaded export has finished (closing the dialog, tests)."""
        if self._job is not None:
            self._job.wait()

    def reject(self) -> None:
        if self._running:  # Escape or the window's close button while exporting: stop first
            self.cancel_export()
            if self._job is not None:
                self._job.wait()
                self._job_finished()
            return
        super().reject()
