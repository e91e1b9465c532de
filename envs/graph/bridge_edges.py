"""BridgeEdges: list every bridge of an undirected graph (an edge whose removal increases the
number of connected components).

The graph is built from random blocks (each a connected random graph with extra edges, which may
still contain bridges of its own) joined by single edges along a random tree, so at least one
bridge always exists; from three blocks on, with probability 1/4 one joining edge is left out
and the graph is disconnected. Vertices are relabelled at random. The set of bridges is unique; the checker
accepts it in any order and with either endpoint first.

Difficulty schedule (N vertices, B blocks, extra edges per block of size s):

    d       0    1    2    5   10   20        d
    N      12   14   16   22   32   52        12 + 2d
    B       3    3    3    4    5    8        3 + d // 3
    extra   s/2 s/2+1 s/2+1 s/2+2 s/2+3 s/2+5  s // 2 + (d + 3) // 4

The schedule starts at 12 vertices in 3 blocks: on 6 vertices in 2 blocks the bridge set was
often a single edge among a dozen, and another problem's answer or a guessed edge was right too
often. Bigger graphs with more blocks mean more bridges to find and more cycles that rule edges out;
the prompt stays under 2,500 characters at d = 20.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    bridges,
    edge_key,
    edge_list_problem,
    edge_weights,
    format_edge_pairs,
    format_edges,
    parse_edge_pairs,
    random_connected_graph,
    relabel,
    scramble_undirected,
)


class BridgeEdges(Environment):
    description = "Every bridge (cut edge) of an undirected graph"
    answer_kind = "int_list"
    answer_example = "0 3, 2 5"
    catalog_name = "Bridge"

    def schedule(self, difficulty):
        return {
            "vertices": 12 + 2 * difficulty,
            "blocks": 3 + difficulty // 3,
            "extra_per_block": (difficulty + 3) // 4,
        }

    def generate_instance(self, rng, sizes):
        n, k = sizes["vertices"], sizes["blocks"]
        cuts = sorted(rng.sample(range(1, n), k - 1))
        bounds = list(zip([0] + cuts, cuts + [n], strict=False))
        edges = []
        for start, end in bounds:
            size = end - start
            block = random_connected_graph(
                rng, size, size - 1 + size // 2 + sizes["extra_per_block"]
            )
            edges += [[u + start, v + start] for u, v in block]
        joins = [
            [rng.randrange(*bounds[rng.randrange(i)]), rng.randrange(*bounds[i])]
            for i in range(1, k)
        ]
        if len(joins) >= 2 and rng.random() < 0.25:
            joins.pop(rng.randrange(len(joins)))
        edges += joins
        labels = list(range(n))
        rng.shuffle(labels)
        edges = [[min(u, v), max(u, v)] for u, v in relabel(edges, labels)]
        return {"n": n, "edges": scramble_undirected(rng, edges)}

    def solve(self, instance):
        return bridges(instance["n"], instance["edges"])

    def format_answer(self, answer):
        return format_edge_pairs(answer)

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            f"You are given an undirected graph with {n} vertices, labelled 0 to {n - 1}, and "
            f"{len(edges)} edges (it may be disconnected). Each line 'u v' below is an edge between "
            "u and v.\n\n"
            f"{format_edges(edges)}\n\n"
            "A bridge is an edge whose removal increases the number of connected components of the "
            "graph (equivalently, an edge that lies on no cycle). List all bridges of this graph.\n"
            "Answer with every bridge written as its two endpoints 'u v', bridges separated by "
            "commas, in any order."
        )

    def parse(self, text, instance):
        return parse_edge_pairs(text, max_pairs=len(instance["edges"]) + 1)

    def check(self, instance, answer, reference):
        table = edge_weights(instance["edges"])
        problem = edge_list_problem(answer, table, instance["n"])
        if problem:
            return Verdict.wrong(problem)
        given = {edge_key(u, v) for u, v in answer}
        expected = {edge_key(u, v) for u, v in reference}
        if given - expected:
            u, v = sorted(given - expected)[0]
            return Verdict.wrong(f"edge {u} {v} is not a bridge (it lies on a cycle)")
        if expected - given:
            return Verdict.wrong(f"{len(expected - given)} bridge(s) missing")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        """A blind guess: a few of the graph's own edges, picked at random."""
        edges = problem.instance["edges"]
        count = rng.randint(1, max(1, len(edges) // 3))
        return format_edge_pairs(rng.sample(edges, count))

    def near_misses(self, problem):
        instance = problem.instance
        found = parse_edge_pairs(problem.answer, len(instance["edges"]) + 1)
        keys = {edge_key(u, v) for u, v in found}
        on_cycle = next(([u, v] for u, v in instance["edges"] if edge_key(u, v) not in keys), None)
        misses = [found[:-1], found + [found[0]]]
        if on_cycle:
            misses.append(found + [on_cycle])
        return [format_edge_pairs(m) for m in misses]
