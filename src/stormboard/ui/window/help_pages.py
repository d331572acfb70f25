"""Help ▸ How a Big Picture Workshop Runs, and Help ▸ About Stormboard (ADR 0192).

The guide is built from the facilitator's own default plan (the same phase names, minutes and
instructions the wizard shows, already translated), framed by a few sentences of its own, so it
reads in the UI language and never disagrees with the wizard. Every text is shown as plain text.
"""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ...app.fonts import FAMILY
from ...domain.workshop import default_plan
from ..icons import ICON_LICENCE, ICON_SET
from ..workshop.common import phase_instruction, phase_title


def guide_html() -> str:
    """The guide as simple HTML; every inserted text is escaped."""
    def p(text: str) -> str:
        return f"<p>{html.escape(text)}</p>"

    title = QCoreApplication.translate("HelpPages", "How a Big Picture workshop runs")
    parts = [
        f"<h2>{html.escape(title)}</h2>",
        p(QCoreApplication.translate(
            "HelpPages", "A Big Picture workshop puts the people who know a business line in one "
            "room, in front of one long wall. Together they tell the story of that business as "
            "orange domain events, from left to right, in the past tense.")),
        p(QCoreApplication.translate(
            "HelpPages", "Switch on the facilitator wizard in the Facilitator panel: it runs the "
            "phases below one after another, with a countdown for each, and unlocks the kinds of "
            "sticky each phase needs.")),
        "<ol>",
    ]
    minutes = QCoreApplication.translate("HelpPages", "%1 min")
    for phase in default_plan():
        head = f"{phase_title(phase)} ({minutes.replace('%1', f'{phase.minutes:g}')})"
        parts.append(f"<li><b>{html.escape(head)}</b><br>{html.escape(phase_instruction(phase))}"
                     "</li>")
    parts.append("</ol>")
    parts += [
        p(QCoreApplication.translate(
            "HelpPages", "On a projector use View ▸ Full Screen Presentation (F11): only the wall, "
            "the palette and the countdown stay; Escape or the on-screen button leaves it.")),
        p(QCoreApplication.translate(
            "HelpPages", "Arguments become hotspots (pink), not debates. Pivotal events split the "
            "story into chapters; swimlanes separate parallel flows. Dot voting at the end picks "
            "the problems and opportunities worth working on next.")),
    ]
    return "\n".join(parts)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(
            QCoreApplication.translate("HelpPages", "How a Big Picture Workshop Runs"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 620)
        self.refresh()

    def refresh(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("HelpPages", "How a Big Picture Workshop Runs"))
        self.browser.setHtml(guide_html())
        self.browser.setAccessibleName(self.windowTitle())


def about_text() -> str:
    lines = [
        QCoreApplication.translate("HelpPages", "Stormboard %1").replace("%1", __version__),
        QCoreApplication.translate(
            "HelpPages", "A digital wall for Event Storming workshops."),
        "",
        QCoreApplication.translate("HelpPages", "Licence: %1").replace(
            "%1", "GNU GPL 3.0 or later"),
        QCoreApplication.translate("HelpPages", "Board font: %1, %2").replace(
            "%1", FAMILY).replace("%2", "SIL Open Font License 1.1"),
        QCoreApplication.translate("HelpPages", "Icons: %1, %2").replace(
            "%1", ICON_SET).replace("%2", ICON_LICENCE),
        QCoreApplication.translate("HelpPages", "Qt for Python (PySide6) %1, LGPL 3.0").replace(
            "%1", pyside_version),
    ]
    return "\n".join(lines)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(QCoreApplication.translate("HelpPages", "About Stormboard"))
        self.text = QLabel(about_text(), self)
        self.text.setObjectName("aboutText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
