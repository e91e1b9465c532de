"""BeadWiresMaxBlue against a search over every construction history (append / insert operations)."""

from __future__ import annotations

import random
from functools import cache

import pytest

import rlve_gym
from rlve_gym.envs.tree.bead_wires_max_blue import best_blue_rooted, max_blue_length
from rlve_gym.trees import random_tree_edges

ENV = rlve_gym.make("BeadWiresMaxBlue")


def best_history(n, edges):
    """Largest blue total over every sequence of operations that builds exactly this tree.

    A state is the set of placed beads plus the red wires still to be split, each stored as
    (u, v, w): u and v placed, w the bead that will later be inserted between them.
    """
    length = {frozenset(e[:2]): e[2] for e in edges}
    nbrs = {v: {u for u in range(n) if frozenset((u, v)) in length} for v in range(n)}

    @cache
    def search(placed, pending):
        reserved = {w for _, _, w in pending}
        if len(placed) == n and not pending:
            return 0
        best = float("-inf")
        for u, v, w in pending:  # Insert(w, u, v)
            gain = length[frozenset((u, w))] + length[frozenset((w, v))]
            best = max(best, gain + search(placed | {w}, pending - {(u, v, w)}))
        for y in placed:
            for x in nbrs[y]:
                if x in placed or x in reserved:
                    continue
                best = max(best, search(placed | {x}, pending))  # Append(x, y), final red wire
                for z in nbrs[x] - {y}:  # Append(z, y) with x to be inserted between them later
                    if z not in placed and z not in reserved:
                        best = max(best, search(placed | {z}, pending | {(y, z, x)}))
        return best

    return max(search(frozenset([first]), frozenset()) for first in range(n))


def test_matches_every_history_on_random_small_trees():
    rng = random.Random(5)
    for _ in range(120):
        n = rng.randint(1, 7)
        edges = [[u, v, rng.randint(1, 9)] for u, v in random_tree_edges(rng, n)]
        assert max_blue_length(n, edges) == best_history(n, edges), edges


@pytest.mark.parametrize("seed", range(6))
def test_generated_instances_match_every_history(seed):
    instance = ENV.generate(0, seed).instance
    assert ENV.solve(instance) == best_history(instance["n"], instance["edges"])


def test_hand_made_cases():
    assert max_blue_length(1, []) == 0
    assert max_blue_length(2, [[0, 1, 5]]) == 0  # one wire can only be appended
    assert max_blue_length(3, [[0, 1, 5], [1, 2, 7]]) == 12  # 1 inserted between 0 and 2
    # a star: only two of the three wires can form one pair through the centre
    assert max_blue_length(4, [[0, 1, 3], [0, 2, 4], [0, 3, 9]]) == 13


def test_rerooting_matches_the_dp_from_every_root():
    rng = random.Random(8)
    for _ in range(200):
        n = rng.randint(1, 40)
        edges = [[u, v, rng.randint(1, 50)] for u, v in random_tree_edges(rng, n)]
        expected = max(best_blue_rooted(n, edges, root) for root in range(n))
        assert max_blue_length(n, edges) == expected, edges
