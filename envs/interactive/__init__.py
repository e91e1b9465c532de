"""Natively multi-turn environments (``rlve_gym.interactive.InteractiveEnvironment``)."""
