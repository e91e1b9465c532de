"""DefectiveItemsByPooledTests: binary splitting finds every defective set of small instances
within the budget (each test re-judged by a second simulator), the budget never undercuts the
information-theoretic minimum, the environment's deductions are sound under random tests, and
bad actions cost a turn."""

from __future__ import annotations

import itertools
import json
import math
import random

import pytest

import rlve_gym
from rlve_gym.envs.interactive._item_sets import parse_item_set
from rlve_gym.envs.interactive.defective_items_by_pooled_tests import binary_splitting_tests

ENV = rlve_gym.make("DefectiveItemsByPooledTests")


def instance_of(items, defective):
    return {
        "items": items,
        "defectives": len(defective),
        "defective": sorted(defective),
        "turn_limit": binary_splitting_tests(items, len(defective)) + 1,
    }


def replay_independently(items, defective, actions):
    """Second simulator: every test's answer from the hidden set; the answer must be last."""
    tests = 0
    for action in actions[:-1]:
        word, pool = action.split(maxsplit=1)
        assert word == "test"
        named = parse_item_set(pool, items)
        assert named and all(1 <= x <= items for x in named)
        tests += 1
    word, rest = actions[-1].split(maxsplit=1)
    return tests, word == "answer" and sorted(map(int, rest.split())) == sorted(defective)


@pytest.mark.parametrize("items,count", [(6, 1), (7, 2), (8, 3), (9, 2), (10, 3), (12, 2)])
def test_every_defective_set_is_found_within_the_budget(items, count):
    limit = binary_splitting_tests(items, count) + 1
    for defective in itertools.combinations(range(1, items + 1), count):
        instance = instance_of(items, defective)
        actions = ENV.solve(instance)
        tests, right = replay_independently(items, defective, actions)
        assert right and tests + 1 <= limit
        assert ENV.check(instance, actions, None).correct


@pytest.mark.parametrize("items", range(4, 80, 5))
def test_budget_is_at_least_the_information_theoretic_minimum(items):
    for count in range(1, items // 3):
        assert binary_splitting_tests(items, count) >= math.ceil(math.log2(math.comb(items, count)))


def test_deductions_are_sound_under_random_tests():
    rng = random.Random(7)
    for _ in range(200):
        items = rng.randint(4, 30)
        defective = set(rng.sample(range(1, items + 1), rng.randint(1, 4)))
        instance = instance_of(items, defective)
        state = ENV.initial_state(instance)
        for _ in range(rng.randint(1, 15)):
            pool = rng.sample(range(1, items + 1), rng.randint(1, items))
            ENV.apply(instance, state, ("test", pool))
            assert set(state["found"]) <= defective
            assert not set(state["cleared"]) & defective
            for p in state["pools"]:
                assert set(p) & defective and len(p) >= 2


def test_bad_actions_cost_a_turn_and_a_wrong_answer_ends_the_game():
    problem = ENV.generate(0, 4)
    defective = problem.instance["defective"]
    episode = ENV.start(problem)
    for action, said in (
        ("test 1 1", "named twice"),
        ("test 17", "no item 17"),
        ("answer 1 2", "exactly 3 items"),
        ("test", "Malformed"),
        ("check 1-3", "Malformed"),
    ):
        result = episode.step(f"<answer>{action}</answer>")
        assert said in result.observation and not result.done
    wrong = [x for x in range(1, 17) if x not in defective][:3]
    result = episode.step("<answer>answer " + " ".join(map(str, wrong)) + "</answer>")
    assert result.done and result.reward == 0.0


def test_feedback_is_only_positive_or_negative():
    problem = ENV.generate(2, 0)
    defective = set(problem.instance["defective"])
    text = ENV.start(problem).step("<answer>test 1-5</answer>").observation
    expected = "positive" if defective & set(range(1, 6)) else "negative"
    assert text.startswith(f"Pool of 5: {expected}.")


def test_reference_transcripts_fit_the_budget():
    for d in (0, 6, 20):
        problem = ENV.generate(d, 5)
        actions = json.loads(problem.answer)
        instance = problem.instance
        tests, right = replay_independently(instance["items"], instance["defective"], actions)
        assert right and tests + 1 <= instance["turn_limit"]
