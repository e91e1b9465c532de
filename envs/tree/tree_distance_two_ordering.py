"""Order every vertex of a tree so that consecutive vertices are at distance at most 2.

Such an ordering is a Hamiltonian path in the square of the tree. It does not exist for every
tree, so the generator plants one: it grows the tree vertex by vertex, attaching each new vertex
to the previous one or to a neighbour of the previous one, which makes the growth order a valid
answer; labels are then shuffled. The reference answer is that planted order. Many orderings
are usually valid and the checker accepts any of them (a permutation of all vertices whose
consecutive entries are at tree distance 1 or 2).

Difficulty schedule (tree size):

    d           0    1    2    3    5    10    20    d
    vertices   12   15   18   21   27    42    72    12 + 3d

Level 0 has 12 vertices: on smaller trees of this shape so many orders are valid that a fixed
order or a random one is often accepted.

The tree's shape (caterpillar-like with short side branches) is what makes the task solvable;
difficulty grows through the number of vertices the ordering must thread.
"""

from __future__ import annotations

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.graphs import adjacency, is_permutation, parse_vertex_list
from rlve_gym.trees import distances_from, tree_statement


def ordering_problem(n: int, edges: list[list[int]], order: list[int]) -> str | None:
    """Why ``order`` is not a valid distance-2 ordering of the tree, or None when it is."""
    if not is_permutation(order, n):
        return f"the answer must list each of the {n} vertices exactly once"
    adj = adjacency(n, edges)
    for a, b in zip(order, order[1:], strict=False):
        if b not in adj[a] and not any(b in adj[m] for m in adj[a]):
            return f"consecutive vertices {a} and {b} are more than 2 edges apart"
    return None


class TreeDistanceTwoOrdering(Environment):
    description = "Order all tree vertices so that consecutive ones are at distance at most 2"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 2 1 3"
    catalog_name = "MultiDrink"

    def schedule(self, difficulty):
        return {"vertices": 12 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        label = list(range(n))
        rng.shuffle(label)
        adj: list[list[int]] = [[] for _ in range(n)]
        edges = []
        for v in range(1, n):
            previous = v - 1
            anchor = (
                previous if rng.random() < 0.4 or not adj[previous] else rng.choice(adj[previous])
            )
            adj[anchor].append(v)
            adj[v].append(anchor)
            edges.append(sorted((label[anchor], label[v])))
        rng.shuffle(edges)
        return {"n": n, "edges": edges, "planted_order": label}

    def solve(self, instance):
        return instance["planted_order"]

    def render(self, instance):
        n = instance["n"]
        return (
            f"{tree_statement(n, instance['edges'])}\n\n"
            "The distance between two vertices is the number of edges on the path between them. "
            f"Output all {n} vertices in an order such that every vertex appears exactly once and any "
            "two vertices that are next to each other in your order are at distance 1 or 2. Write the "
            "vertices separated by spaces. For example, for the path 0 - 1 - 2 - 3, the order "
            "0 2 1 3 is valid."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n"] + 1)

    def check(self, instance, answer, reference):
        problem = ordering_problem(instance["n"], instance["edges"], answer)
        return Verdict.wrong(problem) if problem else Verdict.right()

    def near_misses(self, problem: Problem) -> list[str]:
        instance = problem.instance
        order = [int(t) for t in problem.answer.split()]
        adj = adjacency(instance["n"], instance["edges"])
        misses = [" ".join(map(str, order[:-1])), " ".join(map(str, order + order[:1]))]
        # move the first vertex right after a vertex at distance >= 3 from it
        far = distances_from(adj, order[0])
        target = next((i for i, v in enumerate(order) if far[v] >= 3), None)
        if target is not None:
            misses.append(
                " ".join(map(str, order[1 : target + 1] + [order[0]] + order[target + 1 :]))
            )
        return misses
