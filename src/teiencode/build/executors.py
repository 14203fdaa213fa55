"""Where the work of a build is done: in this process, in a local process
pool, or on a Dask cluster. :class:`Workers` runs iterators of tasks — the
pages (:class:`Task`), then the pages of the corpus index
(:class:`~.worker.SitePage`) — yielding each task's result in completion
order, with at most a few tasks in flight per worker so that memory stays flat
however many pages there are; closing the generator cancels what is still
pending. The pool or cluster is started at the first task and serves every
run until :meth:`Workers.close`.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import (FIRST_COMPLETED, CancelledError, Future, ProcessPoolExecutor,
                                wait)
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Self

from ..errors import EXIT_USAGE, InputError, TeiencodeError
from ..model import Diagnostic
from .report import DocResult
from .worker import Guard, Job, Outcome, R, WorkerConfig, build_page, initialize, run_initialized

EXECUTORS = ("process", "dask")
IN_FLIGHT_PER_WORKER = 4
PARENT_CHECK_SECONDS = 1.0
#: How long to wait for a Dask scheduler to answer, for a worker to join it,
#: and for a worker to come back after the last one left.
CLUSTER_TIMEOUT = 10.0


class ClusterError(TeiencodeError):
    """The Dask cluster cannot be used or went away: the scheduler cannot be
    reached, has no workers, or lost them all during the build. ``reason``:
    the message without its code (:data:`CODE`)."""

    exit_code = EXIT_USAGE
    CODE = "TE-BUILD-CLUSTER"

    def __init__(self, reason: str, *, hint: str) -> None:
        super().__init__(f"{self.CODE} {reason}", hint=hint)
        self.reason = reason


@dataclass(frozen=True)
class Task:
    """One page to build: output name, source label, the page's bytes, why,
    and what protects its TEI output (which also says if it is a TEI source)."""

    name: str
    source: str
    data: bytes
    reason: str | None = None
    guard: Guard | None = None

    def run(self, config: WorkerConfig) -> Outcome:
        """Build the page in this process."""
        return build_page(config, self.name, self.source, self.data, self.reason, self.guard)

    def died(self, message: str) -> Outcome:
        """The page fails: its worker died (``message`` says how) while building it."""
        problem = Diagnostic("error", "TE-BUILD-WORKER", f"{message} while building this page",
                             file=self.source,
                             hint="the page may exhaust memory or crash a native library; "
                                  "report it with the page attached")
        return Outcome(DocResult(name=self.name, source=self.source, status="failed",
                                 problems=(problem.to_dict(),), reason=self.reason), {})


class Workers:
    """The workers of one build: ``executor="process"`` with ``jobs`` processes
    (default: all cores; one job works in this process), or ``"dask"`` on the
    scheduler at ``scheduler`` (or a new ``LocalCluster`` of ``jobs``
    single-threaded workers), waiting ``cluster_timeout`` seconds at most for
    it to answer or for a worker (:class:`ClusterError` then). Use it as a
    context manager."""

    def __init__(self, config: WorkerConfig, *, executor: str = "process",
                 jobs: int | None = None, scheduler: str | None = None,
                 cluster_timeout: float = CLUSTER_TIMEOUT) -> None:
        if executor not in EXECUTORS:
            raise InputError(f"unknown executor {executor!r}; choose one of {', '.join(EXECUTORS)}")
        self.config = config
        self.executor = executor
        self.jobs = jobs or (None if executor == "dask" else os.cpu_count() or 1)
        self.scheduler = scheduler
        self.cluster_timeout = cluster_timeout
        self._pool: ProcessPoolExecutor | None = None
        self._dask: _Dask | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, jobs: Iterator[Job[R]]) -> Iterator[R]:
        """Run every job; yield their results in completion order."""
        if self.executor == "dask":
            return self._run_dask(jobs)
        if self.jobs == 1:
            return (job.run(self.config) for job in jobs)
        return self._run_processes(jobs)

    def close(self) -> None:
        """Stop the pool or leave the cluster."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        if self._dask is not None:
            self._dask.close()
            self._dask = None

    def _new_pool(self) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=context,
                                   initializer=_start_worker, initargs=(self.config, os.getpid()))

    def _run_processes(self, jobs: Iterator[Job[R]]) -> Iterator[R]:
        """A process pool that survives a worker dying (a crash in native code,
        the kernel killing it for memory): the jobs that were in flight are
        retried one at a time, and the one that kills its worker alone is
        given up (:meth:`Job.died`)."""
        first = next(jobs, None)
        if first is None:  # nothing to do: start no worker
            return
        jobs = itertools.chain([first], jobs)
        assert self.jobs is not None
        window = self.jobs * IN_FLIGHT_PER_WORKER
        suspects: deque[Job[R]] = deque()
        if self._pool is None:
            self._pool = self._new_pool()
        pending: dict[Future[R], Job[R]] = {}
        try:
            while True:
                limit = 1 if suspects else window
                while len(pending) < limit:
                    job = suspects.popleft() if suspects else next(jobs, None)
                    if job is None:
                        break
                    pending[self._pool.submit(run_initialized, job)] = job
                if not pending:
                    return
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                lost: list[Job[R]] = []
                for future in done:
                    job = pending.pop(future)
                    if isinstance(future.exception(), BrokenProcessPool):
                        lost.append(job)
                    else:
                        yield future.result()
                if lost:
                    lost += pending.values()
                    pending.clear()
                    if limit == 1 and len(lost) == 1:
                        yield lost[0].died("the worker process died")
                    else:
                        suspects.extend(lost)
                    self._pool.shutdown(wait=True, cancel_futures=True)
                    self._pool = self._new_pool()
        finally:
            for future in pending:
                future.cancel()
            if pending:  # a closed run: what still runs must not outlive it
                wait(pending)

    def _run_dask(self, jobs: Iterator[Job[R]]) -> Iterator[R]:
        first = next(jobs, None)
        if first is None:  # nothing to do: contact no cluster
            return
        jobs = itertools.chain([first], jobs)
        if self._dask is None:
            self._dask = _Dask(self.config, self.jobs, self.scheduler, self.cluster_timeout)
        yield from self._dask.run(jobs)


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


