"""Environments of category `tree`."""
