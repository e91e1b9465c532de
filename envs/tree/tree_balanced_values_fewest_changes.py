"""Fewest vertex values to change so that a rooted tree becomes balanced.

Every vertex of a tree rooted at 0 holds a positive integer. The tree is balanced when, at every
vertex with children, all its children hold equal values and the vertex holds their sum. Values
may be changed to any positive numbers (fractions allowed); the answer is the least number of
vertices whose value must change.

Difficulty schedule (tree size; the number of disturbed vertices p is uniform in
[2, max(3, (n - 1) // 2)], so that the answer varies from the first level on):

    d           0    1    2    3    5    10    20    d
    vertices    5    8   11   14   20    35    65    5 + 3d

Why the reference solver is one pass: in a balanced tree the root value fixes everything, vertex
v holding root / P(v), where P(v) is the product of the child counts of v's proper ancestors. So
keeping v unchanged means choosing root = value(v) * P(v); the answer is n minus the largest
number of vertices that agree on that product.

Generation plants a balanced tree, then disturbs p vertices: some get values agreeing with a
second, decoy root value (fewer than the undisturbed ones), the rest get values agreeing with
nothing else, so the answer is exactly p and never 0 or 1 (p < n / 2 leaves more undisturbed
vertices than decoys; at n = 5, p = 3 leaves two undisturbed against at most one decoy).
"""

from __future__ import annotations

from collections import Counter
from math import lcm

from rlve_gym import Environment
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


class TreeBalancedValuesFewestChanges(Environment):
    description = "Fewest vertex values to change so every parent is the sum of its equal children"
    answer_kind = "single_int"
    answer_example = "3"
    catalog_name = "MitterTransportation"

    def schedule(self, difficulty):
        return {"vertices": 5 + 3 * difficulty}

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
        return fewest_changes(instance["parent"], instance["values"])

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
            "value of any vertex to any positive number (not necessarily an integer). What is the "
            "smallest number of vertices whose values must be changed to make the tree balanced? "
            "Output a single integer (for example: 3)."
        )
