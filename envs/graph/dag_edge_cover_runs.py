"""DagEdgeCoverRuns: runs from vertex 0 of a DAG that together traverse every arc, of minimum
total time.

A directed acyclic graph has every vertex reachable from vertex 0; each arc takes some time to
traverse. A run starts at 0, follows arcs, and may stop at any vertex; its time is the sum of
its arcs' times. The runs together must traverse every arc at least once, and the total time of
all runs must be minimal. This is a minimum-cost circulation with lower bound 1 on every arc
(plus free "stop" arcs v -> 0 back to the start), solved by moving the lower bounds into vertex
demands and running a minimum-cost flow; the runs are a path decomposition of the flow. The
checker verifies the runs and compares their total time with the optimum, so every optimal set
of runs is accepted.

Difficulty schedule (N vertices, M arcs, times in 1..W):

    d       0    1    2    5   10   20        d
    N       5    6    7   10   15   25        5 + d
    M       6    8    9   16   29   61        N - 1 + N * (2 + (d + 1) // 5) // 4
    W       6    7    8   11   16   26        6 + d

The schedule starts one step above 4 vertices, where one fixed set of runs covered a ninth of
the DAGs at optimal time. The DAG grows linearly and gets a little denser every five levels (more arcs shared between
runs); the flow network has N + 2 vertices, so the solver takes about a millisecond.
"""

from __future__ import annotations

from functools import lru_cache

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_int_list
from rlve_gym.graphs import edge_weights, format_edges, walk_problem, walk_weight
from rlve_gym.kernels.flows import FLOW_INF, min_cost_flow


def cheapest_runs(n: int, arcs: list[list[int]]) -> tuple[int, list[list[int]]]:
    """``(minimum total time, runs)`` covering every arc, each run a vertex list from 0."""
    forced_cost = sum(w for _, _, w in arcs)
    excess = [0] * n
    for u, v, _ in arcs:
        excess[v] += 1
        excess[u] -= 1
    super_source, super_sink = n, n + 1
    network = [[u, v, FLOW_INF, w] for u, v, w in arcs]  # flow beyond the forced unit
    network += [[v, 0, FLOW_INF, 0] for v in range(1, n)]  # stop at v and start a new run at 0
    for v in range(n):
        if excess[v] > 0:
            network.append([super_source, v, excess[v], 0])
        elif excess[v] < 0:
            network.append([v, super_sink, -excess[v], 0])
    _, extra_cost, flows = min_cost_flow(n + 2, network, super_source, super_sink)
    remaining = [1 + flows[i] for i in range(len(arcs))]
    out: list[list[int]] = [[] for _ in range(n)]
    for i, (u, _, _) in enumerate(arcs):
        out[u].append(i)
    # Path decomposition: at every vertex v != 0, units in = units out + runs stopping at v, so
    # following any arc with flow left until none is left at the current vertex ends each run
    # where the flow says a run stops.
    runs = []
    while any(remaining[i] for i in out[0]):
        run = [0]
        while True:
            i = next((i for i in out[run[-1]] if remaining[i]), -1)
            if i < 0:
                break
            remaining[i] -= 1
            run.append(arcs[i][1])
        runs.append(run)
    return forced_cost + extra_cost, runs


def parse_runs(text: str, max_runs: int, max_length: int) -> list[list[int]]:
    """Runs separated by ';' or new lines, each a list of vertices."""
    parts = [p for p in text.replace("\n", ";").split(";") if p.strip()]
    if len(parts) > max_runs:
        raise ParseError(f"too many runs: {len(parts)} (at most {max_runs})")
    runs = [parse_int_list(p, max_items=max_length, max_digits=6) for p in parts]
    if any(not run for run in runs):
        raise ParseError("a run lists no vertices (write at least its start 0)")
    return runs


def _arcs_key(arcs: list[list[int]]) -> tuple[tuple[int, ...], ...]:
    return tuple(tuple(a) for a in arcs)


