"""KInARowAgainstOpponent: finish a game of 4 in a row on a 5 x 5 board against a built-in
opponent, from a position that is won for the model.

The board holds some X stones (the model's) and as many O stones (the opponent's), with no line
yet. The players place one stone on an empty cell in turn, the model first; whoever first has 4
of their stones in a straight line (a row, a column or a diagonal) wins, and a full board
without such a line is a draw, which is not a win. An exact memoised game-tree search proves
the start position won for the model in exactly `win_moves` of its moves whatever the opponent
does, and no sooner; exactly one first move wins within the turn limit, so the win starts with
a plan (a double threat, or threats that force replies and then a double threat). Each turn the
feedback states the model's move, the opponent's reply and the board; an illegal or unreadable
move costs the turn and changes nothing. Reward 1 for winning, 0 for a draw, a loss or running
out of turns. The turn limit is `win_moves` + 1: the quickest forced win (what the scripted
policy plays) needs `win_moves` turns against any defence, plus one spare turn.

The opponent looks two moves ahead (its move and the model's reply, then a count of the lines
each side could still complete) while more than ``horizon`` cells are empty; from there on it
plays exactly: a move that does not lose whenever there is one, and among equally good moves
the one the two-move look-ahead likes best (the first cell in reading order among ties). So at
level 0 it takes every win and blocks every single threat, but walks into a double threat set
up a move earlier; from level 7 on its exact play covers every move, and only perfect play
keeps the win. The board stays 5 x 5, where the exact search takes milliseconds (a 6 x 6 board
makes generation three times slower); past level 10 only the opponent's horizon keeps growing.

Difficulty schedule (X and O stones placed at random, as many of each, leaving `empty` cells):

    d           0    1    2    3  ...    5  ...   10  ...   20  ...  d
    empty       9    9    9    9  ...   11  ...   11  ...   11  ...  9, then 11 from d = 4
    win_moves   3    3    3    3  ...    3  ...    4  ...    4  ...  3, then 4 from d = 10
    horizon     3    4    5    6  ...    8  ...   13  ...   23  ...  3 + d
    turns       4    4    4    4  ...    4  ...    5  ...    5  ...  win_moves + 1

Level 0 already asks for a three-move win with a single right first move among nine empty
cells: a player moving at random wins about one game in a hundred. Then the board opens up (more
empty cells to choose from), the opponent's exact endgame starts earlier until it covers the
whole game, and the win needs a four-move plan.
"""

from __future__ import annotations

from functools import lru_cache

from rlve_gym.answers import ParseError
from rlve_gym.envs.interactive._opponent_games import DRAW, LOSS, MODEL, WIN, OpponentGame

#: a memo grows past this many positions only by starting over (it is a cache, not a result)
MEMO_LIMIT = 1_000_000
WIN_SCORE = 1_000_000
LINE_WEIGHTS = (0, 1, 8, 64, 512, 4096)
SPARE_TURNS = 1


