"""Environments of category `simulation_program`."""
