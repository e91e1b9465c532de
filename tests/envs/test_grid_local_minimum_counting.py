"""GridLocalMinimumCounting: the two-row integration sweep against enumerating every numbering
(up to 10 cells) and against the classical exact method (inclusion-exclusion over forced minima,
each term a DP over which forced minima are already numbered) up to 16 cells."""

from __future__ import annotations

import random
from functools import cache
from itertools import combinations, permutations

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.grid_local_minimum_counting import (
    count_two_row_numberings,
)

ENV = rlve_gym.make("GridLocalMinimumCounting")
MOD = 1_000_000_007


def _neighbour_lists(rows: int, columns: int) -> list[list[int]]:
    cells = [(r, c) for r in range(rows) for c in range(columns)]
    return [
        [j for j, (r2, c2) in enumerate(cells) if j != i and abs(r - r2) <= 1 and abs(c - c2) <= 1]
        for i, (r, c) in enumerate(cells)
    ]


def minima_set_counts(rows: int, columns: int) -> dict[frozenset, int]:
    """Every numbering enumerated once: how many have each set of local minima (cells row-major)."""
    nbrs = _neighbour_lists(rows, columns)
    counts: dict[frozenset, int] = {}
    for values in permutations(range(rows * columns)):
        minima = frozenset(
            i for i, near in enumerate(nbrs) if all(values[i] < values[j] for j in near)
        )
        counts[minima] = counts.get(minima, 0) + 1
    return counts


def forced_minima_count(nbrs: list[list[int]], forced: list[int]) -> int:
    """Numberings in which every cell of ``forced`` is a local minimum: hand out 1, 2, ... in
    order; a forced cell may take the next number only before any neighbour is numbered, another
    cell only once all its forced neighbours are numbered."""
    cells = len(nbrs)
    index = {cell: k for k, cell in enumerate(forced)}
    free_count = [0] * (1 << len(forced))
    for mask in range(1 << len(forced)):
        free_count[mask] = sum(
            1
            for cell in range(cells)
            if cell not in index and all(mask >> index[n] & 1 for n in nbrs[cell] if n in index)
        )

    @cache
    def ways(placed: int, mask: int) -> int:
        if placed == cells:
            return 1
        others_placed = placed - bin(mask).count("1")
        result = 0
        if free_count[mask] > others_placed:
            result += (free_count[mask] - others_placed) * ways(placed + 1, mask)
        for k in range(len(forced)):
            if not mask >> k & 1:
                result += ways(placed + 1, mask | 1 << k)
        return result

    return ways(0, 0)


def inclusion_exclusion_count(rows: int, columns: int, marked: set[int]) -> int:
    nbrs = _neighbour_lists(rows, columns)
    if any(j in marked for i in marked for j in nbrs[i]):
        return 0
    others = [cell for cell in range(rows * columns) if cell not in marked]
    total = 0
    for size in range(len(others) + 1):
        for extra in combinations(others, size):
            forced = sorted(marked | set(extra))
            if any(j in forced for i in forced for j in nbrs[i]):
                continue
            total += (-1) ** size * forced_minima_count(nbrs, forced)
    return total


def solver_count(columns: int, marked: set[int], mod: int = MOD) -> int:
    by_column: dict[int, int] = {}
    for cell in marked:
        row, col = divmod(cell, columns)
        if col in by_column:
            return 0
        by_column[col] = row
    return count_two_row_numberings(columns, by_column, mod)


def all_marked_sets(columns: int):
    for size in range(2 * columns + 1):
        yield from (set(chosen) for chosen in combinations(range(2 * columns), size))


@pytest.mark.parametrize("columns", [1, 2, 3, 4])
def test_sweep_matches_enumeration_for_every_marked_set(columns):
    counts = minima_set_counts(2, columns)
    for marked in all_marked_sets(columns):
        assert solver_count(columns, marked) == counts.get(frozenset(marked), 0), marked


def test_counts_over_all_marked_sets_add_up_to_every_numbering():
    from math import factorial

    for columns in range(1, 9):
        total = sum(solver_count(columns, marked, 10**9 + 7) for marked in all_marked_sets(columns))
        assert total % MOD == factorial(2 * columns) % MOD


@pytest.mark.parametrize("columns", [6, 7, 8])
def test_sweep_matches_subset_dp_on_medium_grids(columns):
    patterns = [
        {0},
        {2 * columns - 1},
        {1, columns + 3},
        {0, 2, 4},
        {columns, 2, columns + 4},
        set(range(0, columns, 2)),
    ]
    for marked in patterns:
        expected = inclusion_exclusion_count(2, columns, marked)
        assert solver_count(columns, marked) == expected % MOD, marked


@pytest.mark.parametrize("rows,columns", [(2, 4), (3, 2), (4, 2)])
def test_subset_dp_agrees_with_enumeration_for_every_marked_set(rows, columns):
    # the slower oracle is itself checked against enumeration, also on grids of other shapes
    counts = minima_set_counts(rows, columns)
    for size in range(rows * columns + 1):
        for marked in combinations(range(rows * columns), size):
            assert inclusion_exclusion_count(rows, columns, set(marked)) == counts.get(
                frozenset(marked), 0
            )


def test_small_generated_instances_match_the_subset_dp():
    for columns in range(4, 7):
        for seed in range(6):
            sizes = {"rows": 2, "columns": columns, "min_marked": 1}
            instance = ENV.generate_instance(random.Random(seed), sizes)
            grid = instance["grid"]
            columns = len(grid[0])
            marked = {
                r * columns + c
                for r, line in enumerate(grid)
                for c, ch in enumerate(line)
                if ch == "X"
            }
            expected = inclusion_exclusion_count(2, columns, marked) % instance["modulus"]
            assert ENV.solve(instance) == expected
            assert expected > 1


def test_generated_grids_are_well_posed_at_higher_levels():
    for d in (5, 12, 20, 30):
        for seed in range(5):
            problem = ENV.generate(difficulty=d, seed=seed)
            grid = problem.instance["grid"]
            marks = [
                (r, c) for r, line in enumerate(grid) for c, ch in enumerate(line) if ch == "X"
            ]
            assert len(grid) == 2 and len(grid[0]) == 10 + d
            assert marks and all(abs(a[1] - b[1]) > 1 for a, b in combinations(marks, 2))
            assert len(marks) >= max(2, (10 + d) // 4)


def test_hand_counted_edge_cases():
    # one column: both cells neighbours, the cell holding 1 is the minimum
    assert solver_count(1, {0}) == 1 and solver_count(1, {1}) == 1
    assert solver_count(1, set()) == 0 and solver_count(1, {0, 1}) == 0
    # 2 x 2: a single marked cell takes 1, the rest in any order
    assert solver_count(2, {3}) == 6
    # marked cells that are neighbours (same column, or adjacent columns) can never both be minima
    assert solver_count(4, {0, 5}) == 0 and solver_count(4, {1, 5}) == 0
    # a small modulus reduces the same count
    assert solver_count(5, {0, 7}, 101) == inclusion_exclusion_count(2, 5, {0, 7}) % 101


def test_checker_accepts_the_remainder_only():
    problem = ENV.generate(difficulty=4, seed=3)
    reference = int(problem.answer)
    modulus = problem.instance["modulus"]
    assert ENV.verify(problem, f"<answer>{reference}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{reference + modulus}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{(reference + 1) % modulus}</answer>").correct
    assert not ENV.verify(problem, "<answer>many</answer>").format_ok
