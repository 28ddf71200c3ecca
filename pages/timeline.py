"""Timeline: incidents over time, escalation links, weekly counts; clicking a point selects it."""

import streamlit as st

from extraction import frames as fr
from pages import _charts as charts
from pages import _common as ui


def timeline() -> None:
    """The plotly timeline with a weekly count beneath and the selected incident's card."""
    opened = ui.open_incidents("Timeline")
    if opened is None:
        return
    data, visible = opened
    by = (
        st.segmented_control(
            "Colour by",
            ["direction", "event_type"],
            default="direction",
            format_func=lambda v: (
                "direction (at / by US forces)" if v == "direction" else "event type"
            ),
            key="timeline_colour",
        )
        or "direction"
    )
    ids = visible["id"]
    fig, counted = charts.timeline_figure(
        visible, data.links, by=by, selected=ui.selected_incident(ids), ledger=data.ledger
    )
    event = st.plotly_chart(
        fig, on_select="rerun", selection_mode="points", key="timeline_chart", width="stretch"
    )
    st.caption(
        "Marker size: reported casualties. Open circles: dated only to the week, month, season or "
        "year. Dotted lines: escalation links between an attack and its response. Bars: incidents "
        "per week (day- and week-precise dates only). Click a marker to select the incident."
    )
    if counted:
        st.caption(
            f"{counted:,} of {len(visible):,} visible incidents are drawn as grey squares that "
            f"count them; per event type the {charts.POINTS_PER_TYPE} with the most casualties "
            "and sources are drawn one by one. Narrow the sidebar filters to see every incident."
        )
    undated = int(visible["date"].isna().sum())
    if undated:
        st.caption(f"{undated} visible incident(s) have no resolvable date and are not plotted.")
    points = event.selection.points if event else []
    picked = next((p["customdata"][0] for p in points if p.get("customdata")), None)
    if picked is not None and ui.selected_incident(ids) != picked and ids.eq(picked).any():
        ui.select_incident(picked)
    iid = ui.selected_incident(ids)
    if not iid:
        st.info("Click an incident on the timeline to see its details here.")
        return
    row = ui.incident_row(visible, iid)
    with st.container(border=True):
        st.subheader(fr.escape_markdown(row["label"]))
        ui.incident_facts(row)
        if st.button("Open its claims ledger", icon=":material/balance:", key="timeline_open"):
            ui.go("claims", incident=iid)


timeline()
