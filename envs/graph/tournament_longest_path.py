"""TournamentLongestPath: in a tournament (every two vertices joined by exactly one arc), a
longest simple path that starts at a given vertex S.

A path from S can only visit vertices reachable from S, and in a tournament it can visit all of
them: the strongly connected components are totally ordered, a strong tournament has a
Hamiltonian cycle (Camion), and every vertex of an earlier component beats every vertex of a
later one. The reference solver builds the Hamiltonian cycle of S's component by the classical
insertion argument, opens it at S, and appends a Hamiltonian path (by insertion) of each later
component, O(N^3) at worst. The generator orders random blocks so that S usually cannot reach
everything (S always has an arc out, so the answer has at least two vertices). Any path from S that visits every reachable vertex is accepted (the checker verifies
every arc and the length).

Difficulty schedule (N vertices, B blocks):

    d       0    1    2    5   10   20        d
    N       6    7    8   11   16   26        6 + d
    B       2    2    3    3    5    7        2 + (d + 2) // 4

The prompt lists all N(N-1)/2 arcs, under 3,000 characters at d = 20. Level 0 starts at six
vertices: on four or five, a fixed short path was right on 7% of the seeds and random paths on
8-11% of tries.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    adjacency,
    parse_vertex_list,
    reachable_from,
    strongly_connected_components,
    vertex_list_problem,
)
from rlve_gym.kernels.graph_search import random_partition


def _insertion_path(vertices: list[int], beats: set[tuple[int, int]]) -> list[int]:
    path: list[int] = []
    for v in vertices:
        position = next((i for i, u in enumerate(path) if (v, u) in beats), len(path))
        path.insert(position, v)
    return path


def _hamiltonian_cycle(vertices: list[int], beats: set[tuple[int, int]]) -> list[int]:
    """A Hamiltonian cycle (as a list; the last vertex beats the first) of a strong tournament."""
    path = _insertion_path(vertices, beats)
    if len(path) < 3:
        return path
    close = max(i for i, v in enumerate(path) if (v, path[0]) in beats)
    cycle = path[: close + 1]
    i = close + 1
    while i < len(path):
        k = i
        while not any((path[k], c) in beats for c in cycle):
            k += 1
        if (
            k > i
        ):  # every cycle vertex beats path[i]: splice path[i..k] in before a loser of path[k]
            j = next(j for j, c in enumerate(cycle) if (path[k], c) in beats)
        else:  # path[i] beats some cycle vertex and loses to another: find the switch
            j = next(
                j
                for j, c in enumerate(cycle)
                if (path[k], c) in beats and (cycle[j - 1], path[k]) in beats
            )
        cycle = cycle[:j] + path[i : k + 1] + cycle[j:]
        i = k + 1
    return cycle


def longest_path_from(n: int, arcs: list[list[int]], start: int) -> list[int]:
    """A longest simple path from ``start`` in a tournament: it visits every reachable vertex."""
    beats = {(u, v) for u, v in arcs}
    reach = reachable_from(n, adjacency(n, arcs, directed=True), [start])
    component = strongly_connected_components(n, arcs)
    groups: dict[int, list[int]] = {}
    for v in range(n):
        if reach[v]:
            groups.setdefault(component[v], []).append(v)
    order = sorted(groups)
    first = _hamiltonian_cycle(groups[order[0]], beats)
    at = first.index(start)
    path = first[at:] + first[:at]
    for c in order[1:]:
        path += _insertion_path(groups[c], beats)
    return path


class TournamentLongestPath(Environment):
    description = "A longest simple path from a given vertex in a tournament"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 0 3"
    catalog_name = "Tournament_LongestPath"

    def schedule(self, difficulty):
        return {"vertices": 6 + difficulty, "blocks": 2 + (difficulty + 2) // 4}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        block = random_partition(rng, n, sizes["blocks"])
        arcs = []
        for u in range(n):
            for v in range(u + 1, n):
                forward = block[u] < block[v] if block[u] != block[v] else rng.random() < 0.5
                if block[u] != block[v] and rng.random() < 0.05:
                    forward = not forward  # an occasional back arc merges blocks
                arcs.append([u, v] if forward else [v, u])
        rng.shuffle(arcs)
        has_out = {u for u, _ in arcs}  # a start with no arc out would make the answer one vertex
        late = [v for v in range(n) if block[v] > 0 and v in has_out]
        start = rng.choice(late if late and rng.random() < 0.8 else sorted(has_out))
        path = longest_path_from(n, arcs, start)
        return {"n": n, "arcs": arcs, "start": start, "length": len(path), "path": path}

    def solve(self, instance):
        return instance["path"]  # computed once, with the length, by the generator

    def render(self, instance):
        n, arcs = instance["n"], instance["arcs"]
        lines = "\n".join(f"{u} {v}" for u, v in arcs)
        return (
            f"A tournament on {n} vertices, labelled 0 to {n - 1}: every two distinct vertices are "
            "joined by exactly one arc, listed below one per line as 'u v', meaning an arc from u to "
            "v.\n\n"
            f"{lines}\n\n"
            f"Find a simple path that starts at vertex {instance['start']} and visits as many vertices "
            "as possible: a sequence of distinct vertices, the first being "
            f"{instance['start']}, in which each consecutive pair u, v has an arc from u to v. If "
            "several longest paths exist, give any one of them.\n"
            "Answer with the vertices of the path in order, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n"] + 1)

    def check(self, instance, answer, reference):
        problem = vertex_list_problem(answer, instance["n"])
        if problem:
            return Verdict.wrong(problem)
        if not answer or answer[0] != instance["start"]:
            return Verdict.wrong(f"the path must start at vertex {instance['start']}")
        beats = {(u, v) for u, v in instance["arcs"]}
        for a, b in zip(answer, answer[1:], strict=False):
            if (a, b) not in beats:
                return Verdict.wrong(
                    f"the arc between {a} and {b} goes from {b} to {a}, not from {a} to {b}"
                )
        if len(answer) != instance["length"]:
            return Verdict.wrong(
                f"a valid path, but {len(answer)} vertices is not the most possible"
            )
        return Verdict.right()

    def near_misses(self, problem):
        path = problem.instance["path"]
        misses = [path[:-1] if len(path) > 1 else path + path, path + path[:1], path[::-1]]
        return [" ".join(map(str, m)) for m in misses if m != path]
