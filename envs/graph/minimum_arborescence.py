"""MinimumArborescence: a minimum-weight spanning arborescence (directed spanning tree) rooted at
vertex 0 of a weighted digraph.

Every vertex is reachable from 0 (a random out-tree from 0 plus random arcs), so an
arborescence exists. Weights come from a small range, so ties and several optimal answers are
common; the checker accepts any arborescence of minimum weight. Draws on which a blind guess -
the star 0 -> every vertex, or the chain 0 -> 1 -> ... -> N-1 - is optimal are redrawn (bounded;
on 4-vertex graphs that happened on a fifth of the seeds). The reference solver is the
Chu-Liu/Edmonds algorithm (contract a cycle of cheapest in-arcs, recurse, expand), O(N * M).

Difficulty schedule (N vertices, M arcs, weights in 1..W):

    d       0    1    2    5   10   20        d
    N       6    8   10   16   26   46        6 + 2d
    M      11   15   19   47  103  321        N - 1 + N * (1 + (d + 1) // 4), at most N(N-1)
    W       8   11   14   23   38   68        8 + 3d

Level 0 starts at six vertices (on four, one fixed arborescence was optimal on 15% of the
seeds). Everything grows linearly; the prompt stays under 3,500 characters at d = 20 and the solver
takes a few milliseconds.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    edge_list_problem,
    edge_weights,
    format_edge_pairs,
    format_edges,
    parse_edge_pairs,
    random_reachable_digraph,
)

#: draws before keeping one on which a blind guess is optimal
DRAWS = 20


def minimum_arborescence(n: int, root: int, arcs: list[list[int]]) -> list[int] | None:
    """Indices into ``arcs`` (``[u, v, w]``) of a minimum spanning arborescence rooted at
    ``root``, or None when some vertex is unreachable from it."""
    return _edmonds(
        n, root, [(u, v, w, i) for i, (u, v, w) in enumerate(arcs) if u != v and v != root]
    )


def _edmonds(n: int, root: int, arcs: list[tuple[int, int, int, int]]) -> list[int] | None:
    cheapest: list[tuple[int, int, int, int] | None] = [None] * n
    for arc in arcs:
        v = arc[1]
        if cheapest[v] is None or arc[2] < cheapest[v][2]:
            cheapest[v] = arc
    if any(cheapest[v] is None for v in range(n) if v != root):
        return None
    cycle = _cycle_of_cheapest(n, root, cheapest)
    if cycle is None:
        return [cheapest[v][3] for v in range(n) if v != root]
    in_cycle = set(cycle)
    merged = n - len(cycle)  # the contracted vertex's index
    new_index, next_index = [0] * n, 0
    for v in range(n):
        if v in in_cycle:
            new_index[v] = merged
        else:
            new_index[v] = next_index
            next_index += 1
    contracted = []
    for u, v, w, ident in arcs:
        if u in in_cycle and v in in_cycle:
            continue
        if v in in_cycle:
            w -= cheapest[v][2]
        contracted.append((new_index[u], new_index[v], w, ident))
    chosen = _edmonds(merged + 1, new_index[root], contracted)
    if chosen is None:
        return None
    head_of = {ident: v for _, v, _, ident in arcs}
    entering = next(head_of[i] for i in chosen if head_of[i] in in_cycle)
    return chosen + [cheapest[v][3] for v in cycle if v != entering]


def _cycle_of_cheapest(n: int, root: int, cheapest: list) -> list[int] | None:
    """A cycle formed by following cheapest in-arcs backwards, or None."""
    state = [0] * n  # 0 unvisited, 1 on the current trail, 2 done
    state[root] = 2
    for start in range(n):
        trail = []
        v = start
        while state[v] == 0:
            state[v] = 1
            trail.append(v)
            v = cheapest[v][0]
        if state[v] == 1:
            return trail[trail.index(v) :]
        for x in trail:
            state[x] = 2
    return None


def arborescence_problem(n: int, root: int, pairs: list[list[int]]) -> str | None:
    """Why ``pairs`` (arcs u -> v, valid vertices) is not a spanning arborescence rooted at
    ``root``, or None."""
    if len(pairs) != n - 1:
        return f"a spanning arborescence of {n} vertices has {n - 1} arcs, got {len(pairs)}"
    parent = [-1] * n
    for u, v in pairs:
        if v == root:
            return f"arc {u} {v} enters the root {root}"
        if parent[v] >= 0:
            return f"vertex {v} has more than one incoming arc"
        parent[v] = u
    for start in range(n):
        v, steps = start, 0
        while v != root:
            v, steps = parent[v], steps + 1
            if steps > n:
                return f"vertex {start} cannot be reached from the root (the arcs form a cycle)"
    return None


class MinimumArborescence(Environment):
    description = "A minimum-weight spanning arborescence rooted at vertex 0 of a weighted digraph"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 2, 2 1, 0 3"
    catalog_name = "MinimumDirectedSpanningTree"

    def schedule(self, difficulty):
        n = 6 + 2 * difficulty
        arcs = min(n * (n - 1), n - 1 + n * (1 + (difficulty + 1) // 4))
        return {"vertices": n, "arcs": arcs, "max_weight": 8 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        blind_guesses = ([[0, v] for v in range(1, n)], [[v, v + 1] for v in range(n - 1)])
        for _ in range(DRAWS):
            arcs = [
                [u, v, rng.randint(1, sizes["max_weight"])]
                for u, v in random_reachable_digraph(rng, n, sizes["arcs"])
            ]
            chosen = minimum_arborescence(n, 0, arcs)
            optimum = sum(arcs[i][2] for i in chosen)
            table = edge_weights(arcs, directed=True)
            if not any(
                all((u, v) in table for u, v in guess)
                and sum(table[(u, v)] for u, v in guess) == optimum
                for guess in blind_guesses
            ):
                break
        # generate() solves right after this: keep the arborescence (with a copy of the arcs
        # it belongs to) so solve() does not run Edmonds a second time on the same graph
        self._last_solution = (n, [list(a) for a in arcs], chosen)
        return {"n": n, "arcs": arcs, "optimum": optimum}

    def solve(self, instance):
        arcs = instance["arcs"]
        memo = getattr(self, "_last_solution", None)
        if memo is not None and memo[0] == instance["n"] and memo[1] == arcs:
            chosen = memo[2]
        else:
            chosen = minimum_arborescence(instance["n"], 0, arcs)
        return sorted([arcs[i][0], arcs[i][1]] for i in chosen)

    def format_answer(self, answer):
        return format_edge_pairs(answer)

    def render(self, instance):
        n, arcs = instance["n"], instance["arcs"]
        return (
            f"You are given a directed graph with {n} vertices, labelled 0 to {n - 1}, and "
            f"{len(arcs)} weighted arcs. Each line 'u v w' below is an arc from u to v with weight w.\n\n"
            f"{format_edges(arcs)}\n\n"
            f"Choose {n - 1} of these arcs forming a spanning arborescence rooted at vertex 0: no "
            "chosen arc enters vertex 0, every other vertex has exactly one chosen arc entering it, "
            "and every vertex can be reached from 0 by following chosen arcs. Make the total weight "
            "of the chosen arcs as small as possible; if several choices reach the minimum, give any "
            "one of them.\n"
            "Answer with the chosen arcs, each written as 'u v' (from u to v), arcs separated by commas."
        )

    def parse(self, text, instance):
        return parse_edge_pairs(text, max_pairs=instance["n"] + 1)

    def check(self, instance, answer, reference):
        n = instance["n"]
        table = edge_weights(instance["arcs"], directed=True)
        problem = edge_list_problem(answer, table, n, directed=True) or arborescence_problem(
            n, 0, answer
        )
        if problem:
            return Verdict.wrong(problem)
        weight = sum(table[(u, v)] for u, v in answer)
        if weight != instance["optimum"]:
            return Verdict.wrong(
                f"a spanning arborescence, but its weight {weight} is not the minimum"
            )
        return Verdict.right()

    def near_misses(self, problem):
        instance = problem.instance
        tree = parse_edge_pairs(problem.answer, instance["n"] + 1)
        misses = [tree[:-1], [[v, u] for u, v in tree]]
        chosen = {(u, v) for u, v in tree}
        for u, v, w in instance["arcs"]:  # swap one in-arc for a heavier one that keeps a tree
            if (u, v) in chosen or v == 0:
                continue
            old = next(a for a in tree if a[1] == v)
            swapped = [a for a in tree if a[1] != v] + [[u, v]]
            heavier = w > edge_weights(instance["arcs"], directed=True)[tuple(old)]
            if heavier and arborescence_problem(instance["n"], 0, swapped) is None:
                misses.append(swapped)
                break
        return [format_edge_pairs(m) for m in misses]
