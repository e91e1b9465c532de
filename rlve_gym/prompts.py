"""The chat framing shared by training, SFT data, sweeps and exports.

One default system prompt, so that a model trained with the defaults is evaluated under the same
framing. Every problem prompt already states its answer format and markers, so the system
prompt only asks the model to follow it.
"""

from __future__ import annotations

from .problem import Problem

DEFAULT_SYSTEM_PROMPT = (
    "You solve the task given by the user. You may reason first; then give the final answer "
    "exactly in the format and between the markers the task asks for."
)


def chat_messages(
    problem: Problem, system_prompt: str | None = DEFAULT_SYSTEM_PROMPT
) -> list[dict[str, str]]:
    """The conversation a chat model sees for ``problem`` (no system turn if the prompt is empty)."""
    messages = [{"role": "system", "content": system_prompt}] if system_prompt else []
    messages.append({"role": "user", "content": problem.prompt})
    return messages
