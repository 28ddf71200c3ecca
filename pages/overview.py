"""Overview: headline figures, the latest incidents, and the articles that failed and why."""

import streamlit as st

from extraction import frames as fr
from pages import _common as ui


def overview() -> None:
    """Headline figures for the visible incidents, latest incidents, failed articles."""
    st.title("Deir ez-Zor Incident Monitor")
    st.caption(
        "Attacks on US bases and US strikes on Iran-backed militias around Deir ez-Zor, eastern Syria."
    )
    data = ui.frames()
    if ui.empty_state(data):
        return
    visible = ui.visible_incidents(data)
    head = fr.headline(data, visible)
    cols = st.columns(6)
    cols[0].metric("Incidents", head["incidents"], help="visible under the sidebar filters")
    cols[1].metric(
        "Articles", head["articles"], help=f"{head['articles_ok']} extracted, the rest skipped"
    )
    cols[2].metric(
        "Sources", head["sources"], help=f"{head['outlets']} outlets, {head['claimants']} claimants"
    )
    first, last = head["date_from"], head["date_to"]
    cols[3].metric(
        "From", f"{first:%Y-%m}" if first else "—", help=f"first incident: {first or 'none dated'}"
    )
    cols[4].metric(
        "To", f"{last:%Y-%m}" if last else "—", help=f"latest incident: {last or 'none dated'}"
    )
    cols[5].metric(
        "Contradictions", head["contradictions"], help="attributes on which claimants disagree"
    )

    st.subheader("Latest incidents")
    if not ui.no_match(visible):
        latest = visible.sort_values("date", ascending=False, na_position="last").head(15)
        iid = ui.incident_table(latest, key="overview_latest")
        if iid:
            c1, c2 = st.columns(2)
            if c1.button("Open its claims ledger", icon=":material/balance:"):
                ui.go("claims", incident=iid)
            if c2.button("Review it", icon=":material/rate_review:"):
                ui.go("review", incident=iid)
        else:
            st.caption("Select a row to open its claims ledger.")

    st.subheader("Articles that failed")
    failed = fr.failed_articles(data.articles)
    if failed.empty:
        st.success(f"All {len(data.articles)} articles were extracted.")
    else:
        st.warning(f"{len(failed)} of {len(data.articles)} articles were skipped.")
        if len(failed) > ui.TABLE_LIMIT:
            st.caption(
                f"Showing the first {ui.TABLE_LIMIT:,}; search for the others on the Articles page."
            )
        st.dataframe(
            failed.head(ui.TABLE_LIMIT),
            hide_index=True,
            column_config={
                "file_name": "File",
                "title": "Title",
                "status": "Status",
                "reason": "Why",
            },
        )


overview()
