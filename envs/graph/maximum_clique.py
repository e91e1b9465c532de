"""MaximumClique: a largest set of pairwise adjacent vertices of an undirected graph.

Maximum clique is NP-hard; the reference solver is Bron-Kerbosch with Tomita pivoting and a
size bound, on Python-integer bitsets. The edge density stays moderate (at most 0.5 at d <= 1, about 0.4 above),
where that search explores few branches: N = 52 (d = 20) takes about a millisecond and N = 92
(d = 40) about 10 ms. From d = 36 on the average degree is capped at 30 while N keeps growing,
so graphs get sparser and the search stays near-linear (N = 812, d = 400: about 50 ms).
Several maximum cliques are common; any of them is accepted (the checker verifies
adjacency of every pair and compares the size with the optimum stored in the instance).

Difficulty schedule (N vertices, M edges):

    d       0    1    2    5   10   20   40        d
    N      12   14   16   22   32   52   92        12 + 2d
    M      33   42   48   88  192  468 1380        min(N(N-1)/4, N * (2 + min((d + 3) // 3, 13)))

Vertices grow by two per level and the density every three levels, so cliques grow slowly
while the graph to search grows fast. The schedule starts three steps above 6 vertices, where
one fixed triangle was a maximum clique on one seed in nine. The density is capped at one
half: at 6 vertices the old 12 of 15 possible edges made 0 1 2 3 a maximum clique on one seed in
seven. A triangle-free draw (about one in eight at d = 0) gets a triangle closed, so a single
edge is never an answer. The prompt stays under 3,000 characters at d = 20.
"""

from __future__ import annotations

from functools import lru_cache

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    adjacency,
    edge_key,
    format_edges,
    pair_count,
    parse_vertex_list,
    random_graph,
    scramble_undirected,
    vertex_list_problem,
)


def canonical_maximum_clique(n: int, edges: list[list[int]]) -> list[int]:
    """``maximum_clique`` of the edge set however it is listed (each edge as (low, high), sorted),
    cached so that generation and the reference solver search each graph once."""
    return list(_cached_clique(n, tuple(sorted((min(u, v), max(u, v)) for u, v in edges))))


@lru_cache(maxsize=8)
def _cached_clique(n: int, edges: tuple[tuple[int, int], ...]) -> tuple[int, ...]:
    return tuple(maximum_clique(n, [list(e) for e in edges]))


def maximum_clique(n: int, edges: list[list[int]]) -> list[int]:
    """A maximum clique (sorted vertices) by bitset Bron-Kerbosch with pivoting and a size bound."""
    neighbours = [0] * n
    for u, v in edges:
        neighbours[u] |= 1 << v
        neighbours[v] |= 1 << u
    best: list[int] = []

    def expand(clique: list[int], candidates: int, excluded: int) -> None:
        nonlocal best
        if not candidates:
            if not excluded and len(clique) > len(best):
                best = list(clique)
            return
        if len(clique) + candidates.bit_count() <= len(best):
            return
        pool = candidates | excluded
        pivot = max(_bits(pool), key=lambda u: (candidates & neighbours[u]).bit_count())
        for v in _bits(candidates & ~neighbours[pivot]):
            clique.append(v)
            expand(clique, candidates & neighbours[v], excluded & neighbours[v])
            clique.pop()
            candidates &= ~(1 << v)
            excluded |= 1 << v
            if len(clique) + candidates.bit_count() <= len(best):
                return

    expand([], (1 << n) - 1, 0)
    return sorted(best)


def _bits(mask: int) -> list[int]:
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


class MaximumClique(Environment):
    description = (
        "A maximum clique (largest set of pairwise adjacent vertices) of an undirected graph"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 4 6"
    catalog_name = "MaximumClique"

    def schedule(self, difficulty):
        n = 12 + 2 * difficulty
        return {
            "vertices": n,
            "edges": min(pair_count(n) // 2, n * (2 + min((difficulty + 3) // 3, 13))),
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        edges = random_graph(rng, n, sizes["edges"])
        size = len(canonical_maximum_clique(n, edges))
        if size < 3:  # triangle-free: any edge would be a maximum clique, so close a triangle
            a, b, c = rng.sample(range(n), 3)
            present = {(u, v) for u, v in edges}
            for u, v in ((a, b), (b, c), (a, c)):
                if (min(u, v), max(u, v)) not in present:
                    edges.append([min(u, v), max(u, v)])
            size = len(canonical_maximum_clique(n, edges))  # 3, or 4 with a common neighbour
        return {"n": n, "edges": scramble_undirected(rng, edges), "clique_size": size}

    def solve(self, instance):
        return canonical_maximum_clique(instance["n"], instance["edges"])

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            f"You are given an undirected graph with {n} vertices, labelled 0 to {n - 1}, and "
            f"{len(edges)} edges. Each line 'u v' below is an edge between u and v.\n\n"
            f"{format_edges(edges)}\n\n"
            "A clique is a set of vertices in which every two vertices are joined by an edge. Find a "
            "clique with as many vertices as possible; if several cliques have the maximum size, "
            "give any one of them.\n"
            "Answer with the vertices of the clique, each once, separated by spaces, in any order."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n"] + 1)

    def random_answer(self, problem, rng, other):
        """A blind guess: a few random vertices of the graph."""
        n = problem.instance["n"]
        return " ".join(map(str, sorted(rng.sample(range(n), rng.randint(3, max(3, n // 3))))))

    def check(self, instance, answer, reference):
        problem = vertex_list_problem(answer, instance["n"])
        if problem:
            return Verdict.wrong(problem)
        present = {edge_key(u, v) for u, v in instance["edges"]}
        for i, u in enumerate(answer):
            for v in answer[i + 1 :]:
                if edge_key(u, v) not in present:
                    return Verdict.wrong(
                        f"vertices {u} and {v} are not adjacent, so this is not a clique"
                    )
        if len(answer) != instance["clique_size"]:
            return Verdict.wrong(f"a clique, but {len(answer)} vertices is not the maximum size")
        return Verdict.right()

    def near_misses(self, problem):
        instance = problem.instance
        clique = [int(x) for x in problem.answer.split()]
        adj = adjacency(instance["n"], instance["edges"])
        outsider = next(
            v for v in range(instance["n"]) if v not in clique and not set(clique) <= set(adj[v])
        )
        misses = [clique[:-1], clique + [outsider], clique + clique[:1]]
        return [" ".join(map(str, m)) for m in misses]
