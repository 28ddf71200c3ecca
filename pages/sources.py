"""Sources: which claimants and outlets report what, and how often they disagree with the others."""

import streamlit as st

from extraction import frames as fr
from pages import _charts as charts
from pages import _common as ui

RATE = st.column_config.ProgressColumn(
    "Disagreement rate", min_value=0.0, max_value=1.0, format="percent"
)


def sources() -> None:
    """Disagreement tables per claimant and per outlet, and who-reports-what heatmaps."""
    st.title("Sources")
    data = ui.frames()
    if ui.empty_state(data):
        return
    visible = ui.visible_incidents(data)
    if ui.no_match(visible):
        return
    ledger = data.ledger[data.ledger["incident_id"].isin(set(visible["id"]))]
    if ledger.empty:
        st.info("The visible incidents carry no attributed claims.")
        return
    st.caption(
        "A comparison is an incident attribute on which this source and at least one other spoke; "
        "a disagreement is a comparison where another source gave a different value."
    )
    claimants_tab, outlets_tab = st.tabs(["Claimants", "Outlets"])
    with claimants_tab:
        st.dataframe(
            fr.disagreement_table(ledger, by="claimant"),
            hide_index=True,
            column_config={"disagreement_rate": RATE},
        )
        st.plotly_chart(
            charts.heatmap(
                fr.claimant_attribute_counts(ledger), "Claims per claimant and attribute"
            ),
            key="sources_claimant_heatmap",
        )
    with outlets_tab:
        st.dataframe(
            fr.disagreement_table(ledger, by="outlet"),
            hide_index=True,
            column_config={"disagreement_rate": RATE},
        )
        st.plotly_chart(
            charts.heatmap(
                fr.outlet_claimant_counts(ledger), "Claims each outlet carried, by claimant"
            ),
            key="sources_outlet_heatmap",
        )


sources()
