"""Translations: Qt's own catalogue plus Stormboard's, and the layout direction that goes with them.

Our catalogues ship as Qt Linguist sources (``resources/translations/stormboard_<lang>.ts``). The
binary ``.qm`` is built from the source with the ``lrelease`` that comes with PySide6, into a cache
folder, the first time a language is used and whenever the source is newer (see ADR 0040).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QStandardPaths,
    Qt,
    QTranslator,
)

from ..shipped import resources_root

ENV_LANG = "STORMBOARD_LANG"
#: languages written right to left (QLocale knows them too; this keeps the check cheap and sure)
RTL_LANGUAGES = frozenset({"fa", "ar", "he", "ur", "ps", "ckb"})

_installed: list[QTranslator] = []


def resources_dir() -> Path:
    """The shipped resources (see :mod:`stormboard.shipped`)."""
    return resources_root()


def translations_dir() -> Path:
    return resources_dir() / "translations"


def chosen_language(explicit: str | None = None) -> str:
    """The UI language: an explicit choice, else $STORMBOARD_LANG, else the system locale."""
    name = explicit or os.environ.get(ENV_LANG, "") or QLocale.system().name()
    return name.replace("-", "_").split(".")[0] or "en"


def is_rtl(language: str) -> bool:
    base = language.split("_")[0].lower()
    if base in RTL_LANGUAGES:
        return True
    return QLocale(language).textDirection() == Qt.LayoutDirection.RightToLeft


def _qt_tool(name: str) -> Path | None:
    """One of the Qt tools PySide6 ships next to the package, else one on the PATH."""
    import PySide6

    exe = f"{name}.exe" if sys.platform == "win32" else name
    bundled = Path(PySide6.__file__).parent / exe
    if bundled.is_file():
        return bundled
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    return Path(found) if found else None


def lrelease_path() -> Path | None:
    """PySide6's lrelease binary, if this installation has one."""
    return _qt_tool("lrelease")


def lupdate_path() -> Path | None:
    """PySide6's lupdate binary (it reads Python sources), if this installation has one."""
    return _qt_tool("lupdate")


def ui_sources() -> list[Path]:
    """Every Python module of ``ui/``, and the error registry (its templates are marked where
    they are written, ADR 0210): the sources lupdate reads for the catalogue."""
    here = Path(__file__).resolve().parent
    return [*sorted(here.rglob("*.py")), here.parent / "error_codes.py"]


def catalogue_source(language: str) -> Path:
    """The committed Qt Linguist source of a language's catalogue (it may not exist)."""
    return translations_dir() / f"stormboard_{language}.ts"


def update_catalogue(source: Path, extra_args: tuple[str, ...] = ("-no-obsolete",)) -> str:
    """Run lupdate over :func:`ui_sources` into ``source`` (kept translations stay, new texts
    come in unfinished). Returns lupdate's report; raises if the tool is missing or fails."""
    tool = lupdate_path()
    if tool is None:
        raise FileNotFoundError("lupdate is not installed (it comes with PySide6)")
    result = subprocess.run(
        [str(tool), *map(str, ui_sources()), "-ts", str(source), *extra_args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout + result.stderr


def _cache_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base or Path.home() / ".cache" / "stormboard") / "translations"


def compiled_catalogue(language: str, cache: Path | None = None) -> Path | None:
    """The ``.qm`` for a language: shipped next to the source, or built from the ``.ts`` into the
    cache. None when there is no catalogue for the language or it cannot be built."""
    for name in _candidates(language):
        shipped = translations_dir() / f"stormboard_{name}.qm"
        source = catalogue_source(name)
        if shipped.is_file() and (
            not source.is_file() or shipped.stat().st_mtime >= source.stat().st_mtime
        ):
            return shipped
        if source.is_file():
            # named by the catalogue's content: checkouts sharing one cache (worktrees, test
            # mode's ~/.qttest) never pick up each other's build by its newer time stamp
            digest = hashlib.sha1(source.read_bytes(), usedforsecurity=False).hexdigest()[:12]
            return _build(source, (cache or _cache_dir()) / f"stormboard_{name}-{digest}.qm")
    return None


def _candidates(language: str) -> list[str]:
    base = language.split("_")[0]
    return [language, base] if base != language else [language]


def _build(source: Path, target: Path) -> Path | None:
    if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = lrelease_path()
    if tool is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(
            [str(tool), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return target if target.is_file() else None


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Load Qt's and Stormboard's catalogues for the language and set the layout direction.

    Returns the language code used. English needs no catalogue."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = chosen_language(language)
    QLocale.setDefault(QLocale(lang))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_tr = QTranslator(app)
    if qt_tr.load(f"qtbase_{lang}", qt_dir) or qt_tr.load(f"qtbase_{lang.split('_')[0]}", qt_dir):
        app.installTranslator(qt_tr)
        _installed.append(qt_tr)
    catalogue = compiled_catalogue(lang)
    if catalogue is not None:
        ours = QTranslator(app)
        if ours.load(str(catalogue)):
            app.installTranslator(ours)
            _installed.append(ours)
    direction = Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(direction)
    return lang


if __name__ == "__main__":
    # python -m stormboard.ui.i18n [lang]: refresh that catalogue from the sources (default fa)
    # (all languages when none is named; English holds only the plural forms of the sources)
    for name in sys.argv[1:] or ["fa", "en"]:
        extra = ("-no-obsolete", "-pluralonly", "-source-language", "en", "-target-language",
                 "en") if name == "en" else ("-no-obsolete",)
        print(update_catalogue(catalogue_source(name), extra))
