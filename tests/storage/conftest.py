"""Fixtures for the storage tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The test folders are not packages; make the shared samples importable by name.
sys.path.insert(0, str(Path(__file__).parent))

from storage_samples import tricky_board

from stormboard.domain.board import Board


@pytest.fixture
def board() -> Board:
    return tricky_board()
