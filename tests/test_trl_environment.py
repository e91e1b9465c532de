"""CurriculumSpec in TRL's native environment interface, on CPU with a tiny local model: one
problem per GRPO group chosen at generation time, every verdict recorded, None for verifier
failures, picklable factories, and curriculum state that survives a checkpoint resume."""

from __future__ import annotations

import importlib.util
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import rlve_gym
from rlve_gym.curriculum import Curriculum
from rlve_gym.curriculum.results import GroupResult

pytestmark = [pytest.mark.slow, pytest.mark.train]

if importlib.util.find_spec("torch") is None or importlib.util.find_spec("trl") is None:
    pytest.skip(
        "needs the [train] extras (torch, trl): bash scripts/install_train_extras.sh",
        allow_module_level=True,
    )

from rlve_gym.trainers.trl_env import (  # noqa: E402
    GROUP_COLUMN,
    SPEC_STATE_FILE,
    CurriculumSpec,
    hub,
)

ENVS = ["Multiplication", "SortDistinctIntegers"]
GROUP = 4
GROUPS_PER_STEP = 2
CURRICULUM = {"initial_difficulty": 3, "demote_threshold": 0.3, "window": 2, "min_prompts": 1}


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    from rlve_gym.trainers.config import TinyModelSettings
    from rlve_gym.trainers.tiny_model import build_tiny_model

    settings = TinyModelSettings(
        hidden_size=64,
        num_layers=1,
        num_attention_heads=2,
        num_key_value_heads=1,
        intermediate_size=64,
        tokenizer_corpus_problems=30,
    )
    return build_tiny_model(
        tmp_path_factory.mktemp("model") / "tiny", ENVS, settings, seed=0, system_prompt=""
    )


class Recorder:
    """Wraps the spec's reward function and keeps what TRL passed to it."""

    __name__ = "recorded_reward"

    def __init__(self, reward):
        self.reward = reward
        self.calls = []

    def __call__(self, prompts, completions, **kwargs):
        rewards = self.reward(prompts, completions, **kwargs)
        self.calls.append((prompts, list(kwargs[GROUP_COLUMN]), rewards))
        return rewards


def _trainer(spec, model, output_dir, max_steps, reward=None, save_steps=None):
    from transformers import AutoTokenizer
    from trl import GRPOConfig, GRPOTrainer

    args = GRPOConfig(
        output_dir=str(output_dir),
        max_steps=max_steps,
        num_generations=GROUP,
        per_device_train_batch_size=GROUP * GROUPS_PER_STEP,
        max_completion_length=8,
        learning_rate=1e-4,
        use_cpu=True,
        report_to=[],
        logging_steps=1,
        save_strategy="steps" if save_steps else "no",
        save_steps=save_steps or max_steps,
        disable_tqdm=True,
        seed=0,
    )
    return GRPOTrainer(
        model=str(model),
        args=args,
        train_dataset=spec.train_dataset,
        environment_factory=spec.environment_factory,
        reward_funcs=[reward or spec.reward_funcs[0]],
        processing_class=AutoTokenizer.from_pretrained(model),
        callbacks=spec.callbacks,
    )


def test_each_group_answers_one_problem_chosen_at_generation_and_every_verdict_is_recorded(
    tiny_model, tmp_path
):
    spec = CurriculumSpec(ENVS, curriculum=CURRICULUM, seed=3, reward="shaped", system_prompt=None)
    recorder = Recorder(spec.reward_funcs[0])
    _trainer(spec, tiny_model, tmp_path, max_steps=3, reward=recorder).train()

    replay = Curriculum(ENVS, config=CURRICULUM, seed=3)
    assert len(recorder.calls) == 3
    for prompts, keys, rewards in recorder.calls:
        assert len(keys) == GROUP * GROUPS_PER_STEP
        groups = {}
        for prompt, key in zip(prompts, keys, strict=True):
            groups.setdefault(key, set()).add(prompt[-1]["content"])
        assert len(groups) == GROUPS_PER_STEP
        # all completions of a group saw the same problem, the one the curriculum's state at
        # generation time assigns to the key (no lag: the replay records each step before the next)
        for key, texts in groups.items():
            assert len(texts) == 1
            draw = replay.draw_for_group(key)
            expected = rlve_gym.make(draw.env_name).generate(draw.difficulty, draw.seed).prompt
            assert texts == {expected}
        assert all(r is not None and -1.0 <= r <= 1.0 for r in rewards)
        # replay the recording: same verdicts give the same decisions
        results = []
        for key in sorted(groups):
            draw = replay.draw_for_group(key)
            results.append(
                GroupResult(
                    draw.env_name,
                    draw.difficulty,
                    draw.seed,
                    [r == 1.0 for r, k in zip(rewards, keys, strict=True) if k == key],
                    [0.0] * GROUP,
                )
            )
        replay.record_results(results)
    metrics = spec.curriculum.metrics()
    recorded = sum(metrics[f"curriculum/{n}/groups_recorded"] for n in ENVS)
    assert recorded == 3 * GROUPS_PER_STEP
    assert spec.curriculum.frontiers() == replay.frontiers()


def test_a_verifier_failure_gives_no_reward_instead_of_zero(monkeypatch):
    spec = CurriculumSpec(["Multiplication"], seed=1, system_prompt=None)
    episode = spec.environment_factory()
    episode.reset(**{GROUP_COLUMN: 0, "prompt": []})
    env = spec.curriculum.environment("Multiplication")

    def broken_check(instance, answer, reference):
        raise RuntimeError("a bug in the checker")

    monkeypatch.setattr(env, "check", broken_check)
    rewards = spec.reward_funcs[0]([[]] * 2, ["<answer>1</answer>", "no answer"], rlve_group=[0, 0])
    assert rewards[0] is None  # the checker crashed: left out of the group baseline
    assert rewards[1] == 0.0  # a format failure is the model's fault and scores normally
    metrics = spec.curriculum.metrics()
    assert metrics["curriculum/Multiplication/groups_recorded"] == 1.0


