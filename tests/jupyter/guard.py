"""Timeouts for Jupyter-level tests.

jupyter_kernel_test 0.4.5 waits without a timeout for some replies
(get_non_kernel_info_reply(timeout=None)), so a kernel that never answers
would hang the whole suite. Every test here runs under a SIGALRM deadline.
"""
import os
import signal
import unittest

TEST_TIMEOUT = int(os.environ.get("GOKERNEL_TEST_TIMEOUT", "120"))


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout(f"test exceeded {TEST_TIMEOUT} s (kernel did not answer?)")


class Guarded(unittest.TestCase):
    """A TestCase whose every test method fails after TEST_TIMEOUT seconds."""

    def run(self, result=None):
        old = signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(TEST_TIMEOUT)
        try:
            return super().run(result)
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, old)
