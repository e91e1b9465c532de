"""Multi-turn episodes: the feedback mode of single-turn environments (retries, rewards that
prefer earlier success, the verdict's reason as feedback), natively interactive episodes through
the Python API and Gymnasium, and offline re-scoring of a transcript."""

from __future__ import annotations

import json

import gymnasium
import pytest
from gymnasium.utils.env_checker import check_env

import rlve_gym
from rlve_gym.errors import RlveError
from rlve_gym.interactive import FeedbackEpisode, feedback_episode


def _wrap(text):
    return f"<answer>{text}</answer>"


def test_feedback_mode_rewards_earlier_success_more():
    env = rlve_gym.make("Multiplication")
    problem = env.generate(3, 0)
    first = FeedbackEpisode(env, problem, attempts=3, decay=0.5)
    assert first.step(_wrap(problem.answer)).reward == 1.0 and first.done and first.solved
    third = FeedbackEpisode(env, problem, attempts=3, decay=0.5)
    wrong = str(int(problem.answer) + 1)
    result = third.step(_wrap(wrong))
    assert not result.done and result.reward == 0.0
    assert "Your answer is wrong" in result.observation and "2 attempts left" in result.observation
    result = third.step("no markers at all")
    assert "could not be read" in result.observation and "1 attempt left" in result.observation
    result = third.step(_wrap(problem.answer))
    assert result.done and result.reward == 0.25 and third.verdict().correct


def test_feedback_mode_ends_with_zero_after_the_last_wrong_attempt():
    env = rlve_gym.make("SortDistinctIntegers")
    problem = env.generate(2, 1)
    episode = feedback_episode(env, problem, attempts=2)
    episode.step(_wrap("1 2"))
    result = episode.step(_wrap("3"))
    assert result.done and result.reward == 0.0 and "No attempts left" in result.observation
    with pytest.raises(RlveError, match="ended"):
        episode.step(_wrap(problem.answer))


@pytest.mark.parametrize("attempts", [0, -1, True, 1.5])
def test_feedback_mode_refuses_bad_attempt_counts(attempts):
    env = rlve_gym.make("Multiplication")
    with pytest.raises(RlveError, match="attempts"):
        FeedbackEpisode(env, env.generate(0, 0), attempts=attempts)


def test_gymnasium_feedback_mode_is_a_real_multi_step_episode():
    env = gymnasium.make("rlve/Multiplication-v0", difficulty=2, attempts=3)
    check_env(env.unwrapped, skip_render_check=True)
    observation, info = env.reset(seed=7)
    problem = rlve_gym.Problem.from_dict(info["problem"])
    assert observation.startswith(problem.prompt) and "3 attempts" in observation
    _, reward, terminated, truncated, _ = env.step(_wrap("0"))
    assert (reward, terminated, truncated) == (0.0, False, False)
    _, reward, terminated, truncated, step_info = env.step(_wrap(problem.answer))
    assert reward == 0.5 and terminated and not truncated and step_info["verdict"]["correct"]


def test_interactive_episode_through_gymnasium_sums_to_the_final_reward():
    env = gymnasium.make("rlve/HiddenNumberSearch-v0", difficulty=1)
    _, info = env.reset(seed=3)
    problem = rlve_gym.Problem.from_dict(info["problem"])
    total = 0.0
    for action in json.loads(problem.answer):
        observation, reward, terminated, truncated, _ = env.step(_wrap(action))
        total += reward
    assert terminated and not truncated and total == 1.0 and "found" in observation


def test_running_out_of_turns_truncates_the_episode():
    env = gymnasium.make("rlve/HiddenNumberSearch-v0", difficulty=0)
    _, info = env.reset(seed=3)
    hidden = info["problem"]["instance"]["hidden"]
    wrong = 1 if hidden != 1 else 2
    done = False
    while not done:
        _, reward, terminated, truncated, step_info = env.step(_wrap(f"guess {wrong}"))
        done = terminated or truncated
    assert truncated and not terminated and reward == 0.0
    assert not step_info["verdict"]["correct"]


def test_a_transcript_rescores_offline_exactly_like_the_live_episode():
    env = rlve_gym.make("HiddenNumberSearch")
    problem = env.generate(4, 2)
    turns = [_wrap("guess 10"), "I forgot the markers", _wrap("guess banana")]
    turns += [_wrap(a) for a in json.loads(problem.answer)]
    live = env.start(problem)
    for turn in turns:
        if live.done:
            break
        live.step(turn)
    replayed = env.replay(problem, turns)
    assert replayed.actions == live.actions and replayed.reward == live.reward
    verdict = env.verify(problem, _wrap(json.dumps(live.actions)))
    assert verdict.correct == live.solved and verdict.score == live.reward
    assert live.actions[1] == "" and live.actions[2] == "guess banana"


def test_feedback_for_bad_turns_says_what_was_wrong():
    env = rlve_gym.make("HiddenNumberSearch")
    episode = env.start(env.generate(0, 0))
    assert "No <answer>" in episode.step("guess 5").observation
    assert "Malformed action" in episode.step(_wrap("guess five")).observation
    assert "at most 200" in episode.step(_wrap("guess " + "9" * 300)).observation
    assert episode.turns_used == 3 and not episode.done