def test_factory_and_reward_pickle_and_work_in_a_fresh_process(tmp_path):
    spec = CurriculumSpec(ENVS, curriculum=CURRICULUM, seed=5, system_prompt=None)
    payload = tmp_path / "spec.pkl"
    payload.write_bytes(pickle.dumps((spec.environment_factory, spec.reward_funcs[0])))
    expected = spec.environment_factory().reset(**{GROUP_COLUMN: 7})
    script = f"""
import pickle, json
factory, reward = pickle.loads(open({str(payload)!r}, "rb").read())
first, second = factory(), factory()
texts = [first.reset(rlve_group=7), second.reset(rlve_group=7)]
answer = "<answer>" + first.problem.answer + "</answer>"
rewards = reward([[]] * 2, [answer, "wrong"], rlve_group=[7, 7])
print(json.dumps({{"texts": texts, "rewards": rewards}}))
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["texts"] == [expected, expected]
    assert result["rewards"] == [1.0, 0.0]


def test_a_key_that_comes_back_after_scoring_gets_a_new_problem():
    spec = CurriculumSpec(["SortDistinctIntegers"], seed=2, system_prompt=None)
    episode = spec.environment_factory()
    first = episode.reset(rlve_group=0)
    assert spec.environment_factory().reset(rlve_group=0) == first  # same group, same problem
    spec.reward_funcs[0]([[]], ["x"], rlve_group=[0])
    assert episode.reset(rlve_group=0) != first


def test_rows_without_a_group_key_get_a_clear_error():
    spec = CurriculumSpec(["Multiplication"], system_prompt=None)
    with pytest.raises(rlve_gym.ConfigError, match="rlve_group"):
        spec.environment_factory().reset(prompt=[])
    with pytest.raises(rlve_gym.ConfigError, match="reward must be one of"):
        CurriculumSpec(["Multiplication"], reward="accuracy")


def test_resume_from_checkpoint_restores_the_curriculum(tiny_model, tmp_path):
    spec = CurriculumSpec(ENVS, curriculum=CURRICULUM, seed=4, system_prompt=None)
    _trainer(spec, tiny_model, tmp_path, max_steps=2, save_steps=1).train()
    saved = json.loads((tmp_path / "checkpoint-2" / SPEC_STATE_FILE).read_text())
    assert saved["curriculum"] == spec.curriculum.state_dict()

    resumed = CurriculumSpec(ENVS, curriculum=CURRICULUM, seed=4, system_prompt=None)
    trainer = _trainer(resumed, tiny_model, tmp_path, max_steps=3, save_steps=1)
    trainer.train(resume_from_checkpoint=str(tmp_path / "checkpoint-2"))
    state = hub(resumed.settings).curriculum.metrics()
    groups = sum(state[f"curriculum/{n}/groups_recorded"] for n in ENVS)
    assert groups == 3 * GROUPS_PER_STEP  # two steps restored, one more trained


def test_multi_turn_episodes_act_through_a_tool_and_are_scored_by_their_outcome():
    spec = CurriculumSpec(["HiddenNumberSearch"], seed=6, system_prompt=None)
    first, second = spec.environment_factory(), spec.environment_factory()
    prompt = first.reset(rlve_group=3)
    assert second.reset(rlve_group=3) == prompt and "tool `act`" in prompt
    env = rlve_gym.make("HiddenNumberSearch")
    while not first.episode.done:  # the scripted policy, through the tool
        state = first.episode._run.state
        feedback = first.act(env.policy(first.problem.instance, state, first.episode.actions))
    assert "found" in feedback and first.act("guess 1").startswith("The episode has ended")
    second.act("guess banana")
    rewards = spec.reward_funcs[0](
        [[]] * 2, ["", ""], rlve_group=[3, 3], environments=[first, second]
    )
    assert rewards == [1.0, 0.0]
    assert spec.curriculum.metrics()["curriculum/HiddenNumberSearch/groups_recorded"] == 1.0
    with pytest.raises(rlve_gym.ConfigError, match="single-turn or multi-turn"):
        CurriculumSpec(["HiddenNumberSearch", "Multiplication"])


def test_tiny_model_trains_end_to_end_on_a_multi_turn_environment(tiny_model, tmp_path):
    import shutil

    import trl.chat_template_utils as templates

    # a chat template TRL knows how to parse tool calls from (shipped inside the TRL package)
    model = tmp_path / "tool-model"
    shutil.copytree(tiny_model, model)
    config = json.loads((model / "tokenizer_config.json").read_text())
    config["chat_template"] = templates.qwen2_5_chat_template
    (model / "tokenizer_config.json").write_text(json.dumps(config))
    (model / "chat_template.jinja").unlink(missing_ok=True)

    spec = CurriculumSpec(["HiddenNumberSearch"], seed=8, system_prompt=None)
    recorder = Recorder(spec.reward_funcs[0])
    trainer = _trainer(spec, model, tmp_path / "run", max_steps=2, reward=recorder)
    trainer.args.max_tool_calling_iterations = 2
    trainer.max_tool_calling_iterations = 2
    trainer.train()
    assert len(recorder.calls) == 2
    for _, keys, rewards in recorder.calls:
        assert len(set(keys)) == GROUPS_PER_STEP
        assert all(r in (0.0, 1.0) for r in rewards)
    metrics = spec.curriculum.metrics()
    assert metrics["curriculum/HiddenNumberSearch/groups_recorded"] == 2 * GROUPS_PER_STEP
