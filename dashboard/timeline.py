"""Time: which dates are in view (slider, exact dates, quick ranges, event/publication switch), playback that
steps a window through time, and the histogram under the map.

The pure functions at the top (ranges, playback steps, chart) are unit-tested; the widget functions below
keep their state in ``st.session_state`` under the keys named here, which the URL code reads and writes.
Widget values are only ever changed in callbacks or before the widget is drawn (Streamlit forbids later).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import altair as alt
import pandas as pd
import streamlit as st

PlayMode = Literal["moving", "cumulative"]
QUICK_RANGES = {"all": "Whole corpus", "7": "Last 7 days", "30": "Last 30 days"}
TOP_GROUPS = 8  # stacked colours before the rest is lumped into 'other'
PLAY_SPEEDS = (0.5, 1.0, 2.0)  # seconds per step
DEFAULT_PLAY_WIDTH = 7
KIND_LABELS = {"country": "country (area)", "region": "region (area)", "city": "city", "place": "site"}

# --------------------------------------------------------------------------------------------------
# Pure functions


def quick_range(name: str, lo: dt.date, hi: dt.date) -> tuple[dt.date, dt.date]:
    """The window for a quick-range button: the whole corpus, or the last N days *of the data* (ending at hi)."""
    if name == "all":
        return lo, hi
    days = int(name)
    return max(lo, hi - dt.timedelta(days=days - 1)), hi


def play_window(lo: dt.date, pos: dt.date, width: int, mode: PlayMode) -> tuple[dt.date, dt.date]:
    """The window shown when playback stands at ``pos`` (its last day)."""
    if mode == "cumulative":
        return lo, pos
    return max(lo, pos - dt.timedelta(days=max(width, 1) - 1)), pos


def first_pos(lo: dt.date, hi: dt.date, width: int) -> dt.date:
    """Where playback starts: the first full window (or the end, for data shorter than a window)."""
    return min(hi, lo + dt.timedelta(days=max(width, 1) - 1))


def next_pos(pos: dt.date, step: int, hi: dt.date) -> dt.date | None:
    """Playback's next position, None once the window has reached the end of the data."""
    if pos >= hi:
        return None
    return min(hi, pos + dt.timedelta(days=max(step, 1)))


def stack_groups(counts: pd.DataFrame, top: int = TOP_GROUPS) -> pd.DataFrame:
    """Keep the ``top`` groups with most mentions, lump the rest into 'other' (a legend stays readable)."""
    if counts.empty:
        return counts
    totals = counts.groupby("group")["count"].sum().sort_values(ascending=False, kind="stable")
    keep = set(totals.index[:top])
    out = counts.assign(group=counts["group"].where(counts["group"].isin(keep), "other"))
    return out.groupby(["date", "group"], as_index=False)["count"].sum()


