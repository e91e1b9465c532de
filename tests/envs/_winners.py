"""Checks shared by the tests of the two-player "who wins, Alice or Bob?" tasks (bean splitting,
non-decreasing piles, even-split heaps, Euclid's game)."""

from __future__ import annotations


def assert_winners_balanced(env, difficulties, low=75, high=125, seeds=200):
    """At every level, Alice wins on between ``low`` and ``high`` of ``seeds`` seeds."""
    for d in difficulties:
        alice = sum(env.generate(d, s).answer == "Alice" for s in range(seeds))
        assert low <= alice <= high, (d, alice)


def assert_only_the_winner_is_right(env, problem, spelling, malformed):
    """The winner written as ``spelling`` (the answer text, e.g. upper-cased) is right, the
    loser is wrong but well-formed, and every text in ``malformed`` is a format error."""
    loser = "Bob" if problem.answer == "Alice" else "Alice"
    assert env.verify(problem, f"<answer>{spelling}</answer>").correct
    v = env.verify(problem, f"<answer>{loser}</answer>")
    assert not v.correct and v.format_ok
    for text in malformed:
        assert not env.verify(problem, f"<answer>{text}</answer>").format_ok
