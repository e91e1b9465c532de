"""StackMachineReachTarget: drive a stack machine, one instruction a turn, until the stack holds
exactly the target numbers.

The machine has a stack of whole numbers (the instance gives its start content) and these
instructions: push N (N one of the instance's allowed constants), pop, dup (copy the top),
swap (exchange the top two), add, sub and mul (pop the top a, then the next b, push b + a,
b - a or b * a). Values must stay within -9999..9999 and the stack within `depth` numbers. Each
turn the model runs one instruction and sees the stack after it; an instruction that cannot run
(too few numbers, a constant not allowed, a value or the stack out of bounds) or an unreadable
one costs the turn and changes nothing. The task is solved the moment the stack equals the
target, bottom to top. Reward 1 for that within the turn limit, 0 otherwise.

The target is what a hidden random program of `program` instructions leaves, a program that
never brings the stack back to a content it had before (so no instruction in it is undone
later) and pushes at least one constant; the target holds a number that is neither given nor 0
and is more than two instructions away. The prompt says how long the program is, and the turn
limit is that length plus `spare`. The
scripted policy runs that program. The model has to find a program of its own, usually a
shorter one: work out how each target number can be built from the start content and the
constants, and in which order.

Difficulty schedule (start numbers and constants drawn from 1..9, the constants distinct):

    d          0    1    2    3  ...    5  ...   10  ...   20  ...  d
    program    5    6    7    8  ...   10  ...   15  ...   25  ...  5 + d
    start      2    2    2    2  ...    3  ...    4  ...    6  ...  2 + d // 5
    constants  2    2    2    2  ...    2  ...    3  ...    4  ...  2 + d // 10, at most 5
    spare      2    2    2    2  ...    3  ...    4  ...    6  ...  2 + d // 5
    turns      7    8    9   10  ...   13  ...   19  ...   31  ...  program + spare
    depth     11   12   13   14  ...   17  ...   23  ...   35  ...  start + program + 4

Longer hidden programs make targets with more and larger numbers that take more planning to
build (and to build in the right order, since only the top of the stack is reachable); more
start numbers and constants give more ways, good and bad, to get there. At level 0 the target
comes from five instructions on two start numbers; a player issuing random instructions hits
an exact stack content practically never, and a program that pushes no constant would compute
the same function of the start numbers in every instance (one such transcript fitted one seed
in twenty before programs had to push one).
"""

from __future__ import annotations

from rlve_gym.answers import ParseError
from rlve_gym.interactive import InteractiveEnvironment, Outcome

BOUND = 9999
OPERATIONS = ("pop", "dup", "swap", "add", "sub", "mul")
#: how often the hidden program picks each kind of instruction (pushes share the first weight)
WEIGHTS = {"push": 3, "pop": 1, "dup": 2, "swap": 1, "add": 3, "sub": 2, "mul": 3}


def run_instruction(stack: list[int], instruction: tuple, depth: int) -> list[int] | str:
    """The stack after ``instruction`` (a new list), or why it cannot run."""
    name = instruction[0]
    if name == "push":
        if len(stack) >= depth:
            return f"the stack already holds {depth} numbers, the most it can"
        return [*stack, instruction[1]]
    if not stack:
        return f"{name} needs a number on the stack, and the stack is empty"
    if name == "pop":
        return stack[:-1]
    if name == "dup":
        if len(stack) >= depth:
            return f"the stack already holds {depth} numbers, the most it can"
        return [*stack, stack[-1]]
    if len(stack) < 2:
        return f"{name} needs two numbers on the stack"
    b, a = stack[-2], stack[-1]
    if name == "swap":
        return [*stack[:-2], a, b]
    value = b + a if name == "add" else b - a if name == "sub" else b * a
    if abs(value) > BOUND:
        return f"{name} would give {value}, outside -{BOUND}..{BOUND}"
    return [*stack[:-2], value]


def _weight(instruction: tuple, stack: list[int], start: list[int], constants: list[int]) -> float:
    """How likely the hidden program is to pick ``instruction``: arithmetic most, pushes and
    copies while the stack is short, pops and swaps rarely, so targets are few built numbers."""
    name = instruction[0]
    if name in ("add", "sub", "mul"):
        return 3.0
    if name in ("push", "dup"):
        room = len(stack) < len(start) + 2
        return (2.0 if room else 0.3) / (len(constants) if name == "push" else 1)
    return 0.5


def worth_building(start: list[int], constants: list[int], target: list[int], depth: int) -> bool:
    """A target with a number that is neither given nor 0, that no two instructions reach."""
    given = set(start) | set(constants) | {0}
    if not target or all(v in given for v in target):
        return False
    near = [list(start)]
    for _ in range(2):
        near = [
            after
            for stack in near
            for instruction in [("push", c) for c in constants] + [(o,) for o in OPERATIONS]
            if isinstance(after := run_instruction(stack, instruction, depth), list)
        ]
        if target in near:
            return False
    return True


def instruction_text(instruction: tuple) -> str:
    return f"push {instruction[1]}" if instruction[0] == "push" else instruction[0]


