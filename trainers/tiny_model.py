"""Build a tiny Qwen2-style causal LM and its tokenizer locally, with no download.

The tokenizer is a byte-level BPE trained with ``tokenizers`` on prompts and answers of the
environments the run trains on, so a few hundred merges cover the fixed prompt text and the
numbers that matter; it has a ChatML chat template (``<|im_start|>role ... <|im_end|>``), so
TRL and vLLM treat it like any chat model. The model is randomly initialised and saved as a
regular transformers directory, which is what TRL's reference model and vLLM load by path.

Initialisation uses torch's generator inside ``torch.random.fork_rng`` so that the same seed
gives the same weights while the caller's global RNG state is left exactly as it was.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from rlve_gym.prompts import DEFAULT_SYSTEM_PROMPT

from .config import TinyModelSettings

CHATML_TEMPLATE = (
    "{% if tools %}{{ '<|im_start|>system\n# Tools\n<tools>' }}"
    "{% for tool in tools %}{{ tool | tojson }}{% endfor %}{{ '</tools><|im_end|>\n' }}{% endif %}"
    "{% for message in messages %}"
    "{% if message['role'] == 'assistant' and message.tool_calls is defined and message.tool_calls %}"
    "{{ '<|im_start|>assistant\n' + (message['content'] or '') }}"
    "{% for call in message.tool_calls %}{{ '<tool_call>\n' }}"
    "{{ {'name': call.function.name, 'arguments': call.function.arguments} | tojson }}"
    "{{ '\n</tool_call>' }}{% endfor %}{{ '<|im_end|>\n' }}"
    "{% elif message['role'] == 'tool' %}"
    "{{ '<|im_start|>user\n<tool_response>\n' + message['content'] + '\n</tool_response><|im_end|>\n' }}"
    "{% else %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}"
    "{% endif %}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
#: ChatML plus tool calls (Qwen-style ``<tool_call>`` JSON and ``<tool_response>`` turns); without
#: tools it renders exactly plain ChatML. TRL's environment interface requires a template that can
#: render a tool-calling exchange even when an environment exposes no tools.
SPECIAL_TOKENS = ("<|endoftext|>", "<|im_start|>", "<|im_end|>")
#: the split Qwen2's tokenizer applies before BPE: words with their leading space, single digits
QWEN2_PRETOKENIZE_REGEX = r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"""


def tokenizer_corpus(
    env_names: list[str], settings: TinyModelSettings, seed: int, system_prompt: str
) -> list[str]:
    """Chat-formatted prompts and answers drawn from the environments, for training the tokenizer."""
    import rlve_gym

    rng = random.Random(seed)
    texts = [system_prompt, DEFAULT_SYSTEM_PROMPT]
    for name in env_names:
        env = rlve_gym.make(name)
        for _ in range(settings.tokenizer_corpus_problems):
            difficulty = rng.randint(0, settings.tokenizer_max_difficulty)
            problem = env.generate(difficulty=difficulty, seed=rng.randrange(2**31))
            texts.append(f"<|im_start|>user\n{problem.prompt}<|im_end|>\n")
            texts.append(f"<|im_start|>assistant\n<answer>{problem.answer}</answer><|im_end|>\n")
    return texts


def build_tokenizer(corpus: list[str], vocab_size: int) -> Any:
    """A byte-level BPE ``PreTrainedTokenizerFast`` with ChatML special tokens and template."""
    from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    bpe = Tokenizer(models.BPE())
    # transformers rebuilds a Qwen2 model's tokenizer with Qwen2's pre-tokenizer (one token per
    # digit); training with the same split keeps the merges valid after that reload.
    bpe.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(QWEN2_PRETOKENIZE_REGEX), behavior="isolated", invert=False),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
        ]
    )
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=list(SPECIAL_TOKENS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(corpus, trainer=trainer)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=bpe,
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        bos_token=None,
        unk_token=None,
        additional_special_tokens=["<|im_start|>"],
    )
    tokenizer.chat_template = CHATML_TEMPLATE
    return tokenizer


def build_tiny_model(
    output_dir: str | Path,
    env_names: list[str],
    settings: TinyModelSettings | None = None,
    seed: int = 0,
    system_prompt: str = DEFAULT_SYSTEM_PROMPT,
) -> Path:
    """Train a tokenizer, initialise a tiny Qwen2 model and save both to ``output_dir``.

    Returns the directory, which ``AutoModelForCausalLM.from_pretrained``, TRL and vLLM load.
    """
    import torch
    from transformers import GenerationConfig, Qwen2Config, Qwen2ForCausalLM

    settings = settings or TinyModelSettings()
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    tokenizer = build_tokenizer(
        tokenizer_corpus(env_names, settings, seed, system_prompt), settings.vocab_size
    )
    config = Qwen2Config(
        vocab_size=len(tokenizer),
        hidden_size=settings.hidden_size,
        intermediate_size=settings.intermediate_size,
        num_hidden_layers=settings.num_layers,
        num_attention_heads=settings.num_attention_heads,
        num_key_value_heads=settings.num_key_value_heads,
        max_position_embeddings=settings.max_position_embeddings,
        tie_word_embeddings=True,
        bos_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        torch_dtype="float32",
        **({"rope_theta": settings.rope_theta} if settings.rope_theta is not None else {}),
    )
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = Qwen2ForCausalLM(config)
    model.generation_config = GenerationConfig(
        eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id
    )
    model.save_pretrained(output_dir)
    tokenizer.save_pretrained(output_dir)
    return output_dir
