"""MaxXorWalk: the largest XOR of edge weights over walks from vertex 0 to vertex N-1.

A walk may repeat vertices and edges, and an edge used twice cancels out, so the achievable
values are one path's XOR combined with any XOR of cycle values: the reference solver takes the
XOR-to-root labels of a spanning tree, puts every non-tree edge's cycle value into a linear basis
over GF(2), and greedily maximises the path value with it. The graph is connected, with more
edges than a tree, so there are always cycles to exploit.

Difficulty schedule (N vertices, C independent cycles, M = N - 1 + C edges, weights below 2^B):

    d       0    1    2    5   10   20        d
    N       5    7    9   15   25   45        5 + 2d
    C       2    2    3    4    7   12        2 + d // 2
    B      10   11   12   15   20   30        10 + d

Weights start at 10 bits: the maximum sets most of the top bits, so with 5 bits the answers
crowded into a few values near 31 (one of them right on an eighth of the seeds); the bits the
cycles cannot reach keep the path's own random value.

There are always fewer independent cycles than bits, so the cycle values cannot span every bit
and the answer is not simply 2^B - 1 (with more cycles than bits it almost always would be).
It still could be (chance 2^(C - B): 1 in 256 at d = 0), so such draws are redrawn (bounded: 20
draws leave about 1 in 10^18).
Vertices, cycles and bit width all grow; the prompt stays under 2,000 characters at d = 20, and
the solver is linear in M times B.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.graphs import (
    add_weights,
    format_edges,
    pair_count,
    random_connected_graph,
    scramble_undirected,
)

#: draws before keeping one whose answer is all ones
DRAWS = 20


def reduce_by_basis(value: int, basis: list[int]) -> int:
    """``value`` reduced by a basis kept with distinct leading bits, largest first."""
    for b in basis:
        value = min(value, value ^ b)
    return value


def max_xor_walk(n: int, edges: list[list[int]]) -> int:
    """The maximum XOR over walks from 0 to n-1 in a connected weighted undirected graph."""
    weight_of = {}
    for u, v, w in edges:
        weight_of.setdefault(u, []).append((v, w))
        weight_of.setdefault(v, []).append((u, w))
    label = [-1] * n
    label[0] = 0
    stack = [0]
    while stack:
        u = stack.pop()
        for v, w in weight_of.get(u, ()):
            if label[v] < 0:
                label[v] = label[u] ^ w
                stack.append(v)
    basis: list[int] = []
    for u, v, w in edges:
        cycle = reduce_by_basis(label[u] ^ label[v] ^ w, basis)
        if cycle:
            basis.append(cycle)
            basis.sort(reverse=True)
    best = label[n - 1]
    for b in basis:
        best = max(best, best ^ b)
    return best


class MaxXorWalk(Environment):
    description = "The maximum XOR of edge weights over walks from vertex 0 to vertex N-1"
    answer_kind = "single_int"
    answer_example = "13"
    catalog_name = "MaxXorPath"

    def schedule(self, difficulty):
        n = 5 + 2 * difficulty
        edges = min(pair_count(n), n - 1 + 2 + difficulty // 2)
        return {"vertices": n, "edges": edges, "bits": 10 + difficulty}

    def generate_instance(self, rng, sizes):
        n, all_ones = sizes["vertices"], 2 ** sizes["bits"] - 1
        for _ in range(DRAWS):
            edges = random_connected_graph(rng, n, sizes["edges"])
            edges = add_weights(rng, edges, 0, all_ones)
            if max_xor_walk(n, edges) != all_ones:  # the blind guess 2^B - 1 must be wrong
                break
        return {"n": n, "edges": scramble_undirected(rng, edges)}

    def solve(self, instance):
        return max_xor_walk(instance["n"], instance["edges"])

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            f"You are given a connected undirected graph with {n} vertices, labelled 0 to {n - 1}, "
            f"and {len(edges)} edges. Each line 'u v w' below is an edge between u and v with a "
            "non-negative integer weight w.\n\n"
            f"{format_edges(edges)}\n\n"
            f"A walk from 0 to {n - 1} is a sequence of vertices starting at 0 and ending at "
            f"{n - 1} in which consecutive vertices are joined by an edge; vertices and edges may be "
            "repeated. The value of a walk is the bitwise XOR of the weights of the edges it "
            "traverses, counted with repetition (an edge traversed twice contributes its weight "
            f"twice, which cancels out). What is the largest value of any walk from 0 to {n - 1}?\n"
            "Answer with a single integer."
        )
