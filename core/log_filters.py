"""Logging filters that `LOGGING` in config/settings/base.py names by path (settings import no application code)."""

import logging


class RefusedHostFilter(logging.Filter):
    """A request with a Host header not in ALLOWED_HOSTS is refused with a 400, and Django logs it at ERROR with a
    full traceback that only ever shows its own host check. Scanners send such requests all day: this turns each
    into one WARNING line (the message names the host), so real errors stay visible."""

    def filter(self, record):
        record.levelno, record.levelname = logging.WARNING, logging.getLevelName(logging.WARNING)
        record.exc_info = record.exc_text = record.stack_info = None
        # The record passed the logger's level as an ERROR; as a WARNING it must pass it again.
        return logging.getLogger(record.name).isEnabledFor(logging.WARNING)
