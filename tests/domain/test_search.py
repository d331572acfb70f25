"""Find and filter across the board."""

from __future__ import annotations

from stormboard.domain.board import Board, Put
from stormboard.domain.entities import Lane, Sticky
from stormboard.domain.search import NO_AUTHOR, NO_LANE, StickyFilter, search_text


def make_board() -> Board:
    board = Board()
    board.load("lanes", [Lane("sales", "Sales", 0, 300), Lane("ship", "Shipping", 300, 300)])
    board.load("stickies", [
        Sticky("a", "domain_event", 0, 0, 100, 100, text="سفارش ثبت‌شد", author="ali"),
        Sticky("b", "domain_event", 400, 350, 100, 100, text="سفارش ارسال شد", author="sara"),
        Sticky("c", "hotspot", 200, 50, 100, 100, text="ثبت سفارش کند است"),
        Sticky("d", "domain_event", 800, 0, 100, 100, text="Order Placed", pivotal=True,
               co_authors=("sara",)),
        Sticky("e", "domain_event", 900, 900, 100, 100, text="مشتري ثبت شد", author="ali"),
    ])
    return board


def test_search_folds_persian_variants_and_spacing() -> None:
    board = make_board()
    assert search_text(board, "ثبت شد") == ["a", "e"]  # ZWNJ and Arabic yeh folded
    assert search_text(board, "مشتری") == ["e"]
    assert search_text(board, "سفارش") == ["a", "c", "b"]  # reading order: x 50, 250, 450
    assert search_text(board, "order placed") == ["d"]
    assert search_text(board, "  ") == []


def test_filter_criteria_combine() -> None:
    board = make_board()
    everything = {"a", "b", "c", "d", "e"}
    result = StickyFilter.of(kinds=["domain_event"]).apply(board)
    assert result.matching == ("a", "b", "d", "e") and result.dimmed == {"c"}
    assert StickyFilter.of(lanes=["sales"]).apply(board).matching == ("a", "c", "d")
    assert StickyFilter.of(lanes=[NO_LANE]).apply(board).matching == ("e",)
    # co-authors count as authors
    assert StickyFilter.of(authors=["sara"]).apply(board).matching == ("b", "d")
    assert StickyFilter.of(authors=[NO_AUTHOR]).apply(board).matching == ("c",)
    # the pivotal event "d" closes chapter 0 (its boundary line stands at x 920)
    assert StickyFilter.of(chapters=[0]).apply(board).matching == ("a", "c", "b", "d")
    assert StickyFilter.of(chapters=[1]).apply(board).matching == ("e",)
    combined = StickyFilter.of(text="ثبت", kinds=["domain_event"], lanes=["sales"])
    assert combined.apply(board).matching == ("a",)
    assert StickyFilter().apply(board).dimmed == frozenset()
    assert set(StickyFilter().apply(board).matching) == everything
    assert not StickyFilter().is_active and combined.is_active
    assert combined.apply(board).is_dimmed("b")


