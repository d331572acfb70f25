"""Phones as pycrdt clients against a real room server on 127.0.0.1: stickies land in the file,
roles and the domain's rules are enforced by the server, refusals are reverted and explained."""

from __future__ import annotations

import asyncio
import time

from stormboard.app.workshop_commands import (
    next_phase,
    reveal_votes,
    set_vote_budget,
    set_wizard,
    start_workshop,
)
from stormboard.domain import cooldown
from stormboard.room.bridge import Limits
from stormboard.room.client import RoomClient
from stormboard.storage import read_board_file

from .conftest import Room, run


def phone(room: Room, participant: str | None, token: str | None = None) -> RoomClient:
    return RoomClient(room.server.ws_url, token or room.server.participant_token, participant)


def test_two_phones_write_stickies_that_reach_the_file_and_each_other(board_file):
    path, ids = board_file

    async def scenario():
        async with Room(path) as room:
            sara = await phone(room, ids["Sara"]).connect()
            ali = await phone(room, ids["Ali"]).connect()
            sara.write_sticky("s1", "سفارش ثبت شد")
            ali.write_sticky("a1", "Order shipped")
            await sara.wait_for(lambda: {"s1"} <= sara.acked)
            await ali.wait_for(lambda: {"a1"} <= ali.acked)
            await sara.wait_for(lambda: sara.record("stickies", "a1") is not None)
            await ali.wait_for(lambda: ali.record("stickies", "s1") is not None)
            placed = [sara.record("stickies", i) for i in ("s1", "a1")]
            await sara.close()
            await ali.close()
            return placed

    placed = run(scenario)
    board = read_board_file(path)
    assert board.stickies["s1"].text == "سفارش ثبت شد"
    assert board.stickies["s1"].author == ids["Sara"]
    assert board.stickies["a1"].author == ids["Ali"]
    assert board.stickies["a1"].kind == "domain_event"
    # the host placed both in the inbox strip, side by side, not on top of each other
    (s, a) = (board.stickies["s1"], board.stickies["a1"])
    assert (s.x, s.y) != (a.x, a.y)
    assert not (s.x < a.x + a.width and a.x < s.x + s.width
                and s.y < a.y + a.height and a.y < s.y + s.height)
    # and the phones were told where: their documents hold the placed positions
    assert {(p["x"], p["y"]) for p in placed} == {(s.x, s.y), (a.x, a.y)}
    # stamped with the host's clock, so the cool-down detector counts them as fresh events
    assert len(cooldown.event_times(board, since=time.time() - 60)) == 2


def test_remote_stickies_are_not_in_the_local_undo_history(board_file):
    path, ids = board_file

    async def scenario():
        async with Room(path) as room:
            sara = await phone(room, ids["Sara"]).connect()
            sara.write_sticky("s1", "Order placed")
            await sara.wait_for(lambda: "s1" in sara.acked)
            assert not room.session.history.can_undo
            assert room.session.undo() is None
            assert "s1" in room.session.board.stickies
            await sara.close()

    run(scenario)


def test_refused_changes_are_reverted_and_explained(board_file):
    path, ids = board_file

    async def scenario():
        async with Room(path) as room:
            # wizard on, in exploration: notes and domain events are unlocked, hotspots not
            room.session.execute(set_wizard(room.session.board, True, 0.0))
            room.session.execute(start_workshop(room.session.board, 0.0))
            room.session.execute(next_phase(room.session.board, 1.0))
            sara = await phone(room, ids["Sara"]).connect()
            ali = await phone(room, ids["Ali"]).connect()
            sara.write_sticky("bad-kind", "Why?", kind="hotspot")
            refused = await sara.next_message(lambda m: m["type"] == "refused")
            assert "not available" in refused["items"][0]["reason"]
            sara.write_sticky("long", "x" * 2001)
            refused = await sara.next_message(lambda m: m["type"] == "refused")
            assert "2000" in refused["items"][0]["reason"]
            sara.write_sticky("as-ali", "Impersonation", author=ids["Ali"])
            refused = await sara.next_message(lambda m: m["type"] == "refused")
            assert "yourself" in refused["items"][0]["reason"]
            await sara.wait_for(lambda: sara.record("stickies", "as-ali") is None)
            # Ali writes one; Sara may not edit or delete it
            ali.write_sticky("a1", "Order shipped")
            await sara.wait_for(lambda: sara.record("stickies", "a1") is not None)
            sara.roots["stickies"]["a1"]["text"] = "Hacked"
            refused = await sara.next_message(lambda m: m["type"] == "refused")
            assert "your own" in refused["items"][0]["reason"]
            del sara.roots["stickies"]["a1"]
            await sara.next_message(lambda m: m["type"] == "refused")
            await sara.wait_for(lambda: (sara.record("stickies", "a1") or {}).get("text")
                                == "Order shipped")
            # a participant writes only stickies
            from pycrdt import Map
            sara.roots["lanes"]["l1"] = Map({"id": "l1", "label": "Mine", "y": 0.0,
                                             "height": 200.0})
            refused = await sara.next_message(lambda m: m["type"] == "refused")
            assert "only write stickies" in refused["items"][0]["reason"]
            await sara.wait_for(lambda: sara.record("lanes", "l1") is None)
            assert set(room.session.board.stickies) == {"a1"}
            # her own sticky she may edit: the text changes, the position stays the host's
            sara.write_sticky("s1", "Order placed")
            await sara.wait_for(lambda: "s1" in sara.acked)
            x = room.session.board.stickies["s1"].x
            sara.roots["stickies"]["s1"]["text"] = "Order was placed"
            sara.roots["stickies"]["s1"]["x"] = 99999.0
            await sara.wait_for(lambda: room.session.board.stickies["s1"].text
                                == "Order was placed")
            await sara.wait_for(lambda: sara.record("stickies", "s1")["x"] == x)
            await sara.close()
            await ali.close()

    run(scenario)
    board = read_board_file(path)
    assert set(board.stickies) == {"a1", "s1"}
    assert board.stickies["a1"].text == "Order shipped"
    assert not board.lanes


