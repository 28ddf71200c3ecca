"""Review: an analyst overrides a field, confirms or rejects an incident, and keeps notes."""

import pandas as pd
import streamlit as st

from extraction import frames as fr
from extraction.errors import MonitorError
from extraction.records import EVENT_TYPES
from pages import _common as ui

ACTORS = (
    "Iran-backed militias",
    "US-led coalition",
    "Syrian government",
    "SDF",
    "ISIS",
    "Israel",
    "Russia",
    "Turkey",
    "civilians",
    "unknown",
)
# field -> allowed values (None: free text).  "review" holds the analyst's verdict.
FIELDS = {
    "review": ("confirmed", "rejected", "unreviewed"),
    "event_type": EVENT_TYPES,
    "perpetrator": ACTORS,
    "target": ACTORS,
    "date": None,
    "date_precision": ("day", "week", "month", "season", "year", "unknown"),
    "site_id": None,
    "killed": None,
    "wounded": None,
    "weapons": None,
    "damage": None,
    "role": ("main", "background"),
}


def review() -> None:
    """Overrides, verdicts and notes for one incident; every change is kept in the audit log."""
    st.title("Review")
    data = ui.frames()
    if ui.empty_state(data):
        return
    visible = ui.visible_incidents(data)
    if ui.no_match(visible):
        return
    flash = st.session_state.pop("review_flash", None)
    if flash:
        st.success(flash)
    iid = ui.incident_picker(visible)
    row = visible.set_index("id").loc[iid]
    ui.incident_facts(row)
    analyst = st.text_input(
        "Analyst", value=st.session_state.get("analyst", "analyst"), key="review_analyst"
    )
    st.session_state["analyst"] = analyst or "analyst"

    c = st.columns(2)
    if c[0].button("Confirm incident", icon=":material/check_circle:", type="primary"):
        save(
            lambda s: s.set_override(iid, "review", "confirmed", analyst=analyst),
            "Incident confirmed.",
        )
    if c[1].button("Reject incident", icon=":material/cancel:"):
        save(
            lambda s: s.set_override(iid, "review", "rejected", analyst=analyst),
            "Incident rejected.",
        )

    left, right = st.columns(2)
    with left:
        st.markdown("**Override a field**")
        field = st.selectbox("Field", list(FIELDS), key="review_field")
    with left, st.form("override", clear_on_submit=False):
        allowed = FIELDS[field]
        if allowed:
            value = st.selectbox("Value", allowed)
        else:
            value = st.text_input(
                "Value", help="dates as YYYY-MM-DD, sites as gazetteer ids, numbers as digits"
            )
        note = st.text_input("Why (kept with the override)")
        if st.form_submit_button("Save override"):
            save(
                lambda s: s.set_override(iid, field, value, analyst=analyst, note=note),
                f"Override saved: {field} = {value}.",
            )
    with right, st.form("note", clear_on_submit=False):
        st.markdown("**Add a note**")
        text = st.text_area("Note", key="review_note_text", height=140)
        if st.form_submit_button("Save note"):
            if text.strip():
                save(
                    lambda s: s.add_note(iid, text.strip(), analyst=analyst),
                    "Note saved.",
                    clear="review_note_text",
                )
            else:
                st.error("Write the note first.")

    st.subheader("History of this incident")
    try:
        history = ui.store().overrides(iid)
    except MonitorError as exc:
        ui.fail(exc)
        return
    if history:
        st.dataframe(pd.DataFrame(history), hide_index=True)
    else:
        st.caption("No overrides or notes yet.")
    if row["notes"]:
        st.markdown(f"**Notes:** {fr.escape_markdown(row['notes'])}")
    with st.expander("Audit log (all incidents)"):
        st.dataframe(pd.DataFrame(ui.store().audit_log(limit=200)), hide_index=True)


def save(action, message: str, clear: str | None = None) -> None:
    """Run a store write; on success refresh the tables and rerun, on failure keep the input."""
    try:
        action(ui.store())
    except MonitorError as exc:
        st.error(f"Not saved: {exc}")  # the typed input stays in the form
        return
    ui.refresh()
    st.session_state["review_flash"] = message
    if clear:
        st.session_state.pop(clear, None)
    st.rerun()


review()
