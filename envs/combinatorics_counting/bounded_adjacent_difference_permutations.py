"""Permutations of 1..N in which neighbouring entries differ by at most K, and a few listed pairs
of numbers are never neighbours: count them.

Such a permutation is a Hamiltonian path (read in one of its two directions) of the graph on
1..N with an edge between values at most K apart, minus the forbidden pairs. The reference solver
is a transfer-matrix (profile) DP over the values in increasing order: adding value v chooses its
edges (at most two) to the K values before it, skipping forbidden ones; the state remembers, for
those K values, how many path edges each already has and which of them are the two ends of the
same path piece (joining those would close a cycle), plus how many path ends have already dropped
out of the window. A value leaving the window must be inside the path (two edges) or one of its
two ends. The number of states is a few hundred at K = 4, so one instance costs O(N * states).

Difficulty schedule (the length is drawn from N - 4 .. N, K from 3 .. 4, and 1 .. F_max pairs
of numbers that differ by 2 .. K are forbidden; the count is asked exactly):

    d       0   1   2   3   5   10   20   30   ...
    N      11  12  13  14  16   21   31   41   ...  11 + d
    F_max   3   3   4   4   5    8   13   18   ...  3 + d // 2

Forbidding pairs makes every instance its own graph: N and K alone gave a level of at most
fifteen problems, and one count (12) answered almost half of level 0. Only pairs that differ by
2 or more are forbidden, so 1 2 ... N and its reverse always qualify: the count is even and at
least 2 (the format example 7 is never right). K >= 3 because with K = 2 a forbidden pair
leaves only a handful of permutations, the same few counts for many instances; K stays at most
4 because the number of window states grows quickly with K. N starts at 11, where counts are in
the hundreds. The counts grow like c**N and are asked exactly (about 25 digits at d = 100).
"""

from __future__ import annotations

from functools import cache

import numpy as np
from numba import njit

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


#: marker for a step that completes the whole path early; it counts only at the last value
CLOSED = None

#: bands up to this use the precomputed transition tables and the compiled DP
TABLE_BAND = 4
LIMB_BITS = 62


def _step_outcomes(window: tuple[Cell, ...], ends: int, blocked: int, band: int) -> list:
    """The states one state moves to when the next value arrives (one per choice of its edges
    back into the window), or ``CLOSED``. Bit i of ``blocked`` forbids an edge to window cell i."""
    open_at = [i for i, (degree, _) in enumerate(window) if degree < 2 and not (blocked >> i) & 1]
    choices: list[tuple[int, ...]] = [()] + [(i,) for i in open_at]
    choices += [
        (i, j)
        for a, i in enumerate(open_at)
        for j in open_at[a + 1 :]
        if window[i][1] != window[j][1]
    ]
    fresh = len(window) + 1
    outcomes: list = []
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
                        outcomes.append(CLOSED)
                    continue
        outcomes.append((_canonical(cells), new_ends))
    return outcomes


