"""The content generation: one number that any publish or settings change moves,
read once per request."""

from django.core.cache import cache

from content import freshness


def test_a_bump_moves_the_generation(db):
    before = freshness.generation()

    freshness.bump()

    assert freshness.generation() == before + 1


def test_pinned_reads_the_cache_once(db, monkeypatch):
    freshness.generation()  # the number exists, as after the first request
    reads = []
    original_get = cache.get
    monkeypatch.setattr(
        cache, "get", lambda *a, **k: reads.append(a) or original_get(*a, **k)
    )

    with freshness.pinned():
        first = freshness.generation()
        for _ in range(5):
            assert freshness.generation() == first

    assert len(reads) == 1


def test_a_bump_inside_a_pinned_block_is_seen_at_once(db):
    with freshness.pinned():
        before = freshness.generation()
        freshness.bump()
        assert freshness.generation() == before + 1
    assert freshness.generation() == before + 1


def test_publishing_moves_the_generation(seeded):
    home = seeded.homes["nl"].specific
    before = freshness.generation()

    home.save_revision().publish()

    assert freshness.generation() > before


def test_cached_computes_once_until_content_changes(db):
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert freshness.cached("probe", compute) == 1
    assert freshness.cached("probe", compute) == 1
    freshness.bump()
    assert freshness.cached("probe", compute) == 2


def test_a_cached_value_is_read_from_the_shared_cache_once_per_process(db, monkeypatch):
    computed = []
    freshness.cached("test-value", lambda: computed.append(1) or "first")
    reads = []
    original_get = cache.get
    monkeypatch.setattr(
        cache, "get", lambda *a, **k: reads.append(a[0]) or original_get(*a, **k)
    )

    for _ in range(3):
        assert freshness.cached("test-value", lambda: "again") == "first"

    assert computed == [1]
    assert not [key for key in reads if "test-value" in key], "kept in the process"


def test_a_change_made_by_another_process_is_seen_on_the_next_read(db):
    assert freshness.cached("test-other", lambda: "before") == "before"

    cache.incr(freshness.KEY)  # another app server published

    assert freshness.cached("test-other", lambda: "after") == "after"
