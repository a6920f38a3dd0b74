from signup.wizard.references import (
    ALPHABET,
    PATTERN,
    new_reference,
    normalise_reference,
)


def test_references_have_the_readable_format():
    for _ in range(200):
        assert PATTERN.match(new_reference())


def test_alphabet_has_no_characters_that_sound_or_look_alike():
    assert not set("01OIL") & set(ALPHABET)


def test_references_do_not_repeat():
    references = {new_reference() for _ in range(5000)}

    assert len(references) == 5000


def test_staff_can_type_a_reference_loosely():
    assert normalise_reference("hw 7kq3p9xd") == "HW-7KQ3-P9XD"
    assert normalise_reference(" HW-7KQ3-P9XD ") == "HW-7KQ3-P9XD"
    assert normalise_reference("7KQ3P9XD") == "HW-7KQ3-P9XD"
