"""The curriculum against a simulated learner, and the ``rlve-gym curriculum simulate`` command."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from rlve_gym import Curriculum, CurriculumConfig
from rlve_gym.curriculum.simulate import LearnerProfile, SimulatedLearner, run_simulation

NAMES = ["E0", "E1", "E2", "E3"]
POLICIES = [
    {},
    {"policy": "sequential"},
    {"policy": "sequential", "demote_threshold": 0.2, "weighting": "adaptive"},
]
POLICY_IDS = ["rlve", "sequential", "sequential-stepdown-adaptive"]


def simulate(options: dict, skill_cap: float = float("inf"), steps: int = 400, seed: int = 0):
    profiles = {
        name: LearnerProfile(
            skill=1.0, learning_rate=0.04 + 0.01 * i, temperature=1.0, skill_cap=skill_cap
        )
        for i, name in enumerate(NAMES)
    }
    learner = SimulatedLearner(profiles, seed=seed)
    curriculum = Curriculum(NAMES, CurriculumConfig(**options), seed=seed, check_names=False)
    return run_simulation(curriculum, learner, steps, prompts_per_step=16, group_size=8), learner


@pytest.mark.parametrize("options", POLICIES, ids=POLICY_IDS)
def test_frontier_rises_while_the_learner_improves(options):
    log, learner = simulate(options)
    for name in NAMES:
        assert learner.skill(name) > 8  # the learner did improve
        assert log.frontier[name][-1] >= log.frontier[name][100] + 3
        assert log.frontier[name][-1] >= 5


@pytest.mark.parametrize("options", POLICIES, ids=POLICY_IDS)
def test_frontier_stays_within_a_few_levels_of_the_fifty_percent_point(options):
    log, _ = simulate(options)
    for name in NAMES:
        gaps = [
            abs(h - s) for h, s in zip(log.frontier[name][50:], log.skill[name][50:], strict=True)
        ]
        assert max(gaps) <= 4.0, (name, max(gaps))
    assert log.mean_gap(50) <= 2.5


@pytest.mark.parametrize("options", POLICIES, ids=POLICY_IDS)
def test_frontier_stops_rising_when_the_learner_stalls(options):
    cap = 6.0
    stalled, learner = simulate(options, skill_cap=cap, steps=600)
    free, _ = simulate(options, steps=600)
    for name in NAMES:
        assert learner.skill(name) == cap
        assert max(stalled.frontier[name]) <= cap + 1
        assert stalled.frontier[name][-1] >= cap - 3  # it did get near the ceiling
        assert free.frontier[name][-1] >= cap + 4  # the same run without the ceiling goes on


def test_fixed_difficulty_does_not_follow_the_learner():
    log, learner = simulate({"policy": "fixed", "initial_difficulty": 2})
    assert all(set(log.frontier[name]) == {2} for name in NAMES)


def test_simulation_is_deterministic_for_a_seed():
    a, _ = simulate(POLICIES[2], steps=120, seed=3)
    b, _ = simulate(POLICIES[2], steps=120, seed=3)
    c, _ = simulate(POLICIES[2], steps=120, seed=4)
    assert a.to_dict() == b.to_dict()
    assert a.to_dict() != c.to_dict()


def test_learning_signal_is_zero_for_groups_without_variance():
    learner = SimulatedLearner({"E": LearnerProfile(skill=3.0, learning_rate=1.0)}, seed=0)
    from rlve_gym.curriculum import GroupResult

    learner.learn(
        [
            GroupResult("E", 0, 1, [True] * 8, [1.0] * 8),
            GroupResult("E", 9, 2, [False] * 8, [0.0] * 8),
        ]
    )
    assert learner.skill("E") == 3.0
    learner.learn([GroupResult("E", 3, 3, [True] * 4 + [False] * 4, [1.0] * 4 + [0.0] * 4)])
    assert learner.skill("E") == 4.0


# ---------------------------------------------------------------------------------------------
# the command


def test_simulate_command_writes_a_plot_and_a_log(tmp_path):
    from rlve_gym.cli.app import app

    result = CliRunner().invoke(
        app,
        [
            "curriculum",
            "simulate",
            "--virtual",
            "3",
            "--steps",
            "60",
            "--policy",
            "sequential",
            "--out",
            str(tmp_path),
            "--no-live",
        ],
    )
    assert result.exit_code == 0, result.output
    log = json.loads((tmp_path / "simulation.json").read_text())
    assert set(log["frontier"]) == {"sim00", "sim01", "sim02"}
    assert len(log["frontier"]["sim00"]) == 60
    assert log["config"]["curriculum"]["policy"] == "sequential"
    assert (tmp_path / "frontiers.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_simulate_command_runs_on_registered_environments(tmp_path):
    from rlve_gym.cli.app import app

    result = CliRunner().invoke(
        app,
        [
            "curriculum",
            "simulate",
            "--envs",
            "Multiplication",
            "--steps",
            "20",
            "--out",
            str(tmp_path),
            "--no-live",
        ],
    )
    assert result.exit_code == 0, result.output
    assert list(json.loads((tmp_path / "simulation.json").read_text())["frontier"]) == [
        "Multiplication"
    ]


@pytest.mark.parametrize(
    "args, message",
    [(["--policy", "greedy"], "policy"), (["--envs", "Multiplicaton"], "did you mean")],
)
def test_simulate_command_reports_bad_options_in_one_line(tmp_path, args, message):
    from rlve_gym.cli.app import app

    result = CliRunner().invoke(
        app, ["curriculum", "simulate", "--out", str(tmp_path), "--no-live", *args]
    )
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