@cache
def _transition_table(band: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every state reachable from the empty window, numbered, with its outcomes for every
    blocked mask: the outcomes of (state s, mask b) are targets[starts[s * 2^band + b] :
    starts[s * 2^band + b + 1]] (-1 for ``CLOSED``); ``finishing[s]``: s is one whole path.
    The states do not depend on the instance, so building them once per band (a few hundred
    states at band 4) turns every later count into array look-ups."""
    masks = 1 << band
    states: list[tuple[tuple[Cell, ...], int]] = [((), 0)]
    index = {states[0]: 0}
    starts, targets = [0], []
    position = 0
    while position < len(states):
        window, ends = states[position]
        position += 1
        for blocked in range(masks):
            for outcome in _step_outcomes(window, ends, blocked, band):
                if outcome is CLOSED:
                    targets.append(-1)
                    continue
                if outcome not in index:
                    index[outcome] = len(states)
                    states.append(outcome)
                targets.append(index[outcome])
            starts.append(len(targets))
    finishing = np.array([_is_one_path(window, ends) for window, ends in states], dtype=np.bool_)
    return np.array(starts, dtype=np.int64), np.array(targets, dtype=np.int64), finishing


@njit(cache=True)
def _count_with_table(
    starts, targets, finishing, blocked_by_value, masks, limbs
):  # pragma: no cover - compiled
    """The profile DP over the precomputed table; counts are exact multi-limb integers
    (base 2^62, least significant limb first), since only additions occur."""
    low = (1 << 62) - 1
    states = finishing.shape[0]
    current = np.zeros((states, limbs), dtype=np.int64)
    current[0, 0] = 1
    closed = np.zeros(limbs, dtype=np.int64)
    last = blocked_by_value.shape[0] - 1
    for step in range(blocked_by_value.shape[0]):
        following = np.zeros((states, limbs), dtype=np.int64)
        for s in range(states):
            empty = True
            for limb in range(limbs):
                if current[s, limb] != 0:
                    empty = False
                    break
            if empty:
                continue
            row = s * masks + blocked_by_value[step]
            for t in range(starts[row], starts[row + 1]):
                target = targets[t]
                if target < 0 and step != last:
                    continue
                carry = 0
                for limb in range(limbs):
                    if target < 0:
                        value = closed[limb] + current[s, limb] + carry
                        closed[limb] = value & low
                    else:
                        value = following[target, limb] + current[s, limb] + carry
                        following[target, limb] = value & low
                    carry = value >> 62
        current = following
    for s in range(states):
        if finishing[s]:
            carry = 0
            for limb in range(limbs):
                value = closed[limb] + current[s, limb] + carry
                closed[limb] = value & low
                carry = value >> 62
    return closed


def _blocked_masks(length: int, band: int, forbidden: frozenset) -> list[int]:
    """For each value, the window cells (bit i: the i-th oldest) it may not be joined to."""
    masks = []
    for value in range(1, length + 1):
        first = value - min(value - 1, band)  # the value of window cell 0
        masks.append(sum(1 << i for i in range(value - first) if (first + i, value) in forbidden))
    return masks


def hamiltonian_path_count(length: int, band: int, forbidden: frozenset = frozenset()) -> int:
    """Undirected Hamiltonian paths on 1..length, edges between values at most ``band`` apart
    except the ``forbidden`` pairs (tuples (smaller, larger)). One vertex counts as one path."""
    if length <= 0:
        return 0
    blocked_by_value = _blocked_masks(length, band, forbidden)
    if band <= TABLE_BAND:
        starts, targets, finishing = _transition_table(band)
        # every value picks one of at most 1 + band + C(band, 2) edge sets, so no state count
        # (nor their sum) exceeds that power: enough limbs for the exact count
        choices = 1 + band + band * (band - 1) // 2
        limbs = (choices**length).bit_length() // LIMB_BITS + 1
        closed = _count_with_table(
            starts, targets, finishing, np.array(blocked_by_value, dtype=np.int64), 1 << band, limbs
        )
        return sum(int(limb) << (LIMB_BITS * k) for k, limb in enumerate(closed))
    total = 0
    states: dict[tuple[tuple[Cell, ...], int], int] = {((), 0): 1}
    for value, blocked in enumerate(blocked_by_value, start=1):
        following: dict[tuple[tuple[Cell, ...], int], int] = {}
        for (window, ends), ways in states.items():
            for outcome in _step_outcomes(window, ends, blocked, band):
                if outcome is CLOSED:
                    if value == length:
                        total += ways
                else:
                    following[outcome] = following.get(outcome, 0) + ways
        states = following
    return total + sum(ways for (cells, ends), ways in states.items() if _is_one_path(cells, ends))


def count_bounded_difference_permutations(
    length: int, max_difference: int, forbidden_pairs=()
) -> int:
    """Permutations of 1..length whose neighbouring entries differ by at most ``max_difference``
    and never form one of ``forbidden_pairs`` (unordered pairs of values)."""
    if length <= 1:
        return 1
    if max_difference <= 0:
        return 0
    band = min(max_difference, length - 1)
    forbidden = frozenset((min(a, b), max(a, b)) for a, b in forbidden_pairs)
    return 2 * hamiltonian_path_count(length, band, forbidden)


def forbidden_pair_count(difficulty: int) -> int:
    return 3 + difficulty // 2


class PermutationsWithBoundedAdjacentDifference(Environment):
    description = "Count permutations of 1..N whose neighbouring entries differ by at most K"
    answer_kind = "single_int"
    answer_example = "7"
    catalog_name = "BoundedAdjacencyDifference_Permutation_Counting"

    def schedule(self, difficulty):
        return {"length": 11 + difficulty, "forbidden": forbidden_pair_count(difficulty)}

    def generate_instance(self, rng, sizes):
        length = rng.randint(sizes["length"] - 4, sizes["length"])
        limit = rng.randint(3, 4)
        candidates = [
            (a, a + gap) for gap in range(2, limit + 1) for a in range(1, length - gap + 1)
        ]
        chosen = rng.sample(candidates, min(rng.randint(1, sizes["forbidden"]), len(candidates)))
        return {"length": length, "max_difference": limit, "forbidden": sorted(map(list, chosen))}

    def solve(self, instance):
        return count_bounded_difference_permutations(
            instance["length"], instance["max_difference"], map(tuple, instance["forbidden"])
        )

    def render(self, instance):
        n, k = instance["length"], instance["max_difference"]
        pairs = ", ".join(f"{a} and {b}" for a, b in instance["forbidden"])
        return (
            f"How many permutations P[1], P[2], ..., P[{n}] of the numbers 1, 2, ..., {n} satisfy "
            "both of these rules?\n"
            f"- |P[i] - P[i+1]| <= {k} for every i from 1 to {n - 1}, that is, every two "
            f"neighbouring entries differ by at most {k};\n"
            f"- none of these pairs of numbers stand next to each other (in either order): {pairs}.\n"
            "For example, with the numbers 1 to 4, a limit of 2 and the forbidden pair 1 and 3, "
            "exactly 1 2 3 4, 1 2 4 3, 3 4 2 1 and 4 3 2 1 qualify, so that count would be 4.\n"
            "Answer with a single integer (the exact count)."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=2 * instance["length"] + 5)
