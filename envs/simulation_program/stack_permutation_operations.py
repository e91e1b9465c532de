"""StackPermutationOperations: the push/pop string that sends 0..N-1 through a stack into a
given order.

The numbers 0..N-1 wait in a queue (0 at the front). Operation a moves the front of the queue
onto a stack; operation b moves the top of the stack to the end of an output line. The target
order is one a stack can produce, and the solver gives the 2N operations that produce it. Such a
string is unique: to output x next, everything up to x must be pushed and x popped at once
(pushing more would bury x), so the checker just runs the answer by the rules and compares the
output line with the target. Scores are binary.

The reference is that greedy. Targets come from random legal runs whose push probability varies
from instance to instance (some nest deeply, some barely); the identity and the full reversal
(abab... and aa...bb...) are redrawn, so no fixed pattern is ever right.

Difficulty schedule (N drawn from [min_numbers, max_numbers]):

    d             0   1   2   3  ...  10  ...  20  ...  d
    min_numbers   8   9  10  11  ...  18  ...  28  ...  8 + d
    max_numbers  10  12  14  16  ...  30  ...  50  ...  10 + 2d

Longer queues mean longer runs to trace. Level 0 has 8-10 numbers: the number of orders a stack
can produce (the Catalan number, 1430 for 8) leaves no common answer.
"""

from __future__ import annotations

from rlve_gym.envs.simulation_program._queue_stacks import StackRoutingTask


def stack_operations(target: list[int]) -> str | None:
    """The unique a/b string producing ``target`` from the queue 0..N-1, or None if none does."""
    ops, stack, front = [], [], 0
    for x in target:
        while front <= x:
            stack.append(front)
            front += 1
            ops.append("a")
        if not stack or stack[-1] != x:
            return None
        stack.pop()
        ops.append("b")
    return "".join(ops)


class StackPermutationOperations(StackRoutingTask):
    description = (
        "Push/pop operations that send the queue 0..N-1 through one stack into a given order"
    )
    answer_example = "aabb"
    catalog_name = "SingleStackSorting"
    stacks = [("a", "b")]

    def generate_instance(self, rng, sizes):
        target, _ = self.planted_run(rng, sizes)
        return {"target": target}

    def solve(self, instance):
        return stack_operations(instance["target"])

    def render(self, instance):
        target = instance["target"]
        n = len(target)
        return (
            f"The numbers 0 to {n - 1} wait in a queue in increasing order (0 at the front, "
            f"{n - 1} at the back). There is one stack, empty at first, and an output line, empty "
            "at first. Two operations are allowed:\n"
            "  a: take the number at the front of the queue and push it onto the top of the stack\n"
            "  b: take the number on top of the stack and append it to the end of the output line\n"
            "For example, with the queue 0 1 2, the operations aabbab give the output 1 0 2.\n\n"
            f"Target output line: {' '.join(map(str, target))}\n\n"
            f"Give operations that move all {n} numbers to the output line in exactly this order, "
            "as one string of the letters a and b (for example aabbab)."
        )

    def near_misses(self, problem):
        ops = problem.answer
        first_ab = ops.index("ab")  # a push directly followed by a pop always occurs
        return [
            ops[:-1],
            ops[:first_ab] + "ba" + ops[first_ab + 2 :],
            ops + "a",
            "a" * (len(ops) // 2) + "b" * (len(ops) // 2),
        ]
