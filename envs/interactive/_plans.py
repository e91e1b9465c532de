"""Pieces shared by the deduction environments (code breaking, hidden functions, lying oracles).

- ``next_planned_action``: runs a scripted strategy written as a generator (it yields action
  texts and receives the feedback of each) against an episode's history, caching the generator
  in the episode state so that a whole episode costs one pass, not one replay per turn.
- ``split_search`` / ``split_search_cost``: find which ``marked`` of ``size`` items are marked
  by asking "how many marked items are in this subset?", halving the candidates each time; the
  cost function is the exact worst case of that procedure, which the code-breaking
  environments use for their turn limits.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from functools import cache
from typing import Any

Plan = Generator[str, Any, None]


def next_planned_action(
    state: dict[str, Any], make_plan: Callable[[], Plan], history: Sequence[tuple[str, Any]]
) -> str:
    """The scripted strategy's next action, given ``history``: the (canonical action, feedback)
    pairs of the valid actions played so far.

    The strategy is meant to be followed from the first turn. When the history is not the
    strategy's own (another player made the earlier moves), it starts its plan afresh from the
    current turn, ignoring what came before; it then still plays well-formed actions."""
    cached = state.get("_plan")
    if cached is not None:
        plan, expected, fed = cached
        if fed == len(history):
            return expected
        if fed == len(history) - 1 and history[-1][0] == expected:
            expected = plan.send(history[-1][1])
            state["_plan"] = (plan, expected, fed + 1)
            return expected
    plan = make_plan()
    expected = next(plan)
    fed = 0
    for action, feedback in history:
        if action != expected:  # not our own history: plan from here on
            plan = make_plan()
            expected, fed = next(plan), len(history)
            break
        expected = plan.send(feedback)
        fed += 1
    state["_plan"] = (plan, expected, len(history))
    return expected


def split_search(items: Sequence[Any], marked: int) -> Generator[list[Any], int, list[Any]]:
    """Which ``marked`` of ``items`` are marked: yields a subset, receives how many marked items
    it holds, and returns the marked items (in ``items`` order). Each question asks about the
    first half of the current candidates; a part whose count is 0 or its full size is settled
    without a question."""
    items = list(items)
    if marked <= 0:
        return []
    if marked >= len(items):
        return items
    half = len(items) // 2
    in_first = yield items[:half]
    first = yield from split_search(items[:half], in_first)
    second = yield from split_search(items[half:], marked - in_first)
    return first + second


@cache
def split_search_cost(size: int, marked: int) -> int:
    """The most questions ``split_search`` asks over ``size`` items of which ``marked`` are
    marked (the maximum over every choice of the marked items)."""
    if marked <= 0 or marked >= size:
        return 0
    half = size // 2
    return 1 + max(
        split_search_cost(half, first) + split_search_cost(size - half, marked - first)
        for first in range(max(0, marked - (size - half)), min(marked, half) + 1)
    )


def run_counting(
    search: Generator[list[Any], int, list[Any]],
    question: Callable[[list[Any]], str],
    count: Callable[[Any], int],
) -> Generator[str, Any, list[Any]]:
    """Drive a ``split_search``: turn each subset into an action (``question``) and each feedback
    into the count the search needs (``count``); returns the search's result."""
    try:
        subset = next(search)
        while True:
            feedback = yield question(subset)
            subset = search.send(count(feedback))
    except StopIteration as stop:
        return stop.value
