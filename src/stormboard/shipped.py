"""Files that ship with Stormboard: translations, icons, templates and the sample workshop.

They live in the repository's top-level ``resources/`` folder, which setup.py installs as the
``stormboard.resources`` package (ADR 0130). ``importlib.resources`` then finds them the same way
from a checkout (editable install), an installed wheel and a PyInstaller bundle; a checkout used
without installing (``PYTHONPATH=src``) falls back to the folder itself.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

#: the board every new user can open from the start screen, the README and ``make run``
SAMPLE_WORKSHOP = ("samples", "big-picture-bookshop.json")


@cache
def resources_root() -> Path:
    """The folder holding the shipped resources."""
    try:
        root = resources.files("stormboard.resources")
    except ModuleNotFoundError:
        root = None
    if root is not None and Path(str(root)).is_dir():
        return Path(str(root))
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    """A shipped file or folder, e.g. ``resource("icons", "stormboard.svg")``."""
    return resources_root().joinpath(*parts)


def sample_workshop() -> Path:
    """The scripted Big Picture workshop of a bookshop (JSON interchange format)."""
    return resource(*SAMPLE_WORKSHOP)
