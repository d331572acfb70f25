"""What the window remembers between runs, kept in QSettings under explicit keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..themes import Theme, parse_theme

MAX_RECENT = 10
ONE_FINGER_MODES = ("pan", "select")


def _as_bool(value: object, default: bool) -> bool:
    # INI files hand back "true"/"false" strings
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in {"1", "true", "yes"}
    return bool(value)


class Preferences:
    """Typed access to the settings. Tests pass a QSettings on a temporary INI file."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings()

    # -- preferences ------------------------------------------------------------------------
    @property
    def grid(self) -> bool:
        return _as_bool(self.settings.value("view/grid"), True)

    @grid.setter
    def grid(self, on: bool) -> None:
        self.settings.setValue("view/grid", bool(on))

    @property
    def one_finger_mode(self) -> str:
        value = str(self.settings.value("view/one_finger_mode", "pan"))
        return value if value in ONE_FINGER_MODES else "pan"

    @one_finger_mode.setter
    def one_finger_mode(self, mode: str) -> None:
        if mode not in ONE_FINGER_MODES:
            raise ValueError(f"Unknown one-finger mode {mode!r}.")
        self.settings.setValue("view/one_finger_mode", mode)

    @property
    def theme(self) -> Theme:
        return parse_theme(self.settings.value("view/theme", Theme.SYSTEM.value))

    @theme.setter
    def theme(self, theme: Theme) -> None:
        self.settings.setValue("view/theme", Theme(theme).value)

    # -- window -----------------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self.settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def state(self) -> QByteArray | None:
        value = self.settings.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.settings.setValue("window/geometry", geometry)
        self.settings.setValue("window/state", state)

    # -- recent files -----------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        value = self.settings.value("files/recent", [])
        if isinstance(value, str):  # a one-element list comes back as a plain string
            value = [value]
        return [Path(p) for p in (value or []) if p]

    def add_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        files = [path] + [p for p in self.recent_files() if p != path]
        self.settings.setValue("files/recent", [str(p) for p in files[:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        self.settings.setValue("files/recent", [str(p) for p in self.recent_files() if p != path])

    def sync(self) -> None:
        self.settings.sync()
