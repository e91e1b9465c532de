"""MaximumAchromaticNumber: a complete colouring of a graph with as many colours as possible.

A complete colouring is a proper vertex colouring (adjacent vertices differ) in which every two
colours used meet on at least one edge; the most colours such a colouring can use is the
achromatic number. Computing it is NP-hard, so the generator plants it: the vertices are split
into K non-empty classes with no edge inside a class, exactly one edge between every two classes,
and fewer than K further edges between classes. The classes are a complete colouring with K
colours, and no complete colouring has more: C colours need C(C-1)/2 edges with distinct colour
pairs, and the graph has fewer than K(K+1)/2 edges. So the achromatic number is exactly K at
every size, without search. Any complete colouring with K colours is accepted (the checker
verifies properness and completeness in O(N + M)).

Difficulty schedule (N vertices, K colours, M edges):

    d       0    1    2    5   10   20        d
    N      11   12   14   18   26   41        K + 6 + d
    K       5    5    6    7   10   15        5 + d // 2
    M     10-14 10-14 15-20 21-27 45-54 105-119  K(K-1)/2 plus 0 .. K-1 extra edges

The schedule starts four steps above 3 colours on 5 vertices, where so few graphs exist that
one fixed colouring was complete and optimal on a quarter of the seeds. Colours grow by one every two levels and vertices by one or two per level; the prompt stays
under 1,500 characters at d = 20. Vertices with no edge (possible when N is large) must share a
class with others, which the completeness rule forces anyway.
"""

from __future__ import annotations

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


class MaximumAchromaticNumber(Environment):
    description = "A complete proper colouring of a graph using as many colours as possible"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 2 1 3"
    catalog_name = "MaximumAchromaticNumber"

    def schedule(self, difficulty):
        k = 5 + difficulty // 2
        return {"vertices": k + 6 + difficulty, "colors": k}

    def generate_instance(self, rng, sizes):
        n, k = sizes["vertices"], sizes["colors"]
        pairs = [[a, b] for a in range(k) for b in range(a + 1, k)]
        extra = [rng.sample(range(k), 2) for _ in range(rng.randrange(k))]
        classes, edges = class_pair_graph(rng, n, k, pairs + extra)
        return {
            "n": n,
            "edges": scramble_undirected(rng, edges),
            "achromatic_number": k,
            "planted": [c + 1 for c in classes],
        }

    def solve(self, instance):
        return instance["planted"]

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            undirected_graph_intro(n, edges) + "Colour every vertex so that:\n"
            "- the two endpoints of each edge get different colours (the colouring is proper), and\n"
            "- for every two different colours you use, at least one edge joins a vertex of the one "
            "colour to a vertex of the other (the colouring is complete).\n"
            "Use as many distinct colours as possible. If several such colourings exist, give any "
            "one of them.\n" + colouring_answer_format(n)
        )

    def parse(self, text, instance):
        return parse_colours(text, instance["n"])

    def check(self, instance, answer, reference):
        problem = coloring_problem(answer, instance["n"], instance["edges"])
        if problem:
            return Verdict.wrong(problem)
        used = sorted(set(answer))
        joined = set(color_pairs_on_edges(answer, instance["edges"]))
        for i, a in enumerate(used):
            for b in used[i + 1 :]:
                if (a, b) not in joined:
                    return Verdict.wrong(
                        f"no edge joins colour {a} to colour {b}, so the colouring is not complete"
                    )
        if len(used) != instance["achromatic_number"]:
            return Verdict.wrong(
                f"a complete colouring, but {len(used)} colours is not the most possible"
            )
        return Verdict.right()

    def near_misses(self, problem):
        colors = [int(x) for x in problem.answer.split()]
        u, v = problem.instance["edges"][0]
        clash = list(colors)
        clash[u] = colors[v]
        merged = [colors[u] if c == colors[v] else c for c in colors]
        return [" ".join(map(str, m)) for m in (colors[:-1], clash, merged)]
