"""ShortestPath: a minimum-weight path from vertex 0 to vertex N-1 in a weighted digraph.

Every vertex is reachable from 0 (the digraph is a random out-tree from 0 plus random arcs), and
the target N-1 is relabelled to be one of the vertices whose minimum-weight path from 0 has the
most arcs, so the answer is a real route rather than a single arc (choosing the farthest vertex
in hops instead left a direct arc optimal on 13% of d = 0 seeds and two arcs on 74%); graphs in
which every minimum-weight path from 0 is a single arc are redrawn. Weights are positive, so a minimum-weight walk is a simple
path. Several minimum-weight paths may exist: any of them is accepted (the checker verifies the
arcs and compares the total weight with the optimum stored in the instance).

Difficulty schedule (N vertices, M arcs, weights in 1..W):

    d       0    1    2    5   10   20        d
    N      11   13   15   21   31   51        11 + 2d
    M      21   38   44   83  154  356        N - 1 + N * (1 + (d + 3) // 4), capped at N(N-1)
    W      25   30   35   50   75  125        25 + 5d

Vertices and arcs grow linearly (the arc density creeps up every 4 levels), keeping the prompt
under 4,000 characters at d = 20 while Dijkstra stays far below a millisecond. Level 0 starts at
eleven vertices: on five to nine, one fixed short path such as '0 3 4' was a minimum-weight
path on 6-30% of the seeds.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    edge_weights,
    format_edges,
    parse_vertex_list,
    random_reachable_digraph,
    relabel,
    vertex_list_problem,
    walk_problem,
    walk_weight,
)
from rlve_gym.kernels.graph_kernels import INF, dijkstra, to_csr

#: draws before keeping a graph whose minimum-weight paths from 0 are all single arcs (about 1
#: in 9 at d = 0, so 20 draws practically never run out)
DRAWS = 20


def shortest_distances(n: int, arcs: list[list[int]], source: int) -> list[int]:
    """Dijkstra distances from ``source`` (``INF`` where unreachable) as Python ints."""
    indptr, targets, weights = to_csr(n, arcs, directed=True)
    return [int(x) for x in dijkstra(indptr, targets, weights, source)]


def tight_predecessors(n: int, arcs: list[list[int]], dist: list[int]) -> list[int]:
    """For every vertex, the smallest u with a tight arc u -> v (dist[u] + w == dist[v]); -1
    where there is none (the source, unreachable vertices)."""
    pred = [-1] * n
    for u, v, w in arcs:
        if dist[u] + w == dist[v] and dist[v] != 0 and (pred[v] < 0 or u < pred[v]):
            pred[v] = u
    return pred


def path_from_distances(arcs: list[list[int]], dist: list[int], target: int) -> list[int]:
    """One shortest path to ``target`` rebuilt by walking back along tight arcs."""
    pred = tight_predecessors(len(dist), arcs, dist)
    path = [target]
    while dist[path[-1]] != 0:
        path.append(pred[path[-1]])
    return path[::-1]


def arcs_on_shortest_paths(n: int, arcs: list[list[int]], dist: list[int]) -> list[int]:
    """Arcs of the path ``path_from_distances`` gives to every reachable vertex, in one pass
    (weights are positive, so a predecessor is always closer to the source)."""
    pred = tight_predecessors(n, arcs, dist)
    hops = [0] * n
    for v in sorted(range(n), key=dist.__getitem__):
        if pred[v] >= 0:
            hops[v] = hops[pred[v]] + 1
    return hops


class ShortestPath(Environment):
    description = "A minimum-weight path from vertex 0 to vertex N-1 in a weighted directed graph"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 3 1 4"
    catalog_name = "ShortestPath"

    def schedule(self, difficulty):
        n = 11 + 2 * difficulty
        arcs = min(n * (n - 1), n - 1 + n * (1 + (difficulty + 3) // 4))
        return {"vertices": n, "arcs": arcs, "max_weight": 25 + 5 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        for _ in range(DRAWS):  # redraw while every minimum-weight path is a single arc
            arcs = [
                [u, v, rng.randint(1, sizes["max_weight"])]
                for u, v in random_reachable_digraph(rng, n, sizes["arcs"], root=0)
            ]
            dist = shortest_distances(n, arcs, 0)
            arcs_used = arcs_on_shortest_paths(n, arcs, dist)
            if max(arcs_used) >= 2:
                break
        target = rng.choice([v for v in range(n) if arcs_used[v] == max(arcs_used)])
        swap = list(range(n))
        swap[target], swap[n - 1] = n - 1, target
        arcs = [[u, v, w] for u, v, w in relabel(arcs, swap)]
        distance = shortest_distances(n, arcs, 0)[n - 1]
        return {"n": n, "arcs": arcs, "shortest_distance": distance}

    def solve(self, instance):
        dist = shortest_distances(instance["n"], instance["arcs"], 0)
        return path_from_distances(instance["arcs"], dist, instance["n"] - 1)

    def render(self, instance):
        n, arcs = instance["n"], instance["arcs"]
        return (
            f"You are given a directed graph with {n} vertices, labelled 0 to {n - 1}, and {len(arcs)} "
            "weighted arcs. Each line 'u v w' below is an arc from u to v with weight w (a positive "
            "integer); an arc can only be travelled from u to v.\n\n"
            f"{format_edges(arcs)}\n\n"
            f"Find a path from vertex 0 to vertex {n - 1} whose total weight (the sum of the weights of "
            "its arcs) is as small as possible. A path is a sequence of vertices that starts with 0, "
            f"ends with {n - 1}, and in which every two consecutive vertices u, v are joined by an arc "
            "from u to v. If several paths have the minimum total weight, give any one of them.\n"
            "Answer with the vertices of the path in order, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=2 * instance["n"] + 2)

    def check(self, instance, answer, reference):
        n = instance["n"]
        problem = vertex_list_problem(answer, n, distinct=False)
        if problem:
            return Verdict.wrong(problem)
        if len(answer) < 2 or answer[0] != 0 or answer[-1] != n - 1:
            return Verdict.wrong(f"the path must start at vertex 0 and end at vertex {n - 1}")
        arcs = edge_weights(instance["arcs"], directed=True)
        problem = walk_problem(answer, arcs, directed=True)
        if problem:
            return Verdict.wrong(problem)
        weight = walk_weight(answer, arcs, directed=True)
        if weight != instance["shortest_distance"]:
            return Verdict.wrong(f"the path is valid but its weight {weight} is not the minimum")
        return Verdict.right()

    def near_misses(self, problem):
        instance = problem.instance
        n, arcs = instance["n"], instance["arcs"]
        path = [int(x) for x in problem.answer.split()]
        misses = [path[:-1], path[1:], path[::-1]]
        # a valid but heavier route: through a vertex whose detour costs more than the optimum
        from_start = shortest_distances(n, arcs, 0)
        to_target = shortest_distances(n, [[v, u, w] for u, v, w in arcs], n - 1)
        for via in range(n):
            if from_start[via] < INF and to_target[via] < INF:
                if from_start[via] + to_target[via] > instance["shortest_distance"]:
                    head = path_from_distances(arcs, from_start, via)
                    tail = path_from_distances([[v, u, w] for u, v, w in arcs], to_target, via)[
                        ::-1
                    ]
                    misses.append(head + tail[1:])
                    break
        return [" ".join(map(str, m)) for m in misses]
