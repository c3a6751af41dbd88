"""The store's writer thread: writes in order, one at a time, errors raised in the caller."""
import threading

import pytest

from beleidsgraaf.graph.writer import Writer


def test_writes_run_in_the_order_given_on_one_thread_other_than_the_callers():
    done, threads = [], set()

    def write(i):
        threads.add(threading.get_ident())
        done.append(i)
    writer = Writer(depth=1)
    for i in range(20):
        writer.write(write, i)
    writer.close()
    assert done == list(range(20))
    assert threads and threading.get_ident() not in threads


def test_a_failed_write_is_raised_once_in_the_caller_and_nothing_after_it_is_written():
    done = []
    writer = Writer()

    def fail():
        raise OSError("disk full")
    writer.write(done.append, 1)
    writer.write(fail)
    writer.write(done.append, 2)          # may be queued before the failure is known
    with pytest.raises(OSError, match="disk full"):
        for i in range(3, 100):           # raised at a later write, or at close
            writer.write(done.append, i)
        writer.close()
    writer.close()                        # the error is not raised a second time
    assert done == [1]
