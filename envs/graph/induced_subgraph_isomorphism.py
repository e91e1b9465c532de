"""InducedSubgraphIsomorphism: map the vertices of a small graph G1 into a larger graph G2 so
that two vertices are adjacent in G1 exactly when their images are adjacent in G2.

Induced subgraph isomorphism is NP-hard, so the generator plants a solution: G1 is the subgraph
of a random G2 induced by a random vertex subset, under a random relabelling. The subset is
redrawn (a bounded number of times, then built around an edge) until G1 has at least one edge
and one non-edge: an edgeless G1 accepts any independent set of G2, and the blind map
0, 1, 2 was right on 31% of the d = 0 seeds. Any injective map
that preserves both edges and non-edges is accepted (the checker tests every pair of G1's
vertices, O(N1^2)); G2 often contains several copies.

Difficulty schedule (N2 vertices of G2, N1 of G1, M2 edges of G2):

    d       0    1    2    5   10   20        d
    N2      8    9   10   13   18   28        8 + d
    N1      5    6    6    8   12   18        (2 * N2) // 3
    M2      6    8   11   21   50  151        N2(N2-1)/2 * (20 + min(d + 3, 20)) / 100

The schedule starts three steps above 5 vertices, where G2 held few induced copies and a fixed
map was right on a sixth of the seeds. The density rises from 0.2 to 0.4 and then stays, where induced copies are least obvious; the
prompt stays under 2,000 characters at d = 20.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    edge_key,
    format_edges,
    pair_count,
    parse_vertex_list,
    random_graph,
    scramble_undirected,
    vertex_list_problem,
)

#: vertex subsets tried before the fallback; a subset fails when it induces no edge or all edges
IMAGE_ATTEMPTS = 20


class InducedSubgraphIsomorphism(Environment):
    description = "An injective vertex map of G1 into G2 preserving both edges and non-edges"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "4 0 2"
    catalog_name = "SubgraphIsomorphism"

    def schedule(self, difficulty):
        big = 8 + difficulty
        return {
            "big_vertices": big,
            "small_vertices": 2 * big // 3,
            "big_edges": pair_count(big) * (20 + min(difficulty + 3, 20)) // 100,
        }

    def generate_instance(self, rng, sizes):
        big, small = sizes["big_vertices"], sizes["small_vertices"]
        big_edges = random_graph(rng, big, sizes["big_edges"])
        present = {edge_key(u, v) for u, v in big_edges}
        for attempt in range(IMAGE_ATTEMPTS + 1):
            if attempt < IMAGE_ATTEMPTS:
                images = rng.sample(range(big), small)  # small vertex i -> images[i]
            else:  # fallback: the two ends of an edge and random others
                u, v = big_edges[0]
                images = [u, v] + rng.sample([x for x in range(big) if x not in (u, v)], small - 2)
                rng.shuffle(images)
            small_edges = [
                [i, j]
                for i in range(small)
                for j in range(i + 1, small)
                if edge_key(images[i], images[j]) in present
            ]
            if 0 < len(small_edges) < pair_count(small):
                break
        return {
            "n1": small,
            "n2": big,
            "edges1": scramble_undirected(rng, small_edges),
            "edges2": scramble_undirected(rng, big_edges),
            "planted": images,
        }

    def solve(self, instance):
        return instance["planted"]

    def render(self, instance):
        n1, n2 = instance["n1"], instance["n2"]
        e1, e2 = instance["edges1"], instance["edges2"]
        return (
            f"Graph G1 is undirected with {n1} vertices, labelled 0 to {n1 - 1}, and {len(e1)} edges "
            "(one 'u v' per line):\n\n"
            f"{format_edges(e1) or '(no edges)'}\n\n"
            f"Graph G2 is undirected with {n2} vertices, labelled 0 to {n2 - 1}, and {len(e2)} edges:\n\n"
            f"{format_edges(e2)}\n\n"
            f"Find distinct vertices p(0), p(1), ..., p({n1 - 1}) of G2 such that for every two "
            f"vertices i and j of G1, i and j are joined by an edge in G1 exactly when p(i) and p(j) "
            "are joined by an edge in G2 (edges and non-edges are both preserved). At least one such "
            "map exists; if there are several, give any one of them.\n"
            f"Answer with p(0) p(1) ... p({n1 - 1}): {n1} vertices of G2 separated by spaces."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n1"] + 1)

    def check(self, instance, answer, reference):
        n1 = instance["n1"]
        if len(answer) != n1:
            return Verdict.wrong(
                f"expected {n1} vertices of G2, one for each vertex of G1, got {len(answer)}"
            )
        problem = vertex_list_problem(answer, instance["n2"])
        if problem:
            return Verdict.wrong(problem)
        small = {edge_key(u, v) for u, v in instance["edges1"]}
        big = {edge_key(u, v) for u, v in instance["edges2"]}
        for i in range(n1):
            for j in range(i + 1, n1):
                in_small = (i, j) in small
                if in_small != (edge_key(answer[i], answer[j]) in big):
                    state = "joined" if in_small else "not joined"
                    return Verdict.wrong(
                        f"{i} and {j} are {state} in G1 but their images {answer[i]} and {answer[j]} are "
                        f"{'not ' if in_small else ''}joined in G2"
                    )
        return Verdict.right()

    def near_misses(self, problem):
        instance = problem.instance
        images = instance["planted"]
        misses = [images[:-1], images[:-1] + images[:1]]
        unused = [v for v in range(instance["n2"]) if v not in images]
        for v in unused:
            candidate = images[:-1] + [v]
            if not self.check(instance, candidate, None).correct:
                misses.append(candidate)
                break
        return [" ".join(map(str, m)) for m in misses]
