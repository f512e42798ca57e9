"""The append-only writer under concurrency, crashes and failures."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from datetime import date
from pathlib import Path

import pytest

from pln_cli.load import append as append_module
from pln_cli.load.append import DEAL_LOG, AppendRefused, append_document
from pln_cli.load.deals import load_deal
from pln_cli.load.writer import round_document

HEADER = (
    "# a hand-written comment that must survive\n"
    "deal: race\npartner: p\noffer: o\n"
    "issues:\n  min_spend: {target: 500rb, reservation: 400rb}\n...\n"
)


def _append_round(path: Path, by: str, value: int) -> None:
    def render(entry):
        return round_document(len(entry.deal.rounds) + 1, date(2018, 1, 1), by, {"min_spend": value}, f"writer {os.getpid()}", {})

    append_document(path, DEAL_LOG, render)


def _worker(path: str, worker: int, count: int) -> None:
    for k in range(count):
        _append_round(Path(path), "us" if (worker + k) % 2 else "them", 400000 + worker * 1000 + k)


@pytest.fixture
def deal_file(tmp_path) -> Path:
    (tmp_path / "deals").mkdir()
    path = tmp_path / "deals" / "race.yaml"
    path.write_text(HEADER)
    return path


def test_eight_processes_appending_lose_and_duplicate_nothing(deal_file):
    ctx = multiprocessing.get_context("fork")
    workers = [ctx.Process(target=_worker, args=(str(deal_file), w, 25)) for w in range(8)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(timeout=120)
        assert p.exitcode == 0
    entry = load_deal(deal_file)
    assert entry.problems == []
    assert [r.round for r in entry.deal.rounds] == list(range(1, 201))
    values = sorted(r.terms.min_spend for r in entry.deal.rounds)
    assert values == sorted(400000 + w * 1000 + k for w in range(8) for k in range(25))
    assert deal_file.read_text().startswith(HEADER)


def _die_half_way(path: str, ready) -> None:
    real_write = os.write

    def half_write(fd, data):
        real_write(fd, data[: len(data) // 2])
        ready.set()
        time.sleep(60)  # killed here, lock held, half a round on disk
        return len(data)

    append_module.os.write = half_write  # this child only
    _append_round(Path(path), "us", 450000)


def test_a_writer_killed_mid_append_leaves_complete_rounds_loadable(deal_file):
    _append_round(deal_file, "us", 500000)
    _append_round(deal_file, "them", 300000)
    ctx = multiprocessing.get_context("fork")
    ready = ctx.Event()
    child = ctx.Process(target=_die_half_way, args=(str(deal_file), ready))
    child.start()
    assert ready.wait(30)
    os.kill(child.pid, signal.SIGKILL)
    child.join()
    entry = load_deal(deal_file)
    assert [r.round for r in entry.deal.rounds] == [1, 2]
    assert [p.code for p in entry.problems] == ["torn-write"]
    # The dead writer's lock is gone: the next append answers at once, and
    # refuses to bury the torn round.
    before = deal_file.read_bytes()
    with pytest.raises(AppendRefused) as refused:
        _append_round(deal_file, "us", 460000)
    assert refused.value.problems[0].code == "torn-write"
    assert deal_file.read_bytes() == before


def test_a_failed_write_is_cut_back(deal_file, monkeypatch):
    _append_round(deal_file, "us", 500000)
    before = deal_file.read_bytes()
    real_write = os.write

    def failing_write(fd, data):
        real_write(fd, data[:10])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(append_module.os, "write", failing_write)
    with pytest.raises(OSError):
        _append_round(deal_file, "them", 300000)
    assert deal_file.read_bytes() == before


def test_invalid_round_writes_nothing(deal_file):
    before = deal_file.read_bytes()

    def render(entry):
        return round_document(1, date(2018, 1, 1), "us", {"voucher": 20000}, None, {})

    with pytest.raises(AppendRefused) as refused:
        append_document(deal_file, DEAL_LOG, render)
    assert refused.value.problems[0].code == "undeclared-issue"
    assert refused.value.problems[0].path == "(new round)"
    assert deal_file.read_bytes() == before


def test_a_file_without_final_newline_gets_one_before_the_new_round(deal_file):
    deal_file.write_text(HEADER.rstrip("\n"))
    _append_round(deal_file, "us", 500000)
    assert "...\n---\nround: 1\n" in deal_file.read_text()
    assert [r.round for r in load_deal(deal_file).deal.rounds] == [1]
