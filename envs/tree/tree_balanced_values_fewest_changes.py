"""Which vertex values to change, as few as possible, so that a rooted tree becomes balanced.

Every vertex of a tree rooted at 0 holds a positive integer. The tree is balanced when, at every
vertex with children, all its children hold equal values and the vertex holds their sum. Values
may be changed to any positive numbers (fractions allowed). The answer is the set of vertices
whose values must change in a fix that changes as few as possible; generation makes that set
unique. (Asking for the set rather than its size: the size is a small number that a fixed guess
would hit on a large share of a level.)

Difficulty schedule (tree size; the number of disturbed vertices p is uniform in
[2, max(3, (n - 1) // 2)]):

    d           0    1    2    3    5    10    20    d
    vertices   10   13   16   19   25    40    70    10 + 3d

Level 0 has 10 vertices, so that the changed set is one of hundreds of possible sets.

Why the reference solver is one pass: in a balanced tree the root value fixes everything, vertex
v holding root / P(v), where P(v) is the product of the child counts of v's proper ancestors. So
keeping v unchanged means choosing root = value(v) * P(v); the answer is n minus the largest
number of vertices that agree on that product.

Generation plants a balanced tree, then disturbs p vertices: some get values agreeing with a
second, decoy root value (fewer than the undisturbed ones), the rest get values agreeing with
nothing else, so the answer is exactly the p disturbed vertices (p < n / 2 leaves more
undisturbed vertices than decoys, so the undisturbed ones win the vote alone).
"""

from __future__ import annotations

from collections import Counter
from math import lcm

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.graphs import parse_vertex_list, vertex_list_problem
from rlve_gym.trees import children_lists, random_recursive_parents, relabel_parents


def root_votes(parent: list[int], values: list[int]) -> list[int]:
    """``values[v] * P(v)``: the root value that keeping v unchanged would force."""
    children = children_lists(parent)
    scale = [1] * len(parent)
    order = [parent.index(-1)]
    for v in order:  # parents before children; the list grows while we walk it
        for c in children[v]:
            scale[c] = scale[v] * len(children[v])
            order.append(c)
    return [value * s for value, s in zip(values, scale, strict=True)]


def fewest_changes(parent: list[int], values: list[int]) -> int:
    return len(values) - max(Counter(root_votes(parent, values)).values())


def vertices_to_change(parent: list[int], values: list[int]) -> list[int]:
    """The vertices outside the largest group agreeing on a root value, in increasing order."""
    votes = root_votes(parent, values)
    kept_vote = Counter(votes).most_common(1)[0][0]
    return [v for v, vote in enumerate(votes) if vote != kept_vote]


class TreeBalancedValuesFewestChanges(Environment):
    description = (
        "Vertices whose values to change, fewest possible, so every parent is the sum of its "
        "equal children"
    )
    answer_kind = "int_list"
    answer_example = "2 5"
    catalog_name = "MitterTransportation"

    def schedule(self, difficulty):
        return {"vertices": 10 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        parent, _ = relabel_parents(rng, random_recursive_parents(rng, n), keep_root=True)
        scale = root_votes(parent, [1] * n)  # P(v)
        root = lcm(*scale) * rng.randint(1, 3)
        decoy_root = root * rng.choice((2, 3))
        values = [root // s for s in scale]
        disturbed = rng.sample(range(n), rng.randint(2, max(3, (n - 1) // 2)))
        decoys = disturbed[: rng.randint(0, len(disturbed) // 2)]
        taken = {root, decoy_root}
        for v in disturbed:
            if v in decoys:
                values[v] = decoy_root // scale[v]
                continue
            value = rng.randint(1, 2 * values[v] + 5)
            if value * scale[v] in taken:  # agree with nothing else: jump above every vote so far
                value = max(taken) // scale[v] + 1
            values[v] = value
            taken.add(value * scale[v])
        return {"parent": parent, "values": values}

    def solve(self, instance):
        return vertices_to_change(instance["parent"], instance["values"])

    def render(self, instance):
        parent, values = instance["parent"], instance["values"]
        n = len(parent)
        return (
            f"A tree has {n} vertices, numbered 0 to {n - 1}, and is rooted at vertex 0. The parents "
            f"of vertices 1, 2, ..., {n - 1}, in order, are:\n{' '.join(map(str, parent[1:]))}\n"
            f"Each vertex holds a value; the values of vertices 0, 1, ..., {n - 1}, in order, are:\n"
            f"{' '.join(map(str, values))}\n\n"
            "The tree is balanced when, for every vertex that has children, all of its children hold "
            "equal values and the vertex holds the sum of its children's values. You may change the "
            "value of any vertex to any positive number (not necessarily an integer). Change the "
            "values of as few vertices as possible to make the tree balanced (here this set of "
            "vertices is unique). Output the vertices whose values you change, separated by spaces, "
            "in any order (for example: 2 5)."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=len(instance["parent"]) + 1)

    def check(self, instance, answer, reference):
        parent, values = instance["parent"], instance["values"]
        problem = vertex_list_problem(answer, len(parent))
        if problem:
            return Verdict.wrong(problem)
        changed = set(answer)
        votes = root_votes(parent, values)
        kept = {vote for v, vote in enumerate(votes) if v not in changed}
        if len(kept) > 1:
            return Verdict.wrong(
                "the vertices left unchanged cannot all be kept in a balanced tree"
            )
        if len(changed) > fewest_changes(parent, values):
            return Verdict.wrong(f"{len(changed)} changes: fewer are enough")
        return Verdict.right()

    def random_answer(self, problem: Problem, rng, other: Problem) -> str:
        """A random set of up to half the vertices (the default would draw between the
        reference's own smallest and largest labels, which leaks the answer)."""
        n = len(problem.instance["parent"])
        return " ".join(map(str, sorted(rng.sample(range(n), rng.randint(1, n // 2)))))
