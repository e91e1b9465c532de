"""Shape a binary tree with a fixed in-order so that its recursively defined score is largest.

Nodes 1..N carry scores d_1..d_N and the tree's in-order traversal must be 1, 2, ..., N. The score
of a subtree is score(left) * score(right) + d_root, where an empty subtree scores 1 and a single
node scores its own d. The solver outputs the pre-order traversal of a tree with the largest
score; any optimal tree is accepted. Scores are binary: a few balanced-looking shapes are close
to optimal for almost any scores, so any partial credit for a suboptimal tree would be earned by
a fixed shape without reading the scores.

Difficulty schedule (nodes, largest node score; each score is 1 with probability 0.4, else
uniform in [2, max score]):

    d            0    1    2    3    5    10    20    d
    nodes       14   15   16   17   19    24    34    14 + d
    max score   50   55   60   65   75   100   150    50 + 5d

Level 0 has 14 nodes, and scores of 1 are frequent (a leaf of score 1 wastes a factor, so they
decide where the leaves go): with few nodes or evenly spread scores the optimal tree barely
depends on the scores, and one fixed tree was optimal on a quarter to a half of a level. Nodes
grow by one per level because the solver is cubic in N.

Reference solver: the interval DP over which node roots each in-order range, ``O(N^3)``
(about 6,500 steps at d = 20, on Python integers because the values outgrow 64 bits;
generation and ``solve`` share one run through a small cache). The checker rebuilds the tree
from the pre-order (it must be the pre-order of some binary tree whose in-order is 1..N, that
is of a binary search tree on 1..N) and evaluates it.
"""

from __future__ import annotations

from functools import lru_cache

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.graphs import is_permutation, parse_vertex_list


def best_tree(scores: list[int]) -> tuple[int, list[int]]:
    """``(largest score, pre-order of a tree reaching it)``; ``scores[i]`` belongs to node i + 1.

    Generation and ``solve`` both ask for the same scores, so the last few results are kept
    (the values outgrow 64 bits, so the cubic loop stays on Python integers)."""
    value, preorder = _best_tree(tuple(scores))
    return value, list(preorder)


@lru_cache(maxsize=16)
def _best_tree(scores: tuple[int, ...]) -> tuple[int, tuple[int, ...]]:
    n = len(scores)
    # by_lo[lo][hi] and by_hi[hi][lo]: best value of nodes lo+1..hi (half-open), 1 if empty;
    # the two layouts let one range's candidates be a single comprehension over two rows
    by_lo = [[1] * (n + 1) for _ in range(n + 1)]
    by_hi = [[1] * (n + 1) for _ in range(n + 1)]
    root = [[-1] * (n + 1) for _ in range(n + 1)]
    for lo in range(n):
        by_lo[lo][lo + 1] = by_hi[lo + 1][lo] = scores[lo]
        root[lo][lo + 1] = lo
    for length in range(2, n + 1):
        for lo in range(n - length + 1):
            hi = lo + length
            left, right = by_lo[lo], by_hi[hi]
            values = [left[k] * right[k + 1] + scores[k] for k in range(lo, hi)]
            top = max(values)
            by_lo[lo][hi] = by_hi[hi][lo] = top
            root[lo][hi] = lo + values.index(top)  # the first best root, as a strict > scan
    preorder = []
    stack = [(0, n)]
    while stack:
        lo, hi = stack.pop()
        if lo >= hi:
            continue
        k = root[lo][hi]
        preorder.append(k + 1)
        stack.append((k + 1, hi))
        stack.append((lo, k))
    return by_lo[0][n], tuple(preorder)


def random_preorder(rng, n: int) -> list[int]:
    """Pre-order of a random binary search tree on 1..n (each range's root uniform): a blind but
    valid answer."""
    preorder = []
    stack = [(1, n)]
    while stack:
        lo, hi = stack.pop()
        if lo > hi:
            continue
        root = rng.randint(lo, hi)
        preorder.append(root)
        stack.append((root + 1, hi))
        stack.append((lo, root - 1))
    return preorder


def tree_score(scores: list[int], preorder: list[int]) -> int | str:
    """The score of the tree with in-order 1..N and this pre-order, or why there is no such tree."""
    n = len(scores)
    if not is_permutation([v - 1 for v in preorder], n):
        return f"the answer must list each of the nodes 1..{n} exactly once"
    left, right = [0] * (n + 1), [0] * (n + 1)  # 0: no child
    stack: list[int] = []
    lower = 0
    for x in preorder:  # rebuild the binary search tree, rejecting impossible orders
        if x < lower:
            return (
                f"no binary tree with in-order 1..{n} has this pre-order (node {x} is out of place)"
            )
        popped = 0
        while stack and x > stack[-1]:
            popped = lower = stack.pop()
        if popped:
            right[popped] = x
        elif stack:
            left[stack[-1]] = x
        stack.append(x)
    value = [1] * (n + 1)
    for x in reversed(preorder):  # children come after their parent in pre-order
        if left[x] or right[x]:
            value[x] = (value[left[x]] if left[x] else 1) * (
                value[right[x]] if right[x] else 1
            ) + scores[x - 1]
        else:
            value[x] = scores[x - 1]
    return value[preorder[0]]


class BinaryTreeMaxScore(Environment):
    description = (
        "Pre-order of the binary tree with in-order 1..N maximising a product-plus-score value"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 1 3"
    catalog_name = "WeightedBinaryTree"

    def schedule(self, difficulty):
        return {"nodes": 14 + difficulty, "max_score": 50 + 5 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["nodes"]
        scores = [1 if rng.random() < 0.4 else rng.randint(2, sizes["max_score"]) for _ in range(n)]
        return {"scores": scores, "best_value": best_tree(scores)[0]}

    def solve(self, instance):
        return best_tree(instance["scores"])[1]

    def render(self, instance):
        scores = instance["scores"]
        n = len(scores)
        return (
            f"Build a binary tree on the nodes 1, 2, ..., {n} whose in-order traversal (left subtree, "
            f"node, right subtree) is exactly 1, 2, ..., {n}. Node i has the score d_i; in order:\n"
            f"{' '.join(map(str, scores))}\n\n"
            "The value of a subtree with root r is value(left subtree of r) * value(right subtree of "
            "r) + d_r, where an empty subtree has value 1; a subtree made of a single node r has value "
            "d_r. Make the value of the whole tree as large as possible. Output the pre-order "
            "traversal of your tree (node, then left subtree, then right subtree), the node numbers "
            "separated by spaces (for example, 2 1 3 is the tree with root 2, left child 1 and right "
            "child 3)."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=len(instance["scores"]) + 1)

    def check(self, instance, answer, reference):
        scores = instance["scores"]
        value = tree_score(scores, answer)
        if isinstance(value, str):
            return Verdict.wrong(value)
        best = instance["best_value"]
        if value >= best:
            return Verdict.right()
        return Verdict.wrong(f"the tree is valid but its value {value} is not the largest")

    def random_answer(self, problem, rng, other):
        return " ".join(map(str, random_preorder(rng, len(problem.instance["scores"]))))

    def near_misses(self, problem: Problem) -> list[str]:
        scores = problem.instance["scores"]
        n = len(scores)
        best = best_tree(scores)[0]
        chain = list(range(1, n + 1))  # every node the right child of the previous one
        misses = [" ".join(map(str, chain[1:] + chain[:1]))]  # 2 3 ... n 1: not a valid pre-order
        for candidate in (chain, chain[::-1]):
            if tree_score(scores, candidate) != best:
                misses.append(" ".join(map(str, candidate)))
        misses.append(problem.answer.rsplit(" ", 1)[0])
        return misses
