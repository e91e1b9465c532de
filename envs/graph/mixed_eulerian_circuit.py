"""MixedEulerianCircuit: a closed walk using every edge of a mixed graph exactly once, directed
edges only in their direction.

Some edges are directed (arcs), the others undirected. An Eulerian circuit needs an orientation
of the undirected edges in which every vertex has as many arcs in as out; starting from any
orientation, each vertex v has a surplus d(v) = out - in, and reversing an undirected edge u -> v
moves 2 from u to v, so a balancing orientation is a maximum flow from the vertices with surplus
(capacity d/2) through the undirected edges (capacity 1) to those with deficit. Hierholzer's
algorithm on the balanced digraph then gives the circuit. Instances hide a connected Eulerian
digraph (a Hamiltonian cycle plus short random cycles on unused pairs) and reveal part of it
undirected, so a circuit always exists; any valid circuit is accepted.

Difficulty schedule (N vertices, C extra cycles):

    d       0    1    2    5   10   20        d
    N       6    7    8   11   16   26        6 + d
    C       2    2    3    4    7   12        2 + d // 2

Level 0 starts at six vertices and two extra cycles: on four or five vertices with one, a
fixed circuit such as '0 1 3 2 0' was valid on 5-20% of the seeds.

The edge count is about N + 4C (at most a few dozen lines at d = 20); the flow network has N + 2
vertices.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import parse_vertex_list, vertex_list_problem
from rlve_gym.kernels.flows import FlowNetwork

ATTEMPTS_PER_CYCLE = 8


def balanced_orientation(n: int, edges: list[list[int]]) -> list[list[int]] | None:
    """Arcs for ``edges`` (``[u, v, 1]`` directed u -> v, ``[u, v, 0]`` undirected) with in-degree
    equal to out-degree everywhere, or None if no such orientation exists."""
    surplus = [0] * n
    for u, v, _ in edges:
        surplus[u] += 1
        surplus[v] -= 1
    if any(s % 2 for s in surplus):
        return None
    source, sink = n, n + 1
    net = FlowNetwork(n + 2)
    flippable = {}
    for i, (u, v, directed) in enumerate(edges):
        if not directed:
            flippable[i] = net.add_arc(u, v, 1)
    need = 0
    for v in range(n):
        if surplus[v] > 0:
            net.add_arc(source, v, surplus[v] // 2)
            need += surplus[v] // 2
        elif surplus[v] < 0:
            net.add_arc(v, sink, -surplus[v] // 2)
    if net.max_flow(source, sink) != need:
        return None
    return [
        [v, u] if i in flippable and net.flow_on(flippable[i]) else [u, v]
        for i, (u, v, _) in enumerate(edges)
    ]


def eulerian_circuit(n: int, arcs: list[list[int]], start: int = 0) -> list[int]:
    """Hierholzer's algorithm on a balanced, connected digraph: the circuit's vertices."""
    out: list[list[int]] = [[] for _ in range(n)]
    for u, v in arcs:
        out[u].append(v)
    for targets in out:
        targets.reverse()  # pop() then takes arcs in input order
    stack, circuit = [start], []
    while stack:
        u = stack[-1]
        if out[u]:
            stack.append(out[u].pop())
        else:
            circuit.append(stack.pop())
    return circuit[::-1]


def circuit_problem(edges: list[list[int]], walk: list[int]) -> str | None:
    if len(walk) != len(edges) + 1:
        return f"the circuit must list {len(edges) + 1} vertices (one more than the number of edges), got {len(walk)}"
    if walk[0] != walk[-1]:
        return "the walk does not end where it starts"
    unused: dict[tuple[int, int], int] = {}
    for u, v, directed in edges:
        key = (u, v) if directed else (min(u, v), max(u, v))
        unused[key] = directed
    for a, b in zip(walk, walk[1:], strict=False):
        if (a, b) in unused and unused[(a, b)] == 1:
            del unused[(a, b)]
        elif (min(a, b), max(a, b)) in unused and unused[(min(a, b), max(a, b))] == 0:
            del unused[(min(a, b), max(a, b))]
        else:
            return f"the step {a} -> {b} uses no remaining edge (missing, used already, or against an arc)"
    return None


class MixedEulerianCircuit(Environment):
    description = (
        "A closed walk using every edge of a mixed graph exactly once, arcs in their direction"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 2 1 3 2 0"
    catalog_name = "MixedGraphEulerianCircuit"

    def schedule(self, difficulty):
        return {"vertices": 6 + difficulty, "extra_cycles": 2 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        order = rng.sample(range(n), n)
        arcs = [[order[i], order[(i + 1) % n]] for i in range(n)]
        used = {frozenset(a) for a in arcs}
        for _ in range(sizes["extra_cycles"]):
            for _ in range(ATTEMPTS_PER_CYCLE):
                cycle = rng.sample(range(n), rng.randint(3, min(5, n)))
                pairs = [
                    frozenset((cycle[i], cycle[(i + 1) % len(cycle)])) for i in range(len(cycle))
                ]
                if not any(p in used for p in pairs):
                    arcs += [[cycle[i], cycle[(i + 1) % len(cycle)]] for i in range(len(cycle))]
                    used.update(pairs)
                    break
        edges = []
        for u, v in arcs:
            if rng.random() < 0.5:
                edges.append([u, v, 1])
            else:
                edges.append([min(u, v), max(u, v), 0])
        rng.shuffle(edges)
        return {"n": n, "edges": edges}

    def solve(self, instance):
        n, edges = instance["n"], instance["edges"]
        return eulerian_circuit(n, balanced_orientation(n, edges))

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        lines = "\n".join(f"{u} -> {v}" if d else f"{u} -- {v}" for u, v, d in edges)
        return (
            f"A graph has {n} vertices, labelled 0 to {n - 1}, and {len(edges)} edges, listed below. "
            "'u -> v' is a one-way edge that may only be travelled from u to v; 'u -- v' is a two-way "
            f"edge that may be travelled in either direction.\n\n{lines}\n\n"
            "Find a closed walk that travels along every edge exactly once (one-way edges only in "
            "their direction) and returns to its starting vertex. Any such walk, from any start, is "
            "accepted.\n"
            f"Answer with the {len(edges) + 1} vertices of the walk in order (the first and last are "
            "the same), separated by spaces."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=len(instance["edges"]) + 2)

    def check(self, instance, answer, reference):
        problem = vertex_list_problem(answer, instance["n"], distinct=False) or circuit_problem(
            instance["edges"], answer
        )
        return Verdict.wrong(problem) if problem else Verdict.right()

    def near_misses(self, problem):
        walk = [int(x) for x in problem.answer.split()]
        misses = [walk[:-1], walk + walk[1:2]]
        if any(directed for *_, directed in problem.instance["edges"]):
            misses.append(walk[::-1])  # travels some one-way edge backwards
        return [" ".join(map(str, m)) for m in misses]
