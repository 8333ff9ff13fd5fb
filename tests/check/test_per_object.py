"""per_object: a value built once per object, by identity (deliverables cannot be hashed)."""

from mind_templates.check.per_object import per_object


def test_built_once_per_object_and_apart_for_equal_objects():
    calls = []

    @per_object
    def size(items: list) -> int:  # a list cannot be hashed, as a deliverable with mappings cannot
        calls.append(items)
        return len(items)

    first, equal = [1, 2], [1, 2]
    assert size(first) == size(first) == 2
    assert size(equal) == 2
    assert calls == [first, equal] and calls[0] is first and calls[1] is equal
