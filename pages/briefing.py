"""Briefing: download the visible incidents as CSV, GeoJSON, or a Markdown briefing with ledgers."""

from datetime import date

import streamlit as st

from extraction import frames as fr
from pages import _common as ui


def briefing() -> None:
    """Three downloads of exactly what the sidebar filters show, and a preview of the briefing.

    The files are written when a button is clicked (a callable), so a large selection does not
    slow the page; the preview shows the first ui.PREVIEW_INCIDENTS incidents.
    """
    st.title("Briefing")
    data = ui.frames()
    if ui.empty_state(data):
        return
    visible = ui.visible_incidents(data)
    filters = ui.current_filters()
    names = ui.site_names()
    st.markdown(
        f"**Scope:** {fr.escape_markdown(fr.describe_filters(filters, names))} — "
        f"{len(visible)} incident(s)."
    )
    if ui.no_match(visible):
        return
    today = date.today()
    stem = f"dzm-incidents-{today.isoformat()}"
    details = ui.detail_reader(ui.db_url())
    c = st.columns(3)
    c[0].download_button(
        "CSV",
        lambda: fr.incidents_csv(visible),
        f"{stem}.csv",
        "text/csv",
        icon=":material/table:",
        on_click="ignore",
    )
    c[1].download_button(
        "GeoJSON",
        lambda: fr.geojson_text(visible),
        f"{stem}.geojson",
        "application/geo+json",
        icon=":material/map:",
        on_click="ignore",
    )
    c[2].download_button(
        "Markdown briefing",
        lambda: fr.briefing_markdown(data, visible, filters, generated=today, detail=details),
        f"{stem}.md",
        "text/markdown",
        icon=":material/description:",
        on_click="ignore",
    )
    st.subheader("Preview")
    preview = fr.briefing_markdown(
        data,
        visible,
        filters,
        generated=today,
        detail=ui.incident_detail,
        limit=ui.PREVIEW_INCIDENTS,
    )
    with st.container(height=600, border=True):
        st.markdown(preview)


briefing()
