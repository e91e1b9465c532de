"""MinCostDominatingCells: the profile DP against trying every subset of small grids."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.grid_puzzle.min_cost_dominating_cells import cheapest_dominating_set

ENV = rlve_gym.make("MinCostDominatingCells")


def dominates(rows, cols, chosen_cells):
    covered = set()
    for r, c in chosen_cells:
        covered |= {(r, c), (r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)}
    return all((r, c) in covered for r in range(rows) for c in range(cols))


def best_by_brute_force(costs):
    rows, cols = len(costs), len(costs[0])
    cells = [(r, c) for r in range(rows) for c in range(cols)]
    best = None
    for size in range(1, len(cells) + 1):
        for subset in itertools.combinations(cells, size):
            if dominates(rows, cols, subset):
                cost = sum(costs[r][c] for r, c in subset)
                best = cost if best is None else min(best, cost)
    return best


@pytest.mark.parametrize("shape", [(1, 1), (1, 5), (4, 1), (2, 3), (3, 3), (3, 4), (4, 3)])
def test_optimum_matches_brute_force(shape):
    rows, cols = shape
    for seed in range(10):
        instance = ENV.generate_instance(random.Random(seed), {"rows": rows, "cols": cols})
        assert instance["best_cost"] == best_by_brute_force(instance["costs"])
        chosen = ENV.solve(instance)
        picked = [(r, c) for r in range(rows) for c in range(cols) if chosen[r][c]]
        assert dominates(rows, cols, picked)
        assert sum(instance["costs"][r][c] for r, c in picked) == instance["best_cost"]


def best_by_bitmasks(costs):
    """Every subset of the cells as a bitmask, its coverage the OR of closed neighbourhoods."""
    rows, cols = len(costs), len(costs[0])
    n = rows * cols
    reach = []
    for r in range(rows):
        for c in range(cols):
            mask = 0
            for nr, nc in ((r, c), (r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols:
                    mask |= 1 << (nr * cols + nc)
            reach.append(mask)
    flat = [v for row in costs for v in row]
    full, best = (1 << n) - 1, None
    for subset in range(1, 1 << n):
        covered, cost, bits = 0, 0, subset
        while bits:
            low = bits & -bits
            i = low.bit_length() - 1
            covered |= reach[i]
            cost += flat[i]
            bits ^= low
        if covered == full and (best is None or cost < best):
            best = cost
    return best


def test_four_by_four_matches_bitmask_enumeration():
    for seed in range(2):
        instance = ENV.generate_instance(random.Random(seed), {"rows": 4, "cols": 4})
        assert instance["best_cost"] == best_by_bitmasks(instance["costs"])


@pytest.mark.parametrize("seed", range(3))
def test_exactly_the_optimal_dominating_sets_are_accepted(seed):
    rng = random.Random(seed)
    costs = [[rng.randint(1, 3) for _ in range(3)] for _ in range(3)]  # small costs: ties
    instance = {"costs": costs, "best_cost": cheapest_dominating_set(costs)[0]}
    optimal = 0
    for bits in itertools.product((0, 1), repeat=9):
        grid = [list(bits[0:3]), list(bits[3:6]), list(bits[6:9])]
        picked = [(r, c) for r in range(3) for c in range(3) if grid[r][c]]
        cost = sum(costs[r][c] for r, c in picked)
        expected = dominates(3, 3, picked) and cost == instance["best_cost"]
        text = "\n".join(" ".join(map(str, row)) for row in grid)
        assert ENV.check(instance, ENV.parse(text, instance), None).correct == expected
        optimal += expected
    assert optimal >= 1


def test_uniform_costs_give_the_known_domination_numbers():
    # domination numbers of grid graphs: 1x5 -> 2, 3x3 -> 3, 4x4 -> 4, 5x5 -> 7, 6x6 -> 10
    for (rows, cols), gamma in {(1, 5): 2, (3, 3): 3, (4, 4): 4, (5, 5): 7, (6, 6): 10}.items():
        assert cheapest_dominating_set([[1] * cols for _ in range(rows)])[0] == gamma


def test_reasons_and_malformed_answers():
    problem = ENV.generate(3, 4)
    rows, cols = len(problem.instance["costs"]), len(problem.instance["costs"][0])
    zeros = "\n".join(" ".join(["0"] * cols) for _ in range(rows))
    assert "neither chosen" in ENV.verify(problem, f"<answer>{zeros}</answer>").reason
    ones = "\n".join(" ".join(["1"] * cols) for _ in range(rows))
    assert "not the smallest" in ENV.verify(problem, f"<answer>{ones}</answer>").reason
    for bad in ("1 0", problem.answer.replace("0", "2", 1)):
        assert not ENV.verify(problem, f"<answer>{bad}</answer>").format_ok
