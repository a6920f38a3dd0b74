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