def test_cofacilitator_edits_everything_the_participant_token_cannot(board_file):
    path, ids = board_file

    async def scenario():
        async with Room(path) as room:
            sara = await phone(room, ids["Sara"]).connect()
            co = await phone(room, None, room.server.cofacilitator_token).connect()
            sara.write_sticky("s1", "Order placed")
            await co.wait_for(lambda: co.record("stickies", "s1") is not None)
            co.roots["stickies"]["s1"]["x"] = 1234.0
            co.roots["stickies"]["s1"]["text"] = "Order placed (checked)"
            from pycrdt import Map
            co.roots["lanes"]["l1"] = Map({"id": "l1", "label": "Shipping", "y": 0.0,
                                          "height": 300.0})
            await co.wait_for(lambda: "l1" in room.session.board.lanes)
            await co.wait_for(lambda: room.session.board.stickies["s1"].x == 1234.0)
            await sara.wait_for(lambda: sara.record("lanes", "l1") is not None)
            # a link between two stickies; deleting one sticky takes the link with it
            co.write_sticky("c2", "Order shipped", x=2000.0, y=0.0)
            co.roots["links"]["k1"] = Map({"id": "k1", "source_id": "s1", "target_id": "c2"})
            await co.wait_for(lambda: "k1" in room.session.board.links)
            co.roots["links"]["bad"] = Map({"id": "bad", "source_id": "s1", "target_id": "nope"})
            refused = await co.next_message(lambda m: m["type"] == "refused")
            assert "two stickies" in refused["items"][0]["reason"]
            del co.roots["stickies"]["c2"]
            await sara.wait_for(lambda: sara.record("links", "k1") is None)
            assert "k1" not in room.session.board.links
            await sara.close()
            await co.close()

    run(scenario)
    board = read_board_file(path)
    assert board.stickies["s1"].text == "Order placed (checked)"
    assert board.lanes["l1"].label == "Shipping"
    assert set(board.stickies) == {"s1"} and not board.links


def test_private_voting_with_budgets_hidden_until_reveal(board_file):
    path, ids = board_file

    async def scenario():
        async with Room(path) as room:
            s = room.session
            s.execute(set_vote_budget(s.board, 2))
            co = await phone(room, None, room.server.cofacilitator_token).connect()
            for i in range(3):
                co.write_sticky(f"h{i}", f"Problem {i}", kind="hotspot")
            await co.wait_for(lambda: len(s.board.stickies) == 3)
            sara = await phone(room, ids["Sara"]).connect()
            ali = await phone(room, ids["Ali"]).connect()
            first = await sara.send_room({"type": "vote", "sticky": "h0"})
            assert first["mine"] == ["h0"] and first["remaining"] == 1
            second = await sara.send_room({"type": "vote", "sticky": "h0"})
            assert second["remaining"] == 0
            over = await sara.send_room({"type": "vote", "sticky": "h1"})
            assert "used all 2" in over["refused"] and over["mine"] == ["h0", "h0"]
            mine = await ali.send_room({"type": "vote", "sticky": "h2"})
            assert mine["mine"] == ["h2"]  # Ali sees only his own
            await asyncio.sleep(0.2)
            # nobody's document holds a vote before the reveal
            for client in (sara, ali, co):
                assert len(client.roots["votes"]) == 0
            s.execute(reveal_votes(s.board))
            for client in (sara, ali):
                await client.wait_for(lambda c=client: len(c.roots["votes"]) == 3)
            late = await ali.send_room({"type": "vote", "sticky": "h1"})
            assert "revealed" in late["refused"]
            for c in (sara, ali, co):
                await c.close()

    run(scenario)
    board = read_board_file(path)
    assert sorted(v.sticky_id for v in board.votes.values()) == ["h0", "h0", "h2"]


