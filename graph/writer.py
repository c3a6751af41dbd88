"""The store's writes on a thread of their own, in the order they were asked for.

A build's main process gathers the documents its workers analyse and writes them to the store. When
it wrote them itself, the workers stood still while Oxigraph bulk-loaded a batch (a few in flight,
then nothing to do); with the writes on this thread the main thread goes on gathering while the store
loads. pyoxigraph lets go of the GIL while it loads, so the two run at once.

Writes stay in order and one at a time, so the build marker (the batch being bulk-loaded) means
what it meant; an error on the thread is raised in the caller at its next write or at :meth:`close`.
"""
from __future__ import annotations

import queue
import threading
from typing import Callable


class Writer:
    """Runs the calls given to :meth:`write` one after another on one thread. At most ``depth`` wait
    their turn: more, and :meth:`write` waits (the documents they carry are held in memory)."""

    def __init__(self, depth: int = 2) -> None:
        self._jobs: queue.Queue = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None   # the failed write's error, until it is raised
        self._failed = False
        self._thread = threading.Thread(target=self._run, name="beleidsgraaf-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            if not self._failed:          # after a failure nothing more is written
                try:
                    job()
                except BaseException as err:   # handed to the caller, who decides
                    self._error, self._failed = err, True

    def write(self, fn: Callable, *args) -> None:
        """Queue ``fn(*args)``; raise the error of an earlier write, if any."""
        self._raise()
        self._jobs.put(lambda: fn(*args))

    def close(self) -> None:
        """Wait until every queued write is done; raise the error of any of them."""
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()
        self._raise()

    def _raise(self) -> None:
        if self._error is not None:     # raised once: a caller's cleanup does not raise it again
            err, self._error = self._error, None
            raise err
