"""What the game environments of this folder share: the model plays a two-player game against a
built-in opponent, moving first from a position it wins with perfect play.

A game fills in its rules (the legal moves, what a move does, when the game is over and who won),
how a move is written, the opponent's rule and a perfect player for the model; ``OpponentGame``
turns them into an episode. Each turn the model's move is checked: an illegal move costs the
turn and changes nothing; a legal one is played, then (unless the game is over) the opponent's
reply, and the feedback states both moves and the new position. Success is winning the game; a
loss or a draw ends the episode without reward.

The opponent is a function of the position (no randomness after generation), so an episode is a
pure function of the instance and the model's moves. ``horizon_levels`` is the usual shape of its
strength: weak at low levels, perfect from some level on.
"""

from __future__ import annotations

import copy
from typing import Any

from rlve_gym.answers import ParseError
from rlve_gym.interactive import InteractiveEnvironment, Outcome

MODEL, OPPONENT = 0, 1
WIN, LOSS, DRAW = "win", "loss", "draw"


class OpponentGame(InteractiveEnvironment):
    """An interactive two-player game: the model (player ``MODEL``) against a scripted opponent.

    Fill in ``legal_moves``, ``play``, ``result``, ``perfect_move``, ``opponent_move``,
    ``move_text``, ``position_text`` and ``parse_action`` (and ``illegal_reason`` when a parsed
    move can be illegal for a reason worth saying). The instance holds the start position under
    ``"position"`` and the ``"turn_limit"``.
    """

    abstract = True

    # ------------------------------------------------------------------ the rules
    def legal_moves(self, instance: dict, position: Any, player: int) -> list:
        """Every legal move of ``player`` (MODEL or OPPONENT) in ``position``."""
        raise NotImplementedError

    def illegal_reason(self, instance: dict, position: Any, move: Any) -> str | None:
        """Why the model's parsed ``move`` is illegal here, or None when it is legal."""
        if move in self.legal_moves(instance, position, MODEL):
            return None
        return f"{self.move_text(move)} is not a legal move in this position"

    def play(self, instance: dict, position: Any, move: Any, player: int) -> Any:
        """The position after ``player`` plays the legal ``move`` (a new object)."""
        raise NotImplementedError

    def result(self, instance: dict, position: Any, to_move: int) -> tuple[str, str] | None:
        """None while the game goes on; else (WIN, LOSS or DRAW for the model, why in words)."""
        raise NotImplementedError

    # ------------------------------------------------------------------ the players
    def perfect_move(self, instance: dict, position: Any) -> Any:
        """A move for the model that keeps a won position won (deterministic)."""
        raise NotImplementedError

    def opponent_move(self, instance: dict, position: Any) -> Any:
        """The built-in opponent's reply: a function of the instance and the position."""
        raise NotImplementedError

    # ------------------------------------------------------------------ the words
    def move_text(self, move: Any) -> str:
        """The move as the model writes it (what ``parse_action`` reads back)."""
        raise NotImplementedError

    def position_text(self, instance: dict, position: Any) -> str:
        raise NotImplementedError

    # ------------------------------------------------------------------ the episode
    def initial_state(self, instance):
        return {"position": copy.deepcopy(instance["position"])}

    def apply(self, instance, state, move):
        position = state["position"]
        why = self.illegal_reason(instance, position, move)
        if why is not None:
            return Outcome(
                f"Illegal move: {why}. Nothing changed. {self.position_text(instance, position)}"
            )
        position = self.play(instance, position, move, MODEL)
        state["position"] = position
        said = f"You: {self.move_text(move)}."
        ended = self.result(instance, position, OPPONENT)
        if ended is None:
            reply = self.opponent_move(instance, position)
            position = self.play(instance, position, reply, OPPONENT)
            state["position"] = position
            said += f" Opponent: {self.move_text(reply)}."
            ended = self.result(instance, position, MODEL)
        shown = self.position_text(instance, position)
        if ended is None:
            return Outcome(f"{said} {shown}")
        verdict, why = ended
        if verdict == WIN:
            return Outcome(f"{said} {shown} {why}: you win.", solved=True)
        if verdict == LOSS:
            return Outcome(f"{said} {shown} {why}: you lose.", over=True)
        return Outcome(f"{said} {shown} {why}: the game is a draw.", over=True)

    def policy(self, instance, state, actions):
        return self.move_text(self.perfect_move(instance, state["position"]))

    def random_action(self, instance, state, rng):
        """A legal move drawn uniformly: a player that knows the rules but does not think."""
        return self.move_text(rng.choice(self.legal_moves(instance, state["position"], MODEL)))


def horizon_levels(
    difficulty: int, perfect_from: int, whole: int, first_share: tuple[int, int] = (1, 3)
) -> int:
    """How far the opponent sees, out of ``whole``: ``first_share`` of it at level 0, growing
    linearly to all of it at ``perfect_from``, and all of it from there on."""
    if difficulty >= perfect_from:
        return whole
    num, den = first_share
    return whole * (num * (perfect_from - difficulty) + den * difficulty) // (den * perfect_from)


def read_move(text: str, template: str, example: str, max_digits: int = 6) -> list[int]:
    """The whole numbers of a move written as ``template`` (words, with ``#`` for each number,
    e.g. ``"take # from heap #"``), ignoring case and extra spaces; ``ParseError`` otherwise."""
    words, shape = text.lower().split(), template.split()
    if len(words) != len(shape):
        raise ParseError(f"write a move as: {template.replace('#', 'N')} (for example: {example})")
    numbers = []
    for word, expected in zip(words, shape):
        if expected == "#":
            if not word.isdigit() or not word.isascii():
                raise ParseError(f"{word[:20]!r} is not a whole number")
            if len(word) > max_digits:
                raise ParseError(f"the number {word[:20]}... is too large")
            numbers.append(int(word))
        elif word != expected:
            raise ParseError(
                f"write a move as: {template.replace('#', 'N')} (for example: {example})"
            )
    return numbers
