"""Built-in environments, one module per task, grouped by category (installed as rlve_gym.envs)."""
