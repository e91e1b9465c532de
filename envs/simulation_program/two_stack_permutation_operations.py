"""TwoStackPermutationOperations: operations on two stacks that send 0..N-1 into a given order.

The numbers 0..N-1 wait in a queue (0 at the front). Operation a moves the front of the queue
onto stack 1 and b moves the top of stack 1 to the end of an output line; c and d do the same
with stack 2. The target order is produced by some run, and the solver gives any string of
operations whose output line is exactly the target: there are usually several (a number that
goes straight through may use either stack), so the checker runs the answer by the rules and
compares the output with the target, never with a stored string. Scores are binary.

Targets come from random legal runs (a per-instance push probability and preference between the
stacks); the run that made the target is the reference answer. The identity and the full
reversal are redrawn.

Difficulty schedule (N drawn from [min_numbers, max_numbers]):

    d             0   1   2   3  ...  10  ...  20  ...  d
    min_numbers   8   9  10  11  ...  18  ...  28  ...  8 + d
    max_numbers  10  12  14  16  ...  30  ...  50  ...  10 + 2d

Longer queues mean more numbers to route and more ways for two stacks to block each other.
Level 0 already has 8-10 numbers, so no fixed order of operations is a common answer.
"""

from __future__ import annotations

from rlve_gym.envs.simulation_program._queue_stacks import StackRoutingTask


class TwoStackPermutationOperations(StackRoutingTask):
    description = "Operations on two stacks that send the queue 0..N-1 into a given output order"
    multiple_valid_answers = True
    answer_example = "acdb"
    catalog_name = "DoubleStackSorting"
    stacks = [("a", "b"), ("c", "d")]

    def generate_instance(self, rng, sizes):
        target, operations = self.planted_run(rng, sizes)
        return {"target": target, "operations": operations}

    def solve(self, instance):
        return instance["operations"]

    def render(self, instance):
        target = instance["target"]
        n = len(target)
        return (
            f"The numbers 0 to {n - 1} wait in a queue in increasing order (0 at the front, "
            f"{n - 1} at the back). There are two stacks, S1 and S2, both empty at first, and an "
            "output line, empty at first. Four operations are allowed:\n"
            "  a: take the number at the front of the queue and push it onto the top of S1\n"
            "  b: take the number on top of S1 and append it to the end of the output line\n"
            "  c: take the number at the front of the queue and push it onto the top of S2\n"
            "  d: take the number on top of S2 and append it to the end of the output line\n"
            "An operation that takes from an empty queue or an empty stack is not allowed.\n"
            "For example, with the queue 0 1 2, the operations acdbab give the output 1 0 2.\n\n"
            f"Target output line: {' '.join(map(str, target))}\n\n"
            f"Give operations that move all {n} numbers to the output line in exactly this order, "
            "as one string of the letters a, b, c and d (for example acdbab). Any such string "
            "is accepted."
        )

    def near_misses(self, problem):
        ops = problem.answer
        other_stack = str.maketrans("abcd", "cdab")
        candidates = [
            ops[:-1],
            ops[:-1] + ops[-1].translate(other_stack),
            ops[0].translate(other_stack) + ops[1:],
            "a" * (len(ops) // 2) + "b" * (len(ops) // 2),
        ]
        return [c for c in candidates if not self.check(problem.instance, c, None).correct]
