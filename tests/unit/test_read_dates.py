"""Date lines at the precision the page gives."""

from __future__ import annotations

import pytest

from teiencode.read.dates import parse_date_line
from teiencode.read.metadata import dateline_parts


@pytest.mark.parametrize(("line", "iso"), [
    ("December 4, 1979", "1979-12-04"), ("4 December 1979", "1979-12-04"), ("May 1972", "1972-05"),
    ("1979", "1979"), ("Sept. 3, 1956", "1956-09-03"), ("1979-12-04", "1979-12-04"),
    ("31 April 1970", None), ("1979-02-30", None), ("In December 1979 the delegation", None),
    ("5.09.1977", "1977-09-05"), ("19.XI.58", "1958-11-19"), ("19.XI.1958", "1958-11-19"),
    ("31.02.1977", None), ("12.15.1969", None), ("3.4.5", None),
    ("4-XI-1981", "1981-11-04"), ("4/XI/81", "1981-11-04"), ("4-XI.1981", None),
    ("4-xi-1981", "1981-11-04"),
])
def test_date_lines(line: str, iso: str | None) -> None:
    assert parse_date_line(line) == iso


@pytest.mark.parametrize(("line", "expected"), [
    ("4 December 1979 Phnom Penh", ("1979-12-04", "Phnom Penh")),
    ("Addis Ababa, 14 March 1978", ("1978-03-14", "Addis Ababa")),
    ("Washington, December 19, 1969, 07:26 p.m.", ("1969-12-19", "Washington")),
    ("14 October 1976, Ulaanbaatar", ("1976-10-14", "Ulaanbaatar")),
    ("Pyongyang, 5.09.1977", ("1977-09-05", "Pyongyang")),
    ("Addis Ababa, 4-XI-1981", ("1981-11-04", "Addis Ababa")),
    # a comma part opening with a number before the date is no place: a day written apart, an
    # hour, a telegram's or a room's number (real pages: "Pyongyang, 28 th September, 1955",
    # "Beijing, 5:30 p.m., …"); the place follows the last such part; a district's number stays
    ("Pyongyang, 28 th September, 1955", ("1955-09", "Pyongyang")),
    ("Beijing, 5:30 p.m., 3 January 1973", ("1973-01-03", "Beijing")),
    ("No. 611, 28 June 1973", ("1973-06-28", None)),
    ("No. 611, Moscow, 28 June 1950", ("1950-06-28", "Moscow")),
    ("Hotel Rossiya, Room 1024, Moscow, 3 May 1980", ("1980-05-03", "Moscow")),
    ("Berlin W8, 3 May 1960", ("1960-05-03", "Berlin W8")),
    ("Government Guest House, Pyongyang, 3 May 1980", ("1980-05-03", "Government Guest House, Pyongyang")),
])
def test_datelines(line: str, expected: tuple[str, str]) -> None:
    iso, _, place = dateline_parts(line)
    assert (iso, place) == expected
