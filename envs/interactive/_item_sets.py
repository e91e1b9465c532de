"""Sets of numbered items written with ranges ("1-5 9 12-14"), for actions that name many items
(pans of a balance, pools of a group test). Shared by the weighing and pooled-test environments.

Parsing is bounded: a set may name at most ``limit`` items in all (ranges counted by length,
checked before anything is expanded), so a turn never builds a huge list. Whether the numbers
name existing items, or repeat, is for the environment to say as feedback.
"""

from __future__ import annotations

import re

from rlve_gym.answers import ParseError

_TOKEN = re.compile(r"([0-9]{1,12})(?:-([0-9]{1,12}))?")


def parse_item_set(text: str, limit: int, what: str = "items") -> list[int]:
    """The item numbers of ``text`` (tokens ``k`` or ``a-b`` separated by spaces or commas), in
    the order written; at most ``limit`` of them."""
    tokens = text.replace(",", " ").split()
    if not tokens:
        raise ParseError(f"name at least one of the {what}")
    if len(tokens) > limit:
        raise ParseError(f"more than {limit} {what} named")
    spans = []
    total = 0
    for token in tokens:
        match = _TOKEN.fullmatch(token)
        if match is None:
            raise ParseError(f"{token[:20]!r} is neither a number nor a range a-b")
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) is not None else first
        if last < first:
            raise ParseError(f"the range {token[:30]} runs backwards")
        total += last - first + 1
        if total > limit:
            raise ParseError(f"more than {limit} {what} named")
        spans.append((first, last))
    return [item for first, last in spans for item in range(first, last + 1)]


def format_item_set(items: list[int]) -> str:
    """Sorted distinct ``items`` written with ranges: [1, 2, 3, 7, 9, 10] -> '1-3 7 9-10'."""
    parts = []
    start = previous = None
    for item in items:
        if previous is not None and item == previous + 1:
            previous = item
            continue
        if start is not None:
            parts.append(str(start) if start == previous else f"{start}-{previous}")
        start = previous = item
    if start is not None:
        parts.append(str(start) if start == previous else f"{start}-{previous}")
    return " ".join(parts)
