"""PowerOfTwoJumps: the fewest jumps from vertex 0 to N-1, where one jump covers a walk of
exactly 2^k arcs for some k <= K.

In a directed graph, a jump from u to v is allowed when some walk from u to v has exactly
1, 2, 4, ..., or 2^K arcs (vertices and arcs may repeat along the walk). The reachability
relation for 2^(k+1) arcs is the relational square of the one for 2^k, computed on bitsets;
breadth-first search over the union of the K + 1 relations gives the fewest jumps. Several
shortest jump sequences are usually possible: the checker verifies each jump and compares the
number of jumps with the optimum.

Difficulty schedule (N vertices, M arcs, K):

    d       0    1    2    5   10   20        d
    N      13   15   17   23   33   53        13 + 2d
    M      16   18   21   28   41   66        N + N // 4
    K       1    1    1    1    2    3        max(1, floor(log2(N // 6)))

The digraph is a deep random out-tree from 0 plus a few arcs, and N-1 is relabelled to the
vertex farthest from 0, so a plain path is long and the power jumps matter; draws answered by
fewer than three jumps are redrawn (at most six draws): with two, '0 x N-1' is right for many
middle vertices x. Level 0 starts at 13 vertices, where no fixed jump sequence is right on
more than a few percent of the seeds (on 5 to 11 vertices one was right on 5-70%). K grows like log N so that 2^K stays near N/6 (with N/4, K = 2 at d = 2 left a fixed
four-jump answer right on 6% of some seed ranges):
with longer jumps (and cycles to pad a walk) N-1 was one jump from 0 on most large-d seeds.
The bitset squarings cost O(K N^2) big-integer operations.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    fewest_hops_path,
    format_edges,
    parse_vertex_list,
    relabel,
    sample_pairs,
    vertex_list_problem,
)
from rlve_gym.kernels.graph_kernels import bfs_distances, to_csr

ATTEMPTS = 6
#: draws needing fewer jumps are redrawn: with two jumps, '0 x N-1' is valid for many middle
#: vertices x, and one fixed such answer was right on 5-70% of the seeds of a level
MIN_JUMPS = 3
DEPTH_SPREAD = 2  # a new vertex hangs below one of the last DEPTH_SPREAD vertices


def jump_masks(n: int, arcs: list[list[int]], max_power: int) -> list[int]:
    """Bit v of ``masks[u]``: u reaches v by a walk of exactly 2^k arcs for some k <= max_power."""
    step = [0] * n
    for u, v in arcs:
        step[u] |= 1 << v
    union = list(step)
    for _ in range(max_power):
        squared = []
        for u in range(n):
            mask, reach, v = step[u], 0, 0
            while mask:
                if mask & 1:
                    reach |= step[v]
                mask >>= 1
                v += 1
            squared.append(reach)
        step = squared
        union = [a | b for a, b in zip(union, step, strict=True)]
    return union


def deep_reachable_digraph(rng, n: int, m: int) -> list[list[int]]:
    """Every vertex reachable from 0 through a deep out-tree (each vertex hangs below one of the
    two vertices added just before it, so some vertex lies about 2N/3 arcs away), plus random
    extra arcs. A uniform random tree is only about log N deep, and its farthest vertex was
    then usually one jump from 0."""
    order = [0] + rng.sample(range(1, n), n - 1)
    arcs = [[order[i - 1 - rng.randrange(min(i, DEPTH_SPREAD))], order[i]] for i in range(1, n)]
    return arcs + sample_pairs(rng, n, m - len(arcs), directed=True, exclude=arcs)


def fewest_jumps(n: int, arcs: list[list[int]], max_power: int) -> list[int]:
    """Shortest jump sequence from 0 to n-1 (smallest vertex first on ties)."""
    masks = jump_masks(n, arcs, max_power)
    return fewest_hops_path(
        [[v for v in range(n) if masks[u] >> v & 1] for u in range(n)], 0, n - 1
    )


class PowerOfTwoJumps(Environment):
    description = (
        "The fewest jumps from 0 to N-1 where each jump follows a walk of 2^k arcs (k <= K)"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 4 2 6"
    catalog_name = "PowerShortcut"

    def schedule(self, difficulty):
        n = 13 + 2 * difficulty
        # 2^K at most about N/6: longer jumps (with cycles to pad a walk) reach N-1 in one jump
        return {"vertices": n, "arcs": n + n // 4, "max_power": max(1, (n // 6).bit_length() - 1)}

    def generate_instance(self, rng, sizes):
        n, k = sizes["vertices"], sizes["max_power"]
        for _ in range(ATTEMPTS):  # one jump "0 N-1" would be a blind guess: redraw it
            arcs = deep_reachable_digraph(rng, n, sizes["arcs"])
            indptr, targets, _ = to_csr(n, arcs, directed=True)
            hops = [int(x) for x in bfs_distances(indptr, targets, 0)]
            far = max(range(n), key=lambda v: (hops[v], v))
            swap = list(range(n))
            swap[far], swap[n - 1] = n - 1, far
            arcs = relabel(arcs, swap)
            rng.shuffle(arcs)
            fewest = len(fewest_jumps(n, arcs, k)) - 1
            if fewest >= MIN_JUMPS:
                break
        return {"n": n, "arcs": arcs, "max_power": k, "fewest": fewest}

    def solve(self, instance):
        return fewest_jumps(instance["n"], instance["arcs"], instance["max_power"])

    def render(self, instance):
        n, arcs, k = instance["n"], instance["arcs"], instance["max_power"]
        lengths = ", ".join(str(1 << i) for i in range(k + 1))
        return (
            f"A directed graph has {n} vertices, labelled 0 to {n - 1}, and {len(arcs)} arcs; each line "
            f"'u v' below is an arc from u to v.\n\n{format_edges(arcs)}\n\n"
            f"A jump goes from a vertex u to a vertex v when there is a walk from u to v that follows "
            f"exactly {lengths} arcs (one of these numbers; a walk may repeat vertices and arcs). "
            f"Find a sequence of jumps from vertex 0 to vertex {n - 1} that uses as few jumps as "
            "possible (any shortest sequence is accepted).\n"
            f"Answer with the vertices where the jumps start and end, from 0 to {n - 1}, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n"] + 1)

    def check(self, instance, answer, reference):
        n = instance["n"]
        if len(answer) < 2 or answer[0] != 0 or answer[-1] != n - 1:
            return Verdict.wrong(f"the sequence must start at 0 and end at {n - 1}")
        problem = vertex_list_problem(answer, n, distinct=False)
        if problem:
            return Verdict.wrong(problem)
        masks = jump_masks(n, instance["arcs"], instance["max_power"])
        for u, v in zip(answer, answer[1:], strict=False):
            if not masks[u] >> v & 1:
                return Verdict.wrong(f"no allowed jump goes from {u} to {v}")
        if len(answer) - 1 != instance["fewest"]:
            return Verdict.wrong(f"valid jumps, but {len(answer) - 1} jumps is more than needed")
        return Verdict.right()

    def near_misses(self, problem):
        path = [int(x) for x in problem.answer.split()]
        n = problem.instance["n"]
        misses = [path[:-1], [0, n - 1] if len(path) > 2 else [0, n - 1, n - 1], path[:1] + path]
        return [" ".join(map(str, m)) for m in misses]
