"""StackMachineReachTarget: a second interpreter (its own table of instructions) replays the
hidden program from the start stack to the target through contents that never repeat; a
breadth-first search over stack contents finds the target within the program's length (so the
turn limit is achievable) but not within two instructions (no trivial targets); errors, bounds
and malformed instructions cost a turn and change nothing."""

from __future__ import annotations

import json

import pytest

import rlve_gym
from rlve_gym.answers import ParseError
from rlve_gym.interactive import _Run

ENV = rlve_gym.make("StackMachineReachTarget")

BINARY = {"add": lambda b, a: b + a, "sub": lambda b, a: b - a, "mul": lambda b, a: b * a}


def step(stack: tuple[int, ...], word: str, depth: int) -> tuple[int, ...] | None:
    """One instruction by the docstring's rules, or None when it cannot run."""
    parts = word.split()
    if parts[0] == "push":
        return stack + (int(parts[1]),) if len(stack) < depth else None
    if parts[0] == "pop":
        return stack[:-1] if stack else None
    if parts[0] == "dup":
        return stack + stack[-1:] if stack and len(stack) < depth else None
    if len(stack) < 2:
        return None
    if parts[0] == "swap":
        return stack[:-2] + (stack[-1], stack[-2])
    value = BINARY[parts[0]](stack[-2], stack[-1])
    return stack[:-2] + (value,) if abs(value) <= 9999 else None


def all_instructions(constants):
    return [f"push {c}" for c in constants] + ["pop", "dup", "swap", "add", "sub", "mul"]


def fewest_instructions(instance, bound: int) -> int | None:
    start, target = tuple(instance["start"]), tuple(instance["target"])
    frontier, seen = {start}, {start}
    for steps in range(bound + 1):
        if target in frontier:
            return steps
        frontier = {
            after
            for stack in frontier
            for word in all_instructions(instance["constants"])
            if (after := step(stack, word, instance["depth"])) is not None and after not in seen
        }
        seen |= frontier
    return None


@pytest.mark.parametrize("difficulty", [0, 3, 7, 15, 30])
def test_the_hidden_program_reaches_the_target_without_repeating_a_stack(difficulty):
    for seed in range(10):
        instance = ENV.generate(difficulty, seed).instance
        stack = tuple(instance["start"])
        seen = {stack}
        for word in instance["program"]:
            stack = step(stack, word, instance["depth"])
            assert stack is not None and stack not in seen
            seen.add(stack)
        assert list(stack) == instance["target"]
        assert any(word.startswith("push") for word in instance["program"])
        assert len(instance["program"]) == ENV.schedule(difficulty)["program"]
        assert instance["turn_limit"] > len(instance["program"])


@pytest.mark.parametrize("difficulty", [0, 1, 2])
def test_targets_need_more_than_two_instructions_and_at_most_the_program(difficulty):
    fewest = []
    for seed in range(15):
        instance = ENV.generate(difficulty, seed).instance
        length = len(instance["program"])
        needed = fewest_instructions(instance, length)
        assert needed is not None and 3 <= needed <= length
        given = set(instance["start"]) | set(instance["constants"]) | {0}
        assert any(v not in given for v in instance["target"])
        fewest.append(needed)
    assert sum(fewest) / len(fewest) >= 3.5


def test_scripted_policy_runs_the_hidden_program():
    for seed in range(5):
        problem = ENV.generate(4, seed)
        assert json.loads(problem.answer) == problem.instance["program"]


def test_errors_and_malformed_instructions_cost_a_turn_and_change_nothing():
    instance = {
        **ENV.generate(0, 0).instance,
        "start": [9],
        "constants": [3, 9],
        "target": [81, 5],
        "depth": 3,
        "turn_limit": 20,
    }
    run = _Run(ENV, instance)
    for action, said in [
        ("add", "needs two numbers"),
        ("swap", "needs two numbers"),
        ("push 4", "push takes one of 3, 9"),
        ("push -3", "push takes one of 3, 9"),
        ("push three", "Malformed"),
        ("pop 2", "Malformed"),
        ("div", "Malformed"),
    ]:
        feedback = run.act(action)
        assert said in feedback and run.state["stack"] == [9], action
    for action in ("dup", "mul", "dup", "mul"):  # 81, then 6561
        run.act(action)
    assert run.state["stack"] == [6561]
    run.state["stack"] = [6561, 6561]
    assert "outside -9999..9999" in run.act("mul") and run.state["stack"] == [6561, 6561]
    run.state["stack"] = [1, 2, 3]
    assert "most it can" in run.act("dup") and run.state["stack"] == [1, 2, 3]
    run.state["stack"] = []
    assert "stack is empty" in run.act("pop")


def test_only_the_exact_target_solves():
    instance = {**ENV.generate(0, 0).instance, "start": [2], "constants": [3, 5], "target": [6]}
    instance["turn_limit"] = 10
    run = _Run(ENV, instance)
    run.act("push 3")
    assert not run.solved  # [2, 3]
    run.act("push 5")
    run.act("pop")
    feedback = run.act("mul")
    assert run.solved and feedback.endswith("This is the target.")


@pytest.mark.parametrize(
    "text", ["", "push", "push 1 2", "push 1.5", "PUSH 99999999", "add 1", "nop"]
)
def test_parse_rejects_malformed_instructions(text):
    with pytest.raises(ParseError):
        ENV.parse_action(text, ENV.generate(0, 0).instance)
