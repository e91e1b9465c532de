"""The public Python API, its error messages, the Gymnasium ids and the CLI."""

import json
import subprocess
import sys

import gymnasium
import pytest
from typer.testing import CliRunner

import rlve_gym
from rlve_gym import Problem, RlveError
from rlve_gym.cli.app import app


def test_list_envs_have_categories():
    names = rlve_gym.list_envs()
    assert "Multiplication" in names
    info = rlve_gym.all_env_info()
    assert all(info[n]["category"] for n in names)
    assert rlve_gym.list_envs("arithmetic") and set(rlve_gym.list_envs("arithmetic")) <= set(names)


def test_unknown_environment_suggests_a_name():
    with pytest.raises(rlve_gym.UnknownEnvironmentError, match="did you mean 'Multiplication'"):
        rlve_gym.make("Multiplicaton")
    with pytest.raises(RlveError, match="did you mean"):
        rlve_gym.make("multiplication")


def test_unknown_category_is_a_clear_error():
    with pytest.raises(RlveError, match="unknown category 'graphs'"):
        rlve_gym.list_envs("graphs")


@pytest.mark.parametrize("difficulty", [-1, 1.5, "3", None, True])
def test_bad_difficulty_is_a_clear_error(difficulty):
    with pytest.raises(rlve_gym.InvalidDifficultyError, match="difficulty must be an integer >= 0"):
        rlve_gym.make("Multiplication").generate(difficulty=difficulty, seed=0)


@pytest.mark.parametrize("seed", [-1, 2**64, 1.0, "0"])
def test_bad_seed_is_a_clear_error(seed):
    with pytest.raises(rlve_gym.InvalidSeedError, match="seed must be an integer"):
        rlve_gym.make("Multiplication").generate(difficulty=0, seed=seed)


def test_numpy_integers_are_accepted():
    import numpy as np

    env = rlve_gym.make("Multiplication")
    assert env.generate(difficulty=np.int64(3), seed=np.uint32(5)) == env.generate(
        difficulty=3, seed=5
    )


def test_malformed_problem_dicts_are_clear_errors():
    good = rlve_gym.make("Multiplication").generate(difficulty=1, seed=0).to_dict()
    with pytest.raises(rlve_gym.ProblemFormatError, match="missing instance"):
        Problem.from_dict({k: v for k, v in good.items() if k != "instance"})
    with pytest.raises(rlve_gym.ProblemFormatError, match="'difficulty' must be int"):
        Problem.from_dict({**good, "difficulty": "3"})
    with pytest.raises(rlve_gym.ProblemFormatError, match="markers"):
        Problem.from_dict({**good, "markers": "xml"})
    with pytest.raises(rlve_gym.ProblemFormatError, match="does not parse"):
        Problem.from_dict("{not json")
    assert Problem.from_dict(json.dumps(good)).to_dict() == good


def test_verify_accepts_dicts_and_rejects_foreign_problems():
    env = rlve_gym.make("Multiplication")
    problem = env.generate(difficulty=2, seed=1)
    assert env.verify(problem.to_dict(), f"<answer>{problem.answer}</answer>").correct
    foreign = Problem(**{**problem.to_dict(), "env_name": "Other"})
    with pytest.raises(RlveError, match="verify it with rlve_gym.make"):
        env.verify(foreign, "<answer>1</answer>")


def test_verify_batch_matches_verify():
    env = rlve_gym.make("Multiplication")
    problem = env.generate(difficulty=4, seed=2)
    responses = [f"<answer>{problem.answer}</answer>", "<answer>0</answer>", "nothing", None]
    assert env.verify_batch(problem, responses) == [env.verify(problem, r) for r in responses]
    verdicts = env.verify_batch(problem, responses)
    assert [v.correct for v in verdicts] == [True, False, False, False]
    assert [v.format_ok for v in verdicts] == [True, True, False, False]


def test_boxed_markers_change_prompt_and_verification():
    env = rlve_gym.make("Multiplication")
    problem = env.generate(difficulty=2, seed=1, markers="boxed")
    assert "\\boxed" in problem.prompt
    assert env.verify(problem, f"\\boxed{{{problem.answer}}}").correct
    assert not env.verify(problem, f"<answer>{problem.answer}</answer>").correct
    assert env.verify(problem, f"<answer>{problem.answer}</answer>", markers="answer").correct


