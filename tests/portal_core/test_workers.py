"""The workers library: results in order, errors named, one process when it is enough."""

import gc
import os

import pytest

from portal_core.workers import WorkerError, fork_map


def _pid_and_square(n):
    return os.getpid(), n * n


def test_results_come_back_in_order_from_several_processes():
    results = fork_map(_pid_and_square, range(200), workers=3)
    assert [square for _, square in results] == [n * n for n in range(200)]
    assert len({pid for pid, _ in results}) == 3  # the parent and two children worked


def test_a_failure_in_a_child_names_the_item():
    def fail_on_77(n):
        if n == 77:
            raise ValueError("bad item")
        return n

    with pytest.raises(WorkerError) as caught:
        fork_map(fail_on_77, range(200), workers=2, describe=lambda n: f"item {n}")
    assert "item 77" in str(caught.value) and "ValueError: bad item" in str(caught.value)


def test_few_items_or_one_worker_stay_in_this_process():
    assert {pid for pid, _ in fork_map(_pid_and_square, range(10), workers=4)} == {os.getpid()}
    assert {pid for pid, _ in fork_map(_pid_and_square, range(500), workers=1)} == {os.getpid()}


def _pid_and_collecting(n):
    return os.getpid(), gc.isenabled()


def test_the_work_runs_with_the_collector_on_and_the_callers_state_comes_back():
    # A build turns automatic collections off in its own process (lifecycle/collector.py);
    # the pages rendered here make cycles at every item, so they are collected as usual.
    gc.disable()
    try:
        for workers in (1, 3):
            results = fork_map(_pid_and_collecting, range(200), workers=workers)
            assert all(collecting for _, collecting in results)
            assert len({pid for pid, _ in results}) == workers
            assert not gc.isenabled()
    finally:
        gc.enable()
    fork_map(_pid_and_collecting, range(200), workers=2)
    assert gc.isenabled()


def test_work_without_cycles_runs_with_the_collector_as_the_caller_has_it():
    gc.disable()
    try:
        results = fork_map(_pid_and_collecting, range(200), workers=2, cycles=False)
        assert not any(collecting for _, collecting in results) and not gc.isenabled()
    finally:
        gc.enable()
    assert all(collecting for _, collecting in fork_map(_pid_and_collecting, range(200), workers=2, cycles=False))
