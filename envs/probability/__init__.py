"""Environments of category `probability`."""
