"""Environments of category `scheduling`."""
