"""Curriculum sampling with real environments, state round trips, merging across processes,
metrics and config files."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

import rlve_gym
from rlve_gym import (
    ConfigError,
    Curriculum,
    CurriculumConfig,
    Environment,
    Problem,
    RlveError,
    UnknownEnvironmentError,
)
from rlve_gym.curriculum import GroupResult, canonical_groups
from rlve_gym.rng import stable_hash

GROUP = 8


@pytest.fixture(scope="module")
def toy_env() -> str:
    """A second, tiny environment, defined at run time so the environment-contract tests (which
    list environments at collection) never see it."""

    class CurriculumToyDoubling(Environment):
        description = "Twice a number (curriculum tests only)"
        answer_kind = "single_int"
        answer_example = "42"

        def schedule(self, difficulty):
            return {"digits": 1 + difficulty}

        def generate_instance(self, rng, sizes):
            return {"n": rng.randint(10 ** (sizes["digits"] - 1), 10 ** sizes["digits"] - 1)}

        def solve(self, instance):
            return 2 * instance["n"]

        def render(self, instance):
            return f"What is twice {instance['n']}?"

    return CurriculumToyDoubling.name


def responses_for(problem: Problem) -> list[str]:
    """A deterministic stand-in for a model: right more often on easy problems."""
    n_right = min(GROUP, max(0, 9 - problem.difficulty - stable_hash(problem.seed) % 3))
    return [f"<answer>{problem.answer}</answer>"] * n_right + ["<answer>-7</answer>"] * (
        GROUP - n_right
    )


def train_steps(cur: Curriculum, steps: int, prompts: int = 6) -> list[tuple]:
    """Run ``steps`` sample/verify/record rounds; return what was drawn and decided each step."""
    trace = []
    for _ in range(steps):
        problems = cur.sample(prompts)
        for problem in problems:
            env = cur.environment(problem.env_name)
            cur.record(problem, env.verify_batch(problem, responses_for(problem)))
        trace.append(([p.to_dict() for p in problems], cur.frontiers()))
    return trace


CONFIGS = [
    {},
    {"policy": "sequential", "demote_threshold": 0.2, "weighting": "adaptive", "min_prompts": 2},
]


@pytest.mark.parametrize("options", CONFIGS, ids=["rlve", "sequential-adaptive"])
def test_state_round_trip_mid_run_reproduces_problems_and_decisions(toy_env, options):
    names = ["Multiplication", toy_env]
    uninterrupted = Curriculum(names, CurriculumConfig(**options), seed=11)
    full = train_steps(uninterrupted, 30)
    assert full[-1][1] != full[0][1], "the frontiers should have moved in this run"

    first = Curriculum(names, CurriculumConfig(**options), seed=11)
    head = train_steps(first, 12)
    saved = json.loads(json.dumps(first.state_dict()))
    assert saved["version"] == rlve_gym.curriculum.STATE_VERSION
    # the seed comes from the state, not from the constructor
    resumed = Curriculum(names, CurriculumConfig(**options), seed=999)
    resumed.load_state_dict(saved)
    tail = train_steps(resumed, 18)
    assert head + tail == full
    assert resumed.state_dict() == uninterrupted.state_dict()


def test_same_seed_same_problems_different_seed_different(toy_env):
    a = [p.to_dict() for p in Curriculum(["Multiplication", toy_env], seed=3).sample(20)]
    b = [p.to_dict() for p in Curriculum(["Multiplication", toy_env], seed=3).sample(20)]
    c = [p.to_dict() for p in Curriculum(["Multiplication", toy_env], seed=4).sample(20)]
    assert a == b and a != c
    assert {p["env_name"] for p in a} == {"Multiplication", toy_env}


def test_sampling_leaves_global_random_state_alone():
    py_state, np_state = random.getstate(), np.random.get_state()
    Curriculum(["Multiplication"], seed=1).sample(10)
    assert random.getstate() == py_state
    assert all(
        np.array_equal(x, y) if isinstance(x, np.ndarray) else x == y
        for x, y in zip(np.random.get_state(), np_state, strict=True)
    )


def test_sample_generates_what_draw_decided():
    drawn = Curriculum(["Multiplication"], {"initial_difficulty": 5}, seed=2).draw(5)
    problems = Curriculum(["Multiplication"], {"initial_difficulty": 5}, seed=2).sample(5)
    env = rlve_gym.make("Multiplication")
    for d, problem in zip(drawn, problems, strict=True):
        assert (problem.env_name, problem.difficulty, problem.seed) == tuple(d)
        assert problem == env.generate(d.difficulty, d.seed)


def test_boxed_markers_reach_the_prompts():
    problem = Curriculum(["Multiplication"], {"markers": "boxed"}).sample(1)[0]
    assert problem.markers == "boxed" and "\\boxed" in problem.prompt


# ---------------------------------------------------------------------------------------------
# several processes


def _batch_results(cur: Curriculum, rng: random.Random, prompts: int = 24) -> list[GroupResult]:
    results = []
    for d in cur.draw(prompts):
        k = rng.randint(0, GROUP) if d.difficulty >= 2 else GROUP
        correct = [True] * k + [False] * (GROUP - k)
        rng.shuffle(correct)
        results.append(
            GroupResult(d.env_name, d.difficulty, d.seed, correct, [float(c) for c in correct])
        )
    return results


def _shard(results: list[GroupResult], rng: random.Random, ranks: int) -> list[list[dict]]:
    """Deal results to ranks at random, splitting some groups between ranks (as JSON dicts)."""
    shards: list[list[dict]] = [[] for _ in range(ranks)]
    for result in results:
        if rng.random() < 0.3:  # this group's samples were verified on two ranks
            cut = rng.randint(1, result.size - 1)
            first, second = rng.sample(range(ranks), 2)
            shards[first].append(
                GroupResult(
                    result.env_name,
                    result.difficulty,
                    result.seed,
                    result.correct[:cut],
                    result.scores[:cut],
                ).to_dict()
            )
            shards[second].append(
                GroupResult(
                    result.env_name,
                    result.difficulty,
                    result.seed,
                    result.correct[cut:],
                    result.scores[cut:],
                ).to_dict()
            )
        else:
            shards[rng.randrange(ranks)].append(result.to_dict())
    return shards


@pytest.mark.parametrize("options", CONFIGS, ids=["rlve", "sequential-adaptive"])
def test_every_rank_reaches_the_same_state_from_the_same_union_in_any_order(options):
    names = ["A", "B", "C"]

    def make() -> Curriculum:
        return Curriculum(
            names, CurriculumConfig(min_samples=24, **options), seed=5, check_names=False
        )

    reference, rank0, rank1 = make(), make(), make()
    rng = random.Random(0)
    for step in range(25):
        results = _batch_results(reference, rng)
        assert rank0.draw(24) == rank1.draw(24)  # ranks draw the same problems as the reference
        reference.record_results(results)
        shards = _shard(results, rng, ranks=3)
        gathered0 = [r for shard in shards for r in shard]
        gathered1 = [r for shard in reversed(shards) for r in shard]
        rng.shuffle(gathered1)
        rank0.record_results(gathered0)
        rank1.record_results(gathered1)
        assert rank0.state_dict() == rank1.state_dict() == reference.state_dict(), f"step {step}"
    assert reference.state_dict()["envs"]["A"]["promotions"] > 0
    groups = sum(reference.state_dict()["envs"][n]["groups"] for n in names)
    assert groups == 25 * 24  # a group split between ranks still counts once


def test_canonical_groups_join_parts_of_one_group():
    parts = [
        GroupResult("A", 1, 7, [True, False], [1.0, 0.0]),
        GroupResult("A", 0, 9, [True], [1.0]),
        GroupResult("A", 1, 7, [True], [1.0]),
    ]
    joined = canonical_groups(parts)
    assert [(g.difficulty, g.seed, g.size) for g in joined] == [(0, 9, 1), (1, 7, 3)]
    assert canonical_groups(reversed(parts)) == joined


def test_record_is_record_results_of_one_group():
    env = rlve_gym.make("Multiplication")
    a, b = Curriculum(["Multiplication"], seed=1), Curriculum(["Multiplication"], seed=1)
    for problem in a.sample(3):
        verdicts = env.verify_batch(problem, responses_for(problem))
        a.record(problem, verdicts)
        b.record_results([GroupResult.from_verdicts(problem.to_dict(), verdicts).to_dict()])
    b.draw(3)
    assert a.state_dict() == b.state_dict()


def test_group_result_accepts_verdict_dicts_and_rejects_junk():
    problem = {"env_name": "A", "difficulty": 2, "seed": 5}
    verdicts = [rlve_gym.Verdict.right(), rlve_gym.Verdict.wrong("no", score=0.5)]
    from_objects = GroupResult.from_verdicts(problem, verdicts)
    assert from_objects == GroupResult.from_verdicts(problem, [v.to_dict() for v in verdicts])
    assert from_objects.correct == [True, False] and from_objects.scores == [1.0, 0.5]
    with pytest.raises(RlveError, match="Verdict"):
        GroupResult.from_verdicts(problem, ["correct"])


def test_group_result_round_trips_through_json():
    result = GroupResult("Multiplication", 3, 2**63 + 5, [True, False], [1.0, 0.25])
    assert GroupResult.from_dict(json.loads(json.dumps(result.to_dict()))) == result
    assert result.effective and not GroupResult("M", 0, 1, [True, True], [1.0, 1.0]).effective
    with pytest.raises(RlveError, match="GroupResult.to_dict"):
        GroupResult.from_dict({"env_name": "M"})


# ---------------------------------------------------------------------------------------------
# metrics, names, state errors


def test_metrics_keys_are_flat_and_stable():
    cur = Curriculum(["Multiplication"], seed=0)
    before = cur.metrics()
    env = rlve_gym.make("Multiplication")
    for problem in cur.sample(10):
        cur.record(problem, env.verify_batch(problem, responses_for(problem)))
    after = cur.metrics()
    assert set(before) == set(after)
    for key in (
        "difficulty",
        "frontier_accuracy",
        "accuracy",
        "effective_prompt_ratio",
        "problems_served",
    ):
        assert f"curriculum/Multiplication/{key}" in after
    assert all(type(v) is float for v in after.values())
    assert after["curriculum/Multiplication/problems_served"] == 10.0
    assert after["curriculum/problems_served"] == 10.0


def test_environment_selection_by_all_and_by_category():
    assert "Multiplication" in Curriculum("arithmetic").env_names
    info = rlve_gym.all_env_info()
    few = [n for n in rlve_gym.list_envs() if info[n]["few_instances"]]
    assert few, "the catalog has few-instance tasks; 'all' must leave them out"
    interactive = rlve_gym.list_envs("interactive")
    assert interactive, "multi-turn environments exist; 'all' means the single-turn ones"
    assert Curriculum("all").env_names == [
        n for n in rlve_gym.list_envs() if n not in few and n not in interactive
    ]
    assert Curriculum("interactive").env_names == interactive
    assert Curriculum(few[:1]).env_names == few[:1]
    assert Curriculum(["Multiplication", "Multiplication"]).env_names == ["Multiplication"]
    env = rlve_gym.make("Multiplication")
    assert Curriculum([env]).environment("Multiplication") is env
    with pytest.raises(UnknownEnvironmentError, match="did you mean 'Multiplication'"):
        Curriculum(["Multiplicaton"])


def test_load_state_dict_rejects_foreign_states():
    cur = Curriculum(["A", "B"], seed=0, check_names=False)
    state = cur.state_dict()
    with pytest.raises(ConfigError, match="lacks C"):
        Curriculum(["A", "B", "C"], check_names=False).load_state_dict(state)
    with pytest.raises(ConfigError, match="has B not in this curriculum"):
        Curriculum(["A"], check_names=False).load_state_dict(state)
    with pytest.raises(ConfigError, match="version"):
        cur.load_state_dict({**state, "version": 99})
    with pytest.raises(ConfigError, match="frontier"):
        broken = json.loads(json.dumps(state))
        broken["envs"]["A"]["frontier"] = -1
        cur.load_state_dict(broken)
    assert cur.state_dict() == state  # a rejected state changes nothing


# ---------------------------------------------------------------------------------------------
# config files


def test_config_loads_from_yaml_and_json(tmp_path):
    yaml_path = tmp_path / "cur.yaml"
    yaml_path.write_text(
        "curriculum:\n  policy: sequential\n  window: 3\n  demote_threshold: 0.2\n"
    )
    json_path = tmp_path / "cur.json"
    json_path.write_text(json.dumps({"policy": "sequential", "window": 3, "demote_threshold": 0.2}))
    assert CurriculumConfig.from_file(yaml_path) == CurriculumConfig.from_file(json_path)
    assert CurriculumConfig.from_file(yaml_path).window == 3
    assert Curriculum(["Multiplication"], str(yaml_path)).config.policy == "sequential"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("window: 0\n", "window"),
        ("tau: 0.8\n", "tau"),
        ("promote_threshold: [1, 2]\n", "promote_threshold"),
        ("policy: [unclosed\n", "not valid YAML"),
        ("- 1\n- 2\n", "expected a mapping"),
    ],
)
def test_bad_config_files_give_one_line_errors(tmp_path, text, expected):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        CurriculumConfig.from_file(path)
    assert expected in str(info.value) and "\n" not in str(info.value)
    assert str(path) in str(info.value)


def test_missing_config_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        CurriculumConfig.from_file(tmp_path / "nope.yaml")
