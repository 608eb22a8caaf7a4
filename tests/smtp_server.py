"""A real SMTP server on a free loopback port (aiosmtpd), for tests where e-mail matters end to end."""

import email
import socket
import threading
import time
from email import policy

from aiosmtpd.controller import Controller


class Inbox:
    """aiosmtpd's handler: keeps every message delivered to it, parsed."""

    def __init__(self):
        self.messages = []
        self.arrived = threading.Condition()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        message = email.message_from_bytes(envelope.original_content, policy=policy.default)
        with self.arrived:
            self.messages.append(message)
            self.arrived.notify_all()
        return "250 OK"

    def to(self, address):
        return [message for message in self.messages if message["To"] == address]

    def wait_for(self, to, subject="", seconds=30):
        """The first message to `to` whose subject holds `subject`, waiting for it to arrive (no sleeping: woken
        when a message comes)."""
        deadline = time.monotonic() + seconds
        with self.arrived:
            while True:
                for message in self.messages:
                    if to in message["To"] and subject in message["Subject"]:
                        return message
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"no e-mail to {to} within {seconds} s")
                self.arrived.wait(remaining)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_smtp_server():
    """(controller, inbox): call controller.stop() when done."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    inbox.port = controller.port
    return controller, inbox


def serve_smtp(settings):
    """Start an SMTP server and point Django's SMTP backend at it; yields its Inbox (the `smtp_inbox` fixture)."""
    controller, inbox = start_smtp_server()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    try:
        yield inbox
    finally:
        controller.stop()
