"""Orderings under tree-shaped constraints: count permutations that respect "a comes before b" rules.

N people 1..N are arranged in a row. N - 1 rules of the form "a stands before b" are given, and
the pairs {a, b} form a tree (each rule may point either way along its edge). The count of
arrangements obeying every rule is the number of linear extensions of this tree-shaped order.
The solver roots the tree and keeps, for each subtree, ways[i] = the number of orders of the
subtree in which its root is at position i; merging a child interleaves the two orders with
binomial coefficients and prefix sums over the child's root position, O(N^2) overall.

Difficulty schedule (N people, N_max - 1 or N_max; the tree is a random recursive tree on shuffled labels with
random rule directions; when the rules happen to form one directed path, whose count is 1, one
rule is reversed):

    d       0   1   2   3   5    10   20   30   ...  d
    N_max   9  10  11  12   14   19   29   39   ...  9 + d

N starts at 8 or 9: with 4 to 7 people a few small counts (3, 12, 30) answered a tenth to over a
quarter of a level. Counts pass the moduli around N = 13.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import FactorialTable, choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


def count_tree_orders(n: int, rules: list[list[int]], modulus: int) -> int:
    """Permutations of 1..n where, for each [a, b] in ``rules``, a comes before b (rules form a tree)."""
    table = FactorialTable(n, modulus)
    neighbours: list[list[tuple[int, bool]]] = [[] for _ in range(n + 1)]
    for a, b in rules:
        neighbours[a].append((b, True))  # True: the neighbour must come after
        neighbours[b].append((a, False))
    order, parent, stack = [], [0] * (n + 1), [1]
    parent[1] = -1
    while stack:
        node = stack.pop()
        order.append(node)
        for other, _ in neighbours[node]:
            if other != parent[node]:
                parent[other] = node
                stack.append(other)
    ways: list[list[int] | None] = [None] * (n + 1)
    for node in reversed(order):
        current = [0, 1]  # current[i]: node at 1-based position i among its merged subtree
        for child, child_after in neighbours[node]:
            if child == parent[node]:
                continue
            child_ways = ways[child]
            size_a, size_b = len(current) - 1, len(child_ways) - 1
            prefix = [0] * (size_b + 2)
            for j in range(1, size_b + 1):
                prefix[j + 1] = (prefix[j] + child_ways[j]) % modulus
            merged = [0] * (size_a + size_b + 1)
            for i in range(1, size_a + 1):
                if current[i] == 0:
                    continue
                # k = child-subtree items placed before the node (0..size_b)
                for before in range(size_b + 1):
                    if child_after:  # child root among the size_b - before items after the node
                        allowed = (prefix[size_b + 1] - prefix[before + 1]) % modulus
                    else:  # child root among the first `before` items
                        allowed = prefix[before + 1]
                    if allowed == 0:
                        continue
                    position = i + before
                    interleave = table.binomial(i - 1 + before, before) * table.binomial(
                        size_a - i + size_b - before, size_b - before
                    )
                    merged[position] = (
                        merged[position] + current[i] * allowed % modulus * interleave
                    ) % modulus
            current = merged
        ways[node] = current
    return sum(ways[1]) % modulus


class TreeOrderCounting(ModularCountEnvironment):
    description = (
        "Number of arrangements of 1..N obeying tree-shaped 'a before b' rules, modulo a prime"
    )
    catalog_name = "TreeTopologicalSequenceCounting"

    def schedule(self, difficulty):
        return {"max_people": 9 + difficulty}

    def generate_instance(self, rng, sizes):
        n = rng.randint(sizes["max_people"] - 1, sizes["max_people"])
        modulus = choose_prime(rng)
        labels = list(range(1, n + 1))
        rng.shuffle(labels)
        rules = []
        for child in range(1, n):
            a, b = labels[rng.randrange(child)], labels[child]
            rules.append([a, b] if rng.random() < 0.5 else [b, a])
        rng.shuffle(rules)
        if count_tree_orders(n, rules, modulus) == 1:
            # the rules form one directed path (a single valid order); reversing any one rule
            # gives some person two rules pointing the same way, so two orders at least
            rules[0].reverse()
        return {"people": n, "rules": rules, "modulus": modulus}

    def solve(self, instance):
        return count_tree_orders(instance["people"], instance["rules"], instance["modulus"])

    def render(self, instance):
        n = instance["people"]
        rules = "\n".join(f"- {a} stands before {b}" for a, b in instance["rules"])
        return (
            f"People numbered 1 to {n} (N = {n}) stand in a row in some order. These rules must hold "
            '("a stands before b" means a is somewhere to the left of b, not necessarily next to it):\n'
            f"{rules}\n"
            "How many orders of the N people satisfy every rule?\n"
            'For example, with N = 3 and the rules "1 stands before 2" and "3 stands before 2" '
            "there are 2 orders: 1 3 2 and 3 1 2.\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
