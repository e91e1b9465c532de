"""HotColdGridSearch: the turn limit is the strategy's exact worst case (every hidden cell of
small grids played through the environment), the interval update agrees with filtering every
position, and the replies agree with distances computed here."""

from __future__ import annotations

import itertools

import pytest

import rlve_gym
from rlve_gym.envs.interactive.hot_cold_grid_search import narrow, turn_limit

ENV = rlve_gym.make("HotColdGridSearch")


def manhattan_reply(hidden, before, now):
    d_before = abs(hidden[0] - before[0]) + abs(hidden[1] - before[1])
    d_now = abs(hidden[0] - now[0]) + abs(hidden[1] - now[1])
    return "warmer" if d_now < d_before else "colder" if d_now > d_before else "same distance"


def test_narrow_keeps_exactly_the_positions_consistent_with_the_reply():
    size = 9
    for low, high in itertools.combinations_with_replacement(range(size), 2):
        for previous, probe in itertools.product(range(size), repeat=2):
            if previous == probe:
                continue
            for reply in ("warmer", "colder", "same distance"):
                kept = [
                    t
                    for t in range(low, high + 1)
                    if manhattan_reply((0, t), (0, previous), (0, probe)) == reply
                ]
                a, b = narrow(low, high, previous, probe, reply)
                assert list(range(a, b + 1)) == kept


@pytest.mark.parametrize(("rows", "cols"), [(2, 2), (3, 5), (7, 4), (9, 13), (16, 11)])
def test_turn_limit_is_the_worst_case_over_every_hidden_cell(rows, cols):
    base = {"rows": rows, "cols": cols, "turn_limit": turn_limit(rows, cols)}
    worst = 0
    for cell in itertools.product(range(rows), range(cols)):
        case = {**base, "hidden": list(cell)}
        actions = ENV.solve(case)
        assert ENV.check(case, actions, None).correct, cell
        worst = max(worst, len(actions))
    assert worst == base["turn_limit"]


def test_replies_follow_the_manhattan_distances():
    problem = ENV.generate(4, 7)
    hidden = problem.instance["hidden"]
    episode = ENV.start(problem)
    before = None
    while not episode.done:
        action = ENV.policy(problem.instance, episode._run.state, episode.actions)
        cell = [int(w) - 1 for w in action.split()[1:]]
        text = episode.step(f"<answer>{action}</answer>").observation
        if episode.done:
            assert cell == hidden and "found" in text
        elif before is None:
            assert "no comparison" in text
        else:
            assert f": {manhattan_reply(hidden, before, cell)}." in text
        before = cell
    assert episode.solved


def test_off_grid_and_malformed_probes_compare_nothing():
    problem = ENV.generate(0, 1)
    rows = problem.instance["rows"]
    episode = ENV.start(problem)
    for text, expected in [
        (f"probe {rows + 1} 1", "outside"),
        ("probe 0 3", "outside"),
        ("probe 3", "write: probe ROW COLUMN"),
        ("probe a b", "not a whole number"),
    ]:
        assert expected in episode.step(f"<answer>{text}</answer>").observation
    assert episode._run.state["previous"] is None and episode._run.state["history"] == []
