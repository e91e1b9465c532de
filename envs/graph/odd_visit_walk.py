"""OddVisitWalk: a walk in a connected graph that visits every vertex an odd number of times.

A walk is a sequence of vertices in which consecutive vertices are adjacent; a vertex is visited
once for each time it appears in the sequence. The reference solver walks a depth-first tree:
entering a child and returning, and whenever a child's count is even, stepping into it and back
once more (which fixes the child and flips the parent); the root is fixed at the end by dropping
the opening visit if needed. That walk has at most 4N - 3 vertices; answers up to 4N vertices
are accepted, and any valid walk is.

Difficulty schedule (N vertices, M edges):

    d       0    1    2    5   10   20        d
    N       7    8   10   14   22   37        7 + (3d) // 2
    M       8   10   12   17   27   46        N + N // 4, at most N(N-1)/2

The graph is a random connected graph with a few extra edges; the walk is linear in N. Level 0
starts at seven vertices: four or five vertices allow only a handful of graphs, and one fixed
walk was valid on 11-55% of the seeds.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    adjacency,
    edge_weights,
    format_edges,
    parse_vertex_list,
    random_connected_graph,
    vertex_list_problem,
    walk_problem,
)


def odd_visit_walk(n: int, edges: list[list[int]]) -> list[int]:
    adj = adjacency(n, edges)
    count = [0] * n
    walk: list[int] = []

    def visit(v: int) -> None:
        walk.append(v)
        count[v] ^= 1

    seen = [False] * n
    seen[0] = True
    visit(0)
    stack = [(0, iter(adj[0]))]
    while stack:
        v, neighbours = stack[-1]
        child = next((u for u in neighbours if not seen[u]), None)
        if child is not None:
            seen[child] = True
            visit(child)
            stack.append((child, iter(adj[child])))
            continue
        stack.pop()
        if stack:
            parent = stack[-1][0]
            visit(parent)
            if count[v] == 0:  # v is visited an even number of times: go in once more
                visit(v)
                visit(parent)
    if count[0] == 0:
        walk.pop(0)
    return walk


def visit_problem(n: int, walk: list[int]) -> str | None:
    counts = [0] * n
    for v in walk:
        counts[v] += 1
    for v in range(n):
        if counts[v] % 2 == 0:
            return f"vertex {v} is visited {counts[v]} times, an even number"
    return None


class OddVisitWalk(Environment):
    description = "A walk in a connected graph visiting every vertex an odd number of times"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 1 2 1 3"
    catalog_name = "OddVisitation"

    def schedule(self, difficulty):
        n = 7 + (3 * difficulty) // 2
        return {"vertices": n, "edges": min(n * (n - 1) // 2, n + n // 4)}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        return {"n": n, "edges": random_connected_graph(rng, n, sizes["edges"])}

    def solve(self, instance):
        return odd_visit_walk(instance["n"], instance["edges"])

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            f"A connected undirected graph has {n} vertices, labelled 0 to {n - 1}, and {len(edges)} edges, "
            f"one per line below ('u v' joins u and v).\n\n{format_edges(edges)}\n\n"
            "Give a walk: a sequence of vertices, starting anywhere, in which every two consecutive "
            "vertices are joined by an edge (vertices and edges may repeat). Every vertex must appear "
            f"in the sequence an odd number of times, and the sequence may have at most {4 * n} "
            "vertices. Any such walk is accepted.\n"
            "Answer with the vertices of the walk in order, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=4 * instance["n"])

    def check(self, instance, answer, reference):
        n = instance["n"]
        if not answer:
            return Verdict.wrong("the walk is empty")
        problem = (
            vertex_list_problem(answer, n, distinct=False)
            or walk_problem(answer, edge_weights(instance["edges"]), directed=False)
            or visit_problem(n, answer)
        )
        return Verdict.wrong(problem) if problem else Verdict.right()

    def near_misses(self, problem):
        walk = [int(x) for x in problem.answer.split()]
        return [" ".join(map(str, m)) for m in (walk[:-1], walk + walk[-1:], walk + walk[-1:] * 2)]
