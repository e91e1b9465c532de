"""GraphIsomorphism: a vertex bijection that maps one undirected graph exactly onto another.

The second graph is the first with its vertices renamed by a hidden random permutation (and its
edge list shuffled), so an isomorphism always exists; that permutation is the reference answer,
and any other isomorphism (differing by an automorphism) is accepted too. The checker maps every
edge of the first graph and compares edge sets, in O(M).

Difficulty schedule (N vertices per graph, M edges per graph):

    d       0    1    2    5   10   20        d
    N       6    7    8   11   16   26        6 + d
    M       6    7   12   21   40  117        min(N(N-1)/2, N + (N // 2) * ((d + 1) // 3))

The schedule starts two steps above 4 vertices, where small graphs have many automorphisms and a
fixed or random permutation was an isomorphism on an eighth of the seeds. Vertices grow by one per level and the edge density every three levels, so degree sequences stop
giving the mapping away; the prompt (two edge lists) stays under 2,000 characters at d = 20.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    edge_key,
    format_edges,
    is_permutation,
    pair_count,
    parse_vertex_list,
    random_graph,
    relabel,
    scramble_undirected,
)


def mapped_edge_mismatch(
    mapping: list[int], first: list[list[int]], second: list[list[int]]
) -> list[int] | None:
    """The first edge of ``first`` whose image under ``mapping`` is not an edge of ``second``, or
    None (with equal edge counts, None means the mapping is an isomorphism)."""
    target = {edge_key(u, v) for u, v in second}
    for u, v in first:
        if edge_key(mapping[u], mapping[v]) not in target:
            return [u, v]
    return None


class GraphIsomorphism(Environment):
    description = "A vertex bijection mapping one undirected graph exactly onto another"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 0 3 1"
    catalog_name = "GraphIsomorphism"

    def schedule(self, difficulty):
        n = 6 + difficulty
        return {"vertices": n, "edges": min(pair_count(n), n + (n // 2) * ((difficulty + 1) // 3))}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        first = random_graph(rng, n, sizes["edges"])
        mapping = list(range(n))
        rng.shuffle(mapping)
        second = [[min(u, v), max(u, v)] for u, v in relabel(first, mapping)]
        return {
            "n": n,
            "first": scramble_undirected(rng, first),
            "second": scramble_undirected(rng, second),
            "planted_mapping": mapping,
        }

    def solve(self, instance):
        return instance["planted_mapping"]

    def render(self, instance):
        n = instance["n"]
        return (
            f"You are given two undirected graphs, G1 and G2, each with {n} vertices labelled 0 to "
            f"{n - 1} and {len(instance['first'])} edges. Each line 'u v' is an edge between u and v.\n\n"
            f"Edges of G1:\n{format_edges(instance['first'])}\n\n"
            f"Edges of G2:\n{format_edges(instance['second'])}\n\n"
            "The graphs are isomorphic. Find a bijection p from the vertices of G1 to the vertices "
            "of G2 such that for every two vertices u and v, u-v is an edge of G1 exactly when "
            "p(u)-p(v) is an edge of G2. If several bijections work, give any one of them.\n"
            f"Answer with p(0), p(1), ..., p({n - 1}) in order, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n"] + 1)

    def check(self, instance, answer, reference):
        n = instance["n"]
        if not is_permutation(answer, n):
            return Verdict.wrong(f"p must list each of the vertices 0..{n - 1} exactly once")
        broken = mapped_edge_mismatch(answer, instance["first"], instance["second"])
        if broken:
            u, v = broken
            return Verdict.wrong(
                f"G1 edge {u}-{v} maps to {answer[u]}-{answer[v]}, which is not an edge of G2"
            )
        return Verdict.right()

    def near_misses(self, problem):
        instance = problem.instance
        mapping = [int(x) for x in problem.answer.split()]
        misses = [mapping[:-1], mapping[:-1] + mapping[:1]]
        n = instance["n"]
        for i in range(n):  # one transposition that breaks an edge
            for j in range(i + 1, n):
                swapped = list(mapping)
                swapped[i], swapped[j] = swapped[j], swapped[i]
                if mapped_edge_mismatch(swapped, instance["first"], instance["second"]):
                    misses.append(swapped)
                    return [" ".join(map(str, m)) for m in misses]
        return [" ".join(map(str, m)) for m in misses]
