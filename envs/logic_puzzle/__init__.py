"""Environments of category `logic_puzzle`."""
