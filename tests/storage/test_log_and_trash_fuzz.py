"""Edit log format 2 and the trash under random do/undo/redo, bulk deletes, moves, remote
and merged edits, failed writes and Save As; after every step the file's tables equal the
board, and at the end board_at_seq(s) equals the board the session had at every seq s."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from storage_samples import assert_same_rows

from stormboard.app import commands as c
from stormboard.app import edit as edit_module
from stormboard.app.edit import Edit
from stormboard.app.session import BoardSession
from stormboard.domain.board import Board, Put
from stormboard.domain.entities import Sticky
from stormboard.storage import create_board_file, editlog, open_board_file, save_board_as, trash


class Clock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        self.t += 0.3
        return self.t


@pytest.mark.parametrize("seed", range(40))  # 150 seeds ran clean when written
# one dispatch of random steps: a long if/elif by nature
def test_fuzz(tmp_path: Path, monkeypatch, seed: int) -> None:  # noqa: C901
    rnd = random.Random(seed)
    monkeypatch.setattr(editlog, "CHECKPOINT_EVERY", 7)
    monkeypatch.setattr(trash, "THRESHOLD", 3)
    if seed % 2:  # the bounds of what is kept, reached often
        monkeypatch.setattr(editlog.RowTexts, "LIMIT", 15)
        monkeypatch.setattr(trash.Trash, "LIMIT", 15)
    fail = {"on": False}
    real_append = editlog.append

    def append(conn, *a, **k):
        seq = real_append(conn, *a, **k)
        if fail["on"]:
            raise sqlite3.OperationalError("disk I/O error (injected)")
        return seq

    monkeypatch.setattr(editlog, "append", append)
    if seed % 4 < 2:  # runs of a few puts: the column-wise path of a stretch (ADR 0242)
        monkeypatch.setattr(editlog, "RUN_AT", 3)
    if seed % 3 != 2:  # removals of a few records told as columns, undone and redone (ADR 0254)
        monkeypatch.setattr(edit_module, "COLUMNS_AT", 2)
    real_encode = editlog.encode_puts

    def encode(puts, after_rows=None, texts=None):
        # the stretches told alike column by column say exactly what put by put would
        out = real_encode(puts, after_rows, texts)
        items: list[str] = []
        editlog._encode_each(items, puts, 0, texts or editlog.RowTexts(), after_rows)
        assert out == editlog._parts(items)
        return out

    monkeypatch.setattr(editlog, "encode_puts", encode)
    path = tmp_path / "f.storm"
    board = Board()
    board.apply([Put("stickies", f"s{i}", None, Sticky(f"s{i}", "domain_event", i * 10.0, 0.0,
                                                        160.0, 160.0, f"t{i}"))
                 for i in range(12)])
    create_board_file(path, board).close()
    opened = open_board_file(path)
    clock = Clock()
    session = BoardSession(opened.board, opened.store, clock=clock)
    stores = [opened.store]
    history: list[tuple[object, int, Board]] = []  # (store, seq, board)
    history.append((opened.store, opened.store.log.last_seq(), session.board.copy()))
    counter = [0]
    nfiles = [0]
    for _step in range(80):
        b = session.board
        ids = sorted(b.stickies)
        op = rnd.choice(["add", "text", "text", "move", "delall", "delsome", "undo", "undo",
                         "redo", "redo", "seal", "remote", "remote2", "fail", "saveas"])
        try:
            if op == "add":
                counter[0] += 1
                session.execute(c.add_sticky(b, c.new_sticky("hotspot", rnd.random() * 100, 0,
                                                             text=f"n{counter[0]}")))
            elif op == "text" and ids:
                text = rnd.choice("abc") * rnd.randint(1, 3)
                session.execute(c.set_text(b, rnd.choice(ids), text))
            elif op == "move" and ids:
                session.execute(c.move_stickies(b, set(rnd.sample(ids, rnd.randint(1, len(ids)))),
                                                rnd.choice([0, 5.0]), 1.0))
            elif op == "delall" and ids:
                session.execute(c.delete_stickies(b, set(ids)))
            elif op == "delsome" and ids:
                some = set(rnd.sample(ids, rnd.randint(1, len(ids))))
                session.execute(c.delete_stickies(b, some))
            elif op == "undo":
                session.undo()
            elif op == "redo":
                session.redo()
            elif op == "seal":
                session.seal()
            elif op == "remote" and ids:
                i = rnd.choice(ids)
                s = b.stickies[i]
                new = Sticky(s.id, s.kind, s.x + 1, s.y, s.width, s.height, s.text + "r")
                session.execute(Edit("remote", (Put("stickies", i, s, new),)), remote=True,
                                author="guest")
            elif op == "remote2" and ids:
                # a room's batch: the same id twice, and a delete + re-add of the same record
                i = rnd.choice(ids)
                s = b.stickies[i]
                mid = Sticky(s.id, s.kind, s.x, s.y + 3, s.width, s.height, s.text)
                session.execute(Edit("remote", (Put("stickies", i, s, mid),
                                                Put("stickies", i, mid, None),
                                                Put("stickies", i, None, s))), remote=True)
            elif op == "fail" and session.store_error is None and ids:
                fail["on"] = True
                try:
                    session.execute(c.set_text(b, rnd.choice(ids), "FAILED"))
                finally:
                    fail["on"] = False
            elif op == "saveas":
                nfiles[0] += 1
                store = save_board_as(session.board, tmp_path / f"copy{nfiles[0]}.storm",
                                      history=session.store)
                session.replace_store(store)
                stores.append(store)
        except Exception as e:
            if type(e).__name__ not in ("DomainError",) and not isinstance(
                    e, __import__("stormboard.domain.errors", fromlist=["x"]).DomainError):
                raise
        if session.store_error is None:
            assert_same_rows(tmp_path, session)
            history.append((session.store, session.store.log.last_seq(), session.board.copy()))
    # every recorded seq of the current store's file rebuilds exactly
    log = session.store.log
    current = session.store
    # the current file carries the older files' logs (Save As): every seq recorded anywhere
    # along the chain up to the last Save As is in it
    for store, seq, expected in history:
        if store is current or store is not current:
            try:
                got = log.board_at_seq(seq)
            except editlog.LogError:
                continue
            assert got == expected, (seed, seq)
    # entries() resolves every entry's before/after consistently with rebuilt boards
    first = log.moments()[0][0]
    full = {r.seq: r for r in log.entries()}
    last = log.last_seq()
    for _ in range(8):
        lo = rnd.randint(0, last)
        hi = rnd.randint(lo, last)
        part = list(log.entries(after=lo, upto=hi))
        assert [r.seq for r in part] == [q for q in sorted(full) if lo < q <= hi]
        assert part == [full[r.seq] for r in part], (seed, lo, hi)
    for rec in log.entries():
        if rec.seq <= first or not rec.puts:
            continue
        try:
            before = log.board_at_seq(rec.seq - 1)
        except editlog.LogError:
            continue
        seen = set()
        for p in rec.puts:
            if p.id in seen:
                continue
            seen.add(p.id)
            assert before.collection(p.collection).get(p.id) == p.before, (seed, rec.seq)
        after = log.board_at_seq(rec.seq)
        last = {}
        for p in rec.puts:
            last[(p.collection, p.id)] = p.after
        for (col, i), a in last.items():
            assert after.collection(col).get(i) == a, (seed, rec.seq)
    for s in stores:
        if not s.closed:
            s.close()
