"""Sources: which claimants and outlets report what, and how often they disagree with the others."""

import streamlit as st

from pages import _charts as charts
from pages import _common as ui

RATE = st.column_config.ProgressColumn(
    "Disagreement rate", min_value=0.0, max_value=1.0, format="percent"
)
HEATMAP_TITLES = {
    "claimant": "Claims per claimant and attribute",
    "outlet": "Claims each outlet carried, by claimant",
}


def sources() -> None:
    """Disagreement tables per claimant and per outlet, and who-reports-what heatmaps."""
    opened = ui.open_incidents("Sources")
    if opened is None:
        return
    data, visible = opened
    st.caption(
        "A comparison is an incident attribute on which this source and at least one other spoke; "
        "a disagreement is a comparison where another source gave a different value."
    )
    # Only the open tab is computed (on_change="rerun"); the tables are cached per filter set.
    tabs = st.tabs(["Claimants", "Outlets"], key="sources_tab", on_change="rerun")
    for tab, by in zip(tabs, ("claimant", "outlet"), strict=True):
        if not tab.open:
            continue
        with tab:
            table, counts = ui.source_tables(data, visible, by)
            if table.empty:
                st.info("The visible incidents carry no attributed claims.")
                continue
            st.dataframe(table, hide_index=True, column_config={"disagreement_rate": RATE})
            st.plotly_chart(charts.heatmap(counts, HEATMAP_TITLES[by]), key=f"sources_{by}_heatmap")


sources()
