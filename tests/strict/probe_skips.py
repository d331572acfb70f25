"""Run only by test_strict_skips.py in a child pytest (the name keeps it out of collection)."""

import pytest


def test_missing_tool() -> None:
    pytest.skip("frobnicate is not installed")


def test_machine_property() -> None:
    pytest.skip("chattr +i is not supported on this file system")


@pytest.mark.skipif(True, reason="lupdate is missing")
def test_marked() -> None:
    pass
