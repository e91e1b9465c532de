"""Environments of category `game_theory`."""
