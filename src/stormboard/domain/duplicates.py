"""Finding duplicate stickies: text normalisation (Persian/Arabic aware) and near-equal grouping.

Chaotic exploration produces the same event written by several people: "Order placed",
"order placed.", "سفارش ثبت شد" and "سفارش ثبت‌شد" (with a ZWNJ), or typed on an Arabic
keyboard ("سفارش ثبت شد" with ي/ك). The finder compares a *compact key* of each text:

* case folded, Unicode compatibility form (NFKC), diacritics (combining marks) dropped;
* Arabic letter variants folded to the Persian ones: ي ى -> ی, ك -> ک, ة -> ه, أ إ آ ٱ -> ا,
  ؤ -> و, ئ -> ی (hamza seats carry no meaning worth a separate event);
* Arabic-Indic and Persian digits -> ASCII digits;
* ZWNJ, ZWJ, bidi marks and tatweel removed;
* punctuation and all spacing removed (Persian compound verbs are written with a space, a
  ZWNJ or nothing: "ثبت شد", "ثبت‌شد", "ثبتشد" must compare equal).

Near-equal: Levenshtein distance of the compact keys <= ``max_distance(len)``, where len is the
longer key's length: 0 below 10 characters, then one edit per 10 characters, at most 3 (see
ADR 0061). Groups are the connected components of "equal or near-equal", per kind.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .entities import Sticky

_FOLD = str.maketrans({
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و",
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
    "\u0640": None,  # tatweel
    "\u200c": None, "\u200d": None, "\u200e": None, "\u200f": None,  # ZWNJ, ZWJ, LRM, RLM
    "\u061c": None, "\u202a": None, "\u202b": None, "\u202c": None, "\u202d": None,
    "\u202e": None, "\u2066": None, "\u2067": None, "\u2068": None, "\u2069": None,
    "\ufeff": None,
})

#: edits allowed per this many characters of the longer key
CHARS_PER_EDIT = 10
#: never allow more edits than this, however long the text (keeps the search cheap and strict)
MAX_EDITS = 3


class _CharClass(dict[int, str | None]):
    """A ``str.translate`` table filled on first sight of each character: marks vanish,
    punctuation, symbols, spacing and controls become a space, letters and digits stay.
    Translating in C keeps normalising 10,000 stickies well under a frame budget."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        cat = unicodedata.category(ch)
        if cat.startswith("M"):
            value: str | None = None  # diacritics: Latin accents, Arabic harakat
        elif cat.startswith(("P", "S", "Z", "C")) or ch.isspace():
            value = " "
        else:
            value = ch
        self[code] = value
        return value


_CLASS = _CharClass()


_FOLD_CHARS = re.compile("[" + "".join(map(chr, _FOLD)) + "]")
_NOT_ASCII_ALNUM = re.compile(r"[^a-zA-Z0-9]+")


def _folded(text: str) -> str:
    """NFKC, case fold and the Persian fold: the steps before marks and punctuation go."""
    text = unicodedata.normalize("NFKC", text).casefold()
    # Searching in C is cheap; translating char by char is not, and most texts need no fold.
    if not text.isascii() and _FOLD_CHARS.search(text):
        text = text.translate(_FOLD)
    return text


def _classed(text: str) -> str:
    """Marks dropped, punctuation, symbols and spacing turned into spaces."""
    if text.isascii():
        return text.translate(_CLASS)
    # Marks are dropped after decomposing (NFD); the madda left of آ is already folded away,
    # so re-composing (NFC) cannot bring it back.
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).translate(_CLASS))


def normalize(text: str) -> str:
    """Text folded for comparison, words kept apart by single spaces.

    Used by search (which needs word boundaries for display); :func:`compact_key` is the same
    text without the spaces.
    """
    # NFKC first maps presentation forms (ﻙ, ﯼ) to letters; it would also compose آ, so the
    # fold table runs after it.
    return " ".join(_classed(_folded(text)).split())


@functools.lru_cache(maxsize=1 << 16)
def compact_key(text: str) -> str:
    """The normalised text with no spacing at all: what duplicates are compared on.

    Cached: find-as-you-type and the duplicate panel fold the same texts again and again."""
    text = _folded(text)
    if text.isascii():
        # ASCII has no marks and only a-z, A-Z, 0-9 are letters or digits: one C pass.
        return _NOT_ASCII_ALNUM.sub("", text)
    return "".join(_classed(text).split())


