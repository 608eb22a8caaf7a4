"""The editorial workflow: roles (Writers, Editors, Communications lead), review workflows, background jobs."""