def test_gymnasium_make_with_and_without_prior_import():
    env = gymnasium.make("rlve/Multiplication-v0", difficulty=3)
    prompt, info = env.reset(seed=7)
    assert info["difficulty"] == 3 and info["seed"] == 7 and prompt == info["problem"]["prompt"]
    code = (
        "import gymnasium, sys\n"
        "env = gymnasium.make('rlve_gym:rlve/Multiplication-v0', difficulty=2)\n"
        "obs, info = env.reset(seed=1)\n"
        "_, r, term, trunc, step_info = env.step('<answer>' + info['problem']['answer'] + '</answer>')\n"
        "assert r == 1.0 and term and not trunc\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0 and "ok" in out.stdout, out.stderr


def test_gymnasium_make_bad_difficulty_is_clear():
    with pytest.raises(RlveError, match="difficulty must be an integer >= 0"):
        gymnasium.make("rlve/Multiplication-v0", difficulty=-2)


def test_gym_reset_without_seed_draws_reproducibly():
    env = gymnasium.make("rlve/Multiplication-v0", difficulty=3)
    env.reset(seed=11)
    first = [env.reset()[1]["seed"] for _ in range(3)]
    env.reset(seed=11)
    assert [env.reset()[1]["seed"] for _ in range(3)] == first


def test_import_is_light():
    code = "import sys, time; t=time.perf_counter(); import rlve_gym; print(time.perf_counter()-t, 'torch' in sys.modules, 'numba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    seconds, torch_loaded, numba_loaded = out.stdout.split()
    assert torch_loaded == "False" and numba_loaded == "False"


def test_custom_environment_registers_itself():
    from rlve_gym import Environment

    class EchoNumberForTest(Environment):
        description = "Repeat the number"
        answer_kind = "single_int"
        answer_example = "12"

        def schedule(self, difficulty):
            return {"digits": difficulty + 1}

        def generate_instance(self, rng, sizes):
            return {"n": rng.randint(10 ** (sizes["digits"] - 1), 10 ** sizes["digits"] - 1)}

        def solve(self, instance):
            return instance["n"]

        def render(self, instance):
            return f"Repeat {instance['n']}."

    assert "EchoNumberForTest" in rlve_gym.list_envs("custom")
    env = rlve_gym.make("EchoNumberForTest")
    problem = env.generate(difficulty=2, seed=0)
    assert env.verify(problem, f"<answer>{problem.answer}</answer>").correct
    gym_env = gymnasium.make("rlve/EchoNumberForTest-v0", difficulty=1)
    assert gym_env.reset(seed=0)[0].startswith("Repeat")


runner = CliRunner()


def test_cli_list_json_and_category_filter():
    result = runner.invoke(app, ["list", "--json", "--category", "arithmetic"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert rows and all(r["category"] == "arithmetic" for r in rows)


def test_cli_show_and_verify_round_trip():
    shown = runner.invoke(app, ["show", "Multiplication", "-d", "4", "-s", "3", "--json"])
    assert shown.exit_code == 0
    problem = json.loads(shown.stdout)
    verdict = runner.invoke(
        app,
        ["verify", "Multiplication", "-d", "4", "-s", "3", "--json"],
        input=f"<answer>{problem['answer']}</answer>",
    )
    assert verdict.exit_code == 0 and json.loads(verdict.stdout)["correct"] is True
    wrong = runner.invoke(
        app,
        ["verify", "Multiplication", "-d", "4", "-s", "3", "--json", "-r", "<answer>0</answer>"],
    )
    assert json.loads(wrong.stdout)["correct"] is False


def test_cli_user_errors_are_one_line():
    result = runner.invoke(app, ["show", "Multiplicaton"])
    assert result.exit_code == 2
    assert "did you mean 'Multiplication'" in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["show", "Multiplication", "-d", "-3"])
    assert result.exit_code == 2 and "difficulty must be an integer >= 0" in result.output
