"""MinimumHarmoniousChromaticNumber: a harmonious colouring of a graph with as few colours as
possible.

A harmonious colouring is a proper vertex colouring (adjacent vertices differ) in which no two
edges carry the same pair of colours; the fewest colours such a colouring can use is the
harmonious chromatic number. Computing it is NP-hard, so the generator plants it: the vertices
are split into K non-empty classes with no edge inside a class and at most one edge between two
classes, and the graph gets more than (K-1)(K-2)/2 edges. The classes are a harmonious colouring
with K colours, and none has fewer: C colours offer only C(C-1)/2 distinct colour pairs, one per
edge. So the answer is exactly K colours at every size, without search. Any harmonious colouring
with K colours is accepted (the checker verifies properness and distinct pairs in O(N + M)).

Difficulty schedule (N vertices, K colours, M edges):

    d       0     1     2     5     10     20          d
    N      11    12    14    18     26     41          K + 6 + d
    K       5     5     6     7     10     15          5 + d // 2
    M     7-10  7-10 11-15 16-21  37-45 92-105        (K-1)(K-2)/2 + 1 .. K(K-1)/2

Colours grow by one every two levels and vertices by one or two per level; the prompt stays
under 2,000 characters at d = 20. Level 0 starts at five colours: with three or four, one
fixed colouring was harmonious and minimal on 10-37% of the seeds.
"""

from __future__ import annotations

from collections import Counter

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    scramble_undirected,
    undirected_graph_intro,
)
from rlve_gym.kernels.graph_search import (
    class_pair_graph,
    color_pairs_on_edges,
    coloring_problem,
    colouring_answer_format,
    parse_colours,
)


class MinimumHarmoniousChromaticNumber(Environment):
    description = (
        "A harmonious colouring (proper, no colour pair on two edges) with the fewest colours"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 2 1 3"
    catalog_name = "MinimumHarmoniousChromaticNumber"

    def schedule(self, difficulty):
        k = 5 + difficulty // 2
        return {"vertices": k + 6 + difficulty, "colors": k}

    def generate_instance(self, rng, sizes):
        n, k = sizes["vertices"], sizes["colors"]
        pairs = [[a, b] for a in range(k) for b in range(a + 1, k)]
        count = rng.randint((k - 1) * (k - 2) // 2 + 1, len(pairs))
        classes, edges = class_pair_graph(rng, n, k, rng.sample(pairs, count))
        return {
            "n": n,
            "edges": scramble_undirected(rng, edges),
            "harmonious_number": k,
            "planted": [c + 1 for c in classes],
        }

    def solve(self, instance):
        return instance["planted"]

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            undirected_graph_intro(n, edges) + "Colour every vertex so that:\n"
            "- the two endpoints of each edge get different colours, and\n"
            "- no two edges have the same pair of colours at their endpoints (if one edge joins a "
            "red vertex to a blue vertex, no other edge may join a red vertex to a blue vertex).\n"
            "Use as few distinct colours as possible. If several such colourings exist, give any "
            "one of them.\n" + colouring_answer_format(n)
        )

    def parse(self, text, instance):
        return parse_colours(text, instance["n"])

    def check(self, instance, answer, reference):
        problem = coloring_problem(answer, instance["n"], instance["edges"])
        if problem:
            return Verdict.wrong(problem)
        repeated = [
            p for p, c in Counter(color_pairs_on_edges(answer, instance["edges"])).items() if c > 1
        ]
        if repeated:
            a, b = repeated[0]
            return Verdict.wrong(f"two edges both join colour {a} to colour {b}")
        used = len(set(answer))
        if used != instance["harmonious_number"]:
            return Verdict.wrong(
                f"a harmonious colouring, but {used} colours is not the fewest possible"
            )
        return Verdict.right()

    def near_misses(self, problem):
        colors = [int(x) for x in problem.answer.split()]
        u, v = problem.instance["edges"][0]
        clash = list(colors)
        clash[u] = colors[v]
        merged = [min(colors) if c == max(colors) else c for c in colors]
        wasteful = list(colors)
        wasteful[u] = max(colors) + 1
        misses = [colors[:-1], clash, merged]
        if colors.count(colors[u]) > 1:
            misses.append(wasteful)
        return [" ".join(map(str, m)) for m in misses]
