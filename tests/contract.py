"""The environment contract as small, named checks.

Each check takes an environment name and raises AssertionError with a message that tells the
author what to fix. ``tests/test_env_contract.py`` runs every check over every registered
environment, so an environment added later is covered without writing a line.
"""

from __future__ import annotations

import json
import string
import time

import rlve_gym
from rlve_gym.environment import INTERNAL_ERROR_PREFIX
from rlve_gym.problem import Problem

SMALL_DIFFICULTIES = tuple(range(11))
LARGE_DIFFICULTIES = (15, 20, 25, 30)
PROMPT_LIMIT_CHARS = 8_000
PROMPT_LIMIT_MAX_DIFFICULTY = 20
TRIVIAL_LIMIT = 0.05
TRIVIAL_SEEDS = 60
TRIVIAL_DIFFICULTIES = (0, 3, 10)
GROWTH_SPAN = 4
HOSTILE_SECONDS = 2.0
PROMPT_CHARS = set(string.printable)


def _wrap(problem: Problem, text: str) -> str:
    if problem.markers == "boxed":
        return f"\\boxed{{{text}}}"
    return f"<answer>{text}</answer>"


def check_reference_verifies(name: str, seeds=(0, 1, 2)) -> None:
    env = rlve_gym.make(name)
    for d in SMALL_DIFFICULTIES + LARGE_DIFFICULTIES:
        for seed in seeds if d <= 10 else seeds[:1]:
            problem = env.generate(difficulty=d, seed=seed)
            verdict = env.verify(problem, f"Let me think.\n{_wrap(problem, problem.answer)}")
            assert verdict.correct and verdict.score == 1.0 and verdict.format_ok, (
                f"{name} d={d} seed={seed}: the reference answer {problem.answer[:80]!r} is judged "
                f"{verdict}; the solver, parser or checker disagree"
            )


def check_boxed_markers(name: str) -> None:
    env = rlve_gym.make(name)
    problem = env.generate(difficulty=2, seed=5, markers="boxed")
    assert "\\boxed" in problem.prompt, (
        f"{name}: a boxed-markers prompt must ask for \\boxed{{...}}"
    )
    verdict = env.verify(problem, f"so \\boxed{{{problem.answer}}}")
    assert verdict.correct, f"{name}: boxed reference answer judged {verdict}"


def check_json_round_trip(name: str) -> None:
    env = rlve_gym.make(name)
    for d in (0, 4, 12):
        problem = env.generate(difficulty=d, seed=3)
        restored = Problem.from_dict(json.loads(json.dumps(problem.to_dict())))
        assert restored == problem, (
            f"{name} d={d}: Problem.from_dict(to_dict()) differs from the original"
        )
        for response in (
            _wrap(problem, problem.answer),
            *(_wrap(problem, m) for m in env.near_misses(problem)),
        ):
            assert env.verify(restored, response) == env.verify(problem, response), (
                f"{name} d={d}: a JSON round-tripped problem verifies {response[:60]!r} differently"
            )


def check_seeds_differ(name: str) -> None:
    env = rlve_gym.make(name)
    for d in (3, 10):
        prompts = {env.generate(difficulty=d, seed=s).prompt for s in range(12)}
        assert len(prompts) >= 6, (
            f"{name} d={d}: only {len(prompts)} distinct prompts over 12 seeds"
        )


def check_near_misses_rejected(name: str) -> None:
    env = rlve_gym.make(name)
    for d in (0, 1, 3, 6, 10):
        for seed in (0, 1):
            problem = env.generate(difficulty=d, seed=seed)
            misses = env.near_misses(problem)
            assert misses, f"{name}: near_misses() returned nothing"
            for miss in misses:
                verdict = env.verify(problem, _wrap(problem, miss))
                assert not verdict.correct and verdict.score < 1.0, (
                    f"{name} d={d} seed={seed}: near miss {miss[:80]!r} was judged correct "
                    f"(reference {problem.answer[:80]!r})"
                )
                assert not verdict.reason.startswith(INTERNAL_ERROR_PREFIX), (
                    f"{name}: {verdict.reason}"
                )


def hostile_responses(problem: Problem) -> list[str]:
    """Responses that must never be judged correct and must never crash or stall a verifier."""
    huge_number = "9" * 200_000
    ref = problem.answer
    return [
        "",
        "I don't know.",
        ref,  # right text, but no markers
        f"<answer>{ref}",  # unclosed marker
        f"<think><answer>{ref}</answer></think>",  # only inside the reasoning
        "<answer></answer>",
        "<answer>   </answer>",
        f"<answer>{huge_number}</answer>",
        f"<answer>-{huge_number}</answer>",
        f"<answer>{' '.join([huge_number[:5000]] * 30)}</answer>",
        "<answer>" + "1 " * 600_000 + "</answer>",
        "x" * 1_000_000,
        "<answer>" + "\n".join(["0 1"] * 50_000) + "</answer>",
        "<answer>ŝ∑𝔘 \x00\x1b[31m ☃ \ud7ff\u202e</answer>",
        "<answer>nan inf 1e999 0x1F 1/0 ((((</answer>",
        "<answer>" + "[" * 10_000 + "]" * 10_000 + "</answer>",
        "\\boxed{" * 5_000,
        "<answer><answer></answer></answer>",
    ]