class StackMachineReachTarget(InteractiveEnvironment):
    description = "Run stack-machine instructions one at a time until the stack holds exactly the target numbers"
    action_example = "push 4"

    def schedule(self, difficulty):
        program = 5 + difficulty
        start = 2 + difficulty // 5
        return {
            "program": program,
            "start": start,
            "constants": min(2 + difficulty // 10, 5),
            "spare": 2 + difficulty // 5,
            "depth": start + program + 4,
        }

    def generate_instance(self, rng, sizes):
        start = [rng.randint(1, 9) for _ in range(sizes["start"])]
        constants = sorted(rng.sample(range(1, 10), sizes["constants"]))
        depth, length = sizes["depth"], sizes["program"]
        program = self._random_program(rng, start, constants, depth, length)
        stack = start
        for instruction in program:
            stack = run_instruction(stack, instruction, depth)
        return {
            "start": start,
            "constants": constants,
            "depth": depth,
            "program": [instruction_text(i) for i in program],
            "target": stack,
            "turn_limit": length + sizes["spare"],
        }

    @staticmethod
    def _random_program(rng, start, constants, depth, length) -> list[tuple]:
        """A program whose stack contents never repeat and whose result is worth building (see
        ``worth_building``); after 100 tries, pushes only (the stack grows every step, so those
        never repeat)."""
        for _ in range(100):
            stack, seen, program = list(start), {tuple(start)}, []
            while len(program) < length:
                options = []
                for instruction in [("push", c) for c in constants] + [(o,) for o in OPERATIONS]:
                    after = run_instruction(stack, instruction, depth)
                    if isinstance(after, list) and tuple(after) not in seen:
                        if instruction[0] in ("sub", "mul", "add") and after[-1] in (0, stack[-2]):
                            continue  # x - x, x * 1 or x + 0: nothing built
                        options.append(
                            (instruction, after, _weight(instruction, stack, start, constants))
                        )
                if not options:
                    break
                instruction, stack, _ = rng.choices(options, weights=[w for *_, w in options])[0]
                seen.add(tuple(stack))
                program.append(instruction)
            else:
                uses_a_constant = any(i[0] == "push" for i in program)
                if uses_a_constant and worth_building(start, constants, stack, depth):
                    return program
        return [("push", constants[0])] * length

    def render(self, instance):
        constants = ", ".join(map(str, instance["constants"]))
        return (
            "You operate a stack machine, one instruction per turn. The stack holds whole "
            f"numbers; listed bottom to top it is now {self.stack_text(instance['start'])}. "
            f"Reach exactly this stack, bottom to top: {self.stack_text(instance['target'])}.\n"
            f"Instructions: push N (N must be one of {constants}); pop (drop the top); dup "
            "(copy the top); swap (exchange the top two); add, sub, mul (take the top a and the "
            "next b off the stack and push b + a, b - a or b * a). Values must stay within "
            f"-{BOUND}..{BOUND} and the stack within {instance['depth']} numbers. After each "
            "instruction you see the stack. An instruction that cannot run, or an unreadable "
            "one, uses up your turn and changes nothing. The target can be reached in "
            f"{len(instance['program'])} instructions; you have {instance['turn_limit']} turns. "
            "Write one instruction per turn, for example: push 4."
        )

    @staticmethod
    def stack_text(stack: list[int]) -> str:
        return "[" + ", ".join(map(str, stack)) + "]"

    def parse_action(self, text, instance):
        words = text.lower().split()
        if len(words) == 1 and words[0] in OPERATIONS:
            return (words[0],)
        if len(words) == 2 and words[0] == "push":
            number = words[1].removeprefix("-")
            if not number.isascii() or not number.isdigit() or len(number) > 6:
                raise ParseError(f"{words[1][:20]!r} is not a whole number")
            return ("push", int(words[1]))
        raise ParseError(
            "write one instruction: push N, pop, dup, swap, add, sub or mul (for example: push 4)"
        )

    def initial_state(self, instance):
        return {"stack": list(instance["start"])}

    def apply(self, instance, state, instruction):
        if instruction[0] == "push" and instruction[1] not in instance["constants"]:
            allowed = ", ".join(map(str, instance["constants"]))
            return Outcome(f"Error: push takes one of {allowed}. Nothing changed.")
        after = run_instruction(state["stack"], instruction, instance["depth"])
        if isinstance(after, str):
            return Outcome(f"Error: {after}. Nothing changed.")
        state["stack"] = after
        shown = f"{instruction_text(instruction)}: stack {self.stack_text(after)}."
        if after == instance["target"]:
            return Outcome(f"{shown} This is the target.", solved=True)
        return Outcome(shown)

    def policy(self, instance, state, actions):
        """The hidden program's next instruction, found by where the stack is on its path."""
        stack, depth = list(instance["start"]), instance["depth"]
        for text in instance["program"]:
            instruction = self.parse_action(text, instance)
            if stack == state["stack"]:
                return text
            stack = run_instruction(stack, instruction, depth)
        return "pop" if state["stack"] else f"push {instance['constants'][0]}"

    def random_action(self, instance, state, rng):
        """An instruction drawn uniformly from the allowed pushes and the operations."""
        choices = [f"push {c}" for c in instance["constants"]] + list(OPERATIONS)
        return rng.choice(choices)