def _run_job(config: WorkerConfig, job: Job[R]) -> R:
    return job.run(config)


class _Dask:
    """A Dask client (and the ``LocalCluster`` it started, when no scheduler
    was given), the worker configuration scattered to every worker once.
    A scheduler that does not answer within ``timeout`` seconds, has no
    worker by then, or loses every worker for that long during the build
    raises :class:`ClusterError` (TE-BUILD-CLUSTER)."""

    def __init__(self, config: WorkerConfig, jobs: int | None, scheduler: str | None,
                 timeout: float) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:
            raise InputError("the Dask executor needs the dask extra",
                             hint="pip install 'teiencode[dask]'") from error
        self.timeout = timeout
        self.where = f"the Dask scheduler at {scheduler}" if scheduler else "the Dask cluster"
        self.cluster = None
        if scheduler is None:
            self.cluster = LocalCluster(n_workers=jobs or os.cpu_count() or 1,
                                        threads_per_worker=1, processes=True,
                                        dashboard_address=None)
        try:
            self.client = Client(self.cluster if self.cluster is not None else scheduler,
                                 timeout=timeout)
        except (OSError, TimeoutError, ValueError) as error:
            raise ClusterError(f"cannot reach {self.where} within {timeout:g} s "
                               f"({type(error).__name__})",
                               hint="check the address (tcp://HOST:PORT) and that the scheduler "
                                    "runs; --cluster-timeout SECONDS waits longer") from None
        try:
            self.client.wait_for_workers(1, timeout=timeout)
            self.shared = self.client.scatter(config, broadcast=True)
        except (OSError, TimeoutError) as error:
            self.close()
            raise ClusterError(f"{self.where} has no workers (none joined "
                               f"within {timeout:g} s)", hint="start workers: dask worker "
                               "SCHEDULER-ADDRESS") from error

    def run(self, jobs: Iterator[Job[R]]) -> Iterator[R]:
        from distributed import wait as wait_for

        window = max(1, sum(self.client.nthreads().values())) * IN_FLIGHT_PER_WORKER
        in_flight: dict[Any, Job[R]] = {}
        idle_since = time.monotonic()

        def submit() -> None:
            job = next(jobs, None)
            if job is not None:
                in_flight[self.client.submit(_run_job, self.shared, job, pure=False)] = job

        for _ in range(window):
            submit()
        while in_flight:
            try:
                done = wait_for(list(in_flight), timeout=PARENT_CHECK_SECONDS,
                                return_when="FIRST_COMPLETED").done
            except TimeoutError:  # none finished meanwhile
                done = set()
            except CancelledError:  # the scheduler dropped them: it lost its workers, or restarted
                self._check_workers(None)
                raise ClusterError(f"{self.where} cancelled the build's tasks",
                                   hint="build again to go on where it stopped") from None
            if not done:
                idle_since = self._check_workers(idle_since)
                continue
            idle_since = time.monotonic()
            for future in done:
                job = in_flight.pop(future)
                try:
                    result = future.result()
                except Exception as error:  # the worker died on this job, or the cluster failed
                    self._check_workers(None)
                    result = job.died(f"the Dask task failed ({type(error).__name__}: {error})")
                future.release()
                submit()
                yield result

    def _check_workers(self, idle_since: float | None) -> float:
        """Raise :class:`ClusterError` when the scheduler is gone, or has had no
        worker since ``idle_since`` for longer than the timeout (``None``: now);
        return when the cluster last had a worker."""
        try:
            workers = self.client.nthreads() if self.client.status == "running" else None
        except (OSError, TimeoutError):
            workers = None
        if workers is None:
            raise ClusterError(f"lost the connection to {self.where}",
                               hint="check the scheduler; build again to go on where it stopped")
        if workers:
            return time.monotonic()
        if idle_since is None or time.monotonic() - idle_since > self.timeout:
            raise ClusterError(f"{self.where} lost all its workers",
                               hint="restart the workers; build again to go on where it stopped")
        return idle_since

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