@lru_cache(maxsize=8)
def _cached_runs(
    n: int, arcs: tuple[tuple[int, ...], ...]
) -> tuple[int, tuple[tuple[int, ...], ...]]:
    """``cheapest_runs``, cached so that generation and the reference solver run the flow once."""
    total, runs = cheapest_runs(n, [list(a) for a in arcs])
    return total, tuple(tuple(run) for run in runs)


class DagEdgeCoverRuns(Environment):
    description = (
        "Runs from vertex 0 of a DAG that together traverse every arc, with minimum total time"
    )
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "0 1 3; 0 2 3; 0 2"
    catalog_name = "MinPathCover_DAG"

    def schedule(self, difficulty):
        n = 5 + difficulty
        return {
            "vertices": n,
            "arcs": n - 1 + n * (2 + (difficulty + 1) // 5) // 4,
            "max_time": 6 + difficulty,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        order = [0] + rng.sample(range(1, n), n - 1)  # a hidden topological order starting at 0
        pairs = {(order[rng.randrange(i)], order[i]) for i in range(1, n)}  # everything reachable
        extra = sizes["arcs"] - len(pairs)
        candidates = [
            (order[i], order[j])
            for i in range(n)
            for j in range(i + 1, n)
            if (order[i], order[j]) not in pairs
        ]
        pairs |= set(rng.sample(candidates, min(extra, len(candidates))))
        arcs = [[u, v, rng.randint(1, sizes["max_time"])] for u, v in sorted(pairs)]
        rng.shuffle(arcs)
        return {"n": n, "arcs": arcs, "optimum": _cached_runs(n, _arcs_key(arcs))[0]}

    def solve(self, instance):
        runs = _cached_runs(instance["n"], _arcs_key(instance["arcs"]))[1]
        return [list(run) for run in runs]

    def format_answer(self, answer):
        return "; ".join(" ".join(map(str, run)) for run in answer)

    def render(self, instance):
        n, arcs = instance["n"], instance["arcs"]
        return (
            f"A directed acyclic graph has {n} vertices, labelled 0 to {n - 1}, and {len(arcs)} arcs. "
            "Each line 'u v t' below is an arc from u to v that takes time t to traverse.\n\n"
            f"{format_edges(arcs)}\n\n"
            "A run starts at vertex 0, follows arcs in their direction, and may stop at any vertex; "
            "its time is the sum of the times of the arcs it traverses (an arc traversed by several "
            "runs counts in each of them). Give a set of runs that together traverse every arc at "
            "least once and whose total time is as small as possible (any optimal set is accepted).\n"
            "Answer with the runs separated by semicolons, each run written as its vertices from 0 to "
            "where it stops, separated by spaces."
        )

    def parse(self, text, instance):
        n, arcs = instance["n"], instance["arcs"]
        return parse_runs(text, max_runs=len(arcs) + 1, max_length=n + 1)

    def check(self, instance, answer, reference):
        n = instance["n"]
        table = edge_weights(instance["arcs"], directed=True)
        covered = set()
        total = 0
        for run in answer:
            if not run or run[0] != 0:
                return Verdict.wrong(f"the run '{' '.join(map(str, run[:8]))}' does not start at 0")
            if any(not 0 <= v < n for v in run):
                return Verdict.wrong(f"vertices are 0..{n - 1}")
            problem = walk_problem(run, table, directed=True)
            if problem:
                return Verdict.wrong(problem)
            covered.update(zip(run, run[1:], strict=False))
            total += walk_weight(run, table, directed=True)
        missing = next((key for key in table if key not in covered), None)
        if missing:
            return Verdict.wrong(f"no run traverses the arc {missing[0]} -> {missing[1]}")
        if total != instance["optimum"]:
            return Verdict.wrong(
                f"every arc is traversed, but the total time {total} is not the minimum"
            )
        return Verdict.right()

    def near_misses(self, problem):
        runs = self.parse(problem.answer, problem.instance)
        longest = max(runs, key=len)
        return [
            self.format_answer(m)
            for m in (runs[:-1], runs + [longest], [r[1:] or [1] for r in runs])
        ]
