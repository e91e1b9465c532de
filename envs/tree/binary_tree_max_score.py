"""Shape a binary tree with a fixed in-order so that its recursively defined score is largest.

Nodes 1..N carry scores d_1..d_N and the tree's in-order traversal must be 1, 2, ..., N. The score
of a subtree is score(left) * score(right) + d_root, where an empty subtree scores 1 and a single
node scores its own d. The solver outputs the pre-order traversal of a tree with the largest
score; any optimal tree is accepted. A valid tree with a lower score earns partial credit only
for beating a blind guess: (value - A) / (optimum - A), where A is the average value over all
binary trees with in-order 1..N (value / optimum gave a random tree 0.8 at small N).

Difficulty schedule (nodes, largest node score):

    d            0    1    2    3    5    10    20    d
    nodes        4    6    8   10   14    24    44    4 + 2d
    max score    5    5    5    5    6     7     9    5 + d // 5

Reference solver: the interval DP over which node roots each in-order range, ``O(N^3)``
(15,000 steps at d = 20). The checker rebuilds the tree from the pre-order (it must be the
pre-order of some binary tree whose in-order is 1..N, that is of a binary search tree on 1..N)
and evaluates it.
"""

from __future__ import annotations

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.graphs import is_permutation, parse_vertex_list
from rlve_gym.scoring import constraint_score


def best_tree(scores: list[int]) -> tuple[int, list[int]]:
    """``(largest score, pre-order of a tree reaching it)``; ``scores[i]`` belongs to node i + 1."""
    n = len(scores)
    best = [
        [1] * (n + 1) for _ in range(n + 1)
    ]  # best[lo][hi]: nodes lo+1..hi (half-open), 1 if empty
    root = [[-1] * (n + 1) for _ in range(n + 1)]
    for length in range(1, n + 1):
        for lo in range(n - length + 1):
            hi = lo + length
            if length == 1:
                best[lo][hi], root[lo][hi] = scores[lo], lo
                continue
            top, arg = -1, -1
            for k in range(lo, hi):
                value = best[lo][k] * best[k + 1][hi] + scores[k]
                if value > top:
                    top, arg = value, k
            best[lo][hi], root[lo][hi] = top, arg
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
    return best[0][n], preorder


def average_tree_value(scores: list[int]) -> float:
    """Average value over all binary trees with in-order 1..N, by an interval DP over value sums:
    the trees rooted at k sum to sum(left) * sum(right) + d_k * count(left) * count(right)
    (a single node is worth d_k alone, not 1 * 1 + d_k)."""
    n = len(scores)
    count = [[1] * (n + 1) for _ in range(n + 1)]  # count[lo][hi]: trees on nodes lo+1..hi
    total = [[1] * (n + 1) for _ in range(n + 1)]  # total[lo][hi]: sum of their values
    for length in range(1, n + 1):
        for lo in range(n - length + 1):
            hi = lo + length
            count[lo][hi] = sum(count[lo][k] * count[k + 1][hi] for k in range(lo, hi))
            if length == 1:
                total[lo][hi] = scores[lo]
                continue
            total[lo][hi] = sum(
                total[lo][k] * total[k + 1][hi] + scores[k] * count[lo][k] * count[k + 1][hi]
                for k in range(lo, hi)
            )
    return total[0][n] / count[0][n]


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
        return {"nodes": 4 + 2 * difficulty, "max_score": 5 + difficulty // 5}

    def generate_instance(self, rng, sizes):
        return {"scores": [rng.randint(1, sizes["max_score"]) for _ in range(sizes["nodes"])]}

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
        best = best_tree(scores)[0]
        if value >= best:
            return Verdict.right()
        blind = average_tree_value(scores)
        return Verdict.wrong(
            f"the tree is valid but its value {value} is not the largest",
            score=constraint_score(value - blind, best - blind),
        )

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
