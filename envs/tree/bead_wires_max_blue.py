"""Largest total length of blue wires in a bead tree built by appending and inserting beads.

A string of beads is built from a single bead by two operations: Append joins a new bead to an
existing bead with a new red wire; Insert puts a new bead w into an existing red wire between u
and v, replacing that wire by two blue wires u-w and w-v. Wire lengths are free at every step.
Given only the final tree and its wire lengths (not the colours or the history), the answer is
the largest possible total length of blue wires over all construction histories that end in it.

Difficulty schedule (number of beads, largest wire length):

    d            0    1    2    3    5    10    20    d
    beads        6    9   12   15   21    36    66    6 + 3d
    max length  40   45   50   55   65    90   140    40 + 5d

Lengths range widely so that the answer (a sum of a few lengths) spreads over many values even
for the smallest trees: no single number is right on more than a few percent of a level.

Reference solver, ``O(n)``: blue wires come in pairs u-w-v through the inserted bead w, and a
set of pairs can be produced exactly when, rooted at the first bead, every pair runs parent - w -
child. For each choice of first bead, a two-state DP (is v the middle of a pair with its parent?)
gives the best total; the answer is the maximum over first beads, all of them evaluated in one
rerooting pass (``best_blue_rooted`` keeps the per-root DP as a cross-check).
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.graphs import add_weights
from rlve_gym.trees import children_lists, random_tree_edges, root_weighted_tree, tree_statement

NOT_POSSIBLE = float("-inf")


def best_blue_rooted(n: int, edges: list[list[int]], root: int) -> int:
    order, parent, length = root_weighted_tree(n, edges, root)
    children = children_lists(parent)
    free = [0.0] * n  # best in v's subtree when v is not the middle of a pair with its parent
    middle = [NOT_POSSIBLE] * n  # ... when it is: one child edge is paired with the parent edge
    for v in reversed(order):
        total, gain = 0.0, NOT_POSSIBLE
        for c in children[v]:
            best_c = max(free[c], middle[c] + length[c])
            total += best_c
            gain = max(gain, free[c] + length[c] - best_c)
        free[v] = total
        middle[v] = total + gain  # stays NOT_POSSIBLE for a leaf
    return int(free[root])


def max_blue_length(n: int, edges: list[list[int]]) -> int:
    """``max(best_blue_rooted(root))`` over all roots in one rerooting pass, ``O(n)``: for every
    vertex, each neighbour contributes its best value and its gain as a child of that vertex, so
    the values with any neighbour removed (that neighbour as the parent) follow from the sum and
    the two largest gains."""
    order, parent, length = root_weighted_tree(n, edges, 0)
    children = children_lists(parent)
    free = [0.0] * n
    middle = [NOT_POSSIBLE] * n
    for v in reversed(order):  # the DP of best_blue_rooted, rooted at 0
        total, gain = 0.0, NOT_POSSIBLE
        for c in children[v]:
            best_c = max(free[c], middle[c] + length[c])
            total += best_c
            gain = max(gain, free[c] + length[c] - best_c)
        free[v], middle[v] = total, total + gain
    up_best = [0.0] * n  # the parent's side, as a child of v: its best value and gain
    up_gain = [NOT_POSSIBLE] * n
    answer = 0.0
    for v in order:
        parts = [(c, max(free[c], middle[c] + length[c]), free[c] + length[c]) for c in children[v]]
        parts = [(c, best, gain - best) for c, best, gain in parts]
        if parent[v] >= 0:
            parts.append((parent[v], up_best[v], up_gain[v]))
        total = sum(best for _, best, _ in parts)
        answer = max(answer, total)
        gains = sorted(((gain, w) for w, _, gain in parts), reverse=True)[:2]
        for c, best_c, _ in parts:
            if c == parent[v]:
                continue
            rest = total - best_c  # v's value with c as its parent
            other = next((g for g, w in gains if w != c), NOT_POSSIBLE)
            best_up = max(rest, rest + other + length[c])
            up_best[c], up_gain[c] = best_up, rest + length[c] - best_up
    return int(answer)


class BeadWiresMaxBlue(Environment):
    description = "Largest total blue-wire length consistent with an append/insert construction of a bead tree"
    answer_kind = "single_int"
    answer_example = "1"  # never right: a blue pair has two wires of length >= 1
    catalog_name = "LinkBeads"

    def schedule(self, difficulty):
        return {"beads": 6 + 3 * difficulty, "max_length": 40 + 5 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["beads"]
        return {
            "n": n,
            "edges": add_weights(rng, random_tree_edges(rng, n), 1, sizes["max_length"]),
        }

    def solve(self, instance):
        return max_blue_length(instance["n"], instance["edges"])

    def render(self, instance):
        statement = tree_statement(instance["n"], instance["edges"], weight="length")
        return (
            "Beads are joined by wires, each wire red or blue with a positive length. A structure is "
            "built starting from one bead (any bead can be the first) using two operations:\n"
            "- Append(w, v): a new bead w is joined to an existing bead v by a new red wire.\n"
            "- Insert(w, u, v): a red wire between existing beads u and v is removed, and a new bead w "
            "is joined to u and to v by two new blue wires.\n"
            "New wires may get any lengths.\n\n"
            "Below is the finished structure: the beads are the vertices and the wires the edges.\n"
            f"{statement}\n\n"
            "The colours and the order of operations are unknown. Over all ways the operations could "
            "have produced exactly this tree (with these lengths), what is the largest possible total "
            "length of the blue wires? Output a single integer (for example: 1)."
        )
