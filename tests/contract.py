"""The environment contract as small, named checks.

Each check takes an environment name and raises AssertionError with a message that tells the
author what to fix. ``tests/test_env_contract.py`` runs every check over every registered
environment, so an environment added later is covered without writing a line.
"""

from __future__ import annotations

import json
import re
import string
import time

import rlve_gym
from rlve_gym.audit import audit_env
from rlve_gym.environment import INTERNAL_ERROR_PREFIX
from rlve_gym.problem import Problem

SMALL_DIFFICULTIES = tuple(range(11))
LARGE_DIFFICULTIES = (15, 20, 25, 30)
PROMPT_LIMIT_CHARS = 8_000
PROMPT_LIMIT_MAX_DIFFICULTY = 20
#: levels past the audited ones that must generate in bounded time and memory (or the
#: environment declares a maximum difficulty)
REACH_DIFFICULTIES = (40, 70, 100)
REACH_SECONDS = 1.0
REACH_BYTES = 256 * 2**20
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
        problems = [env.generate(difficulty=d, seed=s) for s in range(12)]
        prompts = {
            json.dumps(p.instance, sort_keys=True) if _is_interactive(name) else p.prompt
            for p in problems
        }
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


def check_every_difficulty_reachable(name: str) -> None:
    """The curriculum keeps promoting, so every level it can reach must work: up to d = 100 (or
    the declared ``max_difficulty``) a problem generates in bounded time and memory and its
    reference verifies; past a declared maximum, ``generate`` refuses with a clear error."""
    import tracemalloc

    env = rlve_gym.make(name)
    top = env.max_difficulty
    levels = [d for d in REACH_DIFFICULTIES if top is None or d <= top]
    if top is not None and top not in levels:
        levels.append(top)
    for d in levels:
        took, problem = _timed_generation(env, d, 1)
        if took > REACH_SECONDS:  # one slow draw may be the machine: the faster of two counts
            took = min(took, _timed_generation(env, d, 2)[0])
        assert took <= REACH_SECONDS, (
            f"{name} d={d}: generation took {took:.2f}s (limit {REACH_SECONDS}s); make it faster "
            "or declare max_difficulty with the reason in the module docstring"
        )
        verdict = env.verify(problem, problem.reference_response())
        assert verdict.correct, f"{name} d={d}: the reference answer is judged {verdict}"
    tracemalloc.start()
    try:
        env.generate(difficulty=max(levels), seed=3)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak <= REACH_BYTES, (
        f"{name} d={max(levels)}: generation allocated {peak / 2**20:.0f} MB (limit "
        f"{REACH_BYTES // 2**20} MB)"
    )
    if top is not None:
        doc = __import__(env.__class__.__module__, fromlist=["_"]).__doc__ or ""
        assert "maximum difficulty" in doc.lower(), (
            f"{name} declares max_difficulty = {top}: say why in the module docstring "
            "(a sentence with the words 'maximum difficulty')"
        )
        try:
            env.generate(difficulty=top + 1, seed=0)
        except rlve_gym.InvalidDifficultyError:
            pass
        else:
            raise AssertionError(f"{name}: generate() above max_difficulty {top} must refuse")


def _timed_generation(env, difficulty: int, seed: int) -> tuple[float, Problem]:
    start = time.perf_counter()
    problem = env.generate(difficulty=difficulty, seed=seed)
    return time.perf_counter() - start, problem


def check_blind_answers_earn_nothing(name: str) -> None:
    """Reward must come from solving: at every audited level, no constant answer (the most common
    reference answers, the prompt's example, trivial strings, other seeds' answers) is right on
    more than 5% of 200 seeds, the example on more than 1%, random well-formed answers are
    rarely right, no blind answer earns more than 0.02 partial credit, and a level holds at
    least 150 distinct prompts (see ``rlve_gym.audit``)."""
    env = rlve_gym.make(name)
    problems = [v for level in audit_env(env) for v in level.violations(env)]
    assert not problems, f"{name}: blind answers earn reward:\n  " + "\n  ".join(problems)