def chart_span(counts: pd.DataFrame, bounds: tuple[dt.date, dt.date],
               window: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """Dates the chart's axis covers: where most mentions are (2nd-98th percentile) plus the window.

    News about a war cites the past ('since 1992'): one such date must not squeeze months of reporting into
    a few pixels. The window in view is always on the axis, so the shaded band is too.
    """
    lo, hi = bounds
    if counts.empty:
        return window
    per_day = counts.groupby("date")["count"].sum().sort_index()
    share = per_day.cumsum() / per_day.sum()
    first = dt.date.fromisoformat(str(share.index[int((share >= 0.02).to_numpy().argmax())]))
    last = dt.date.fromisoformat(str(share.index[int((share >= 0.98).to_numpy().argmax())]))
    return max(lo, min(first, window[0])), min(hi, max(last, window[1]))


def bin_unit(span: tuple[dt.date, dt.date]) -> str:
    """Bar width for a span of dates: days up to ~6 months, then weeks, then months (bars stay visible)."""
    days = (span[1] - span[0]).days + 1
    return "day" if days <= 190 else "week" if days <= 3 * 365 else "month"


_UNITS = {"day": ("utcyearmonthdate", "%Y-%m-%d"), "week": ("utcyearweek", "week of %Y-%m-%d"),
          "month": ("utcyearmonth", "%Y-%m")}


def chart(counts: pd.DataFrame, bounds: tuple[dt.date, dt.date], window: tuple[dt.date, dt.date],
          by: str = "country", date_label: str = "Event date") -> alt.LayerChart:
    """Stacked bars of mentions per day (week, month on long spans), with the window in view shaded.

    Rendered by Streamlit's bundled Vega-Lite: no CDN. Dates are strings ('YYYY-MM-DD') parsed as UTC days
    so bars don't shift with the browser's time zone. Bars outside the axis are clipped.
    """
    data = stack_groups(counts)
    if by == "kind" and not data.empty:
        data = data.assign(group=data["group"].map(lambda k: KIND_LABELS.get(str(k), str(k))))
    span = chart_span(counts, bounds, window)
    unit = bin_unit(span)
    time_unit, fmt = _UNITS[unit]
    domain = [span[0].isoformat(), (span[1] + dt.timedelta(days=1)).isoformat()]
    x = alt.X(f"{time_unit}(date):T", title=date_label, scale=alt.Scale(domain=domain),
              axis=alt.Axis(format="%Y-%m-%d", labelOverlap=True))
    bars = alt.Chart(data).mark_bar(clip=True).encode(
        x=x,
        y=alt.Y("sum(count):Q", title=f"Mentions per {unit}", stack="zero"),
        color=alt.Color("group:N", title="Country" if by == "country" else "Kind of place",
                        sort=alt.EncodingSortField("count", op="sum", order="descending")),
        tooltip=[alt.Tooltip(f"{time_unit}(date):T", title=unit.capitalize(), format=fmt),
                 alt.Tooltip("group:N", title="Group"), alt.Tooltip("sum(count):Q", title="Mentions")],
    )
    start, end = window
    shade = alt.Chart(pd.DataFrame({"start": [start.isoformat()],
                                    "end": [(end + dt.timedelta(days=1)).isoformat()]})).mark_rect(
        color="#f1c40f", opacity=0.25, clip=True).encode(x="start:T", x2="end:T")
    return alt.layer(shade, bars).properties(height=220)


# --------------------------------------------------------------------------------------------------
# Widgets (state in st.session_state)


def _set_window(start: dt.date, end: dt.date) -> None:
    state = st.session_state
    state.date_range = (start, end)
    state.start_date, state.end_date = start, end


def _sync_from_slider() -> None:
    st.session_state.playing = False
    st.session_state.start_date, st.session_state.end_date = st.session_state.date_range


def _sync_from_inputs() -> None:
    state = st.session_state
    state.playing = False
    start, end = state.start_date, state.end_date
    if start and end and start > end:
        start, end = end, start
    if start and end:
        _set_window(start, end)


def _quick(name: str) -> None:
    lo, hi = st.session_state.date_bounds
    st.session_state.playing = False
    _set_window(*quick_range(name, lo, hi))


def _field_changed() -> None:
    st.session_state.playing = False
    st.session_state.reset_range = True  # the new field has other bounds: show all of it


def date_field_switch() -> str:
    """Event date (from the text, publication date when none) or publication date; in session state."""
    st.session_state.setdefault("date_field", "event")
    return str(st.session_state.date_field)


def _field_radio() -> None:
    st.radio("Dates", ["event", "published"], key="date_field", horizontal=True, on_change=_field_changed,
             format_func=lambda v: "event" if v == "event" else "publication",
             help="Event date: when the text says it happened (the publication date when it does not say). "
                  "Publication date: when the article came out.")


def date_controls(lo: dt.date, hi: dt.date, date_field: str) -> tuple[dt.date, dt.date]:
    """Range slider, exact From/To inputs and quick ranges, kept in sync through session state."""
    state = st.session_state
    current = state.get("date_range")
    shape_ok = isinstance(current, tuple) and len(current) == 2 and all(isinstance(d, dt.date) for d in current)
    if state.pop("reset_range", False) or not shape_ok:
        _set_window(lo, hi)
    elif current == state.get("date_bounds") and current != (lo, hi):
        _set_window(lo, hi)  # the full range was shown and new data widened it: show it all
    else:
        start, end = sorted((min(max(current[0], lo), hi), min(max(current[1], lo), hi)))
        if (start, end) != current or (state.get("start_date"), state.get("end_date")) != (start, end):
            _set_window(start, end)
    state.date_bounds = (lo, hi)
    label = "Event dates" if date_field == "event" else "Publication dates"
    st.slider(label, min_value=lo, max_value=hi, key="date_range", format="YYYY-MM-DD",
              on_change=_sync_from_slider, help="Drag either end, or type exact dates below")
    left, right, switch, *quick = st.columns([1.1, 1.1, 1.5, 1, 1, 1], vertical_alignment="bottom")
    left.date_input("From", key="start_date", min_value=lo, max_value=hi, on_change=_sync_from_inputs)
    right.date_input("To", key="end_date", min_value=lo, max_value=hi, on_change=_sync_from_inputs)
    with switch:
        _field_radio()
    for col, (name, text) in zip(quick, QUICK_RANGES.items(), strict=True):
        col.button(text, key=f"quick_{name}", on_click=_quick, args=(name,), width="stretch")
    start, end = state.date_range
    return start, end


# -- playback ---------------------------------------------------------------------------------------


def _apply_play() -> None:
    state = st.session_state
    lo, _hi = state.date_bounds
    _set_window(*play_window(lo, state.play_pos, int(state.play_width), state.play_mode))


def _play() -> None:
    state = st.session_state
    lo, hi = state.date_bounds
    pos = state.get("play_pos")
    if not isinstance(pos, dt.date) or not lo <= pos < hi:
        pos = first_pos(lo, hi, int(state.play_width))
    state.play_pos = pos
    state.playing = True
    _apply_play()


def _pause() -> None:
    st.session_state.playing = False


def _step() -> None:
    """One step forward (the Step button, and each tick while playing); stops at the end of the data."""
    state = st.session_state
    lo, hi = state.date_bounds
    pos = state.get("play_pos")
    if not isinstance(pos, dt.date) or not lo <= pos <= hi:
        state.play_pos = first_pos(lo, hi, int(state.play_width))
    else:
        nxt = next_pos(pos, int(state.play_step), hi)
        if nxt is None:
            state.playing = False
            return
        state.play_pos = nxt
    if state.play_pos >= hi:
        state.playing = False  # the last window is shown; Play again starts over
    _apply_play()


def playback_controls() -> None:
    """Play/pause, step, window width, mode and speed. Moving the dates by hand pauses playback."""
    state = st.session_state
    state.setdefault("playing", False)
    state.setdefault("play_width", DEFAULT_PLAY_WIDTH)
    state.setdefault("play_step", 1)
    state.setdefault("play_mode", "moving")
    state.setdefault("play_speed", 1.0)
    c1, c2, c3, c4, c5, c6 = st.columns([1.1, 0.9, 1, 1, 1.5, 1], vertical_alignment="bottom")
    if state.playing:
        c1.button("Pause", key="pause", on_click=_pause, type="primary", width="stretch", icon=":material/pause:")
    else:
        c1.button("Play", key="play", on_click=_play, width="stretch", icon=":material/play_arrow:",
                  help="Step a window through time, redrawing the map at each step")
    c2.button("Step", key="step", on_click=_step, width="stretch", icon=":material/skip_next:",
              help="One step forward")
    c3.number_input("Window (days)", min_value=1, max_value=3660, step=1, key="play_width")
    c4.number_input("Step (days)", min_value=1, max_value=3660, step=1, key="play_step")
    c5.radio("Window", ["moving", "cumulative"], key="play_mode", horizontal=True,
             format_func=lambda m: "moving" if m == "moving" else "growing from start")
    c6.selectbox("Seconds per step", PLAY_SPEEDS, key="play_speed")


def run_ticker(seconds: float) -> None:
    """While playing: a fragment that re-runs every ``seconds`` and advances the window, then the whole app.

    Only called while playing, so pausing (or reaching the end) removes the timer: nothing keeps running.
    The fragment also runs once with every full run; ``in_full_run`` tells that call apart from ticks.
    """

    @st.fragment(run_every=seconds)
    def _tick() -> None:
        state = st.session_state
        if state.get("in_full_run") or not state.get("playing"):
            return
        _step()
        st.rerun(scope="app")

    _tick()


def histogram(counts: pd.DataFrame, bounds: tuple[dt.date, dt.date], window: tuple[dt.date, dt.date],
              date_field: str) -> None:
    """The timeline under the map, stacked by country or kind (``st.session_state.stack``)."""
    st.session_state.setdefault("stack", "country")
    head, pick = st.columns([3, 2], vertical_alignment="center")
    head.markdown("**Mentions over time** (every filter but the dates; the shaded band is the window in view)")
    by = pick.radio("Stack by", ["country", "kind"], key="stack", horizontal=True,
                    format_func=lambda v: "country" if v == "country" else "kind of place")
    if counts.empty:
        st.caption("No mentions to chart under these filters.")
        return
    label = "Event date" if date_field == "event" else "Publication date"
    st.altair_chart(chart(counts, bounds, window, str(by), label), width="stretch")