class Geometry:
    """The lines of one board shape as bit masks, and exact searches over positions given as
    (stones of the player to move, stones of the other player)."""

    def __init__(self, rows: int, cols: int, k: int) -> None:
        self.rows, self.cols, self.k = rows, cols, k
        self.cells = rows * cols
        self.full = (1 << self.cells) - 1
        lines = []
        for r in range(rows):
            for c in range(cols):
                for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                    end_r, end_c = r + dr * (k - 1), c + dc * (k - 1)
                    if 0 <= end_r < rows and 0 <= end_c < cols:
                        lines.append(sum(1 << ((r + dr * t) * cols + c + dc * t) for t in range(k)))
        self.lines = lines
        self.through = [[m for m in lines if m >> cell & 1] for cell in range(self.cells)]
        self._forces: dict = {}
        self._holds: dict = {}
        self._within: dict = {}

    def empties(self, mine: int, theirs: int) -> list[int]:
        taken = mine | theirs
        return [c for c in range(self.cells) if not taken >> c & 1]

    def completes(self, stones: int, cell: int) -> bool:
        """Whether ``stones`` (which include ``cell``) hold a full line through ``cell``."""
        return any(stones & m == m for m in self.through[cell])

    def has_line(self, stones: int) -> bool:
        return any(stones & m == m for m in self.lines)

    def threats(self, mine: int, theirs: int) -> int:
        """The empty cells that would complete a line for ``mine`` (as a bit mask)."""
        found = 0
        for m in self.lines:
            if not theirs & m:
                rest = m & ~mine
                if rest & (rest - 1) == 0:
                    found |= rest
        return found

    def _candidates(self, mine: int, theirs: int) -> list[int] | None:
        """The moves worth trying for the player to move who cannot win at once: the cell that
        blocks the other player's only threat, all empty cells when there is none, and None when
        there are two threats (the other player wins next move whatever happens)."""
        against = self.threats(theirs, mine)
        if against & (against - 1):
            return None
        if against:
            return [against.bit_length() - 1]
        return self.empties(mine, theirs)

    def forces_win(self, mine: int, theirs: int) -> bool:
        """The player to move can force a line of their own."""
        key = (mine, theirs)
        known = self._forces.get(key)
        if known is None:
            known = self._search_win(mine, theirs)
            if len(self._forces) > MEMO_LIMIT:
                self._forces.clear()
            self._forces[key] = known
        return known

    def _search_win(self, mine: int, theirs: int) -> bool:
        if self.threats(mine, theirs):
            return True
        candidates = self._candidates(mine, theirs)
        if not candidates or (mine | theirs).bit_count() >= self.cells - 1:
            return False  # lost, or the board fills with this move
        return any(not self.holds(theirs, mine | 1 << c) for c in candidates)

    def holds(self, mine: int, theirs: int) -> bool:
        """The player to move can avoid losing (win or draw)."""
        key = (mine, theirs)
        known = self._holds.get(key)
        if known is None:
            if (mine | theirs).bit_count() == self.cells or self.threats(mine, theirs):
                known = True
            else:
                candidates = self._candidates(mine, theirs)
                known = candidates is not None and any(
                    not self.forces_win(theirs, mine | 1 << c) for c in candidates
                )
            if len(self._holds) > MEMO_LIMIT:
                self._holds.clear()
            self._holds[key] = known
        return known

    def wins_within(self, mine: int, theirs: int, moves: int) -> bool:
        """The player to move can force a line within ``moves`` of their own moves."""
        if moves <= 0:
            return False
        key = (mine, theirs, moves)
        known = self._within.get(key)
        if known is None:
            known = self._search_within(mine, theirs, moves)
            if len(self._within) > MEMO_LIMIT:
                self._within.clear()
            self._within[key] = known
        return known

    def _search_within(self, mine: int, theirs: int, moves: int) -> bool:
        if self.threats(mine, theirs):
            return True
        if moves == 1:
            return False
        candidates = self._candidates(mine, theirs)
        if not candidates:
            return False
        for c in candidates:
            after = mine | 1 << c
            if self.replies_lose_within(after, theirs, moves - 1):
                return True
        return False

    def replies_lose_within(self, mine: int, theirs: int, moves: int) -> bool:
        """After the player ``mine`` has moved: every reply of ``theirs`` leaves ``mine`` a line
        within ``moves`` of its moves (a reply that wins at once, or a full board, spoils it)."""
        if self.threats(theirs, mine) or (mine | theirs).bit_count() == self.cells:
            return False
        mine_threats = self.threats(mine, theirs)
        if mine_threats & (mine_threats - 1):
            return True  # two threats: one survives any reply
        replies = [mine_threats.bit_length() - 1] if mine_threats else self.empties(mine, theirs)
        return all(self.wins_within(mine, theirs | 1 << r, moves) for r in replies)

    def fewest_moves_to_win(self, mine: int, theirs: int) -> int | None:
        """The least n with ``wins_within(n)``, or None when the player to move cannot force a
        line at all."""
        if not self.forces_win(mine, theirs):
            return None
        n = 1
        while not self.wins_within(mine, theirs, n):
            n += 1
        return n

    def open_lines_score(self, mine: int, theirs: int) -> int:
        """Lines only ``mine`` occupies, weighted by how full they are, minus the same for
        ``theirs``: the look-ahead's view of a position that is not over."""
        score = 0
        for m in self.lines:
            a, b = mine & m, theirs & m
            if not b:
                score += LINE_WEIGHTS[a.bit_count()]
            elif not a:
                score -= LINE_WEIGHTS[b.bit_count()]
        return score

    def two_move_score(self, mine: int, theirs: int, cell: int) -> int:
        """Playing ``cell`` for the player to move, then the other player's best reply, scored
        for the player to move."""
        after = mine | 1 << cell
        if self.completes(after, cell):
            return WIN_SCORE
        replies = self.empties(after, theirs)
        if not replies:
            return 0
        worst = WIN_SCORE
        for r in replies:
            if self.completes(theirs | 1 << r, r):
                return -WIN_SCORE
            worst = min(worst, self.open_lines_score(after, theirs | 1 << r))
        return worst


