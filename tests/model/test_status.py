from civplan import Status


def test_members_are_exactly_the_official_vocabulary() -> None:
    assert [s.name for s in Status] == [
        "DONE",
        "PARTIALLY_DONE",
        "IN_PROGRESS",
        "NOT_DONE",
        "POSTPONED",
        "NOT_DUE",
        "OVERDUE",
        "CANCELLED",
    ]


def test_labels_in_both_languages() -> None:
    assert Status.PARTIALLY_DONE.label() == "виконано частково"
    assert Status.PARTIALLY_DONE.label("en") == "partially done"
    assert Status.NOT_DUE.label_uk == "термін не настав"
    assert len({s.label_uk for s in Status}) == len({s.label_en for s in Status}) == 8
