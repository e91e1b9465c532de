"""Shared by the stack-sorting tasks: the queue 0..N-1 is moved through stacks into an output.

Each stack has a push letter (the front of the queue goes onto the stack) and a pop letter (the
top of the stack is appended to the output). ``run_operations`` is the rule book the checkers
use; ``random_operations`` draws a legal run that empties everything, for generators and blind
answers; ``StackRoutingTask`` is the base class of the tasks (schedule, planted target, reading
and checking an answer).
"""

from __future__ import annotations

import random
from typing import ClassVar

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError


def run_operations(
    n: int, operations: str, stacks: list[tuple[str, str]]
) -> tuple[list[int], str | None]:
    """The output after performing ``operations`` on the queue 0..n-1, and the first illegal
    operation (as a sentence) or None. ``stacks`` lists each stack's (push, pop) letters."""
    push = {p: k for k, (p, _) in enumerate(stacks)}
    pop = {q: k for k, (_, q) in enumerate(stacks)}
    piles: list[list[int]] = [[] for _ in stacks]
    output: list[int] = []
    front = 0
    for step, op in enumerate(operations, start=1):
        if op in push:
            if front == n:
                return output, f"operation {step} ({op}) pushes from an empty queue"
            piles[push[op]].append(front)
            front += 1
        elif op in pop:
            pile = piles[pop[op]]
            if not pile:
                return output, f"operation {step} ({op}) pops from an empty stack"
            output.append(pile.pop())
        else:
            return output, f"operation {step} ({op!r}) is not an operation"
    return output, None


def random_operations(rng: random.Random, n: int, stacks: list[tuple[str, str]]) -> str:
    """A random legal run that moves all n numbers to the output: each step picks a legal
    operation, pushes with a per-run probability (so some runs nest deeply, others barely)."""
    push_share = rng.uniform(0.3, 0.7)
    stack_weights = [rng.randint(1, 4) for _ in stacks]
    sizes = [0] * len(stacks)
    front = out = 0
    ops = []
    while out < n:
        pushing = front < n and (rng.random() < push_share or not any(sizes))
        if pushing:
            k = rng.choices(range(len(stacks)), stack_weights)[0]
            sizes[k] += 1
            front += 1
            ops.append(stacks[k][0])
        else:
            k = rng.choices([i for i in range(len(stacks)) if sizes[i]])[0]
            sizes[k] -= 1
            out += 1
            ops.append(stacks[k][1])
    return "".join(ops)


def read_operations(text: str, letters: str, max_len: int) -> str:
    """Operation letters, spaces and commas between them ignored (bounded before scanning)."""
    if len(text) > 4 * max_len + 16:
        raise ParseError(f"answer has {len(text)} characters, far more than {max_len} operations")
    ops = "".join(ch for ch in text if ch not in " ,\t\n")
    if len(ops) > max_len:
        raise ParseError(f"{len(ops)} operations given, at most {max_len} are possible")
    for ch in ops:
        if ch not in letters:
            raise ParseError(f"{ch!r} is not an operation; use only {', '.join(letters)}")
    return ops


def compare_output(output: list[int], target: list[int]) -> Verdict:
    """Verdict for a legal run: right when the output line is exactly the target."""
    if len(output) < len(target):
        return Verdict.wrong(
            f"only {len(output)} of the {len(target)} numbers reach the output line"
        )
    if output == target:
        return Verdict.right()
    first = next(i for i, (a, b) in enumerate(zip(output, target, strict=True)) if a != b)
    return Verdict.wrong(f"the output line differs from the target at position {first + 1}")


class StackRoutingTask(Environment):
    """Give operations that move the queue 0..N-1 through ``stacks`` into ``instance["target"]``.

    The target is the output of a random legal run (``planted_run``); the checker runs an answer
    by the rules and compares its output line with the target, so any run that produces it is
    accepted. Subclasses render the rules and pick their reference answer and near misses.

    Difficulty schedule (N drawn from [min_numbers, max_numbers]): min_numbers = 8 + d,
    max_numbers = 10 + 2d.
    """

    abstract = True
    answer_kind = "string"
    #: (push letter, pop letter) of each stack
    stacks: ClassVar[list[tuple[str, str]]] = []
    #: random runs drawn before falling back to a fixed target
    redraws: ClassVar[int] = 30

    @property
    def letters(self) -> str:
        return "".join(push + pop for push, pop in self.stacks)

    def schedule(self, difficulty):
        return {"min_numbers": 8 + difficulty, "max_numbers": 10 + 2 * difficulty}

    def planted_run(self, rng, sizes) -> tuple[list[int], str]:
        """(target, operations): the output of a random legal run of N numbers, redrawn while it
        is the identity or the full reversal (after ``redraws`` tries, 0 1 ... N-1 N-2, the last
        two swapped on the first stack)."""
        for _ in range(self.redraws):
            n = rng.randint(sizes["min_numbers"], sizes["max_numbers"])
            operations = random_operations(rng, n, self.stacks)
            target, _ = run_operations(n, operations, self.stacks)
            if target not in (list(range(n)), list(range(n - 1, -1, -1))):
                return target, operations
        push, pop = self.stacks[0]
        operations = (push + pop) * (n - 2) + push + push + pop + pop
        return list(range(n - 2)) + [n - 1, n - 2], operations

    def parse(self, text, instance):
        return read_operations(text, self.letters, 2 * len(instance["target"]))

    def check(self, instance, answer, reference):
        target = instance["target"]
        output, error = run_operations(len(target), answer, self.stacks)
        if error:
            return Verdict.wrong(error)
        return compare_output(output, target)

    def random_answer(self, problem, rng, other):
        return random_operations(rng, len(problem.instance["target"]), self.stacks)
