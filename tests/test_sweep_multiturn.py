"""Sweeps over multi-turn episodes: a conversation per (problem, sample) with the environment's
feedback as the next user turn, the turn limit respected, rows that re-score offline, and the
feedback mode of a single-turn environment."""

from __future__ import annotations

import json
import re

import rlve_gym
from rlve_gym.evaluation import Completion, SamplingConfig, SweepSpec, run_sweep

RANGE = re.compile(r"between 1 and (\d+)")
FEEDBACK = re.compile(r"(\d+): (higher|lower)")
PRODUCT = re.compile(r"product (-?\d+) \* (-?\d+)")


class BisectingBackend:
    """Plays HiddenNumberSearch by reading the conversation: binary search over what the
    feedback so far allows, or (``blind``) the same guess every turn."""

    def __init__(self, blind: bool = False):
        self.blind = blind
        self.calls = 0

    def describe(self):
        return f"scripted:bisect:{self.blind}"

    def generate(self, conversations, sampling, seeds):
        assert sampling.samples == 1
        self.calls += 1
        out = []
        for conversation in conversations:
            task = next(m["content"] for m in conversation if RANGE.search(m["content"]))
            low, high = 1, int(RANGE.search(task).group(1))
            for message in conversation:
                if message["role"] == "user":
                    for guess, way in FEEDBACK.findall(message["content"]):
                        if way == "higher":
                            low = max(low, int(guess) + 1)
                        else:
                            high = min(high, int(guess) - 1)
            guess = 1 if self.blind else (low + high) // 2
            out.append([Completion(f"<answer>guess {guess}</answer>", 3, "stop")])
        return out

    def close(self):
        pass


def _spec(**overrides):
    options = dict(
        envs=["HiddenNumberSearch"],
        difficulties=[0, 3],
        problems_per_cell=3,
        sampling=SamplingConfig(samples=2, temperature=1.0, max_tokens=16),
        seed=1,
        batch_size=4,
    )
    options.update(overrides)
    return SweepSpec(**options)


def test_a_sweep_plays_each_episode_as_a_conversation_and_rows_rescore(tmp_path):
    backend = BisectingBackend()
    result = run_sweep(_spec(), backend, tmp_path, progress=False, plots=False)
    assert all(cell.accuracy == 1.0 for cell in result.cells)
    env = rlve_gym.make("HiddenNumberSearch")
    rows = [json.loads(line) for line in (tmp_path / "responses.jsonl").read_text().splitlines()]
    assert len(rows) == 2 * 3 * 2
    for row in rows:
        problem = rlve_gym.Problem.from_dict(row["problem"])
        turns = json.loads(row["response"])
        assert row["turns"] == len(turns) <= problem.instance["turn_limit"]
        replayed = env.replay(problem, turns)
        assert replayed.verdict().to_dict() == row["verdict"] and replayed.solved


def test_blind_play_uses_the_whole_turn_limit_and_fails(tmp_path):
    result = run_sweep(_spec(), BisectingBackend(blind=True), tmp_path, progress=False, plots=False)
    assert all(cell.accuracy < 0.5 for cell in result.cells)
    rows = [json.loads(line) for line in (tmp_path / "responses.jsonl").read_text().splitlines()]
    for row in rows:
        if not row["verdict"]["correct"]:
            assert row["turns"] == row["problem"]["instance"]["turn_limit"]


class SecondTryBackend:
    """Multiplication in feedback mode: a wrong product first, the right one after feedback."""

    def describe(self):
        return "scripted:second-try"

    def generate(self, conversations, sampling, seeds):
        out = []
        for conversation in conversations:
            a, b = map(int, PRODUCT.search(conversation[1]["content"]).groups())
            tried = sum(m["role"] == "assistant" for m in conversation)
            answer = a * b if tried else a * b + 1
            out.append([Completion(f"<answer>{answer}</answer>", 2, "stop")])
        return out

    def close(self):
        pass


def test_feedback_mode_sweep_of_a_single_turn_environment(tmp_path):
    spec = _spec(envs=["Multiplication"], attempts=3, sampling=SamplingConfig(samples=1))
    result = run_sweep(spec, SecondTryBackend(), tmp_path, progress=False, plots=False)
    assert all(cell.accuracy == 1.0 for cell in result.cells)
    rows = [json.loads(line) for line in (tmp_path / "responses.jsonl").read_text().splitlines()]
    assert all(row["turns"] == 2 and row["verdict"]["score"] == 0.5 for row in rows)
    manifest = json.loads((tmp_path / "sweep.json").read_text())
    assert manifest["identity"]["attempts"] == 3
