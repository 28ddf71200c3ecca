"""Claims: one incident's ledger as a claimants × attributes matrix, contradictions, quotes."""

import pandas as pd
import streamlit as st

from extraction import frames as fr
from pages import _common as ui

CONTRADICTED_CSS = "background-color: #ffd6d6; color: #7a0000; font-weight: 600"


def claims() -> None:
    """Pick an incident; read who claimed what, where they disagree, and the sentence behind each cell."""
    opened = ui.open_incidents("Claims")
    if opened is None:
        return
    _, visible = opened
    iid = ui.incident_picker(visible)
    row = ui.incident_row(visible, iid)
    ui.incident_facts(row)

    detail = ui.incident_detail(iid)  # the ledger with its quotes, mentions, contradictions
    values, flagged = fr.ledger_matrix(detail.ledger, iid)
    contra = detail.contradictions[detail.contradictions["incident_id"] == iid]
    c = st.columns(3)
    c[0].metric(
        "Independent sources",
        int(row["independent_sources"]),
        help="claimants that do not share a wire",
    )
    c[1].metric("Claimants", len(values.index))
    c[2].metric("Contradictions", len(contra))
    if values.empty:
        st.info("No claims were attributed to a claimant for this incident.")
        return
    st.subheader("Ledger")
    styled = values.style.apply(
        lambda _: flagged.map(lambda f: CONTRADICTED_CSS if f else ""), axis=None
    )
    event = st.dataframe(
        styled, on_select="rerun", selection_mode="single-cell", key=f"ledger_{iid}"
    )
    st.caption(
        "Rows: claimants. Columns: attributes. Red cells: claimants disagree. Click a cell to read its quote."
    )
    if contra.empty:
        st.success("The claimants do not contradict each other on this incident.")
    for ct in contra.itertuples(index=False):
        st.warning(
            f"**{fr.escape_markdown(ct.attribute)}**: {fr.escape_markdown(ct.values)} — "
            f"{fr.escape_markdown(ct.explanation)}",
            icon=":material/warning:",
        )

    st.subheader("The sentence behind a claim")
    rows = detail.ledger[detail.ledger["incident_id"] == iid].reset_index(drop=True)
    cells = event.selection.cells if event else []
    index = 0
    if cells:
        r, col = cells[0]
        hit = rows[(rows["claimant"] == values.index[int(r)]) & (rows["attribute"] == col)]
        index = int(hit.index[0]) if not hit.empty else 0
    pick = st.selectbox(
        "Claim",
        list(rows.index),
        index=index,
        format_func=lambda i: (
            f"{rows.at[i, 'claimant']} · {rows.at[i, 'attribute']} = {rows.at[i, 'value']}"
        ),
    )
    show_claim(rows.loc[pick], detail.mentions[detail.mentions["incident_id"] == iid])


def show_claim(claim: pd.Series, mentions: pd.DataFrame) -> None:
    """The claim's quote, then the article paragraph it sits in with the sentence highlighted."""
    st.html(ui.quote_html(claim["quote"] or "(no quote recorded)"))
    via = ", ".join(claim["outlets"]) or "unknown outlet"
    if claim["wires"]:
        via += f" (wire: {', '.join(claim['wires'])})"
    st.caption(
        f"Claimed by {fr.escape_markdown(claim['claimant'])}, reported by {fr.escape_markdown(via)}."
    )
    candidates = list(dict.fromkeys([*claim["article_ids"], *mentions["article_id"]]))
    candidates = [a for a in candidates if a]
    for article_id in candidates:
        art = ui.article(article_id)
        if not art or not art.get("text"):
            continue
        where = fr.find_quote(art["text"], claim["quote"])
        if not where:
            continue
        text = art["text"]
        lo, hi = fr.context_window(text, *where)
        st.markdown(
            f"**In context** — {fr.escape_markdown(art.get('title') or art.get('file_name') or article_id)}"
        )
        spans = fr.shift_spans(ui.article_spans(art), lo, hi)
        ui.show_text(text[lo:hi], spans, focus=(where[0] - lo, where[1] - lo))
        if st.button("Open the whole article", icon=":material/article:", key=f"open_{article_id}"):
            ui.go("articles", article=article_id, article_focus=where)
        return
    st.caption("The quote could not be located in the stored article text.")


claims()