def check_edited_problems_refused(name: str) -> None:
    """A problem dict is input too: an edited instance, answer or version is refused with a clear
    error (never a long computation, a crash inside a verifier, or a wrong verdict)."""
    env = rlve_gym.make(name)
    problem = env.generate(difficulty=3, seed=17)
    response = problem.reference_response()
    for label, edited in _edited_problem_dicts(problem):
        start = time.perf_counter()
        try:
            verdict = env.verify(edited, response)
        except rlve_gym.RlveError:
            pass
        else:
            assert not verdict.reason.startswith(INTERNAL_ERROR_PREFIX), (
                f"{name}: {label}: {verdict.reason}"
            )
        took = time.perf_counter() - start
        assert took < HOSTILE_SECONDS, f"{name}: verifying a problem with {label} took {took:.2f}s"


def _edited_problem_dicts(problem: Problem):
    base = json.loads(json.dumps(problem.to_dict()))
    for key, value in base["instance"].items():
        replacements = []
        if isinstance(value, bool):
            replacements = [not value]
        elif isinstance(value, int):
            replacements = [10**9, -1, 0, 10**30]
        elif isinstance(value, list):
            replacements = [[], value * 50, [10**9] * 3]
        elif isinstance(value, str):
            replacements = ["9" * 10_000, ""]
        for replacement in replacements:
            edited = json.loads(json.dumps(base))
            edited["instance"][key] = replacement
            yield f"instance[{key!r}] = {str(replacement)[:20]}", edited
    yield "a 1 MB answer", {**base, "answer": "1 " * 500_000}
    yield "another version", {**base, "version": base["version"] + 1}
    yield "difficulty 10**9", {**base, "difficulty": 10**9}
    yield "no instance data", {**base, "instance": {}}


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
    assert meta["seed"] == 4 and meta["difficulty"] == 2
    assert problem == rlve_gym.make(name).generate(difficulty=2, seed=4)
    if _is_interactive(name):  # a real multi-step episode: play the reference transcript
        assert prompt.startswith(problem.prompt)
        total, steps = 0.0, 0
        for action in json.loads(problem.answer):
            _, reward, terminated, truncated, step_info = env.step(_wrap(problem, action))
            total, steps = total + reward, steps + 1
        assert steps >= 1 and terminated and not truncated and step_info["verdict"]["correct"]
        assert abs(total - 1.0) < 1e-9, f"{name}: the rewards of a solved episode sum to {total}"
    else:
        assert prompt == problem.prompt
        _, reward, terminated, truncated, step_info = env.step(_wrap(problem, problem.answer))
        assert reward == 1.0 and terminated and not truncated and step_info["verdict"]["correct"]
    env.close()


def _is_interactive(name: str) -> bool:
    return bool(getattr(rlve_gym.make(name), "interactive", False))


# ---------------------------------------------------------------------------------------------
# multi-turn: natively interactive environments, and the feedback mode of every environment

INTERACTIVE_DIFFICULTIES = (0, 1, 2, 3, 5, 10, 20)
RANDOM_POLICY_EPISODES = 100
RANDOM_POLICY_MAX_REWARD = 0.05
STEP_SECONDS = 0.5


def check_interactive_policy_solves(name: str) -> None:
    """The scripted policy, played turn by turn through ``start``/``step``, solves every tested
    level with full reward, and replaying its transcript gives the same episode."""
    if not _is_interactive(name):
        return
    env = rlve_gym.make(name)
    for d in INTERACTIVE_DIFFICULTIES:
        for seed in (0, 1, 2):
            problem = env.generate(difficulty=d, seed=seed)
            episode = env.start(problem)
            observations = []
            while not episode.done:
                action = env.policy(problem.instance, episode._run.state, episode.actions)
                observations.append(
                    episode.step(f"Thinking.\n{_wrap(problem, action)}").observation
                )
            assert episode.solved and episode.reward == 1.0, (
                f"{name} d={d} seed={seed}: the scripted policy ends with reward {episode.reward} "
                f"after {episode.turns_used} of {episode.turn_limit} turns"
            )
            replayed = env.replay(problem, [_wrap(problem, a) for a in episode.actions])
            assert replayed.solved and replayed.actions == episode.actions, (
                f"{name} d={d} seed={seed}: replaying the transcript gives another episode"
            )
            again = env.start(problem)
            assert [
                again.step(_wrap(problem, a)).observation for a in episode.actions
            ] == observations, f"{name} d={d} seed={seed}: the same actions gave other feedback"