@lru_cache(maxsize=8)
def geometry(rows: int, cols: int, k: int) -> Geometry:
    return Geometry(rows, cols, k)


def cell_name(cell: int, cols: int) -> str:
    return f"{chr(ord('a') + cell % cols)}{cell // cols + 1}"


class KInARowAgainstOpponent(OpponentGame):
    description = "Win a k-in-a-row game on a small board against a built-in opponent from a proven won position"
    action_example = "play b2"

    def schedule(self, difficulty):
        return {
            "side": 5,
            "k": 4,
            "empty": 9 if difficulty < 4 else 11,
            "win_moves": 3 if difficulty < 10 else 4,
            "horizon": 3 + difficulty,
        }

    def generate_instance(self, rng, sizes):
        side, k, target = sizes["side"], sizes["k"], sizes["win_moves"]
        board = geometry(side, side, k)
        stones = (board.cells - sizes["empty"]) // 2
        best = None
        for _ in range(3000):
            cells = rng.sample(range(board.cells), 2 * stones)
            mine = sum(1 << c for c in cells[:stones])
            theirs = sum(1 << c for c in cells[stones:])
            if board.has_line(mine) or board.has_line(theirs):
                continue
            if any(board.completes(mine | 1 << c, c) for c in board.empties(mine, theirs)):
                continue  # a win in one move is no task
            if not board.wins_within(mine, theirs, target) or board.wins_within(
                mine, theirs, target - 1
            ):
                continue
            if best is None:
                best = (mine, theirs)  # won in `target` moves, if by more than one first move
            if self._one_winning_move(board, mine, theirs, target + SPARE_TURNS):
                best = (mine, theirs)
                break
        if best is None:  # a position won at once (not met in practice)
            best = self._fallback(board, stones)
        mine, theirs = best
        return {
            "side": side,
            "k": k,
            "horizon": sizes["horizon"],
            "position": self._board_text(board, mine, theirs),
            "turn_limit": target + SPARE_TURNS,
        }

    @staticmethod
    def _one_winning_move(board: Geometry, mine: int, theirs: int, turns: int) -> bool:
        """Whether exactly one first move wins within ``turns`` moves (so a guessed first move
        almost always fails)."""
        cells = board.empties(mine, theirs)
        return sum(board.replies_lose_within(mine | 1 << c, theirs, turns - 1) for c in cells) == 1

    @staticmethod
    def _fallback(board: Geometry, stones: int) -> tuple[int, int]:
        """X holds k - 1 cells at the left of the top row with the next one free (a win in one
        move), the other stones go below in pairs XXOO shifted by a column each row; the tests
        check that this leaves no line for every board shape of the schedule."""
        side, k = board.cols, board.k
        mine, theirs = sum(1 << c for c in range(k - 1)), 0
        need = {"X": stones - (k - 1), "O": stones}
        for cell in range(side, board.cells):
            r, c = divmod(cell, side)
            colour = "X" if (c + r) // 2 % 2 == 0 else "O"
            if need[colour]:
                need[colour] -= 1
                if colour == "X":
                    mine |= 1 << cell
                else:
                    theirs |= 1 << cell
        return mine, theirs

    # ------------------------------------------------------------------ board <-> text
    @staticmethod
    def _board_text(board: Geometry, mine: int, theirs: int) -> str:
        return "".join(
            "X" if mine >> c & 1 else "O" if theirs >> c & 1 else "." for c in range(board.cells)
        )

    @staticmethod
    def _stones(position: str) -> tuple[int, int]:
        mine = sum(1 << c for c, s in enumerate(position) if s == "X")
        theirs = sum(1 << c for c, s in enumerate(position) if s == "O")
        return mine, theirs

    def _geometry(self, instance) -> Geometry:
        return geometry(instance["side"], instance["side"], instance["k"])

    def render(self, instance):
        side, k = instance["side"], instance["k"]
        last = cell_name(side * side - 1, side)
        return (
            f"We play {k} in a row on a {side} x {side} board: columns a to {last[0]} from left "
            f"to right, rows 1 to {side} from top to bottom. You have X, I have O.\n"
            f"{self.position_text(instance, instance['position'])}\n"
            "Players move in turn and you move first. A move places one of your stones on an "
            f"empty cell. Whoever first has {k} stones in a straight line (a row, a column or a "
            "diagonal) wins; a full board without such a line is a draw. After each of your "
            "moves I reply with my move and the board. Write a move as: play CELL, a column "
            "letter and a row number (for example: play b2). An illegal or unreadable move uses "
            f"up your turn and changes nothing. Win within {instance['turn_limit']} turns."
        )

    def position_text(self, instance, position):
        side = instance["side"]
        header = "   " + " ".join(chr(ord("a") + c) for c in range(side))
        rows = [f"{r + 1:>2} " + " ".join(position[r * side : (r + 1) * side]) for r in range(side)]
        return "Board:\n" + "\n".join([header, *rows])

    def move_text(self, move):
        cell, cols = move
        return f"play {cell_name(cell, cols)}"

    def parse_action(self, text, instance):
        words = text.lower().split()
        if len(words) != 2 or words[0] != "play":
            raise ParseError("write a move as: play CELL (for example: play b2)")
        name, side = words[1], instance["side"]
        if not (
            name[:1].isascii() and name[:1].isalpha() and name[1:].isascii() and name[1:].isdigit()
        ):
            raise ParseError(f"{name[:20]!r} is not a cell: a column letter and a row number")
        if len(name) > 4:
            raise ParseError(f"{name[:20]!r} is not a cell on this board")
        column, row = ord(name[0]) - ord("a"), int(name[1:]) - 1
        if not (0 <= column < side and 0 <= row < side):
            return None, side  # off the board: a legal-looking move that apply refuses
        return row * side + column, side

    def legal_moves(self, instance, position, player):
        side = instance["side"]
        return [(c, side) for c, s in enumerate(position) if s == "."]

    def illegal_reason(self, instance, position, move):
        cell, side = move
        if cell is None:
            last = cell_name(side * side - 1, side)
            return f"that cell is off the board (columns a to {last[0]}, rows 1 to {side})"
        if position[cell] != ".":
            return f"{cell_name(cell, side)} is taken"
        return None

    def play(self, instance, position, move, player):
        cell = move[0]
        return position[:cell] + ("X" if player == MODEL else "O") + position[cell + 1 :]

    def result(self, instance, position, to_move):
        board = self._geometry(instance)
        mine, theirs = self._stones(position)
        if board.has_line(mine):
            return WIN, f"X has {instance['k']} in a row"
        if board.has_line(theirs):
            return LOSS, f"O has {instance['k']} in a row"
        if "." not in position:
            return DRAW, "The board is full"
        return None

    def perfect_move(self, instance, position):
        """The first cell (reading order) that keeps the quickest forced win; in a position that
        is no longer won, the two-move look-ahead's choice."""
        board = self._geometry(instance)
        mine, theirs = self._stones(position)
        side = instance["side"]
        fewest = board.fewest_moves_to_win(mine, theirs)
        if fewest is None:
            return self._lookahead(board, mine, theirs, side)
        for cell in board.empties(mine, theirs):
            after = mine | 1 << cell
            if board.completes(after, cell):
                return cell, side
            if fewest > 1 and board.replies_lose_within(after, theirs, fewest - 1):
                return cell, side
        raise AssertionError("a forced win has a first move")  # unreachable

    def _lookahead(self, board, mine, theirs, side):
        cells = board.empties(mine, theirs)
        best = max(cells, key=lambda c: (board.two_move_score(mine, theirs, c), -c))
        return best, side

    def opponent_move(self, instance, position):
        board = self._geometry(instance)
        x_stones, o_stones = self._stones(position)
        side = instance["side"]
        cells = board.empties(o_stones, x_stones)
        if len(cells) > instance["horizon"]:
            return self._lookahead(board, o_stones, x_stones, side)

        def exact(cell: int) -> int:
            after = o_stones | 1 << cell
            if board.completes(after, cell):
                return 2
            if len(cells) == 1:
                return 1
            if board.forces_win(x_stones, after):
                return 0
            return 1 if board.holds(x_stones, after) else 2

        best = max(cells, key=lambda c: (exact(c), board.two_move_score(o_stones, x_stones, c), -c))
        return best, side
