"""StoneSwapBoundingBox: the four-fence solver against trying every set of moved stones."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.geometry.stone_swap_bounding_box import cheapest_smallest_fence, fence

ENV = rlve_gym.make("StoneSwapBoundingBox")


def all_choices(stones):
    """(perimeter, cost) of every 0/1 string, by placing the stones one by one."""
    result = {}
    for flags in itertools.product("01", repeat=len(stones)):
        placed = [(y, x) if f == "1" else (x, y) for (x, y, _), f in zip(stones, flags)]
        width = max(p[0] for p in placed) - min(p[0] for p in placed)
        height = max(p[1] for p in placed) - min(p[1] for p in placed)
        cost = sum(m for (_, _, m), f in zip(stones, flags) if f == "1")
        result["".join(flags)] = (2 * (width + height), cost)
    return result


def optimal_strings(stones):
    choices = all_choices(stones)
    best = min(choices.values())  # smallest perimeter, then smallest cost
    return best, {s for s, v in choices.items() if v == best}


@pytest.mark.parametrize("stones", range(1, 9))
def test_solver_and_checker_match_exhaustive_search(stones):
    rng = random.Random(stones)
    for _ in range(25):
        c = rng.randint(1, 8)
        instance = {
            "stones": [
                [rng.randint(0, c), rng.randint(0, c), rng.randint(1, 5)] for _ in range(stones)
            ]
        }
        (perimeter, cost), optimal = optimal_strings(instance["stones"])
        got_perimeter, got_cost, choice = cheapest_smallest_fence(instance["stones"])
        assert (got_perimeter, got_cost) == (perimeter, cost) and choice in optimal
        instance.update(best_perimeter=perimeter, best_cost=cost)
        for word in all_choices(instance["stones"]):
            assert ENV.check(instance, word, None).correct == (word in optimal)


@pytest.mark.parametrize("difficulty", (0, 1))
def test_generated_instances_match_exhaustive_search(difficulty):
    for seed in range(8):
        problem = ENV.generate(difficulty, seed)
        (perimeter, cost), optimal = optimal_strings(problem.instance["stones"])
        assert problem.instance["best_perimeter"] == perimeter
        assert problem.instance["best_cost"] == cost
        assert problem.answer in optimal
        n = len(problem.instance["stones"])
        assert "0" * n not in optimal and "1" * n not in optimal


def test_fallback_makes_doing_nothing_wrong():
    class Agreeable(random.Random):
        def random(self):
            return 0.0  # every stone drawn as (low, high): leaving them is optimal every time

        def randint(self, low, high):
            return low

    instance = ENV.generate_instance(Agreeable(0), ENV.schedule(0))
    stones = instance["stones"]
    n = len(stones)
    assert stones[0][:2] == [0, 12] and stones[1][:2] == [12, 0]
    assert fence(stones, "0" * n)[0] > instance["best_perimeter"]
    assert fence(stones, "1" * n)[0] > instance["best_perimeter"]
    assert ENV.check(instance, ENV.solve(instance), None).correct


def test_parse_and_reasons():
    problem = ENV.generate(2, 3)
    n = len(problem.instance["stones"])
    spaced = " ".join(problem.answer)
    assert ENV.verify(problem, f"<answer>{spaced}</answer>").correct
    for text in ("0110", "0" * (n + 1), "2" * n, "", "a" * n):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
    reason = ENV.verify(problem, f"<answer>{'0' * n}</answer>").reason
    assert "perimeter" in reason
