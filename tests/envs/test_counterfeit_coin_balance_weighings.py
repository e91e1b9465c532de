"""CounterfeitCoinBalanceWeighings: the budget is the minimax number of weighings (a DP over
every split of the suspects), the thirds policy finds every counterfeit of either kind within it
(each weighing re-judged by a second simulator of the scale), and bad weighings cost a turn."""

from __future__ import annotations

import json
from functools import cache

import pytest

import rlve_gym
from rlve_gym.envs.interactive._item_sets import format_item_set, parse_item_set
from rlve_gym.envs.interactive.counterfeit_coin_balance_weighings import weighings_needed

ENV = rlve_gym.make("CounterfeitCoinBalanceWeighings")


@cache
def fewest_worst_case_weighings(suspects: int) -> int:
    """Minimax over every weighing of k suspects against k: the outcome leaves k, k or n - 2k
    (genuine coins on the pans add nothing when the counterfeit's kind is known)."""
    if suspects <= 1:
        return 0
    return 1 + min(
        max(fewest_worst_case_weighings(k), fewest_worst_case_weighings(suspects - 2 * k))
        for k in range(1, suspects // 2 + 1)
    )


@pytest.mark.parametrize("coins", range(1, 200))
def test_budget_is_the_minimax_number_of_weighings(coins):
    assert weighings_needed(coins) == fewest_worst_case_weighings(coins)


def tip(counterfeit: int, lighter: bool, left: set, right: set) -> str:
    """Second simulator of the scale with real weights: genuine 10, counterfeit 9 or 11."""
    weight = {True: 9, False: 11}[lighter]
    left_weight = sum(weight if c == counterfeit else 10 for c in left)
    right_weight = sum(weight if c == counterfeit else 10 for c in right)
    if left_weight == right_weight:
        return "balance"
    return "left" if left_weight > right_weight else "right"


@pytest.mark.parametrize("coins", [2, 3, 4, 9, 10, 26, 27, 28, 80, 82])
def test_every_counterfeit_of_either_kind_is_found_within_the_budget(coins):
    for counterfeit in range(1, coins + 1):
        for lighter in (True, False):
            instance = {
                "coins": coins,
                "counterfeit": counterfeit,
                "lighter": lighter,
                "turn_limit": weighings_needed(coins) + 1,
            }
            actions = ENV.solve(instance)
            assert len(actions) <= instance["turn_limit"]
            assert actions[-1] == f"answer {counterfeit}"
            state = ENV.initial_state(instance)
            for action in actions[:-1]:
                left_text, right_text = action.removeprefix("weigh ").split(" vs ")
                left = set(parse_item_set(left_text, coins))
                right = set(parse_item_set(right_text, coins))
                outcome = ENV.apply(instance, state, ENV.parse_action(action, instance))
                expected = tip(counterfeit, lighter, left, right)
                assert outcome.feedback.lower().startswith(
                    {"balance": "the pans balance", "left": "left", "right": "right"}[expected]
                )
            assert ENV.check(instance, actions, None).correct


def test_item_sets_round_trip_and_stay_bounded():
    assert format_item_set([1, 2, 3, 7, 9, 10]) == "1-3 7 9-10"
    assert parse_item_set("1-3, 7 9-10", 20) == [1, 2, 3, 7, 9, 10]
    for bad in ("", "3-1", "1-999999999999", "a", "1--2", "1-2-3"):
        with pytest.raises(ValueError):
            parse_item_set(bad, 20)


def test_bad_weighings_cost_a_turn_and_reveal_nothing():
    problem = ENV.generate(0, 5)
    episode = ENV.start(problem)
    for action, said in (
        ("weigh 1-3 vs 4-5", "same number"),
        ("weigh 1-3 vs 3-5", "only once"),
        ("weigh 1 vs 100000", "no coin 100000"),
        ("weigh 1 2 3", "Malformed"),
        ("answer 0", "no coin 0"),
    ):
        result = episode.step(f"<answer>{action}</answer>")
        assert said in result.observation and not result.done
    assert episode.turns_used == 5
    assert episode._run.state["suspects"] == list(range(1, problem.instance["coins"] + 1))


def test_a_wrong_answer_ends_the_game():
    problem = ENV.generate(3, 2)
    wrong = 1 if problem.instance["counterfeit"] != 1 else 2
    result = ENV.start(problem).step(f"<answer>answer {wrong}</answer>")
    assert result.done and result.reward == 0.0


def test_reference_transcripts_use_ranges_and_fit_the_budget():
    for d in (0, 10, 40):
        problem = ENV.generate(d, 3)
        actions = json.loads(problem.answer)
        assert len(actions) <= problem.instance["turn_limit"]
        assert all(len(a) < 60 for a in actions)
