"""Count zero-XOR paths in a weighted tree as its edges are deleted one by one.

Edges carry small non-negative weights. A pair {u, v} of distinct vertices is a zero path when u
and v are still connected and the XOR of the weights on the path between them is 0. The edges are
deleted in a given order; the answer lists the number of zero paths before the first deletion and
after each deletion except the last (after it no edge is left and the count is 0): N - 1 numbers.

Difficulty schedule (tree size, bits per weight):

    d           0    1    2    3    5    8    10    20    d
    vertices    8   11   14   17   23   32    38    68    8 + 3d
    bits        2    2    2    2    2    3     3     4    2 + d // 8

Few bits keep zero paths common. Level 0 has 8 vertices: on 5, the four counts were a handful of
patterns, one of them the answer on an eighth of the seeds. Reference solver: the path XOR is the XOR of the two vertices'
XORs to a fixed root, which deleting edges does not change, so a component's zero paths are the
pairs with equal root XOR. Adding the edges back in reverse order and merging per-component value
counts (smaller into larger) gives every count in ``O(n log n)``.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int_list
from rlve_gym.graphs import add_weights, format_edges
from rlve_gym.trees import random_tree_edges, root_weighted_tree


def zero_path_counts(n: int, edges: list[list[int]]) -> list[int]:
    """Zero-path counts before deleting ``edges[0]``, ``edges[1]``, ..., ``edges[n-2]`` (in that order)."""
    order, parent, up_weight = root_weighted_tree(n, edges)
    xor = [0] * n
    for v in order[1:]:
        xor[v] = xor[parent[v]] ^ up_weight[v]
    component = list(range(n))
    counts: dict[int, dict[int, int]] = {v: {xor[v]: 1} for v in range(n)}
    members: dict[int, list[int]] = {v: [v] for v in range(n)}
    pairs = 0
    before_deletion = [0] * (n - 1)
    for i in range(n - 2, -1, -1):  # add edges back, last deleted first
        a, b = component[edges[i][0]], component[edges[i][1]]
        if len(members[a]) < len(members[b]):
            a, b = b, a
        for value, c in counts.pop(b).items():
            pairs += c * counts[a].get(value, 0)
            counts[a][value] = counts[a].get(value, 0) + c
        for v in members[b]:
            component[v] = a
        members[a] += members.pop(b)
        before_deletion[i] = pairs
    return before_deletion


class TreeZeroXorPathsUnderDeletion(Environment):
    description = "Number of zero-XOR paths of a tree before each successive edge deletion"
    answer_kind = "int_list"
    answer_example = "4 2 1 0"
    catalog_name = "TreeDynamic_XORZeroPath"

    def schedule(self, difficulty):
        return {"vertices": 8 + 3 * difficulty, "bits": 2 + difficulty // 8}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        return {
            "n": n,
            "edges": add_weights(rng, random_tree_edges(rng, n), 0, 2 ** sizes["bits"] - 1),
        }

    def solve(self, instance):
        return zero_path_counts(instance["n"], instance["edges"])

    def render(self, instance):
        n = instance["n"]
        return (
            f"You are given a tree with {n} vertices, numbered 0 to {n - 1}, and {n - 1} weighted edges, "
            'listed below one per line; a line "u v w" is an edge between u and v of weight w. The '
            "edges will be deleted one at a time, in exactly the order listed.\n"
            f"{format_edges(instance['edges'])}\n\n"
            "A pair {u, v} of two distinct vertices is a zero path if u and v are connected by the "
            "edges that remain and the bitwise XOR of the weights on the path between them is 0. "
            f"Output {n - 1} integers separated by spaces: the number of zero paths before any edge is "
            "deleted, then after the first deletion, after the second, and so on, ending with the count "
            f"after the first {n - 2} edges of the list have been deleted (for example: 4 2 1 0)."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=instance["n"], max_digits=12)
