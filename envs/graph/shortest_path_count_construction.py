"""ShortestPathCountConstruction: build a simple undirected graph on at most V vertices in which
there are exactly K shortest paths from vertex 1 to vertex 2.

The reference construction writes K in binary: a ladder of two-vertex layers doubles the number
of shortest paths at every layer (layer j is reached by 2^j shortest paths), and a chain into
vertex 2 collects, for every set bit j, the paths of layer j at the point that makes every route
exactly as long. It uses 3L + 1 vertices for an L-bit K; the prompt allows 3L + 4. Any graph within the vertex limit with exactly K shortest 1-2 paths is accepted (the
checker counts them with a breadth-first search, exact big integers).

Difficulty schedule (K drawn uniformly from [2^(B-1), 2^B - 1]; V = 3B + 4 vertices allowed):

    d       0    1    2    5   10   20        d
    B      10   11   12   15   20   30        10 + d
    V      34   37   40   49   64   94        3B + 4

The answer grows linearly in B (about 7B edges); the prompt is a few lines at every level.
Level 0 starts at 10-bit K: the instance is K alone, and with 3 to 9 bits a level holds too
few values of K (4 at 3 bits) for its seeds to give distinct problems, so one fixed graph was
right on 6-29% of them.
"""

from __future__ import annotations

from collections import deque

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import format_edge_pairs, parse_edge_pairs


def binary_ladder(k: int) -> list[list[int]]:
    """Edges (vertices from 1) of a graph with exactly ``k >= 1`` shortest paths from 1 to 2,
    on ``3 * k.bit_length() + 1`` vertices: layer j (two vertices, j + 1 steps from 1) is reached
    by 2^j shortest paths, and for each set bit j its first vertex joins the chain into 2 at the
    point L - 1 - j steps from 2, so every route has length L + 1."""
    bits = k.bit_length()
    labels = iter(range(3, 10**9))
    layers = [[next(labels), next(labels)] for _ in range(bits)]
    chain = [2] + [next(labels) for _ in range(bits - 1)]  # chain[t] is t steps from vertex 2
    edges = [[1, v] for v in layers[0]]
    for lower, upper in zip(layers, layers[1:], strict=False):
        edges += [[a, b] for a in lower for b in upper]
    edges += [[chain[t], chain[t - 1]] for t in range(1, bits)]
    for j in range(bits):
        if (k >> j) & 1:
            edges.append([layers[j][0], chain[bits - 1 - j]])
    return edges


def shortest_path_count(vertex_limit: int, edges: list[list[int]]) -> int:
    """Number of shortest paths from 1 to 2 (0 when 2 is unreachable), vertices 1..vertex_limit."""
    adj: list[list[int]] = [[] for _ in range(vertex_limit + 1)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    dist = [-1] * (vertex_limit + 1)
    ways = [0] * (vertex_limit + 1)
    dist[1], ways[1] = 0, 1
    queue = deque([1])
    while queue:
        u = queue.popleft()
        for v in adj[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                queue.append(v)
            if dist[v] == dist[u] + 1:
                ways[v] += ways[u]
    return ways[2]


class ShortestPathCountConstruction(Environment):
    description = "Build a simple graph with exactly K shortest paths between vertices 1 and 2"
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "1 3, 3 2, 1 4, 4 2"
    catalog_name = "ShortestPathCountConstruction"

    def schedule(self, difficulty):
        bits = 10 + difficulty
        return {"bits": bits, "vertex_limit": 3 * bits + 4}

    def generate_instance(self, rng, sizes):
        bits = sizes["bits"]
        return {
            "k": rng.randint(1 << (bits - 1), (1 << bits) - 1),
            "vertex_limit": sizes["vertex_limit"],
        }

    def solve(self, instance):
        return binary_ladder(instance["k"])

    def format_answer(self, answer):
        return format_edge_pairs(answer)

    def render(self, instance):
        k, limit = instance["k"], instance["vertex_limit"]
        return (
            f"Construct a simple undirected graph whose vertices are labelled 1 to {limit} (you do not "
            "have to use every label) such that there are exactly "
            f"{k} different shortest paths from vertex 1 to vertex 2. A shortest path is a path from 1 "
            "to 2 with the fewest edges; two paths are different if their sequences of vertices "
            "differ. The graph must be simple: no edge from a vertex to itself and no two edges "
            "between the same pair of vertices.\n"
            f"Answer with the edges of your graph, each written as its two endpoints 'u v' (labels "
            "from 1 to "
            f"{limit}), edges separated by commas. For example, '1 3, 3 2, 1 4, 4 2' has exactly 2 "
            "shortest paths (1-3-2 and 1-4-2)."
        )

    def parse(self, text, instance):
        limit = instance["vertex_limit"]
        return parse_edge_pairs(text, max_pairs=limit * (limit - 1) // 2)

    def check(self, instance, answer, reference):
        limit = instance["vertex_limit"]
        seen = set()
        for u, v in answer:
            if not (1 <= u <= limit and 1 <= v <= limit):
                return Verdict.wrong(f"edge {u} {v} uses a label outside 1..{limit}")
            if u == v:
                return Verdict.wrong(f"edge {u} {v} is a loop")
            key = (min(u, v), max(u, v))
            if key in seen:
                return Verdict.wrong(f"edge {u} {v} is listed more than once")
            seen.add(key)
        count = shortest_path_count(limit, answer)
        if count != instance["k"]:
            return Verdict.wrong(
                f"the graph has {count} shortest paths from 1 to 2, not {instance['k']}"
            )
        return Verdict.right()

    def near_misses(self, problem):
        k = problem.instance["k"]
        edges = binary_ladder(k)
        return [
            format_edge_pairs(m)
            for m in (binary_ladder(k + 1), binary_ladder(k - 1), edges + edges[:1])
        ]
