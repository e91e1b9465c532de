"""SmoothHeightAssignment: the minimum cut against every height assignment of small grids."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.envs.graph.smooth_height_assignment import cheapest_heights, slope_problem
from rlve_gym.kernels.flows import FLOW_INF, FlowNetwork

ENV = rlve_gym.make("SmoothHeightAssignment")


def _text(heights):
    return "<answer>" + "\n".join(" ".join(map(str, row)) for row in heights) + "</answer>"


def _small_problem(rows, cols, heights, seed):
    """A problem on a small grid (level 0 already has 4^6 assignments, level 1 4^9), registered
    so that the verifier accepts it."""
    sizes = {"rows": rows, "cols": cols, "heights": heights, "slope": 1, "max_cost": 10}
    instance = ENV.generate_instance(random.Random(f"small:{rows}:{cols}:{heights}:{seed}"), sizes)
    base = ENV.generate(0, seed)
    problem = rlve_gym.Problem(
        base.env_name, base.version, 0, seed, "p", ENV.format_answer(ENV.solve(instance)), instance
    )
    provenance.remember(problem)
    return problem


@pytest.mark.parametrize(("rows", "cols", "heights"), [(2, 2, 3), (2, 3, 3), (2, 3, 4), (3, 3, 3)])
def test_checker_accepts_exactly_the_optimal_assignments(rows, cols, heights):
    for seed in range(6):
        problem = _small_problem(rows, cols, heights, seed)
        cost, slope = problem.instance["cost"], problem.instance["slope"]
        layers, rows, cols = len(cost), len(cost[0]), len(cost[0][0])
        totals = {}
        for flat in itertools.product(range(1, layers + 1), repeat=rows * cols):
            grid = [list(flat[r * cols : (r + 1) * cols]) for r in range(rows)]
            if slope_problem(grid, slope) is None:
                totals[flat] = (
                    grid,
                    sum(cost[h - 1][x][y] for x, row in enumerate(grid) for y, h in enumerate(row)),
                )
        best = min(t for _, t in totals.values())
        assert problem.instance["optimum"] == best == cheapest_heights(cost, slope)[0]
        for grid, total in list(totals.values())[:300]:
            assert ENV.verify(problem, _text(grid)).correct == (total == best)


def test_steep_and_out_of_range_answers_are_rejected():
    cost = [[[1, 9]], [[9, 9]], [[9, 1]]]  # one row, two cells, heights 1..3
    assert cheapest_heights(cost, 1) == (10, [[1, 2]]) or cheapest_heights(cost, 1)[0] == 10
    assert cheapest_heights(cost, 2)[0] == 2
    base = ENV.generate(0, 0)
    instance = {"cost": cost, "slope": 1, "optimum": 10}
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives
    assert ENV.verify(problem, _text([[1, 2]])).correct
    assert ENV.verify(problem, _text([[2, 3]])).correct
    assert "differ by more than 1" in ENV.verify(problem, _text([[1, 3]])).reason
    assert "between 1 and 3" in ENV.verify(problem, _text([[0, 1]])).reason
    assert not ENV.verify(problem, _text([[1, 2, 3]])).format_ok


def test_the_slope_constraint_binds_already_at_level_zero():
    # with only two heights a slope of 1 forbids nothing; level 0 must need more than per-cell minima
    binding = 0
    for seed in range(40):
        instance = ENV.generate(0, seed).instance
        cost = instance["cost"]
        cells = [(x, y) for x in range(len(cost[0])) for y in range(len(cost[0][0]))]
        free = sum(min(layer[x][y] for layer in cost) for x, y in cells)
        binding += instance["optimum"] > free
    assert len(ENV.generate(0, 0).instance["cost"]) >= 3 and binding >= 4


def _python_flow_heights(cost, slope):
    """The former solver, Dinic's algorithm on ``FlowNetwork`` in plain Python: the oracle for
    the Numba kernel (the residual source side, hence the heights, is the same for any max flow)."""
    layers, rows, cols = len(cost), len(cost[0]), len(cost[0][0])

    def node(x, y, h):
        return (x * cols + y) * layers + h - 1

    source, sink = rows * cols * layers, rows * cols * layers + 1
    net = FlowNetwork(sink + 1)
    for x in range(rows):
        for y in range(cols):
            net.add_arc(source, node(x, y, 1), FLOW_INF)
            for h in range(1, layers + 1):
                after = node(x, y, h + 1) if h < layers else sink
                net.add_arc(node(x, y, h), after, cost[h - 1][x][y])
                if h < layers:
                    net.add_arc(after, node(x, y, h), FLOW_INF)
                if h - slope >= 1:
                    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                        if 0 <= x + dx < rows and 0 <= y + dy < cols:
                            net.add_arc(node(x, y, h), node(x + dx, y + dy, h - slope), FLOW_INF)
    total = net.max_flow(source, sink)
    side = net.source_side(source)
    heights = [
        [sum(side[node(x, y, h)] for h in range(1, layers + 1)) for y in range(cols)]
        for x in range(rows)
    ]
    return total, heights


@pytest.mark.parametrize("difficulty", [0, 4, 10, 20, 35])
def test_numba_cut_matches_the_python_flow(difficulty):
    for seed in range(6):
        instance = ENV.generate(difficulty, seed).instance
        cost, slope = instance["cost"], instance["slope"]
        assert cheapest_heights(cost, slope) == _python_flow_heights(cost, slope)