# -- the find index built in slices (issue 12, ADRs 0226 and 0235); counted, never timed ------
def _grid(n: int, seed: int = 5) -> Board:
    import random

    from stormboard.app import commands

    rng = random.Random(seed)
    words = ["Order", "shipped", "Invoice", "sent", "سفارش", "ثبت", "شد", "Paid", "علی"]
    board = Board()
    board.load("stickies", [commands.new_sticky(
        "domain_event", (i % 40) * 220.0 + rng.uniform(-30, 30), (i // 40) * 220.0,
        width=rng.choice([120, 160, 240]), height=160,
        text=" ".join(rng.choice(words) for _ in range(rng.randint(1, 4)))) for i in range(n)])
    return board


def test_the_index_orders_as_reading_key_does() -> None:
    from stormboard.domain.search import _reading_keys
    from stormboard.domain.timeline import reading_key

    board = _grid(300)
    assert _reading_keys(board.stickies.values()) == [
        reading_key(s) for s in board.stickies.values()]


def test_the_index_is_built_a_slice_at_a_time_reading_order_first() -> None:
    from stormboard.domain.search import SLICE, SearchIndex

    board = _grid(1000)
    index = SearchIndex()
    assert not index.fold_some(board, 0.0)
    assert index.folded == 0 and index.rebuilt == 0  # the first step only makes keys
    assert not index.fold_some(board, 0.0)
    assert index.folded == 0 and index.rebuilt == 1  # the second one only sorts
    steps = 1
    while not index.fold_some(board, 0.0):
        steps += 1
        assert index.folded <= (steps - 1) * SLICE  # no step folds more than a slice
    assert index.folded == 1000 and steps >= 1000 // SLICE
    assert index.search(board, "shipped") == search_text(board, "shipped")


def test_the_reading_order_of_a_large_wall_takes_steps_and_a_change_starts_it_over(
    monkeypatch,
) -> None:
    """ADR 0242: each idle step makes ``KEY_SLICE`` reading keys, then one sorts them; a
    change in between starts over from the board as it is (the keys made are of another)."""
    from stormboard.domain import search
    from stormboard.domain.search import SearchIndex

    monkeypatch.setattr(search, "KEY_SLICE", 300)
    board = _grid(1000)
    index = SearchIndex()
    made = []
    real = search._reading_keys
    monkeypatch.setattr(search, "_reading_keys", lambda s: made.append(len(s := list(s)))
                        or real(s))
    for _ in range(2):
        assert not index.fold_some(board, 0.0)
    assert made == [300, 300] and index.rebuilt == 0
    gone = next(iter(board.stickies))
    board.apply([Put("stickies", gone, board.stickies[gone], None)])
    index.stale([gone])
    made.clear()
    while index.rebuilt == 0:
        assert not index.fold_some(board, 0.0)
    assert made == [300, 300, 300, 99]  # the board as it is now, from the start
    index.complete(board)
    assert index.search(board, "shipped") == search_text(board, "shipped")
    assert gone not in index.search(board, "e")


def test_a_letter_before_the_index_is_built_gets_the_first_matches_exactly() -> None:
    from stormboard.domain.search import SLICE, SearchIndex

    board = _grid(2000)
    index = SearchIndex()
    first, complete = index.first_matches(board, "shipped")
    assert index.looked_at == SLICE  # the first slice in reading order holds a match
    for query in ("shipped", "ثبت شد", "o"):
        expected = search_text(board, query)
        first, complete = index.first_matches(board, query)
        assert not complete and 0 < len(first) < len(expected)
        assert first == expected[:len(first)]  # the first ones, in reading order
        assert index.looked_at < len(board.stickies) // 2
    first, complete = index.first_matches(board, "no such words")
    assert (first, complete) == ([], True)  # folded on to the end: there is none
    assert index.search(board, "o") == search_text(board, "o")


def test_many_changes_merge_into_the_index_and_changes_unsearched_are_only_noted(
        monkeypatch) -> None:
    import random

    from stormboard.app import commands
    from stormboard.app.edit import ChangeSet
    from stormboard.domain import search
    from stormboard.domain.search import SearchIndex

    board = _grid(1500)
    index = SearchIndex()
    index.complete(board)
    calls = {"reading_key": 0}
    counted = search.reading_key

    def reading_key(s):
        calls["reading_key"] += 1
        return counted(s)

    monkeypatch.setattr(search, "reading_key", reading_key)
    rng = random.Random(2)
    for step in range(8):
        ids = rng.sample(sorted(board.stickies), rng.choice([20, 300, 900]))
        if step % 3 == 2:
            command = commands.delete_stickies(board, ids[:50])
        else:
            command = commands.move_stickies(board, ids, rng.uniform(-900, 900), 40)
        board.apply(command.puts)
        changed = ChangeSet.from_puts(command.puts).ids("stickies")
        folded, rebuilt, before = index.folded, index.rebuilt, calls["reading_key"]
        if step % 2:
            index.stale(changed)  # nobody searching: noted, nothing moved or folded
            assert (calls["reading_key"], index.folded, index.rebuilt) == (before, folded,
                                                                            rebuilt)
            assert not index.ready
        else:
            index.changed(board, changed)  # merged: one reading key per sticky still there
            assert calls["reading_key"] - before == sum(i in board.stickies for i in changed)
            assert index.rebuilt == rebuilt and index.ready
        assert index.folded == folded  # moves and deletes fold no text
        for query in ("shipped", "سفارش ثبت", "d"):
            assert index.search(board, query) == search_text(board, query)
    assert index.rebuilt == 1
