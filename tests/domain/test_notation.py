from stormboard.domain import notation

REQUIRED_IDS = {
    "domain_event", "hotspot", "person", "external_system", "opportunity", "value_positive",
    "value_negative", "command", "policy", "read_model", "aggregate", "user_interface", "note",
    "chapter",
}


def test_catalogue_has_every_required_kind_once():
    ids = [k.id for k in notation.KINDS]
    assert set(ids) == REQUIRED_IDS
    assert len(ids) == len(set(ids))


def test_every_kind_has_valid_colour_size_and_level():
    for k in notation.KINDS:
        assert notation.is_valid_color(k.color), k.id
        assert k.width > 0 and k.height > 0
        assert k.level in notation.Level
        assert k.name and k.meaning


def test_documented_default_colours():
    assert notation.kind("domain_event").color == "#FFA94D"
    assert notation.kind("hotspot").color == "#FF4F9A"
    assert notation.kind("person").color == "#FFF59D"
    assert notation.kind("external_system").color == "#F8BBD0"
    assert notation.kind("command").color == "#7EC8F0"
    assert notation.kind("policy").color == "#C9A0DC"


def test_kinds_sharing_a_colour_family_differ_by_size_shape_or_marker():
    def look(k):
        return (k.width, k.height, k.shape, k.marker, k.rotation)

    by_color: dict[str, list] = {}
    for k in notation.KINDS:
        by_color.setdefault(k.color, []).append(k)
    for group in by_color.values():
        looks = [look(k) for k in group]
        assert len(set(looks)) == len(looks), [k.id for k in group]


def test_hotspot_is_a_diamond_and_person_is_small():
    assert notation.kind("hotspot").shape is notation.Shape.DIAMOND
    assert notation.kind("person").width < notation.kind("domain_event").width
    assert notation.kind("external_system").width > notation.kind("external_system").height


def test_unknown_kind_is_a_clear_domain_error():
    import pytest

    from stormboard.domain.errors import DomainError

    with pytest.raises(DomainError, match="Unknown sticky kind 'banana'"):
        notation.kind("banana")


def test_real_size_maps_a_standard_sticky_to_76_mm():
    assert notation.STANDARD_SIZE * notation.MM_PER_UNIT == 76.0
