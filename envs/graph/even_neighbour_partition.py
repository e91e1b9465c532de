"""EvenNeighbourPartition: split the vertices into two groups so that every vertex has an even
number of neighbours in its own group.

Gallai's theorem says such a split always exists. Writing x_v in {0, 1} for the group of v, the
number of same-group neighbours of v is the sum over neighbours u of (1 + x_u + x_v) modulo 2,
so the condition is a linear system over GF(2): deg(v) * (1 + x_v) + sum of x_u over u ~ v = 0.
The reference solver is Gaussian elimination on bitmasks; every solution is accepted (the
checker counts same-group neighbours). At least one vertex has odd degree, so putting everybody
in one group never works.

Difficulty schedule (N vertices, M edges):

    d       0    1    2    5   10   20        d
    N       9   11   13   19   29   49        9 + 2d
    M      11   13   19   28   58  122        N + N * (1 + (d + 2) // 4) // 4, at most N(N-1)/2

The schedule starts two steps above 5 vertices: small sparse graphs have many valid splits
(every isolated vertex doubles them), and a fixed or random split was right on a fifth of the
seeds. The graph grows linearly, and elimination over N bitmask rows is instant.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.graphs import adjacency, format_edges, random_graph, sample_pairs


def solve_gf2(rows: list[int], rhs: list[int], n: int) -> list[int] | None:
    """A solution of ``rows[i] . x = rhs[i]`` over GF(2) (bit j of a row = coefficient of x_j),
    free variables 0; None when inconsistent. Gauss-Jordan on bitmasks, right side at bit n."""
    pivots: dict[int, int] = {}  # pivot bit -> augmented row, zero at every other pivot bit
    for row, b in zip(rows, rhs, strict=True):
        reduced = row | (b << n)
        for bit, pivot_row in pivots.items():
            if reduced >> bit & 1:
                reduced ^= pivot_row
        coefficients = reduced & ((1 << n) - 1)
        if coefficients == 0:
            if reduced:
                return None
            continue
        bit = coefficients.bit_length() - 1
        for other in pivots:
            if pivots[other] >> bit & 1:
                pivots[other] ^= reduced
        pivots[bit] = reduced
    x = [0] * n
    for bit, pivot_row in pivots.items():
        x[bit] = pivot_row >> n & 1
    return x


def even_partition(n: int, edges: list[list[int]]) -> list[int]:
    adj = adjacency(n, edges)
    rows, rhs = [], []
    for v in range(n):
        mask = sum(1 << u for u in adj[v]) ^ ((len(adj[v]) & 1) << v)
        rows.append(mask)
        rhs.append(len(adj[v]) & 1)
    solution = solve_gf2(rows, rhs, n)
    if solution is None:  # impossible by Gallai's theorem
        raise RuntimeError("even partition system is inconsistent")
    return solution


def partition_problem(n: int, edges: list[list[int]], groups: list[int]) -> str | None:
    same = [0] * n
    for u, v in edges:
        if groups[u] == groups[v]:
            same[u] += 1
            same[v] += 1
    for v in range(n):
        if same[v] % 2:
            return f"vertex {v} has {same[v]} neighbours in its own group, an odd number"
    return None


class EvenNeighbourPartition(Environment):
    description = "Two groups of vertices such that every vertex has an even number of neighbours in its own group"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 1 1 0 1"
    catalog_name = "EvenDegreeGraphPartitioning"

    def schedule(self, difficulty):
        n = 9 + 2 * difficulty
        return {
            "vertices": n,
            "edges": min(n * (n - 1) // 2, n + n * (1 + (difficulty + 2) // 4) // 4),
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        edges = random_graph(rng, n, sizes["edges"])
        degree = [0] * n
        for u, v in edges:
            degree[u] += 1
            degree[v] += 1
        if all(d % 2 == 0 for d in degree):  # make one group alone fail: toggle one pair
            pair = sample_pairs(rng, n, 1, exclude=edges)
            edges = edges + pair if pair else edges[1:]
        return {"n": n, "edges": edges}

    def solve(self, instance):
        return even_partition(instance["n"], instance["edges"])

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            f"An undirected graph has {n} vertices, labelled 0 to {n - 1}, and {len(edges)} edges, one "
            f"per line below ('u v' joins u and v).\n\n{format_edges(edges)}\n\n"
            "Put every vertex into group 0 or group 1 so that each vertex has an even number (possibly "
            "zero) of neighbours in its own group. Such a split always exists; any valid split is accepted.\n"
            f"Answer with {n} integers, the group (0 or 1) of vertex 0, 1, ..., {n - 1}, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_digits=3, length=instance["n"])

    def check(self, instance, answer, reference):
        if any(g not in (0, 1) for g in answer):
            return Verdict.wrong("every group must be 0 or 1")
        problem = partition_problem(instance["n"], instance["edges"], answer)
        return Verdict.wrong(problem) if problem else Verdict.right()

    def near_misses(self, problem):
        n, edges = problem.instance["n"], problem.instance["edges"]
        groups = [int(x) for x in problem.answer.split()]
        misses = [[0] * n, [2] + groups[1:]]
        for v in range(n):
            flipped = groups[:v] + [1 - groups[v]] + groups[v + 1 :]
            if partition_problem(n, edges, flipped):
                misses.append(flipped)
                break
        return [" ".join(map(str, m)) for m in misses]
