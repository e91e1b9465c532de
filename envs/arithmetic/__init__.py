"""Environments of category `arithmetic`."""
