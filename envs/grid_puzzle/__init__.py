"""Environments of category `grid_puzzle`."""
