"""Deir ez-Zor Incident Monitor dashboard: page config, shared sidebar, and the page router."""

import streamlit as st

from pages import _common as ui

st.set_page_config(page_title="Deir ez-Zor Incident Monitor", page_icon="🛰️", layout="wide")
nav = st.navigation(
    {
        "Incidents": [
            st.Page(
                ui.PAGES["overview"], title="Overview", icon=":material/dashboard:", default=True
            ),
            st.Page(ui.PAGES["timeline"], title="Timeline", icon=":material/timeline:"),
            st.Page(ui.PAGES["map"], title="Map", icon=":material/map:"),
            st.Page(ui.PAGES["claims"], title="Claims", icon=":material/balance:"),
            st.Page(ui.PAGES["sources"], title="Sources", icon=":material/groups:"),
        ],
        "Work": [
            st.Page(ui.PAGES["articles"], title="Articles", icon=":material/article:"),
            st.Page(ui.PAGES["review"], title="Review", icon=":material/rate_review:"),
            st.Page(ui.PAGES["briefing"], title="Briefing", icon=":material/download:"),
        ],
    }
)
try:
    ui.start()
    nav.run()
finally:
    ui.finish()  # the tables this run read are not kept for the next one
