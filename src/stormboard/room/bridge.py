"""The bridge between the board session and the shared Yjs document.

The session stays the source of truth: a client's update is applied to the document, each record
it touched is decoded and checked (the sender's role, the domain's rules), the accepted ones go
through ``BoardSession.execute(..., remote=True)`` as one edit (persisted, announced, never in the
local undo history), and every touched record is then written back from the board, which reverts
what was refused and normalises what was accepted (server-side placement, timestamps).

Local edits flow the other way through the session's change sets. The bridge touches the
document only on the session's thread; the server hops there for every message (``Dispatcher``).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from pycrdt import Doc, Map, TransactionEvent

from ..app.commands import delete_stickies
from ..app.edit import ChangeSet, Edit, combine
from ..app.session import BoardSession
from ..app.workshop_commands import cast_vote, remove_vote
from ..domain import voting
from ..domain import workshop as wizard
from ..domain.board import Board, Put
from ..domain.entities import Sticky
from ..domain.errors import DomainError
from .layout import (
    DOC_COLLECTIONS,
    WRITABLE,
    Refused,
    from_fields,
    to_fields,
    write_record,
)


class Role(StrEnum):
    PARTICIPANT = "participant"  # adds stickies, edits and deletes their own, votes
    COFACILITATOR = "co-facilitator"  # full editing of the writable collections


@dataclass(frozen=True, slots=True)
class Sender:
    role: Role
    participant_id: str | None = None


@dataclass
class Outcome:
    accepted: list[tuple[str, str]] = field(default_factory=list)
    refused: list[tuple[str, str, str]] = field(default_factory=list)  # collection, id, reason


@dataclass(frozen=True, slots=True)
class Limits:
    #: largest WebSocket message a client may send, bytes (the host's own are not limited)
    message_bytes: int = 512 * 1024
    #: new stickies one participant may add in any 60 seconds
    stickies_per_minute: int = 30
    #: open WebSocket connections per room
    connections: int = 200
    #: people who join may add themselves to the participants (the facilitator's choice)
    self_join: bool = False
    #: participants added from phones in any 60 seconds, room-wide (when self_join is on)
    joins_per_minute: int = 60


#: gap between stickies in the inbox strip, board units
INBOX_GAP = 20.0
#: stickies per row of the inbox strip before it wraps
INBOX_COLUMNS = 12


class InboxStrip:
    """Where stickies from phones land: rows below everything on the wall, filled left to right,
    skipping any slot a sticky already covers, so phone stickies never overlap."""

    def __init__(self, board: Board) -> None:
        stickies = list(board.stickies.values())
        bottom = max((s.y + s.height for s in stickies), default=0.0)
        self.left = min((s.x for s in stickies), default=0.0)
        self.top = bottom + 150.0 if stickies else 0.0
        self._next = 0

    def place(self, board: Board, sticky: Sticky) -> Sticky:
        step_x = sticky.width + INBOX_GAP
        step_y = sticky.height + INBOX_GAP
        while True:
            row, col = divmod(self._next, INBOX_COLUMNS)
            x, y = self.left + col * step_x, self.top + row * step_y
            self._next += 1
            if not _covered(board, x, y, sticky.width, sticky.height):
                return replace(sticky, x=x, y=y)


def _covered(board: Board, x: float, y: float, w: float, h: float) -> bool:
    return any(
        s.x < x + w and x < s.x + s.width and s.y < y + h and y < s.y + s.height
        for s in board.stickies.values()
    )


class RoomBridge:
    """Keeps ``doc`` equal to the session's board (votes only once revealed)."""

    def __init__(
        self,
        session: BoardSession,
        *,
        limits: Limits | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.session = session
        self.limits = limits or Limits()
        self.clock = clock
        self.doc = Doc()
        self.roots: dict[str, Map] = {name: self.doc.get(name, type=Map) for name in
                                      DOC_COLLECTIONS}
        self.inbox = InboxStrip(session.board)
        self._touched: dict[tuple[str, str], None] | None = None
        self._recent: dict[str, deque[float]] = {}
        #: the facilitator locked phone stickies: participants may still add, not change
        self.locked = False
        self._update_listeners: list[Callable[[bytes], None]] = []
        with self.doc.transaction(origin="host"):
            for name in DOC_COLLECTIONS:
                for record_id in session.board.collection(name):
                    self._write(name, record_id)
        self._subs = [root.observe_deep(self._collector(name))
                      for name, root in self.roots.items()]
        self._doc_sub = self.doc.observe(self._on_transaction)
        self._subscription = session.subscribe(self._on_change)

    # -- outside world ------------------------------------------------------------------------
    def on_update(self, listener: Callable[[bytes], None]) -> None:
        """``listener(update)`` after every document transaction (to broadcast it)."""
        self._update_listeners.append(listener)

    def update_since(self, state: bytes | None = None) -> bytes:
        return self.doc.get_update(state)

    def state(self) -> bytes:
        return self.doc.get_state()

    def close(self) -> None:
        self._subscription.close()
        self._update_listeners.clear()

    # -- a client's update --------------------------------------------------------------------
    def receive(self, update: bytes, sender: Sender) -> Outcome:
        """Apply a client's Yjs update; raises ValueError when it is not a Yjs update."""
        self._touched = {}
        try:
            self.doc.apply_update(update)
        except BaseException as error:
            # a Rust panic inside pycrdt surfaces as pyo3's PanicException, a BaseException:
            # it is still only a bad update from one client
            if type(error).__name__ != "PanicException" and not isinstance(error, Exception):
                raise
            raise ValueError(f"not a Yjs update ({error})") from None
        finally:
            touched, self._touched = list(self._touched), None
        outcome = Outcome()
        written = dict.fromkeys(touched)
        try:
            self._commit(touched, sender, outcome, written)
        finally:
            # whatever happened, the document ends equal to the board: refusals are reverted,
            # accepted records normalised, and records an edit removed with them disappear
            with self.doc.transaction(origin="host"):
                for collection, record_id in written:
                    self._write(collection, record_id)
        return outcome

    def _commit(self, touched: list[tuple[str, str]], sender: Sender, outcome: Outcome,
                written: dict[tuple[str, str], None]) -> None:
        board = self.session.board
        puts: list[Put] = []
        for collection, record_id in touched:
            try:
                put = self._put_for(board, collection, record_id, sender)
            except DomainError as refusal:
                outcome.refused.append((collection, record_id, str(refusal)))
                continue
            if put is not None:
                puts.append(put)
        if not puts:
            return
        order = {name: i for i, name in enumerate(DOC_COLLECTIONS)}
        # additions and updates in dependency order, removals after them in reverse
        puts.sort(key=lambda p: (p.after is None, order[p.collection] * (
            -1 if p.after is None else 1)))
        removed = [p.id for p in puts if p.collection == "stickies" and p.after is None]
        kept = tuple(p for p in puts if not (p.collection == "stickies" and p.after is None))
        try:
            # a removed sticky takes its links, votes and decision with it, as on the desktop
            edit = combine("Room", [Edit("Room", kept), delete_stickies(board, removed)]
                           ) if removed else Edit("Room", kept)
            self.session.execute(edit, initiator=self, remote=True)
        except DomainError as refusal:
            outcome.refused.extend((p.collection, p.id, str(refusal)) for p in puts)
            return
        outcome.accepted.extend((p.collection, p.id) for p in puts)
        written.update(dict.fromkeys((p.collection, p.id) for p in edit.puts))
        self._count_additions(puts, sender)

    def _put_for(self, board: Board, collection: str, record_id: str,
                 sender: Sender) -> Put | None:
        if collection not in WRITABLE:
            raise Refused(code="room.changed_host", collection=collection)
        value = self.roots[collection].get(record_id)
        after = None
        if value is not None:
            if not isinstance(value, Map):
                raise Refused(code="room.each_record_map_fields")
            after = from_fields(collection, record_id, value.to_py())
        before = board.get(collection, record_id)
        if before == after:
            return None
        if sender.role is Role.PARTICIPANT:
            after = self._participant_change(board, collection, before, after, sender)
        elif isinstance(after, Sticky) and before is None:
            wizard.check_kind_allowed(board.workshop, after.kind)
        if collection == "links" and after is not None:
            for end in (after.source_id, after.target_id):
                if end not in board.stickies:
                    raise Refused(code="room.link_join_two_stickies")
        return Put(collection, record_id, before, after)

    def _participant_change(self, board: Board, collection: str, before: Any, after: Any,
                            sender: Sender) -> Any:
        """A participant adds stickies as themselves, and edits or deletes only their own."""
        me = sender.participant_id
        if collection == "participants" and before is None and after is not None:
            return self._self_join(board, after)
        if me is None or me not in board.participants:
            raise Refused(code="room.pick_your_name_first")
        if collection != "stickies":
            raise Refused(code="room.participants_write_stickies")
        now = self.clock()
        if before is None:
            if after.author != me:
                raise Refused(code="room.you_write_stickies_yourself")
            wizard.check_kind_allowed(board.workshop, after.kind)
            if after.pivotal or after.co_authors:
                raise Refused(code="room.facilitator_marks_pivotal_events")
            if self._over_rate(me, now):
                raise Refused(code="room.most_stickies_minute_wait",
                              stickies_per_minute=self.limits.stickies_per_minute)
            return self.inbox.place(board, replace(after, created_at=now, updated_at=now))
        if before.author != me:
            raise Refused(code="room.you_change_your_own")
        if self.locked:
            raise Refused(code="room.facilitator_locked_stickies_wall")
        if after is None:
            return None
        if after.kind != before.kind:
            wizard.check_kind_allowed(board.workshop, after.kind)
        # a participant changes the words and the kind; the wall's layout is the facilitator's
        return replace(before, text=after.text, kind=after.kind, updated_at=now)

    def _self_join(self, board: Board, person: Any) -> Any:
        """A new participant added from a phone: only when the facilitator allows it, with a
        name nobody has yet, and the host's colour and no role (the facilitator's to give)."""
        if not self.limits.self_join:
            raise Refused(code="room.ask_facilitator_add_you")
        name = person.name.strip()
        if any(p.name.strip().casefold() == name.casefold() for p in board.participants.values()):
            raise Refused(code="room.someone_already_name_pick")
        recent = self._recent.setdefault("", deque())
        now = self.clock()
        while recent and recent[0] <= now - 60.0:
            recent.popleft()
        if len(recent) >= self.limits.joins_per_minute:
            raise Refused(code="room.too_many_people_joined")
        recent.append(now)
        return replace(person, name=name, role="", color=_next_color(board))

    def _over_rate(self, participant_id: str, now: float) -> bool:
        recent = self._recent.setdefault(participant_id, deque())
        while recent and recent[0] <= now - 60.0:
            recent.popleft()
        return len(recent) >= self.limits.stickies_per_minute

    def _count_additions(self, puts: list[Put], sender: Sender) -> None:
        if sender.role is not Role.PARTICIPANT or sender.participant_id is None:
            return
        now = self.clock()
        recent = self._recent.setdefault(sender.participant_id, deque())
        recent.extend(now for p in puts if p.before is None and p.collection == "stickies")

    # -- private voting -----------------------------------------------------------------------
    def vote(self, sender: Sender, sticky_id: str, add: bool = True) -> dict[str, Any]:
        """Cast (or take back) one of the sender's votes; votes stay out of the shared document
        until the facilitator reveals them, so a phone learns only its own."""
        board = self.session.board
        me = sender.participant_id
        if me is None or me not in board.participants:
            raise Refused(code="room.pick_your_name_first")
        if not _voting_open(board):
            raise Refused(code="room.voting_started_yet")
        if not isinstance(sticky_id, str):
            raise Refused(code="room.vote_names_sticky")
        edit = (cast_vote(board, me, sticky_id, self.clock()) if add
                else remove_vote(board, me, sticky_id))
        self.session.execute(edit, initiator=self, remote=True)
        return self.my_votes(sender)

    def my_votes(self, sender: Sender) -> dict[str, Any]:
        board = self.session.board
        me = sender.participant_id or ""
        return {
            "type": "votes",
            "mine": [v.sticky_id for v in voting.votes_of(board, me)],
            "remaining": voting.remaining_votes(board, me),
            "budget": board.workshop.vote_budget,
            "open": _voting_open(board) and not board.workshop.votes_revealed,
            "locked": self.locked,
        }

    # -- the session's changes ------------------------------------------------------------------
    def _on_change(self, changes: ChangeSet) -> None:
        if changes.initiator is self and not changes.touches("votes"):
            return  # a room edit: receive() writes its records back itself
        with self.doc.transaction(origin="host"):
            for name in DOC_COLLECTIONS:
                for record_id in changes.ids(name):
                    self._write(name, record_id)
            if changes.touches("workshop"):  # a reveal or a hide publishes or withdraws votes
                for record_id in set(self.session.board.votes) | set(self.roots["votes"]):
                    self._write("votes", record_id)

    def _write(self, collection: str, record_id: str) -> None:
        """Make the document's record equal to the board's (absent when the board has none)."""
        board = self.session.board
        record = board.get(collection, record_id)
        if collection == "votes" and not board.workshop.votes_revealed:
            record = None
        write_record(self.roots[collection], record_id,
                     None if record is None else to_fields(record))

    def _collector(self, collection: str) -> Callable[[list[Any]], None]:
        # one argument only: pycrdt passes the transaction too to a two-argument callback
        def collect(events: list[Any]) -> None:
            self._collect(collection, events)

        return collect

    def _collect(self, collection: str, events: list[Any]) -> None:
        if self._touched is None:
            return
        for event in events:
            path = event.path
            if path:
                self._touched[(collection, str(path[0]))] = None
            else:
                for key in event.keys:
                    self._touched[(collection, str(key))] = None

    def _on_transaction(self, event: TransactionEvent) -> None:
        update = event.update
        for listener in list(self._update_listeners):
            listener(update)


#: colours for participants who add themselves (the facilitator's panel hands out the same set)
JOIN_COLORS = ("#1E88E5", "#E53935", "#43A047", "#8E24AA", "#FB8C00", "#00897B",
               "#6D4C41", "#3949AB", "#C0CA33", "#D81B60", "#546E7A", "#00ACC1")


def _next_color(board: Board) -> str:
    return JOIN_COLORS[len(board.participants) % len(JOIN_COLORS)]


def _voting_open(board: Board) -> bool:
    """Votes are cast from the voting phase on (any time with the wizard off); the domain
    refuses them after the reveal."""
    shop = board.workshop
    if not shop.enabled or not shop.plan:
        return True
    phase = wizard.current_phase(shop)
    if phase is None or phase.key not in wizard.PHASE_KEYS:
        return False
    return wizard.PHASE_KEYS.index(phase.key) >= wizard.PHASE_KEYS.index("voting")
