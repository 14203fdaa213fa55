"""Where pages are built: in this process, in a local process pool, or on a
Dask cluster. Each executor takes an iterator of :class:`Task` and yields an
:class:`~teiencode.build.worker.Outcome` per task, in completion order, with at
most a few tasks in flight per worker so that memory stays flat however many
pages there are. Closing the generator cancels what is still pending.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from ..errors import InputError
from ..model import Diagnostic
from .report import DocResult
from .worker import Outcome, WorkerConfig, build_initialized, build_page, initialize

EXECUTORS = ("process", "dask")
IN_FLIGHT_PER_WORKER = 4
PARENT_CHECK_SECONDS = 1.0


@dataclass(frozen=True)
class Task:
    """One page to build: output name, source label, the page's bytes, and why."""

    name: str
    source: str
    data: bytes
    reason: str | None = None

    def run(self, config: WorkerConfig) -> Outcome:
        """Build the page in this process."""
        return build_page(config, self.name, self.source, self.data, self.reason)


def run_tasks(tasks: Iterator[Task], config: WorkerConfig, *, executor: str = "process",
              jobs: int | None = None, scheduler: str | None = None) -> Iterator[Outcome]:
    """Build every task with the chosen executor; ``jobs`` defaults to all cores.

    With ``executor="process"`` and one job the pages are built in this
    process. ``executor="dask"`` submits to the scheduler at ``scheduler``
    (or to a new ``LocalCluster`` of ``jobs`` single-threaded workers).
    """
    if executor == "dask":
        return _run_dask(tasks, config, jobs, scheduler)
    if executor != "process":
        raise InputError(f"unknown executor {executor!r}; choose one of {', '.join(EXECUTORS)}")
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1:
        return _run_serial(tasks, config)
    return _run_processes(tasks, config, jobs)


def _run_serial(tasks: Iterator[Task], config: WorkerConfig) -> Iterator[Outcome]:
    for task in tasks:
        yield task.run(config)


def _new_pool(config: WorkerConfig, jobs: int) -> ProcessPoolExecutor:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                               initializer=_start_worker, initargs=(config, os.getpid()))


def _start_worker(config: WorkerConfig, parent: int) -> None:
    """A pool worker's start: load what the pages need, and watch the build's
    process. A worker is the child of the forkserver, not of the build, so it
    would outlive a build killed outright (SIGKILL) and hold its memory."""
    initialize(config)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True,
                     name="teiencode-parent-watch").start()


def _exit_with(parent: int) -> None:
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        try:
            os.kill(parent, 0)
        except (ProcessLookupError, PermissionError):  # gone (or its number reused by another user)
            os._exit(1)


def _run_processes(tasks: Iterator[Task], config: WorkerConfig, jobs: int) -> Iterator[Outcome]:
    """A process pool that survives a worker dying (a crash in native code, the
    kernel killing it for memory): the pages that were in flight are retried
    one at a time, and the one that kills its worker alone is reported failed."""
    first = next(tasks, None)
    if first is None:  # nothing to build: start no worker
        return
    tasks = itertools.chain([first], tasks)
    window = jobs * IN_FLIGHT_PER_WORKER
    suspects: deque[Task] = deque()
    pool = _new_pool(config, jobs)
    pending: dict[Future[Outcome], Task] = {}
    try:
        while True:
            limit = 1 if suspects else window
            while len(pending) < limit:
                task = suspects.popleft() if suspects else next(tasks, None)
                if task is None:
                    break
                pending[pool.submit(build_initialized, task.name, task.source, task.data,
                                    task.reason)] = task
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            lost: list[Task] = []
            for future in done:
                task = pending.pop(future)
                if isinstance(future.exception(), BrokenProcessPool):
                    lost.append(task)
                else:
                    yield future.result()
            if lost:
                lost += pending.values()
                pending.clear()
                if limit == 1 and len(lost) == 1:
                    yield _worker_died(lost[0], "the worker process died while building this page")
                else:
                    suspects.extend(lost)
                pool.shutdown(wait=True, cancel_futures=True)
                pool = _new_pool(config, jobs)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _worker_died(task: Task, message: str) -> Outcome:
    problem = Diagnostic("error", "TE-BUILD-WORKER", message, file=task.source,
                         hint="the page may exhaust memory or crash a native library; "
                              "report it with the page attached")
    return Outcome(DocResult(name=task.name, source=task.source, status="failed",
                             problems=(problem.to_dict(),), reason=task.reason), {})


def _run_dask(tasks: Iterator[Task], config: WorkerConfig, jobs: int | None,
              scheduler: str | None) -> Iterator[Outcome]:
    first = next(tasks, None)
    if first is None:  # nothing to build: contact no cluster
        return
    tasks = itertools.chain([first], tasks)
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as error:
        raise InputError("the Dask executor needs the dask extra",
                         hint="pip install 'teiencode[dask]'") from error
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=jobs or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=None)
    client = Client(cluster if cluster is not None else scheduler)
    try:
        shared = client.scatter(config, broadcast=True)
        window = max(1, sum(client.nthreads().values())) * IN_FLIGHT_PER_WORKER
        queue = as_completed()
        in_flight: dict[str, Task] = {}

        def submit() -> None:
            task = next(tasks, None)
            if task is not None:
                future = client.submit(build_page, shared, task.name, task.source, task.data,
                                       task.reason, pure=False)
                in_flight[future.key] = task
                queue.add(future)

        for _ in range(window):
            submit()
        for future in queue:
            task = in_flight.pop(future.key)
            try:
                outcome = future.result()
            except Exception as error:  # the worker died on this page, or the cluster failed
                message = f"the Dask task failed: {type(error).__name__}: {error}"
                outcome = _worker_died(task, message)
            future.release()
            submit()
            yield outcome
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
