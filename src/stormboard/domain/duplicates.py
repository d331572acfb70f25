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


def normalize(text: str) -> str:
    """Text folded for comparison, words kept apart by single spaces.

    Used by search (which needs word boundaries for display) and as the first step of
    :func:`compact_key`.
    """
    # NFKC first: it maps presentation forms (ﻙ, ﯼ) to letters, but it would also compose
    # آ, so the fold table runs after it; marks are dropped after decomposing.
    text = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)
    text = unicodedata.normalize("NFD", text)
    out: list[str] = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat.startswith("M"):
            continue  # diacritics (Latin accents, Arabic harakat)
        if cat.startswith(("P", "S", "Z", "C")) or ch.isspace():
            out.append(" ")
        else:
            out.append(ch)
    # Decomposing split آ into ا + madda; the madda was dropped above, so re-composing is safe.
    return " ".join(unicodedata.normalize("NFC", "".join(out)).split())


def compact_key(text: str) -> str:
    """The normalised text with no spacing at all: what duplicates are compared on."""
    return normalize(text).replace(" ", "")


def max_distance(length: int) -> int:
    """Edits tolerated between two keys whose longer one has ``length`` characters."""
    return min(MAX_EDITS, length // CHARS_PER_EDIT)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` as soon as it must exceed ``limit`` (banded)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if len(a) > len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        lo = max(1, i - limit)
        hi = min(len(b), i + limit)
        cur = [limit + 1] * (len(b) + 1)
        cur[0] = i if i <= limit else limit + 1
        best = cur[0]
        for j in range(lo, hi + 1):
            cost = 0 if ca == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            cur[j] = v
            best = min(best, v)
        if best > limit:
            return limit + 1
        prev = cur
    return min(prev[len(b)], limit + 1)


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
        for component in _near_components(list(by_key)):
            members = [s for key in component for s in by_key[key]]
            if len(members) < 2:
                continue
            members.sort(key=lambda s: (s.x + s.width / 2, s.y + s.height / 2, s.id))
            groups.append(DuplicateGroup(
                kind, tuple(s.id for s in members), compact_key(members[0].text),
                len(component) == 1,
            ))
    groups.sort(key=lambda g: (-len(g.ids), g.kind, g.key, g.ids))
    return groups


def _segments(length: int, parts: int) -> list[tuple[int, int]]:
    """(start, length) of ``parts`` contiguous pieces covering ``length`` characters."""
    base, extra = divmod(length, parts)
    out, pos = [], 0
    for i in range(parts):
        n = base + (1 if i >= parts - extra else 0)
        out.append((pos, n))
        pos += n
    return out


def _index_tau(length: int) -> int:
    # A key may pair with keys up to MAX_EDITS longer, whose threshold may be higher.
    return max_distance(length + MAX_EDITS)


def near_pairs(keys: list[str]) -> list[tuple[int, int]]:
    """Index pairs (i, j) of distinct keys within :func:`max_distance` of each other.

    Pigeonhole filter (as in Pass-Join): split a key into tau + 1 pieces; within tau edits at
    least one piece survives intact in the other key, shifted by at most tau. Only the pieces'
    exact substrings are looked up, then candidates are verified with a banded distance.
    """
    index: dict[tuple[int, int, str], list[int]] = defaultdict(list)
    by_len: dict[int, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        by_len[len(k)].append(i)
        tau = _index_tau(len(k))
        if tau == 0:
            continue
        for seg, (start, n) in enumerate(_segments(len(k), tau + 1)):
            index[(len(k), seg, k[start:start + n])].append(i)
    pairs: list[tuple[int, int]] = []
    for j, b in enumerate(keys):
        lb = len(b)
        seen: set[int] = set()
        for la in range(max(1, lb - MAX_EDITS), lb + 1):
            limit = max_distance(lb)
            if lb - la > limit or la not in by_len:
                continue
            tau = _index_tau(la)
            if tau == 0:
                continue
            delta = lb - la
            for seg, (start, n) in enumerate(_segments(la, tau + 1)):
                # Edits before the piece shift it by at most `seg`; edits after, by tau - seg.
                lo = max(-seg, delta - (tau - seg))
                hi = min(seg, delta + (tau - seg))
                for d in range(lo, hi + 1):
                    p = start + d
                    if p < 0 or p + n > lb:
                        continue
                    for i in index.get((la, seg, b[p:p + n]), ()):
                        if i == j or i in seen or (la == lb and i > j):
                            continue
                        seen.add(i)
                        if edit_distance(keys[i], b, limit) <= limit:
                            pairs.append((i, j))
    return pairs


def _near_components(keys: list[str]) -> list[list[str]]:
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in near_pairs(keys):
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    comps: dict[int, list[str]] = defaultdict(list)
    for i, k in enumerate(keys):
        comps[find(i)].append(k)
    return list(comps.values())
