"""RoundRobinResultTable: the checker against enumerating every result table of small tournaments."""

from __future__ import annotations

import random
from itertools import combinations, product

import rlve_gym
from rlve_gym.envs.combinatorics_counting.round_robin_results import totals

ENV = rlve_gym.make("RoundRobinResultTable")


def all_tables(n):
    pairs = list(combinations(range(n), 2))
    for results in product("012", repeat=len(pairs)):
        rows = [["0"] * n for _ in range(n)]
        for (i, j), r in zip(pairs, results, strict=True):
            rows[i][j], rows[j][i] = r, str(2 - int(r))
        yield ["".join(row) for row in rows]


def test_checker_accepts_exactly_the_tables_with_the_right_totals():
    rng = random.Random(2)
    for teams in (3, 4):
        for _ in range(6):
            inst = ENV.generate_instance(rng, {"teams": teams})
            points = inst["points"]
            accepted = 0
            for table in all_tables(teams):
                verdict = ENV.check(inst, ENV.parse("\n".join(table), inst), None)
                assert verdict.correct == (totals(table) == points)
                accepted += verdict.correct
            assert accepted >= 1


def test_inconsistent_tables_are_rejected_with_reasons():
    problem = ENV.generate(difficulty=1, seed=3)
    n = len(problem.instance["points"])
    ones = "\n".join("".join("0" if i == j else "1" for j in range(n)) for i in range(n))
    verdict = ENV.verify(problem, f"<answer>{ones}</answer>")
    assert verdict.correct or "points" in verdict.reason
    twos = "\n".join("".join("0" if i == j else "2" for j in range(n)) for i in range(n))
    assert "one game" in ENV.verify(problem, f"<answer>{twos}</answer>").reason
    diag = "\n".join("".join("1" if i == j else "1" for j in range(n)) for i in range(n))
    assert "must be 0" in ENV.verify(problem, f"<answer>{diag}</answer>").reason
    assert not ENV.verify(problem, "<answer>0123</answer>").format_ok


def test_planted_table_reproduces_the_totals():
    for seed in range(10):
        inst = ENV.generate(difficulty=15, seed=seed).instance
        assert totals(inst["planted"]) == inst["points"]


def test_the_all_draw_table_never_fits():
    """Regression: on 29% of level-0 instances every total was N - 1, so all draws was valid."""
    for d in (0, 1, 2):
        for seed in range(150):
            problem = ENV.generate(difficulty=d, seed=seed)
            n = len(problem.instance["points"])
            draws = "\n".join("".join("0" if i == j else "1" for j in range(n)) for i in range(n))
            assert not ENV.verify(problem, f"<answer>{draws}</answer>").correct