def test_votes_refused_before_the_voting_phase(board_file):
    path, ids = board_file

    async def scenario():
        async with Room(path) as room:
            s = room.session
            s.execute(set_wizard(s.board, True, 0.0))
            s.execute(start_workshop(s.board, 0.0))
            s.execute(next_phase(s.board, 1.0))
            sara = await phone(room, ids["Sara"]).connect()
            sara.write_sticky("e1", "Order placed")
            await sara.wait_for(lambda: "e1" in sara.acked)
            answer = await sara.send_room({"type": "vote", "sticky": "e1"})
            assert "not started" in answer["refused"]
            await sara.close()

    run(scenario)
    assert not read_board_file(path).votes


def test_offline_phone_keeps_its_stickies_and_they_arrive_once(board_file):
    path, ids = board_file

    async def scenario():
        async with Room(path) as room:
            sara = await phone(room, ids["Sara"]).connect()
            await sara.close()  # Wi-Fi drops
            sara.write_sticky("o1", "Payment taken")
            sara.write_sticky("o2", "پرداخت انجام شد")
            await asyncio.sleep(0.1)
            assert "o1" not in room.session.board.stickies
            await sara.connect()  # back: sync step 1/2 carries what was written offline
            await sara.wait_for(lambda: {"o1", "o2"} <= sara.acked)
            await sara.close()
            await sara.connect()  # a second reconnect sends nothing new
            await asyncio.sleep(0.2)
            await sara.close()

    run(scenario)
    board = read_board_file(path)
    assert sorted(s.text for s in board.stickies.values()) == ["Payment taken",
                                                               "پرداخت انجام شد"]


def test_stickies_per_minute_limit(board_file):
    path, ids = board_file

    async def scenario():
        async with Room(path, Limits(stickies_per_minute=3)) as room:
            sara = await phone(room, ids["Sara"]).connect()
            for i in range(4):
                sara.write_sticky(f"r{i}", f"Event {i}")
            refused = await sara.next_message(lambda m: m["type"] == "refused")
            assert "a minute" in refused["items"][0]["reason"]
            await sara.close()

    run(scenario)
    assert len(read_board_file(path).stickies) == 3


def test_people_add_themselves_only_when_the_facilitator_allows(board_file):
    path, ids = board_file
    from pycrdt import Map

    async def scenario(self_join: bool):
        async with Room(path, Limits(self_join=self_join)) as room:
            newcomer = await phone(room, None).connect()
            newcomer.roots["participants"]["n1"] = Map({"id": "n1", "name": "  Neda  "})
            if not self_join:
                refused = await newcomer.next_message(lambda m: m["type"] == "refused")
                assert "Ask the facilitator" in refused["items"][0]["reason"]
                await newcomer.wait_for(lambda: newcomer.record("participants", "n1") is None)
                await newcomer.close()
                return
            await newcomer.wait_for(lambda: "n1" in newcomer.acked)
            # a second "Sara" is refused: names pick people
            newcomer.roots["participants"]["n2"] = Map({"id": "n2", "name": "sara"})
            refused = await newcomer.next_message(lambda m: m["type"] == "refused")
            assert "already has that name" in refused["items"][0]["reason"]
            await newcomer.close()
            neda = await phone(room, "n1").connect()
            neda.write_sticky("n-s1", "Invoice sent")
            await neda.wait_for(lambda: "n-s1" in neda.acked)
            # a participant still cannot rename or remove anyone
            neda.roots["participants"][ids["Ali"]]["name"] = "Bob"
            refused = await neda.next_message(lambda m: m["type"] == "refused")
            assert "only write stickies" in refused["items"][0]["reason"]
            await neda.close()

    run(lambda: scenario(False))
    assert "n1" not in read_board_file(path).participants
    run(lambda: scenario(True))
    board = read_board_file(path)
    assert board.participants["n1"].name == "Neda" and "n2" not in board.participants
    assert board.stickies["n-s1"].author == "n1"
    assert board.participants[ids["Ali"]].name == "Ali"


def test_locked_stickies_can_be_added_but_not_changed(board_file):
    path, ids = board_file

    async def scenario():
        async with Room(path) as room:
            sara = await phone(room, ids["Sara"]).connect()
            hello = await sara.next_message(lambda m: m["type"] == "votes")
            assert hello["locked"] is False
            sara.write_sticky("l1", "Order placed")
            await sara.wait_for(lambda: "l1" in sara.acked)
            room.server.set_locked(True)
            assert (await sara.next_message(lambda m: m["type"] == "lock"))["locked"] is True
            sara.roots["stickies"]["l1"]["text"] = "Changed"
            refused = await sara.next_message(lambda m: m["type"] == "refused")
            assert "locked" in refused["items"][0]["reason"]
            del sara.roots["stickies"]["l1"]
            await sara.next_message(lambda m: m["type"] == "refused")
            sara.write_sticky("l2", "Order shipped")  # adding goes on
            await sara.wait_for(lambda: "l2" in sara.acked)
            await sara.wait_for(lambda: (sara.record("stickies", "l1") or {}).get("text")
                                == "Order placed")
            await sara.close()

    run(scenario)
    board = read_board_file(path)
    assert board.stickies["l1"].text == "Order placed" and "l2" in board.stickies
