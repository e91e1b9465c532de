"""SlidingTilePuzzleFromScramble: every start board satisfies the solvability invariant (tile
inversions and gap row), replaying the stored scramble from the goal rebuilds it, and a
breadth-first search from the start board finds the goal within the scramble's length (so the
turn limit is achievable) but rarely much sooner (the scramble is a real one); the scripted
policy finishes within the limit; illegal and malformed moves cost a turn and change nothing."""

from __future__ import annotations

import json

import pytest

import rlve_gym
from rlve_gym.answers import ParseError
from rlve_gym.interactive import _Run

ENV = rlve_gym.make("SlidingTilePuzzleFromScramble")


def solvable(board: list[int], rows: int, cols: int) -> bool:
    """The classical invariant: with an odd number of columns the tile inversions are even; with
    an even number, inversions plus the gap's row counted from the bottom (1-based) are odd."""
    tiles = [t for t in board if t]
    inversions = sum(
        1 for i in range(len(tiles)) for j in range(i + 1, len(tiles)) if tiles[i] > tiles[j]
    )
    if cols % 2:
        return inversions % 2 == 0
    gap_row_from_bottom = rows - board.index(0) // cols
    return (inversions + gap_row_from_bottom) % 2 == 1


def moves_from(board: tuple[int, ...], rows: int, cols: int):
    gap = board.index(0)
    r, c = divmod(gap, cols)
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        if 0 <= r + dr < rows and 0 <= c + dc < cols:
            other = (r + dr) * cols + c + dc
            after = list(board)
            after[gap], after[other] = after[other], 0
            yield tuple(after)


def distance_to_goal(board, rows, cols, bound):
    goal = tuple(list(range(1, rows * cols)) + [0])
    frontier, seen = {tuple(board)}, {tuple(board)}
    for steps in range(bound + 1):
        if goal in frontier:
            return steps
        frontier = {n for b in frontier for n in moves_from(b, rows, cols) if n not in seen}
        seen |= frontier
    return None


@pytest.mark.parametrize("difficulty", [0, 4, 9, 17])
def test_start_boards_are_solvable_and_rebuilt_by_their_scramble(difficulty):
    for seed in range(10):
        instance = ENV.generate(difficulty, seed).instance
        rows, cols = instance["rows"], instance["cols"]
        assert solvable(instance["board"], rows, cols)
        board = list(range(1, rows * cols)) + [0]
        for tile in instance["scramble"]:
            gap, place = board.index(0), board.index(tile)
            assert abs(gap - place) in (1, cols) and (
                abs(gap - place) == cols or gap // cols == place // cols
            )
            board[gap], board[place] = tile, 0
        assert board == instance["board"]
        assert (
            instance["turn_limit"]
            >= len(instance["scramble"])
            == ENV.schedule(difficulty)["scramble"]
        )


def test_the_goal_is_within_the_scramble_length_and_not_much_closer():
    distances = []
    for seed in range(12):
        instance = ENV.generate(0, seed).instance
        length = len(instance["scramble"])
        distance = distance_to_goal(instance["board"], 3, 3, length)
        assert distance is not None and distance <= length
        distances.append(distance)
    assert sum(distances) / len(distances) >= 8


@pytest.mark.parametrize("difficulty", [0, 3, 10])
def test_scripted_policy_finishes_within_the_scramble_length(difficulty):
    for seed in range(5):
        problem = ENV.generate(difficulty, seed)
        actions = json.loads(problem.answer)
        assert len(actions) <= len(problem.instance["scramble"])
        assert ENV.check(problem.instance, actions, None).correct


def test_illegal_and_malformed_moves_cost_a_turn_and_change_nothing():
    problem = ENV.generate(0, 5)
    instance = problem.instance
    board = instance["board"]
    gap = board.index(0)
    far = next(
        t for i, t in enumerate(board) if t and abs(i // 3 - gap // 3) + abs(i % 3 - gap % 3) > 1
    )
    run = _Run(ENV, instance)
    for action, said in [
        (f"slide {far}", "not next to the gap"),
        ("slide 9", "no tile 9"),
        ("slide 0", "no tile 0"),
        ("slide seven", "Malformed"),
        ("move 3", "Malformed"),
        ("slide 3 4", "Malformed"),
    ]:
        feedback = run.act(action)
        assert said in feedback and run.state["board"] == board, action
    assert not run.done


def test_walking_the_scramble_back_solves_the_board():
    instance = ENV.generate(2, 8).instance
    run = _Run(ENV, instance)
    feedback = [run.act(f"slide {tile}") for tile in reversed(instance["scramble"])]
    assert run.solved and feedback[-1].endswith("Solved.")


@pytest.mark.parametrize("text", ["", "slide", "slide -1", "slide 1.0", "slide 1234567", "slide ٣"])
def test_parse_rejects_malformed_moves(text):
    with pytest.raises(ParseError):
        ENV.parse_action(text, ENV.generate(0, 0).instance)