def max_distance(length: int) -> int:
    """Edits tolerated between two keys whose longer one has ``length`` characters."""
    return min(MAX_EDITS, length // CHARS_PER_EDIT)


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Stickies of one kind whose texts are equal or near-equal; ids in reading order."""

    kind: str
    ids: tuple[str, ...]
    key: str  # the compact key of the first sticky
    exact: bool  # True when every member has the same compact key


def find_duplicates(
    stickies: Mapping[str, Sticky] | Iterable[Sticky], kinds: Iterable[str] | None = None,
) -> list[DuplicateGroup]:
    """Groups of two or more duplicate stickies, largest first, then in reading order.

    Empty texts are never duplicates of each other (a blank sticky is unfinished, not a
    repeat). ``kinds`` limits the search (e.g. to domain events).
    """
    items = list(stickies.values()) if isinstance(stickies, Mapping) else list(stickies)
    wanted = set(kinds) if kinds is not None else None
    by_kind: dict[str, dict[str, list[Sticky]]] = defaultdict(lambda: defaultdict(list))
    for s in items:
        if wanted is not None and s.kind not in wanted:
            continue
        key = compact_key(s.text)
        if key:
            by_kind[s.kind][key].append(s)
    groups: list[DuplicateGroup] = []
    for kind, by_key in by_kind.items():
        for component in _components(by_key):
            members = [s for key in component for s in by_key[key]]
            members.sort(key=lambda s: (s.x + s.width / 2, s.y + s.height / 2, s.id))
            groups.append(DuplicateGroup(
                kind, tuple(s.id for s in members), compact_key(members[0].text),
                len(component) == 1,
            ))
    groups.sort(key=lambda g: (-len(g.ids), g.kind, g.key, g.ids))
    return groups


@functools.cache
def _segments(length: int, parts: int) -> tuple[tuple[int, int], ...]:
    """(start, length) of ``parts`` contiguous pieces covering ``length`` characters."""
    base, extra = divmod(length, parts)
    out, pos = [], 0
    for i in range(parts):
        n = base + (1 if i >= parts - extra else 0)
        out.append((pos, n))
        pos += n
    return tuple(out)


#: (digits, length) buckets this small are compared directly instead of through the index
SMALL_BUCKET = 8


def _digits(key: str) -> str:
    return _NON_DIGITS.sub("", key)


_NON_DIGITS = re.compile(r"\D+")


def near_pairs(keys: list[str]) -> list[tuple[int, int]]:
    """Index pairs (i, j) of ``keys`` (which must be distinct) within :func:`max_distance` of
    each other and with the same digits in the same order ("Day 1 reminder sent" is not "Day 3
    reminder sent"). Each pair once, in no particular order.

    Keys are grouped by their digits and sorted by length, so the keys a key may pair with
    (up to ``limit`` characters shorter, or as long and earlier) form one slice. Slices of small
    length blocks are verified whole; blocks of more than :data:`SMALL_BUCKET` keys go through
    the pigeonhole filter (Pass-Join, Li et al. 2011): split a key into tau + 1 pieces; within
    tau edits one piece survives intact in the other key, and the first such piece can only have
    moved by a few positions (the window below), so only those substrings are looked up.
    Candidates are verified by rapidfuzz's bounded Levenshtein, in C (ADR 0061).
    """
    by_digits: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        by_digits[_digits(k)].append(i)
    pairs: list[tuple[int, int]] = []
    for ids in by_digits.values():
        if len(ids) > 1:
            _pairs_in_group(keys, ids, pairs)
    return pairs


def _pairs_in_group(keys: list[str], ids: list[int], pairs: list[tuple[int, int]]) -> None:
    """Near pairs among ``ids`` (keys with the same digits), appended to ``pairs``."""
    ids.sort(key=lambda i: len(keys[i]))  # stable: equal lengths stay in index order
    strs = [keys[i] for i in ids]
    id_of = dict(zip(strs, ids, strict=True))  # keys are distinct
    lens = [len(k) for k in strs]
    # length -> [first, end) positions in the sorted group
    spans: dict[int, list[int]] = {}
    for q, n in enumerate(lens):
        span = spans.get(n)
        if span is None:
            spans[n] = [q, q + 1]
        else:
            span[1] = q + 1
    # Large blocks get a piece index: per piece, piece text -> keys. It is filled as the scan
    # goes, after each key's own look-up, so a key only ever meets shorter or earlier keys
    # and each pair is checked once.
    index: dict[int, list[dict[str, list[str]]]] = {}
    for la, (first, end) in spans.items():
        tau = _index_tau(la)
        if tau and end - first > SMALL_BUCKET:
            index[la] = [{} for _ in range(tau + 1)]
    # rapidfuzz loads here, not with compact_key: find and start-up need only the key (~15 ms)
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.process import extract

    dist = Levenshtein.distance
    for q, b in enumerate(strs):
        lb = lens[q]
        limit = max_distance(lb)
        lo = bisect.bisect_left(lens, lb - limit)
        if limit == 0 or lo == q:
            choices: list[str] = []
        elif not index or not any(la in index for la in range(lb - limit, lb + 1)):
            choices = strs[lo:q]  # only small blocks in reach: verify the whole slice
        else:
            choices = []
            for la in range(lb - limit, lb + 1):
                span = spans.get(la)
                if span is None:
                    continue
                tables = index.get(la)
                if tables is None:
                    choices.extend(strs[span[0]:min(span[1], q)])
                    continue
                found: set[str] = set()
                for seg, p0, p1, n in _windows(la, lb, len(tables) - 1, limit):
                    table = tables[seg]
                    for p in range(p0, p1):
                        hit = table.get(b[p:p + n])
                        if hit:
                            found.update(hit)
                choices.extend(found)
        if choices:
            j = ids[q]
            pairs.extend((id_of[a], j) for a, _, _ in extract(
                b, choices, scorer=dist, processor=None, score_cutoff=limit, limit=None))
        tables = index.get(lb)
        if tables is not None:
            for table, (start, n) in zip(tables, _segments(lb, len(tables)), strict=True):
                piece = b[start:start + n]
                hit = table.get(piece)
                if hit is None:
                    table[piece] = [b]
                else:
                    hit.append(b)


@functools.cache
def _index_tau(length: int) -> int:
    """Pieces - 1 for a key of this length: the most edits any partner allows it. A partner
    is as long or longer, and allows ``max_distance`` of its own length."""
    return max((max_distance(lb) for lb in range(length, length + MAX_EDITS + 1)
                if lb - max_distance(lb) <= length), default=0)


@functools.cache
def _windows(la: int, lb: int, tau: int, limit: int) -> tuple[tuple[int, int, int, int], ...]:
    """(piece, first start, end, piece length) to look up in a length-lb key for the pieces of
    a length-la key split into tau + 1 pieces, when at most ``limit`` <= tau edits are allowed.

    Pass-Join's position-aware window, for a split with more pieces than edits: let g(s) be the
    edits in pieces before ``s`` minus ``s``; g starts at 0, ends below -limit + edits, and steps
    down (by one) only over an intact piece, so some intact piece ``s`` has at most ``s`` edits
    before it and at most ``limit - s`` after it. Hence s <= limit, and the piece moved by at
    most ``s`` and lies within ``limit - s`` of the length difference.
    """
    delta = lb - la
    out = []
    for seg, (start, n) in enumerate(_segments(la, tau + 1)[:limit + 1]):
        lo = max(-seg, delta - (limit - seg))
        hi = min(seg, delta + (limit - seg))
        p0, p1 = max(0, start + lo), min(lb - n, start + hi) + 1
        if p0 < p1:
            out.append((seg, p0, p1, n))
    return tuple(out)


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insert, delete, substitute one character)."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b)


def _components(by_key: Mapping[str, list[Sticky]]) -> list[list[str]]:
    """Keys connected by "equal or near-equal" that hold two or more stickies in all."""
    keys = list(by_key)
    parent: dict[int, int] = {}  # only keys in a near pair take part

    def find(i: int) -> int:
        root = i
        while (up := parent[root]) != root:
            root = up
        while i != root:  # path compression
            parent[i], i = root, parent[i]
        return root

    for i, j in near_pairs(keys):
        parent.setdefault(i, i)
        parent.setdefault(j, j)
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    comps: dict[int, list[str]] = defaultdict(list)
    for i in parent:
        comps[find(i)].append(keys[i])
    out = list(comps.values())
    # a key in no near pair is a group by itself when several stickies share it exactly
    out.extend([k] for i, k in enumerate(keys) if i not in parent and len(by_key[k]) > 1)
    return out
