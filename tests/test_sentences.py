"""Sentence splitting: where a period ends a sentence and where it does not (my own sentences)."""

from __future__ import annotations

import pytest

from geodata.sentences import split


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split(text)]


@pytest.mark.parametrize("text,expected", [
    # initials, one or several, before a name: no end ("K.P. Sharma Oli", "J. Smith")
    ("Nepal's Prime Minister K.P. Sharma Oli resigned on Tuesday. Protests went on.",
     ["Nepal's Prime Minister K.P. Sharma Oli resigned on Tuesday.", "Protests went on."]),
    ("He met J. Smith in Kyiv. Then he left.", ["He met J. Smith in Kyiv.", "Then he left."]),
    # listed abbreviations, and a day's ordinal before a month ("am 8. August")
    ("Gov. Roy Cooper spoke in Raleigh. Crews arrived.", ["Gov. Roy Cooper spoke in Raleigh.", "Crews arrived."]),
    ("Am 8. August griff Russland an. Die Lage blieb ruhig.", ["Am 8. August griff Russland an.",
                                                               "Die Lage blieb ruhig."]),
    # a word of several letters ends its sentence; a Hebrew acronym after gershayim too
    ("Troops entered Rafah. Fighting spread.", ["Troops entered Rafah.", "Fighting spread."]),
    ('הודיע צה"ל. הלחימה נמשכה.', ['הודיע צה"ל.', "הלחימה נמשכה."]),
    # a line break always ends one
    ("KYIV (Reuters) - Russia attacked\nKharkiv was hit", ["KYIV (Reuters) - Russia attacked", "Kharkiv was hit"]),
])
def test_split(text, expected):
    assert sentences(text) == expected
