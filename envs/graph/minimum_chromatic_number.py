"""MinimumChromaticNumber: colour the vertices of a graph with as few colours as possible so that
adjacent vertices get different colours.

Computing the chromatic number is NP-hard, so the generator plants it: the vertices are split
into K non-empty classes, one vertex of each class is joined to one of every other class (a
K-clique, so K colours are needed) and every other edge joins two different classes (so the
classes are a proper K-colouring). The chromatic number is therefore exactly K at every size,
with no exponential search, and the vertex count grows without bound. Any proper colouring with
K colours is accepted (the checker verifies every edge and counts the colours, in O(N + M)).

Difficulty schedule (N vertices, K colours, M edges):

    d       0    1    2    5   10   20        d
    N       8   10   12   18   28   48        8 + 2d
    K       3    3    3    4    6   10        3 + d // 4 + d // 10
    M      11   13   15   42  127  391        K(K-1)/2 + N * (1 + d // 3), at most (a few fewer
                                              when random pairs fall inside one class)

Level 0 starts at 8 vertices: on 6 one fixed colouring was proper with 3 colours on 7% of seeds.

Vertices grow by two per level, colours every few levels, and the extra edges (which make the
planted colouring harder to find) every three levels; the prompt stays under 3,000 characters at
d = 20.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    pair_count,
    sample_pairs,
    scramble_undirected,
    undirected_graph_intro,
)
from rlve_gym.kernels.graph_search import (
    coloring_problem,
    colouring_answer_format,
    parse_colours,
    random_partition,
)


class MinimumChromaticNumber(Environment):
    description = "A proper vertex colouring of a graph that uses as few colours as possible"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 2 1 3"
    catalog_name = "MinimumChromaticNumber"

    def schedule(self, difficulty):
        n = 8 + 2 * difficulty
        k = 3 + difficulty // 4 + difficulty // 10
        return {"vertices": n, "colors": k, "edges": k * (k - 1) // 2 + n * (1 + difficulty // 3)}

    def generate_instance(self, rng, sizes):
        n, k = sizes["vertices"], sizes["colors"]
        classes = random_partition(rng, n, k)
        members = [[v for v in range(n) if classes[v] == c] for c in range(k)]
        hub = [rng.choice(m) for m in members]
        clique = [[min(a, b), max(a, b)] for i, a in enumerate(hub) for b in hub[i + 1 :]]
        want = sizes["edges"] - len(clique)
        candidates = sample_pairs(rng, n, min(pair_count(n), 3 * want), exclude=clique)
        extra = [e for e in candidates if classes[e[0]] != classes[e[1]]][:want]
        edges = scramble_undirected(rng, clique + extra)
        return {"n": n, "edges": edges, "chromatic_number": k, "planted": [c + 1 for c in classes]}

    def solve(self, instance):
        return instance["planted"]

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            undirected_graph_intro(n, edges)
            + "Colour every vertex so that the two endpoints of each edge get different colours, "
            "using as few distinct colours as possible. If several such colourings exist, give any "
            "one of them.\n" + colouring_answer_format(n)
        )

    def parse(self, text, instance):
        return parse_colours(text, instance["n"])

    def check(self, instance, answer, reference):
        problem = coloring_problem(answer, instance["n"], instance["edges"])
        if problem:
            return Verdict.wrong(problem)
        used = len(set(answer))
        if used != instance["chromatic_number"]:
            return Verdict.wrong(
                f"a proper colouring, but {used} colours is not the fewest possible"
            )
        return Verdict.right()

    def near_misses(self, problem):
        instance = problem.instance
        colors = [int(x) for x in problem.answer.split()]
        u, v = instance["edges"][0]
        clash = list(colors)
        clash[u] = colors[v]
        misses = [colors[:-1], clash]
        shared = [x for x in range(instance["n"]) if colors.count(colors[x]) > 1]
        if shared:
            extra = list(colors)
            extra[shared[0]] = max(colors) + 1
            misses.append(extra)
        return [" ".join(map(str, m)) for m in misses]
