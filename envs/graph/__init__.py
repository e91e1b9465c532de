"""Environments of category `graph`."""
