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
# The fields the store lets an analyst override -> allowed values (None: free text;
# "sites": the gazetteer).  "status" holds the analyst's verdict.
FIELDS = {
    "status": ("confirmed", "rejected", "auto"),
    "event_type": EVENT_TYPES,
    "perpetrator": ACTORS,
    "target": ACTORS,
    "date": None,
    "site_id": "sites",
    "killed": None,
    "wounded": None,
    "role": ("main", "background"),
}
CLEAR = "(clear the override: back to the automatic value)"
HELP = {
    "date": "YYYY-MM-DD for a day, YYYY-MM for a month, YYYY for a year",
    "killed": "a whole number",
    "wounded": "a whole number",
}


def review() -> None:
    """Overrides, verdicts and notes for one incident; every change is kept in the audit log."""
    opened = ui.open_incidents("Review")
    if opened is None:
        return
    _, visible = opened
    flash = st.session_state.pop("review_flash", None)
    if flash:
        st.success(flash)
    iid = ui.incident_picker(visible)
    row = ui.incident_row(visible, iid)
    ui.incident_facts(row)
    analyst = st.text_input(
        "Analyst", value=st.session_state.get("analyst", "analyst"), key="review_analyst"
    )
    st.session_state["analyst"] = analyst or "analyst"

    c = st.columns(2)
    if c[0].button("Confirm incident", icon=":material/check_circle:", type="primary"):
        save(
            lambda s: s.set_override(iid, "status", "confirmed", analyst=analyst),
            "Incident confirmed.",
        )
    if c[1].button("Reject incident", icon=":material/cancel:"):
        save(
            lambda s: s.set_override(iid, "status", "rejected", analyst=analyst),
            "Incident rejected.",
        )

    left, right = st.columns(2)
    with left:
        st.markdown("**Override a field**")
        field = st.selectbox("Field", list(FIELDS), key="review_field")
    with left, st.form("override", clear_on_submit=False):
        allowed = FIELDS[field]
        if allowed == "sites":
            sites = {s["id"]: s["name"] for s in ui.gazetteer_sites()}
            value = st.selectbox(
                "Value",
                [CLEAR, *sorted(sites, key=sites.get)],
                format_func=lambda i: sites.get(i, i),
            )
        elif allowed:
            value = st.selectbox("Value", [*allowed, CLEAR])
        else:
            value = st.text_input(
                "Value", help=HELP.get(field), placeholder="empty clears the override"
            )
        value = "" if value == CLEAR else value
        note = st.text_input("Why (kept with the override)")
        if st.form_submit_button("Save override"):
            done = (
                f"Override saved: {field} = {value}." if value else f"Override of {field} cleared."
            )
            save(lambda s: s.set_override(iid, field, value, analyst=analyst, note=note), done)
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
        changes = ui.store().overrides(iid)
        notes = ui.store().notes(iid)
        audit = ui.store().audit_log(limit=200)
    except MonitorError as exc:
        ui.fail(exc)
        return
    if changes:
        cols = ["created_at", "analyst", "field", "value", "note", "active", "orphaned"]
        table = pd.DataFrame(changes)
        st.dataframe(table[[c for c in cols if c in table]], hide_index=True)
    else:
        st.caption("No overrides yet.")
    if notes:
        cols = ["created_at", "analyst", "text", "orphaned"]
        table = pd.DataFrame(notes)
        st.dataframe(
            table[[c for c in cols if c in table]],
            hide_index=True,
            column_config={"text": st.column_config.TextColumn("Note", width="large")},
        )
    else:
        st.caption("No notes yet.")
    with st.expander("Audit log (all incidents, newest first)"):
        st.dataframe(pd.DataFrame(audit), hide_index=True)


def save(action, message: str, clear: str | None = None) -> None:
    """Run a store write; on success refresh the tables and rerun, on failure keep the input."""
    try:
        action(ui.store())
    except MonitorError as exc:
        st.error(f"Not saved: {fr.escape_markdown(exc)}")  # the typed input stays in the form
        return
    ui.refresh()
    st.session_state["review_flash"] = message
    if clear:
        st.session_state.pop(clear, None)
    st.rerun()


review()
