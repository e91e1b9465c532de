"""CycleXorZeroCheck: decide whether every cycle of an edge-weighted undirected graph has XOR 0.

Every cycle has XOR weight 0 exactly when the vertices admit labels p with w(u, v) = p_u XOR p_v
on every edge: label a spanning forest by depth-first search and test the remaining edges. Half
of the instances are built from hidden labels (answer YES); in the other half one edge that lies
on a cycle (not a bridge) gets a different weight (answer NO). The graph may be disconnected.

Difficulty schedule (N vertices, M edges, weights below 2^B):

    d       0    1    2    5   10   20        d
    N       4    6    8   14   24   44        4 + 2d
    M       5    7   10   21   42  110        N + N * (1 + d // 4) // 4, at most N(N-1)/2
    B       3    3    3    4    6    9        3 + d // 3

Vertices grow linearly with a slowly increasing edge density and weight width; the check is a
linear-time traversal.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_choice
from rlve_gym.graphs import bridges, format_edges, random_graph

ANSWERS = ("YES", "NO")


def all_cycles_xor_zero(n: int, edges: list[list[int]]) -> bool:
    """True when labels p with w(u, v) = p_u ^ p_v exist (iterative DFS over every component)."""
    adj: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
        adj[v].append((u, w))
    label = [-1] * n
    for start in range(n):
        if label[start] >= 0:
            continue
        label[start] = 0
        stack = [start]
        while stack:
            u = stack.pop()
            for v, w in adj[u]:
                if label[v] < 0:
                    label[v] = label[u] ^ w
                    stack.append(v)
                elif label[v] != label[u] ^ w:
                    return False
    return True


class CycleXorZeroCheck(Environment):
    description = "Whether every cycle of a weighted undirected graph has XOR weight 0"
    answer_kind = "yes_no"
    binary_outcome = True
    answer_example = "YES"
    catalog_name = "CheckAllCycleXorZero"

    def schedule(self, difficulty):
        n = 4 + 2 * difficulty
        return {
            "vertices": n,
            "edges": min(n * (n - 1) // 2, n + n * (1 + difficulty // 4) // 4),
            "bits": 3 + difficulty // 3,
        }

    def generate_instance(self, rng, sizes):
        n, top = sizes["vertices"], (1 << sizes["bits"]) - 1
        pairs = random_graph(rng, n, sizes["edges"])
        labels = [rng.randint(0, top) for _ in range(n)]
        edges = [[u, v, labels[u] ^ labels[v]] for u, v in pairs]
        if rng.random() < 0.5:
            cut_edges = {tuple(e) for e in bridges(n, pairs)}
            on_cycle = [
                i for i, (u, v, _) in enumerate(edges) if (min(u, v), max(u, v)) not in cut_edges
            ]
            if on_cycle:  # at least one cycle exists since M >= N
                i = rng.choice(on_cycle)
                edges[i][2] ^= rng.randint(1, top)
        return {"n": n, "edges": edges}

    def solve(self, instance):
        return "YES" if all_cycles_xor_zero(instance["n"], instance["edges"]) else "NO"

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            f"An undirected graph has {n} vertices, labelled 0 to {n - 1}, and {len(edges)} edges (it may "
            "be disconnected). Each line 'u v w' below is an edge between u and v with weight w.\n\n"
            f"{format_edges(edges)}\n\n"
            "The XOR weight of a cycle is the bitwise XOR of the weights of its edges. Is the XOR "
            "weight of every cycle in this graph equal to 0?\n"
            "Answer YES or NO."
        )

    def parse(self, text, instance):
        return parse_choice(text, ANSWERS)

    def near_misses(self, problem):
        return ["NO" if problem.answer == "YES" else "YES", problem.answer + "S"]
