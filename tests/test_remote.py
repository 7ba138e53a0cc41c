"""Files named by an fsspec URL (read/remote.py): listed as a folder's walk lists files, fetched
whole, read from their bytes; a URL that cannot be listed is one line saying why."""

import hashlib
import sys
import uuid

import fsspec
import pytest

from chancery.model import ReadError
from chancery.read import read_file, remote
from chancery.settings import DEFAULT

MEMO = b"MEMORANDUM OF CONVERSATION\n\nThe Ambassador called on the Secretary. " * 20


@pytest.fixture
def bucket():
    """A folder of fsspec's in-memory file system of the test's own (removed after)."""
    fs = fsspec.filesystem("memory")
    root = f"/bucket-{uuid.uuid4().hex}"
    yield fs, root
    fs.rm(root, recursive=True)


def test_a_prefix_lists_its_documents_sorted_without_hidden_or_unsupported_files(bucket):
    fs, root = bucket
    for name in ("b.txt", "a/c.html", "a/.draft.txt", ".cache/d.txt", "e.exe"):
        fs.pipe(f"{root}/{name}", MEMO)
    listed = remote.list_files(f"memory://{root}")
    assert listed.urls == [f"memory://{root}/a/c.html", f"memory://{root}/b.txt"]
    assert remote.list_files(f"memory://{root}/b.txt").urls == [f"memory://{root}/b.txt"]


def test_a_fetched_file_reads_as_the_same_file_on_disk_reads(bucket, tmp_path):
    fs, root = bucket
    fs.pipe(f"{root}/memo.txt", MEMO)
    (tmp_path / "memo.txt").write_bytes(MEMO)
    url = f"memory://{root}/memo.txt"
    fetched = remote.read_url(url, remote.fetch(url))
    on_disk = read_file(tmp_path / "memo.txt")
    assert fetched.sha256 == on_disk.sha256 == hashlib.sha256(MEMO).hexdigest()
    assert (fetched.text, fetched.format, fetched.size) == (
        on_disk.text,
        on_disk.format,
        on_disk.size,
    )
    assert fetched.path == url


def test_a_file_url_is_stored_under_its_path():
    assert remote.stored_name("file:///srv/crest/memo.txt") == "/srv/crest/memo.txt"
    assert remote.stored_name("memory:///crest/memo.txt") == "memory:///crest/memo.txt"


def test_an_oversized_or_vanished_file_is_a_read_error_naming_it(bucket):
    fs, root = bucket
    fs.pipe(f"{root}/big.txt", b"x" * 3_000_000)
    with pytest.raises(ReadError, match=r"big.txt: file is 3.0 MB, over the 1 MB limit"):
        remote.fetch(f"memory://{root}/big.txt", DEFAULT.with_(max_file_mb=1))
    with pytest.raises(ReadError, match=r"gone.txt: cannot read: no such file"):
        remote.fetch(f"memory://{root}/gone.txt")


@pytest.mark.parametrize(
    "url, message",
    [
        ("nosuch://bucket/x", "nosuch://bucket/x: Protocol not known: nosuch"),
        ("memory://no-such-bucket/x", "memory://no-such-bucket/x: no such file, folder or bucket"),
        ("s3://bucket/x", "s3://bucket/x: Install s3fs to access S3 (pip install 'chancery[s3]')"),
    ],
)
def test_a_url_that_cannot_be_listed_is_one_line_saying_why(url, message, monkeypatch):
    monkeypatch.setitem(sys.modules, "s3fs", None)  # as where the s3 extra is not installed
    with pytest.raises(remote.RemoteError) as raised:
        remote.list_files(url)
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)