def check_interactive_random_policy_earns_nothing(name: str) -> None:
    if not _is_interactive(name):
        return
    import random

    env = rlve_gym.make(name)
    for d in (0, 3, 10):
        total = solved = 0.0
        for seed in range(RANDOM_POLICY_EPISODES):
            problem = env.generate(difficulty=d, seed=seed)
            verdict = env.verify(
                problem,
                _wrap(problem, env.random_answer(problem, random.Random(seed), problem)),
            )
            total += verdict.score
            solved += verdict.correct
        assert total / RANDOM_POLICY_EPISODES <= RANDOM_POLICY_MAX_REWARD, (
            f"{name} d={d}: a random policy earns {total / RANDOM_POLICY_EPISODES:.3f} on average"
        )
        assert solved / RANDOM_POLICY_EPISODES <= RANDOM_POLICY_MAX_REWARD, (
            f"{name} d={d}: a random policy solves {solved} of {RANDOM_POLICY_EPISODES} episodes"
        )


def check_interactive_hostile_actions(name: str) -> None:
    """Hostile text at every turn: never an exception, never a stall, never a success."""
    if not _is_interactive(name):
        return
    env = rlve_gym.make(name)
    problem = env.generate(difficulty=4, seed=11)
    hostile = hostile_responses(problem) + [
        _wrap(problem, "x" * 100_000),
        _wrap(problem, "\x00" * 50),
        _wrap(problem, env.action_example * 50),
    ]
    episode = env.start(problem)
    turn = 0
    while not episode.done:
        response = hostile[turn % len(hostile)]
        start = time.perf_counter()
        result = episode.step(response)
        took = time.perf_counter() - start
        assert took < STEP_SECONDS, f"{name}: a step on {response[:40]!r} took {took:.2f}s"
        assert result.observation and INTERNAL_ERROR_PREFIX not in result.observation
        turn += 1
        assert turn <= episode.turn_limit, f"{name}: the episode outlives its turn limit"
    assert not episode.solved, f"{name}: hostile turns solved the task"


def _leaks(answer: str, feedback: str, *allowed: str) -> bool:
    """Whether ``feedback`` shows the reference answer where neither the response nor the prompt
    (``allowed``) already does: what the model sees must not tell it more than it wrote."""
    answer = answer.strip()
    return bool(answer) and answer in feedback and not any(answer in a for a in allowed)


def check_feedback_never_reveals_the_answer(name: str) -> None:
    """Feedback mode (a single-turn task with retries) shows only the verdict's reason: no text a
    model sees after a wrong attempt contains the reference answer."""
    import random

    from rlve_gym.interactive import FeedbackEpisode

    if _is_interactive(name):
        return
    env = rlve_gym.make(name)
    for d in (0, 2, 5):
        for seed in (0, 1):
            problem = env.generate(difficulty=d, seed=seed)
            other = env.generate(difficulty=d, seed=seed + 100)
            rng = random.Random(seed)
            wrong = [
                *env.near_misses(problem),
                env.random_answer(problem, rng, other) or "",
                env.answer_example,
                other.answer,
                "",
                "not an answer",
            ]
            episode = FeedbackEpisode(env, problem, attempts=len(wrong) + 1)
            assert not _leaks(problem.answer, episode.observation, problem.prompt)
            for response in wrong:
                text = _wrap(problem, response)
                feedback = episode.step(text).observation
                if episode.done:
                    break
                # the attempt counter is the episode's own text, not the verifier's
                told = re.sub(r"You have \d+ attempts? left\.", "", feedback)
                assert not _leaks(problem.answer, told, text, problem.prompt), (
                    f"{name} d={d} seed={seed}: feedback {feedback[:200]!r} reveals the reference "
                    f"answer {problem.answer[:80]!r}"
                )


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
    check_every_difficulty_reachable,
    check_blind_answers_earn_nothing,
    check_edited_problems_refused,
    check_gymnasium,
    check_interactive_policy_solves,
    check_interactive_random_policy_earns_nothing,
    check_interactive_hostile_actions,
    check_feedback_never_reveals_the_answer,
]


def run_all(name: str) -> None:
    for check in ALL_CHECKS:
        check(name)
