"""CirculatingArrowGrid: the optimum against exhaustive search over all grids of tiny tori, and
every optimal grid of a tiny instance accepted."""

from __future__ import annotations

import itertools

import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.envs.graph.circulating_arrow_grid import ARROWS, fewest_changes, targets_problem

ENV = rlve_gym.make("CirculatingArrowGrid")


def _all_valid_grids(rows, cols):
    for letters in itertools.product(ARROWS, repeat=rows * cols):
        grid = ["".join(letters[r * cols : (r + 1) * cols]) for r in range(rows)]
        if targets_problem(grid) is None:
            yield grid


def _changes(a, b):
    return sum(x != y for ra, rb in zip(a, b, strict=False) for x, y in zip(ra, rb, strict=False))


VALID_2X3 = list(_all_valid_grids(2, 3))


@pytest.mark.parametrize("seed", range(25))
def test_optimum_matches_exhaustive_search_on_2x3_tori(seed):
    import random

    rng = random.Random(seed)
    grid = ["".join(rng.choice(ARROWS) for _ in range(3)) for _ in range(2)]
    best = min(_changes(grid, g) for g in VALID_2X3)
    count, new = fewest_changes(grid)
    assert count == best and targets_problem(new) is None and _changes(new, grid) == best


def _tiny_problem(seed, rows=3, cols=3):
    """A 3 x 3 instance from the generator (the schedule starts at 3 x 4, too many grids to try)."""
    import random

    instance = ENV.generate_instance(random.Random(seed), {"rows": rows, "cols": cols})
    base = ENV.generate(0, seed)
    problem = rlve_gym.Problem(
        base.env_name,
        base.version,
        0,
        seed,
        "p",
        ENV.format_answer(ENV.solve(instance)),
        instance,
    )
    provenance.remember(problem)  # a hand-sized instance, not one the schedule gives
    return problem


def test_every_optimal_grid_is_accepted_and_suboptimal_rejected():
    problem = _tiny_problem(4)
    grid = problem.instance["grid"]
    valid = list(_all_valid_grids(3, 3))
    best = problem.instance["fewest_changes"]
    assert best == min(_changes(grid, g) for g in valid)
    optimal = 0
    for candidate in valid:
        verdict = ENV.verify(problem, "<answer>" + "\n".join(candidate) + "</answer>")
        assert verdict.correct == (_changes(candidate, grid) == best)
        optimal += verdict.correct
    assert optimal >= 2


def test_wrapping_is_part_of_the_rules():
    # a single row 'RRR' is one cycle only because the grid wraps around
    assert targets_problem(["RRR"]) is None
    assert targets_problem(["RL", "LR"]) is None
    assert "target of 2 arrows" in targets_problem(["RLR"])


def test_malformed_grids_are_format_errors():
    problem = ENV.generate(0, 0)  # 3 x 4
    for text in ("RRRR", "RRR\nRRR\nRRR", "RRRRR\nRRRRR\nRRRRR", "RXRR\nRRRR\nRRRR"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok


@pytest.mark.parametrize("seed", range(40))
def test_warm_started_matching_matches_a_plain_min_cost_flow(seed):
    import random

    from rlve_gym.kernels.flows import min_cost_flow

    rng = random.Random(500 + seed)
    rows, cols = rng.randint(1, 8), rng.randint(1, 8)  # includes 1- and 2-wide tori
    grid = ["".join(rng.choice(ARROWS) for _ in range(cols)) for _ in range(rows)]
    cells = rows * cols
    arcs = [[2 * cells, i, 1, 0] for i in range(cells)] + [
        [cells + i, 2 * cells + 1, 1, 0] for i in range(cells)
    ]
    for r in range(rows):
        for c in range(cols):
            for arrow, (dr, dc) in (("L", (0, -1)), ("R", (0, 1)), ("U", (-1, 0)), ("D", (1, 0))):
                target = ((r + dr) % rows) * cols + (c + dc) % cols
                arcs.append([r * cols + c, cells + target, 1, int(arrow != grid[r][c])])
    value, cost, _ = min_cost_flow(2 * cells + 2, arcs, 2 * cells, 2 * cells + 1)
    count, new = fewest_changes(grid)
    assert value == cells and count == cost
    assert targets_problem(new) is None and _changes(new, grid) == cost
