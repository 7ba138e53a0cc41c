"""`chancery bench search` and `bench api` run end to end at tiny sizes and print their figures.

Speed is never asserted here (it is measured by the benchmarks themselves); these tests only
show that the benchmarks work: archives build, every kind of query runs, the server starts,
answers the whole request mix without errors and stops.
"""

import json

from click.testing import CliRunner

from chancery.devtools.bench import API_MIX, SEARCH_KINDS, bench, request_plan


def run(args: list[str]) -> str:
    """The command's standard output (the progress bars go to standard error)."""
    result = CliRunner().invoke(bench, args, catch_exceptions=False)
    print(result.stdout)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_bench_search_prints_latency_per_kind_of_query(tmp_path):
    output = run(
        ["search", "--docs", "50", "--queries", "28", "--facets", "--workdir", str(tmp_path)]
    )
    assert "sqlite: built in one sync after the store" in output
    assert "archive: 50 documents stored" in output
    for kind in SEARCH_KINDS:
        assert f"\n{kind} " in output
    assert "\nall " in output

    again = json.loads(
        run(["search", "--docs", "50", "--queries", "28", "--workdir", str(tmp_path), "--json"])
    )
    assert again["build"]["reused"] is True  # the archive in the workdir is used again, not rebuilt
    assert set(again["by_kind"]) == set(SEARCH_KINDS)
    assert again["queries"] == 28


def test_bench_search_measures_an_index_that_followed_a_postgresql_store_beside_sqlite(
    tmp_path, postgres_server
):
    server = postgres_server.url("postgres")
    args = ["search", "--docs", "60", "--queries", "28", "--build-workers", "1", "--db", server]
    output = run([*args, "--workdir", str(tmp_path)])
    assert "sqlite: built in one sync after the store" in output
    assert "postgresql: followed the store in a serve node's own folder" in output
    assert "store " in output and "(PostgreSQL), index" in output
    assert "p95 PostgreSQL-followed / SQLite build: " in output
    # The node's own index folder: under the workdir, named after the run's database.
    assert (tmp_path / "chancery_bench_search_60_12_1000.index" / "meta.json").exists()

    again = json.loads(run([*args, "--workdir", str(tmp_path), "--json"]))
    assert again["postgresql"]["build"]["reused"] is True  # the database was kept and reused
    assert again["postgresql"]["build"]["documents_stored"] == again["build"]["documents_stored"]
    assert set(again["postgresql"]["by_kind"]) == set(SEARCH_KINDS)

    run([*args, "--docs", "30"])  # without a workdir, the run's database is dropped after it
    import psycopg

    with psycopg.connect(server) as admin:
        names = [row[0] for row in admin.execute("SELECT datname FROM pg_database")]
    assert "chancery_bench_search_30_12_1000" not in names


def test_bench_api_serves_the_request_mix_without_errors(tmp_path):
    output = run(
        [
            "api",
            "--docs",
            "50",
            "--clients",
            "2",
            "--seconds",
            "2",
            "--warmup",
            "0",
            "--workdir",
            str(tmp_path),
        ]
    )
    assert " 0 errors" in output
    for endpoint in ("/api/search", "/api/documents/{id}", "/ "):
        assert f"\n{endpoint}" in output


def test_request_plan_holds_every_kind_of_request_with_its_expected_status():
    texts = [
        "The Soviet Government would not accept the control of nuclear weapons at the present time."
    ] * 3
    plan = request_plan(texts, ["Rusk", "Gromyko"], ["bench0000-000001-1"], 2000, seed=1)
    assert {p.kind for p in plan} == {kind for kind, _, _ in API_MIX}
    assert {p.expected for p in plan if p.kind == "bad query (400)"} == {400}
    assert {p.expected for p in plan if p.kind == "no such document (404)"} == {404}
    assert all(p.path.startswith("/") and " " not in p.path for p in plan)
