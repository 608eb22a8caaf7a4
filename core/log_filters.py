"""Logging filters that keep the log readable through an outage or a scan: one line, not one traceback per call.

`LOGGING` in config/settings/base.py names them by path (settings import no application code)."""

import logging
import threading
import time


class OncePerInterval(logging.Filter):
    """Lets the first record of each message through once per `seconds`, as one WARNING line without the
    traceback, and says how many like it were held back since the last one.

    For the cache client's "Exception ignored": with Redis down, every cache call of every request fails the same
    way (about a hundred per page), and the site goes on rendering without the cache.
    """

    def __init__(self, seconds=60):
        super().__init__()
        self.seconds = seconds
        self._lock = threading.Lock()
        self._last_sent = {}
        self._held_back = {}

    def forget(self):
        """Start afresh, as after a restart (tests)."""
        with self._lock:
            self._last_sent.clear()
            self._held_back.clear()

    def filter(self, record):
        key = (record.name, record.msg)
        now = time.monotonic()
        with self._lock:
            if now - self._last_sent.get(key, -self.seconds) < self.seconds:
                self._held_back[key] = self._held_back.get(key, 0) + 1
                return False
            self._last_sent[key] = now
            held_back = self._held_back.pop(key, 0)
        if record.exc_info and record.exc_info[1] is not None:
            fault = record.exc_info[1]
            record.msg = f"{record.getMessage()}: {type(fault).__name__}: {fault}"
            record.args = None
            record.exc_info = record.exc_text = None
        if held_back:
            record.msg = f"{record.getMessage()} ({held_back} more like it in the last {self.seconds} s)"
            record.args = None
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


class RefusedHostFilter(logging.Filter):
    """A request with a Host header not in ALLOWED_HOSTS is refused with a 400, and Django logs it at ERROR with a
    full traceback that only ever shows its own host check. Scanners send such requests all day: this turns each
    into one WARNING line (the message names the host), so real errors stay visible."""

    def filter(self, record):
        record.levelno, record.levelname = logging.WARNING, logging.getLevelName(logging.WARNING)
        record.exc_info = record.exc_text = record.stack_info = None
        # The record passed the logger's level as an ERROR; as a WARNING it must pass it again.
        return logging.getLogger(record.name).isEnabledFor(logging.WARNING)
