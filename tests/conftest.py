"""Shared test settings. Qt tests run headless unless a test sets up a real display itself."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
