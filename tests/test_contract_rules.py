"""The rules the environment checker enforces can fail: guessable, example-leaking and
partial-credit-farming environments are caught; declared maximum difficulties hold in ``generate``
and in the curriculum; edited or foreign problem dicts are refused with a clear error.

Environments here are defined inside fixtures, at run time, so the per-environment contract
tests (which list environments at collection) never see them.
"""

from __future__ import annotations

import json
import time

import pytest

import rlve_gym
from rlve_gym import Curriculum, Environment, Problem, Verdict
from rlve_gym.audit import audit_level
from rlve_gym.curriculum import GroupResult
from rlve_gym.curriculum.curriculum import resolve_env_names
from rlve_gym.errors import ConfigError, InvalidDifficultyError, ProblemFormatError, RlveError


def _numbers_env(name: str, answer_of, example: str = "12", **fields):
    """An environment over one random number of ``digits`` digits with answer ``answer_of(n)``."""

    def schedule(self, difficulty):
        return {"digits": difficulty + 2}

    def generate_instance(self, rng, sizes):
        return {"n": rng.randint(10 ** (sizes["digits"] - 1), 10 ** sizes["digits"] - 1)}

    def solve(self, instance):
        return answer_of(instance["n"])

    def render(self, instance):
        return f"Consider {instance['n']}."

    body = {
        "description": "test environment",
        "answer_kind": "single_int",
        "answer_example": example,
        "schedule": schedule,
        "generate_instance": generate_instance,
        "solve": solve,
        "render": render,
        **fields,
    }
    return type(name, (Environment,), body)()


@pytest.fixture(scope="module")
def envs():
    def half_credit(self, instance, answer, reference):
        if answer == reference:
            return Verdict.right()
        return Verdict.wrong("not the number", score=0.5)

    return {
        "honest": _numbers_env("RulesHonestEcho", lambda n: n),
        "guessable": _numbers_env("RulesGuessableMod3", lambda n: n % 3),
        "leaky": _numbers_env("RulesLeakyExample", lambda n: 7 if n % 4 == 0 else n, example="7"),
        "farming": _numbers_env("RulesHalfCredit", lambda n: n, check=half_credit),
        "capped": _numbers_env("RulesCapped", lambda n: n, max_difficulty=2),
        "few": _numbers_env("RulesFewInstances", lambda n: n, few_instances=True),
    }


def test_an_honest_environment_passes_the_audit(envs):
    env = envs["honest"]
    assert audit_level(env, 3, seeds=100).violations(env) == []


def test_a_constant_answer_right_on_many_seeds_is_flagged(envs):
    env = envs["guessable"]
    level = audit_level(env, 3, seeds=100)
    assert level.best_constant_rate > 0.25
    assert any("constant answer" in v for v in level.violations(env))


def test_an_example_that_is_often_the_answer_is_flagged(envs):
    env = envs["leaky"]
    level = audit_level(env, 3, seeds=200)
    assert level.example_rate > 0.15
    assert any("prompt's example" in v for v in level.violations(env))


def test_partial_credit_for_blind_answers_is_flagged(envs):
    env = envs["farming"]
    level = audit_level(env, 3, seeds=60)
    assert level.random_partial_score == pytest.approx(0.5)
    assert any("partial credit" in v for v in level.violations(env))


def test_few_distinct_prompts_are_flagged_unless_declared_few_instance(envs):
    env, few = envs["honest"], envs["few"]
    # two-digit numbers at d = 0: 90 possible prompts, so 200 seeds repeat many
    assert any("distinct prompts" in v for v in audit_level(env, 0).violations(env))
    assert not any("distinct prompts" in v for v in audit_level(few, 0).violations(few))


def test_few_instance_tasks_stay_out_of_the_default_training_mix(envs):
    few = envs["few"].name
    assert few not in resolve_env_names("all")
    assert few not in resolve_env_names("custom")
    assert resolve_env_names([few]) == [few]


def test_generate_refuses_levels_above_the_declared_maximum(envs):
    env = envs["capped"]
    assert env.generate(difficulty=2, seed=0).difficulty == 2
    with pytest.raises(InvalidDifficultyError, match="0..2"):
        env.generate(difficulty=3, seed=0)


def test_the_curriculum_never_promotes_past_an_environment_maximum(envs):
    name = envs["capped"].name
    cur = Curriculum([name], {"policy": "rlve", "min_prompts": 1, "promote_threshold": 0.5})
    assert cur.max_difficulty(name) == 2
    for _ in range(30):
        for problem in cur.sample(2):
            cur.record_results([GroupResult.from_verdicts(problem, [Verdict.right()] * 4)])
    assert cur.frontier(name) == 2
    assert all(p.difficulty <= 2 for p in cur.sample(50))
    with pytest.raises(ConfigError, match="above its maximum"):
        Curriculum([name], {"initial_difficulty": 3})
    state = cur.state_dict()
    state["envs"][name]["frontier"] = 7
    cur.load_state_dict(state)
    assert cur.frontier(name) == 2


# ---------------------------------------------------------------- problems from files are input


def _problem():
    env = rlve_gym.make("ShortestPath")
    return env, env.generate(difficulty=3, seed=5)


def test_a_round_tripped_problem_verifies_even_with_reordered_keys():
    env, problem = _problem()
    data = json.loads(json.dumps(problem.to_dict()))
    data["instance"] = dict(reversed(list(data["instance"].items())))
    assert env.verify(data, problem.reference_response()).correct


