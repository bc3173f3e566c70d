import psycopg


def test_the_server_is_real(pg_server, pg_url):
    with psycopg.connect(pg_url) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
    assert version.split(".")[0].isdigit()
