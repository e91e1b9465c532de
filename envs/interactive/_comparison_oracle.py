"""A comparison oracle over hidden distinct values, shared by the comparison-query environments.

The model names two items ("compare 3 5") and learns which of their hidden values is smaller;
it never sees a value. The episode state remembers every answered comparison, both ways round,
under the key "i j" (True when item i is smaller than item j).

The scripted policies are ordinary comparison algorithms written against a ``less(i, j)``
callback. ``KnownComparisons.less`` answers from the state and raises ``ComparisonNeeded`` for a
pair not compared yet, so a policy replays its algorithm from the start on every turn and asks
for the first comparison it lacks: its next action is a pure function of the state.
"""

from __future__ import annotations

from rlve_gym.answers import ParseError
from rlve_gym.interactive import Outcome

#: at most this many digits in one item label
MAX_LABEL_DIGITS = 12


class ComparisonNeeded(Exception):  # noqa: N818 - a control-flow signal, not an error
    """Raised by ``KnownComparisons.less`` for a pair whose comparison is not known yet."""

    def __init__(self, first: int, second: int) -> None:
        super().__init__(first, second)
        self.first = first
        self.second = second


class KnownComparisons:
    """``less(i, j)`` from the comparisons already answered in ``state["known"]``."""

    def __init__(self, known: dict[str, bool]) -> None:
        self.known = known

    def less(self, first: int, second: int) -> bool:
        answer = self.known.get(f"{first} {second}")
        if answer is None:
            raise ComparisonNeeded(first, second)
        return answer


def parse_compare_or_answer(text: str, max_answer_items: int) -> tuple[str, list[int]]:
    """``compare i j`` -> ("compare", [i, j]); ``answer x y ...`` -> ("answer", [x, y, ...]).

    Only the shape is checked here (a keyword and whole numbers); whether the numbers name items
    is for ``apply`` to say, so such a turn is used with feedback rather than refused."""
    words = text.replace(",", " ").split()
    if not words or words[0].lower() not in ("compare", "answer"):
        raise ParseError("start the action with 'compare' (compare i j) or 'answer'")
    keyword = words[0].lower()
    numbers = words[1:]
    if keyword == "compare" and len(numbers) != 2:
        raise ParseError("write: compare i j, with i and j two item numbers")
    if keyword == "answer" and not 1 <= len(numbers) <= max_answer_items:
        raise ParseError(f"write: answer followed by {max_answer_items} item number(s)")
    for word in numbers:
        if not word.isdigit() or len(word) > MAX_LABEL_DIGITS:
            raise ParseError(f"{word[:20]!r} is not an item number")
    return keyword, [int(word) for word in numbers]


def apply_comparison(state: dict, rank_of: dict[int, int], first: int, second: int) -> Outcome:
    """Answer ``compare first second`` from the hidden ranks (``rank_of[item]``), recording it."""
    for item in (first, second):
        if item not in rank_of:
            return Outcome(f"There is no item {item}; nothing was compared.")
    if first == second:
        return Outcome("Compare two different items; nothing was compared.")
    smaller = rank_of[first] < rank_of[second]
    state["known"][f"{first} {second}"] = smaller
    state["known"][f"{second} {first}"] = not smaller
    state["comparisons"] += 1
    return Outcome(f"{first} < {second}." if smaller else f"{first} > {second}.")


def next_comparison_or_none(algorithm, known: dict[str, bool]):
    """Run ``algorithm(less)``; return ("compare", (i, j)) for the first comparison it lacks, or
    ("done", result) once every comparison it needs is known."""
    try:
        return "done", algorithm(KnownComparisons(known).less)
    except ComparisonNeeded as need:
        return "compare", (need.first, need.second)