def check_hostile_responses(name: str) -> None:
    env = rlve_gym.make(name)
    problem = env.generate(difficulty=4, seed=11)
    for response in hostile_responses(problem):
        start = time.perf_counter()
        verdict = env.verify(problem, response)
        took = time.perf_counter() - start
        shown = response[:60]
        assert isinstance(verdict, rlve_gym.Verdict), f"{name}: verify returned {type(verdict)}"
        assert not verdict.correct, f"{name}: hostile response {shown!r} judged correct"
        assert verdict.reason, f"{name}: verdict without a reason for {shown!r}"
        assert 0.0 <= verdict.score < 1.0, f"{name}: score {verdict.score} for {shown!r}"
        assert not verdict.reason.startswith(INTERNAL_ERROR_PREFIX), f"{name}: {verdict.reason}"
        assert took < HOSTILE_SECONDS, f"{name}: verifying {shown!r} took {took:.2f}s"


def check_schedule_grows(name: str) -> None:
    env = rlve_gym.make(name)
    schedules = [env.schedule(d) for d in range(41)]
    keys = set(schedules[0])
    assert keys, f"{name}: schedule() returned no sizes"
    for d in range(1, 41):
        assert set(schedules[d]) == keys, (
            f"{name}: schedule({d}) has different keys than schedule(0)"
        )
        for key in keys:
            assert schedules[d][key] >= schedules[d - 1][key], (
                f"{name}: schedule value {key!r} decreases from d={d - 1} to d={d}"
            )
    for d in range(0, 41 - GROWTH_SPAN):
        assert any(schedules[d + GROWTH_SPAN][k] > schedules[d][k] for k in keys), (
            f"{name}: nothing in the schedule grows between d={d} and d={d + GROWTH_SPAN}"
        )


def check_prompt_limits(name: str) -> None:
    env = rlve_gym.make(name)
    for d in range(PROMPT_LIMIT_MAX_DIFFICULTY + 1):
        for seed in (0, 1):
            prompt = env.generate(difficulty=d, seed=seed).prompt
            assert len(prompt) <= PROMPT_LIMIT_CHARS, (
                f"{name} d={d}: prompt has {len(prompt)} characters (limit {PROMPT_LIMIT_CHARS} for d<=20)"
            )
            bad = set(prompt) - PROMPT_CHARS
            assert not bad, (
                f"{name} d={d}: prompt contains non-printable-ASCII characters {sorted(bad)[:5]}"
            )


def check_large_difficulties_generate(name: str) -> None:
    env = rlve_gym.make(name)
    for d in range(31):
        start = time.perf_counter()
        env.generate(difficulty=d, seed=7)
        took = time.perf_counter() - start
        assert took < 5.0, f"{name} d={d}: generation took {took:.2f}s"


def check_trivial_answers_rare(name: str) -> None:
    env = rlve_gym.make(name)
    if env.binary_outcome:
        return
    trivial = {t.lower() for t in env.trivial_answers}
    for d in TRIVIAL_DIFFICULTIES:
        hits = sum(
            env.generate(difficulty=d, seed=s).answer.strip().lower() in trivial
            for s in range(TRIVIAL_SEEDS)
        )
        assert hits <= TRIVIAL_LIMIT * TRIVIAL_SEEDS, (
            f"{name} d={d}: {hits}/{TRIVIAL_SEEDS} problems have a trivial answer (limit 5%)"
        )


def check_metadata(name: str) -> None:
    env = rlve_gym.make(name)
    assert env.description, f"{name}: set a one-line `description`"
    assert env.answer_example not in ("", "..."), f"{name}: set `answer_example`"
    assert env.category in rlve_gym.categories(), f"{name}: category {env.category!r} unknown"
    assert env.__class__.__module__.startswith("rlve_gym.envs."), (
        f"{name}: built-ins live under envs/"
    )
    doc = (
        env.__class__.__module__ and __import__(env.__class__.__module__, fromlist=["_"]).__doc__
    ) or ""
    assert "schedule" in doc.lower(), (
        f"{name}: the module docstring must document the difficulty schedule"
    )


def check_gymnasium(name: str) -> None:
    import gymnasium
    from gymnasium.utils.env_checker import check_env

    info = rlve_gym.all_env_info()[name]
    env = gymnasium.make(f"rlve/{name}-v{info['version']}", difficulty=2)
    check_env(env.unwrapped, skip_render_check=True)
    prompt, meta = env.reset(seed=4)
    problem = Problem.from_dict(meta["problem"])
    assert prompt == problem.prompt and meta["seed"] == 4 and meta["difficulty"] == 2
    assert problem == rlve_gym.make(name).generate(difficulty=2, seed=4)
    _, reward, terminated, truncated, step_info = env.step(_wrap(problem, problem.answer))
    assert reward == 1.0 and terminated and not truncated and step_info["verdict"]["correct"]
    env.close()


ALL_CHECKS = [
    check_metadata,
    check_reference_verifies,
    check_boxed_markers,
    check_json_round_trip,
    check_seeds_differ,
    check_near_misses_rejected,
    check_hostile_responses,
    check_schedule_grows,
    check_prompt_limits,
    check_large_difficulties_generate,
    check_trivial_answers_rare,
    check_gymnasium,
]


def run_all(name: str) -> None:
    for check in ALL_CHECKS:
        check(name)
