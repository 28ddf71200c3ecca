"""Briefing: download the visible incidents as CSV, GeoJSON, or a Markdown briefing with ledgers."""

from datetime import date

import streamlit as st

from extraction import frames as fr
from pages import _common as ui


def briefing() -> None:
    """Three downloads of exactly what the sidebar filters show, and a preview of the briefing."""
    st.title("Briefing")
    data = ui.frames()
    if ui.empty_state(data):
        return
    visible = ui.visible_incidents(data)
    filters = ui.current_filters()
    names = dict(zip(data.incidents["site_id"], data.incidents["site_name"], strict=False))
    st.markdown(
        f"**Scope:** {fr.escape_markdown(fr.describe_filters(filters, names))} — "
        f"{len(visible)} incident(s)."
    )
    if ui.no_match(visible):
        return
    stem = f"dzm-incidents-{date.today().isoformat()}"
    markdown = fr.briefing_markdown(data, visible, filters, generated=date.today())
    c = st.columns(3)
    c[0].download_button(
        "CSV",
        fr.incidents_csv(visible),
        f"{stem}.csv",
        "text/csv",
        icon=":material/table:",
        on_click="ignore",
    )
    c[1].download_button(
        "GeoJSON",
        fr.geojson_text(visible),
        f"{stem}.geojson",
        "application/geo+json",
        icon=":material/map:",
        on_click="ignore",
    )
    c[2].download_button(
        "Markdown briefing",
        markdown,
        f"{stem}.md",
        "text/markdown",
        icon=":material/description:",
        on_click="ignore",
    )
    st.subheader("Preview")
    with st.container(height=600, border=True):
        st.markdown(markdown)


briefing()
