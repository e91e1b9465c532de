"""GridPathsCollection: the most K right/down walks through a grid can collect when each cell pays once.

The solver sees an N x N grid of non-negative integers and a number K. K walkers go one after
another from the top-left cell to the bottom-right cell, each moving only right or down; a walker
collects the value of every cell it visits and the cell is then 0 for later walkers. The answer
is the largest possible total collected by all K walkers. One right answer, checked exactly.

The total is the sum of the cells covered by the union of K monotone walks, which is a
maximum-weight flow of K units: every cell is split into an entry and an exit joined by an arc
of capacity 1 worth its value and an arc of capacity K - 1 worth nothing, with right and down
arcs between neighbouring cells. The reference solver runs successive shortest paths (queue-based
Bellman-Ford on the residual network, compiled with Numba), K augmentations over 2N^2 vertices.

Difficulty schedule:

    d            0   1   2   3  ...  10  ...  20  ...  d
    grid         5   5   6   6  ...  10  ...  15  ...  5 + d // 2
    walkers      2   2   2   2  ...   4  ...   6  ...  2 + d // 5
    max_value   40  42  44  46  ...  60  ...  80  ...  40 + 2d

Level 0 is a 5 x 5 grid with two walkers, where the walks already interact (a second walker
following the first's best route collects little) and totals spread over a wide range; larger
levels add rows and columns, walkers and larger values.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym import Environment
from rlve_gym.answers import parse_int


@njit(cache=True)
def _max_collection(values: np.ndarray, walkers: int) -> int:
    n = values.shape[0]
    cells = n * n
    vertices = 2 * cells  # entry 2c, exit 2c + 1
    most_arcs = 2 * (2 * cells + 2 * cells)
    head = np.empty(most_arcs, np.int64)
    capacity = np.empty(most_arcs, np.int64)
    cost = np.empty(most_arcs, np.int64)
    next_arc = np.empty(most_arcs, np.int64)
    first = np.full(vertices, -1, np.int64)
    arcs = 0
    for c in range(cells):
        r, col = c // n, c % n
        ends = [(2 * c, 2 * c + 1, 1, -values[r, col]), (2 * c, 2 * c + 1, walkers - 1, 0)]
        if col + 1 < n:
            ends.append((2 * c + 1, 2 * (c + 1), walkers, 0))
        if r + 1 < n:
            ends.append((2 * c + 1, 2 * (c + n), walkers, 0))
        for u, v, cap, w in ends:
            head[arcs], capacity[arcs], cost[arcs] = v, cap, w
            next_arc[arcs], first[u] = first[u], arcs
            arcs += 1
            head[arcs], capacity[arcs], cost[arcs] = u, 0, -w
            next_arc[arcs], first[v] = first[v], arcs
            arcs += 1
    source, sink = 0, vertices - 1
    unreachable = 1 << 60
    total = 0
    sent = 0
    dist = np.empty(vertices, np.int64)
    via = np.empty(vertices, np.int64)
    queued = np.zeros(vertices, np.bool_)
    queue = np.empty(vertices + 1, np.int64)  # circular
    while sent < walkers:
        dist[:] = unreachable
        via[:] = -1
        dist[source] = 0
        front, back = 0, 0
        queue[back] = source
        back += 1
        queued[source] = True
        while front != back:
            u = queue[front]
            front = (front + 1) % (vertices + 1)
            queued[u] = False
            a = first[u]
            while a >= 0:
                v = head[a]
                if capacity[a] > 0 and dist[u] + cost[a] < dist[v]:
                    dist[v] = dist[u] + cost[a]
                    via[v] = a
                    if not queued[v]:
                        queued[v] = True
                        queue[back] = v
                        back = (back + 1) % (vertices + 1)
                a = next_arc[a]
        if dist[sink] >= unreachable:
            break
        pushed = walkers - sent
        v = sink
        while v != source:
            a = via[v]
            pushed = min(pushed, capacity[a])
            v = head[a ^ 1]
        v = sink
        while v != source:
            a = via[v]
            capacity[a] -= pushed
            capacity[a ^ 1] += pushed
            v = head[a ^ 1]
        sent += pushed
        total += pushed * dist[sink]
    return -total


def max_collection(grid: list[list[int]], walkers: int) -> int:
    """Largest total K monotone walks can collect when every cell pays once."""
    return int(_max_collection(np.asarray(grid, dtype=np.int64), walkers))


class GridPathsCollection(Environment):
    description = "Largest total collected by K right/down walks when each cell pays only once"
    answer_kind = "single_int"
    answer_example = "-7"
    catalog_name = "MaxGridPathIntersection"

    def schedule(self, difficulty):
        return {
            "grid": 5 + difficulty // 2,
            "walkers": 2 + difficulty // 5,
            "max_value": 40 + 2 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["grid"]
        grid = [[rng.randint(0, sizes["max_value"]) for _ in range(n)] for _ in range(n)]
        return {"grid": grid, "walkers": sizes["walkers"]}

    def solve(self, instance):
        return max_collection(instance["grid"], instance["walkers"])

    def render(self, instance):
        grid, k = instance["grid"], instance["walkers"]
        n = len(grid)
        rows = "\n".join(" ".join(map(str, row)) for row in grid)
        return (
            f"A grid of {n} rows and {n} columns holds non-negative integers:\n{rows}\n\n"
            f"{k} walkers go one after another from the top-left cell to the bottom-right cell; "
            "each walker moves only one cell right or one cell down at a time. A walker "
            "collects the number in every cell it visits (the first and last cells included), "
            "and a cell's number becomes 0 once collected, so later walkers passing through it "
            f"get nothing there. Choosing the {k} routes as well as possible, what is the "
            "largest total that all walkers together can collect?\n"
            "Answer with a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
