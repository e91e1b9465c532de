"""Permutations of 1..N in which neighbouring entries differ by at most K: count them.

Such a permutation is a Hamiltonian path (read in one of its two directions) of the graph on
1..N with an edge between values at most K apart. The reference solver is a transfer-matrix
(profile) DP over the values in increasing order: adding value v chooses its edges (at most two)
to the K values before it; the state remembers, for those K values, how many path edges each
already has and which of them are the two ends of the same path piece (joining those would close
a cycle), plus how many path ends have already dropped out of the window. A value leaving the
window must be inside the path (two edges) or one of its two ends. One sweep to N gives the
counts for every length up to N; they are cached per K, so a level costs one dictionary lookup
after the first call.

Difficulty schedule (the length is drawn from max(4, N - 4) .. N and K from 2 .. min(4, length - 2);
the count is asked exactly):

    d     0   1   2   3   5   10   20   30   ...
    N     5   6   7   8  10   15   25   35   ...  5 + d

N grows by one per level (the small spread below it keeps seeds apart at a level; N starts
at 5 because at 4 the only instance, K = 2, had one answer). K stays at most 4 because the
number of window states grows quickly with K (a few hundred at K = 4); the counts grow like
c**N, so they stay exact (at most 17 digits at d = 30).
"""

from __future__ import annotations

from functools import lru_cache

from rlve_gym import Environment
from rlve_gym.answers import parse_int

#: window cell: (edges so far 0..2, piece label; label 0 for inner vertices)
Cell = tuple[int, int]


def _canonical(cells: list[Cell]) -> tuple[Cell, ...]:
    relabel: dict[int, int] = {}
    out = []
    for degree, label in cells:
        if degree == 2:
            out.append((2, 0))
        else:
            relabel.setdefault(label, len(relabel) + 1)
            out.append((degree, relabel[label]))
    return tuple(out)


def _is_one_path(cells: tuple[Cell, ...], ends: int) -> bool:
    """Whether a state, with no more values to come, is a single path."""
    open_cells = [(degree, label) for degree, label in cells if degree < 2]
    if len({label for _, label in open_cells}) > 1:
        return False
    return ends + sum(2 if degree == 0 else 1 for degree, _ in open_cells) == 2


@lru_cache(maxsize=8)
def bandwidth_path_counts(limit: int, band: int) -> tuple[int, ...]:
    """``counts[n]`` (n = 0..limit): undirected Hamiltonian paths on 1..n, edges between values <= band apart.

    n = 1 counts the single vertex as one path; n = 0 gives 0.
    """
    counts = [0] * (limit + 1)
    states: dict[tuple[tuple[Cell, ...], int], int] = {((), 0): 1}
    for value in range(1, limit + 1):
        following: dict[tuple[tuple[Cell, ...], int], int] = {}
        for (window, ends), ways in states.items():
            open_at = [i for i, (degree, _) in enumerate(window) if degree < 2]
            choices: list[tuple[int, ...]] = [()] + [(i,) for i in open_at]
            choices += [
                (i, j)
                for a, i in enumerate(open_at)
                for j in open_at[a + 1 :]
                if window[i][1] != window[j][1]
            ]
            fresh = len(window) + 1
            for chosen in choices:
                cells = list(window)
                if not chosen:
                    cells.append((0, fresh))
                elif len(chosen) == 1:
                    degree, label = cells[chosen[0]]
                    cells[chosen[0]] = (degree + 1, label)
                    cells.append((1, label))
                else:
                    (d1, l1), (d2, l2) = cells[chosen[0]], cells[chosen[1]]
                    cells[chosen[0]], cells[chosen[1]] = (d1 + 1, l1), (d2 + 1, l2)
                    cells = [(degree, l1 if label == l2 else label) for degree, label in cells]
                    cells.append((2, l1))
                new_ends = ends
                if len(cells) > band:
                    degree, label = cells.pop(0)
                    if degree == 0:
                        continue  # an isolated value can never join the path
                    if degree == 1:
                        new_ends += 1
                        if new_ends > 2:
                            continue
                        if not any(d < 2 and lab == label for d, lab in cells):
                            # the piece is closed at both ends: it must already be everything
                            if all(d == 2 for d, _ in cells):
                                counts[value] += ways
                            continue
                key = (_canonical(cells), new_ends)
                following[key] = following.get(key, 0) + ways
        states = following
        counts[value] += sum(
            ways for (cells, ends), ways in states.items() if _is_one_path(cells, ends)
        )
    return tuple(counts)


def count_bounded_difference_permutations(length: int, max_difference: int) -> int:
    """Permutations of 1..length whose neighbouring entries differ by at most ``max_difference``."""
    if length <= 1:
        return 1
    if max_difference <= 0:
        return 0
    band = min(max_difference, length - 1)
    limit = max(length, 40)  # one sweep serves every level up to d = 36
    return 2 * bandwidth_path_counts(limit, band)[length]


class PermutationsWithBoundedAdjacentDifference(Environment):
    description = "Count permutations of 1..N whose neighbouring entries differ by at most K"
    answer_kind = "single_int"
    answer_example = "24"
    catalog_name = "BoundedAdjacencyDifference_Permutation_Counting"

    def schedule(self, difficulty):
        return {"length": 5 + difficulty}

    def generate_instance(self, rng, sizes):
        length = rng.randint(max(4, sizes["length"] - 4), sizes["length"])
        return {"length": length, "max_difference": rng.randint(2, min(4, length - 2))}

    def solve(self, instance):
        return count_bounded_difference_permutations(instance["length"], instance["max_difference"])

    def render(self, instance):
        n, k = instance["length"], instance["max_difference"]
        return (
            f"How many permutations P[1], P[2], ..., P[{n}] of the numbers 1, 2, ..., {n} have "
            f"|P[i] - P[i+1]| <= {k} for every i from 1 to {n - 1}, that is, every two neighbouring "
            f"entries differ by at most {k}?\n"
            "For example, with the numbers 1 to 4 and a limit of 1 only 1 2 3 4 and 4 3 2 1 qualify, "
            "so that count would be 2.\n"
            "Answer with a single integer (the exact count)."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=2 * instance["length"] + 5)