def test_an_edited_size_field_is_refused_quickly():
    env, problem = _problem()
    data = json.loads(json.dumps(problem.to_dict()))
    data["instance"]["n"] = 10**9
    start = time.perf_counter()
    with pytest.raises(ProblemFormatError, match="edited or corrupted"):
        env.verify(data, problem.reference_response())
    assert time.perf_counter() - start < 1.0


def test_editing_a_generated_problem_in_place_is_refused():
    env, problem = _problem()
    problem.to_dict()["instance"]["shortest_distance"] = 1  # to_dict shares the instance
    with pytest.raises(ProblemFormatError):
        env.verify(problem, "<answer>0 1</answer>")


def test_a_huge_answer_field_is_refused_without_parsing_it():
    env, problem = _problem()
    data = {**problem.to_dict(), "answer": "1 " * 2_000_000}
    start = time.perf_counter()
    with pytest.raises(ProblemFormatError):
        env.verify(data, problem.reference_response())
    assert time.perf_counter() - start < 1.0


def test_a_problem_from_another_version_is_refused():
    env, problem = _problem()
    with pytest.raises(ProblemFormatError, match="version"):
        env.verify({**problem.to_dict(), "version": problem.version + 1}, "<answer>0</answer>")


def test_a_tampered_difficulty_is_refused_without_generating_it():
    env, problem = _problem()
    start = time.perf_counter()
    with pytest.raises(ProblemFormatError):
        env.verify({**problem.to_dict(), "difficulty": 10**9}, "<answer>0</answer>")
    assert time.perf_counter() - start < 1.0


def test_deeply_nested_problem_data_is_a_format_error_not_a_recursion_error():
    nested: list = []
    for _ in range(100_000):
        nested = [nested]
    _, problem = _problem()
    with pytest.raises(ProblemFormatError, match="nested"):
        Problem.from_dict({**problem.to_dict(), "instance": {"x": nested}})
    text = '{"instance": ' + "[" * 200_000 + "]" * 200_000 + "}"
    with pytest.raises(ProblemFormatError):
        Problem.from_dict(text)


def test_unknown_markers_and_a_string_of_responses_are_caller_errors():
    env, problem = _problem()
    with pytest.raises(RlveError, match="markers"):
        env.verify(problem, "<answer>0</answer>", markers="zzz")
    with pytest.raises(RlveError, match="list of response strings"):
        env.verify_batch(problem, "<answer>0</answer>")


def test_feedback_that_reveals_the_answer_is_caught():
    from tests import contract

    def telling(self, instance, answer, reference):
        if answer == reference:
            return Verdict.right()
        return Verdict.wrong(f"{answer} is wrong, it should be {reference}")

    env = _numbers_env("RulesTellingFeedback", lambda n: n * 7, check=telling)
    with pytest.raises(AssertionError, match="reveals the reference answer"):
        contract.check_feedback_never_reveals_the_answer(env.name)
    contract.check_feedback_never_reveals_the_answer(
        _numbers_env("RulesQuietFeedback", lambda n: n * 7).name
    )


def _guessing_env(name: str, size: int, *, policy_skips: bool = False):
    """A hidden-number game over 1..size with ``size.bit_length()`` turns."""
    from rlve_gym.answers import ParseError
    from rlve_gym.interactive import InteractiveEnvironment, Outcome

    def schedule(self, difficulty):
        return {"size": size + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["size"]
        return {"n": n, "hidden": rng.randint(1, n), "turn_limit": n.bit_length()}

    def render(self, instance):
        return f"Find my number in 1..{instance['n']}."

    def parse_action(self, text, instance):
        if not text.isdigit() or len(text) > 6:
            raise ParseError("a whole number")
        return int(text)

    def initial_state(self, instance):
        return {"low": 1, "high": instance["n"]}

    def apply(self, instance, state, guess):
        if guess == instance["hidden"]:
            return Outcome("found", solved=True)
        if guess < instance["hidden"]:
            state["low"] = max(state["low"], guess + 1)
            return Outcome("higher")
        state["high"] = min(state["high"], guess - 1)
        return Outcome("lower")

    def policy(self, instance, state, actions):
        middle = (state["low"] + state["high"]) // 2
        return str(state["low"] if policy_skips and not actions else middle)

    def random_action(self, instance, state, rng):
        return str(rng.randint(1, instance["n"]))

    body = {
        "description": "test game",
        "action_example": "5",
        **{f.__name__: f for f in (schedule, generate_instance, render, parse_action)},
        **{f.__name__: f for f in (initial_state, apply, policy, random_action)},
    }
    return type(name, (InteractiveEnvironment,), body)()


def test_interactive_rules_catch_a_guessable_game_and_a_weak_policy():
    from tests import contract

    fair = _guessing_env("RulesFairGuessing", 1000)
    contract.check_interactive_random_policy_earns_nothing(fair.name)
    contract.check_interactive_policy_solves(fair.name)
    contract.check_interactive_hostile_actions(fair.name)
    with pytest.raises(AssertionError, match="random policy"):
        contract.check_interactive_random_policy_earns_nothing(
            _guessing_env("RulesTinyGuessing", 8).name
        )
    with pytest.raises(AssertionError, match="scripted policy ends with reward"):
        contract.check_interactive_policy_solves(
            _guessing_env("RulesWastefulPolicy", 1000, policy_skips=True).name
        )
