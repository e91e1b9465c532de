"""DirectedHamiltonianPath: a path through a directed graph that visits every vertex exactly once.

The generator plants a Hamiltonian path (a random order of the vertices, with an arc between
each consecutive pair) and hides it among random extra arcs, so a solution always exists; the
planted path is the reference answer, and any other Hamiltonian path is accepted as well (the
checker verifies the permutation and every arc, in O(N)).

Difficulty schedule (N vertices, M arcs):

    d       0    1    2    5   10   20        d
    N       5    6    7   10   15   25        5 + d
    M       6    8    9   19   35   96        N - 1 + (N // 2) * (1 + (d + 1) // 4), at most N(N-1)

The schedule starts one step above 4 vertices, where a fixed order was the only path on an
eighth of the seeds. Vertices grow by one per level and extra arcs (decoys that create dead ends and alternative
routes) every four levels. Finding such a path is NP-hard in general, but verification is
linear and generation never searches; the prompt stays under 1,500 characters at d = 20.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    edge_weights,
    format_edges,
    is_permutation,
    parse_vertex_list,
    sample_pairs,
    walk_problem,
)


class DirectedHamiltonianPath(Environment):
    description = "A path visiting every vertex of a directed graph exactly once"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 0 3 1"
    catalog_name = "HamiltonianPathExistence"

    def schedule(self, difficulty):
        n = 5 + difficulty
        return {
            "vertices": n,
            "arcs": min(n * (n - 1), n - 1 + (n // 2) * (1 + (difficulty + 1) // 4)),
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        planted = list(range(n))
        rng.shuffle(planted)
        path_arcs = [[planted[i], planted[i + 1]] for i in range(n - 1)]
        arcs = path_arcs + sample_pairs(
            rng, n, sizes["arcs"] - len(path_arcs), directed=True, exclude=path_arcs
        )
        rng.shuffle(arcs)
        return {"n": n, "arcs": arcs, "planted_path": planted}

    def solve(self, instance):
        return instance["planted_path"]

    def render(self, instance):
        n, arcs = instance["n"], instance["arcs"]
        return (
            f"You are given a directed graph with {n} vertices, labelled 0 to {n - 1}, and "
            f"{len(arcs)} arcs. Each line 'u v' below is an arc from u to v (it can only be "
            "travelled from u to v).\n\n"
            f"{format_edges(arcs)}\n\n"
            "Find a Hamiltonian path: an order of all the vertices, each appearing exactly once, "
            "such that for every two consecutive vertices u, v in the order there is an arc from "
            "u to v. At least one such path exists; if there are several, give any one of them.\n"
            "Answer with the vertices in path order, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n"] + 1)

    def check(self, instance, answer, reference):
        n = instance["n"]
        if not is_permutation(answer, n):
            return Verdict.wrong(f"the path must list each of the vertices 0..{n - 1} exactly once")
        problem = walk_problem(answer, edge_weights(instance["arcs"], directed=True), directed=True)
        return Verdict.wrong(problem) if problem else Verdict.right()

    def near_misses(self, problem):
        path = [int(x) for x in problem.answer.split()]
        arcs = {(u, v) for u, v in problem.instance["arcs"]}
        misses = [path[:-1], path[:-1] + path[:1]]
        # permutations one step away that use a missing arc
        for candidate in (path[::-1], path[1:] + path[:1], [path[1], path[0], *path[2:]]):
            if any((a, b) not in arcs for a, b in zip(candidate, candidate[1:], strict=False)):
                misses.append(candidate)
        return [" ".join(map(str, m)) for m in misses]
