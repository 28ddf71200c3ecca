"""Articles: the list with status and reason, a reader with evidence highlighted, and ingest."""

from datetime import date
from pathlib import Path

import streamlit as st

from extraction import frames as fr
from extraction.errors import MonitorError
from pages import _common as ui

MAX_UPLOAD_MB = 5


def articles() -> None:
    """The article list and reader; a form to add an article by pasting or uploading it."""
    st.title("Articles")
    data = ui.frames()
    read_tab, add_tab = st.tabs(["Read", "Add article"])
    with add_tab:
        add_article()
    with read_tab:
        if data.articles.empty:
            st.info(ui.EMPTY_HELP)
            return
        read(data)


def read(data: fr.Frames) -> None:
    """The list (select a row to read it; the latest TABLE_LIMIT when there are more, with a
    search box) and the reader."""
    arts = data.articles  # sorted by publication date by the loader
    bad = int((arts["status"] != "ok").sum())
    st.caption(f"{len(arts)} article(s); {bad} skipped (status other than ok, with the reason).")
    query = ""
    if len(arts) > ui.TABLE_LIMIT:
        query = st.text_input(
            "Find articles",
            key="articles_query",
            placeholder="words from a title, an outlet, a file name, a status or a reason",
        )
    found = fr.find_articles(arts, query)
    shown = fr.latest_rows(found, ui.TABLE_LIMIT, by=("published", "id"))
    if len(shown) < len(found):
        st.caption(
            f"Showing the {len(shown):,} latest of {len(found):,} articles"
            + (" that match." if query else "; search to reach the others.")
        )
    event = st.dataframe(
        shown[
            ["published", "outlet", "title", "file_name", "status", "reason", "n_mentions", "id"]
        ],
        hide_index=True,
        column_config={
            "published": "Published",
            "outlet": "Outlet",
            "title": "Title",
            "file_name": "File",
            "status": "Status",
            "reason": st.column_config.TextColumn("Why skipped"),
            "n_mentions": st.column_config.NumberColumn("Mentions"),
            "id": None,
        },
        on_select="rerun",
        selection_mode="single-row",
        key=f"articles_list:{query}" if query else "articles_list",
    )
    ids = list(shown["id"])
    rows = event.selection.rows if event else []
    if rows:
        st.session_state["article"] = ids[rows[0]]
        st.session_state.pop("article_focus", None)
    current = st.session_state.get("article")
    if current and current not in ids and arts["id"].eq(current).any():
        ids.append(current)  # the article opened from elsewhere stays selectable
    listed = arts[arts["id"].isin(ids)] if len(ids) < len(arts) else arts
    titles = dict(
        zip(
            listed["id"],
            listed["title"].fillna("") + " — " + listed["file_name"].fillna(""),
            strict=False,
        )
    )
    if not ids:
        st.info("No article matches the search.")
        return
    pick = st.selectbox(
        "Article",
        ids,
        index=ids.index(current) if current in ids else 0,
        format_func=lambda i: titles.get(i) or i,
    )
    if pick != current:
        st.session_state["article"] = pick
        st.session_state.pop("article_focus", None)
    reader(pick)


def reader(article_id: str) -> None:
    """One article: its metadata, and its text escaped with every evidence span highlighted."""
    art = ui.article(article_id)
    if not art:
        st.warning("That article is no longer in the store.")
        return
    esc = fr.escape_markdown
    st.subheader(esc(art.get("title") or Path(art.get("file") or "").name or article_id))
    meta = [
        f"Outlet: {esc(art.get('outlet') or 'unknown')}",
        f"Wire: {esc(art.get('wire'))}" if art.get("wire") else "",
        f"Published: {esc(art.get('published') or 'unknown')} ({esc(art.get('published_source') or '')})",
        f"Status: {esc(art.get('status'))}"
        + (f" — {esc(art.get('reason'))}" if art.get("reason") else ""),
    ]
    st.markdown(" · ".join(m for m in meta if m))
    if art.get("url"):
        st.caption(f"Source URL (not opened): {esc(art['url'])}")
    spans = ui.article_spans(art)
    kinds = sorted(
        {str(s.get("field") or s.get("kind") or "") for s in art.get("evidence") or []} - {""}
    )
    st.caption(
        f"{len(art.get('evidence') or [])} evidence span(s)"
        + (f" ({', '.join(kinds)})" if kinds else "")
        + ". Pale: a sentence an incident was read from; yellow: the words a field came from "
        "(hover for which); orange: the claim you opened; struck through: boilerplate removed "
        "before extraction."
    )
    focus = st.session_state.get("article_focus")
    ui.show_text(art.get("text") or "", spans, focus=tuple(focus) if focus else None)


def add_article() -> None:
    """Paste text or upload a .txt file or a saved web page, with optional outlet, publication date and URL."""
    flash = st.session_state.pop("articles_flash", None)
    if flash:
        st.success(flash)
    if st.session_state.pop("articles_clear_form", False):
        st.session_state["add_text"] = ""
    with st.form("add_article", clear_on_submit=False):
        text = st.text_area(
            "Article text", height=220, placeholder="Paste the article here…", key="add_text"
        )
        upload = st.file_uploader(
            "…or upload a text file or a saved web page", type=["txt", "text", "md", "html", "htm"], max_upload_size=MAX_UPLOAD_MB
        )
        c = st.columns(3)
        outlet = c[0].text_input("Outlet (optional)")
        published = c[1].date_input("Published (optional)", value=None, max_value=date.today())
        url = c[2].text_input("URL (optional)")
        submitted = st.form_submit_button("Extract and store", type="primary")
    if not submitted:
        return
    name = "pasted.txt"
    if upload is not None:
        from extraction.webpage import decode

        text, problem = decode(upload.getvalue())
        if text is None:
            st.error(f"The uploaded file is not text: {problem}.")
            return
        name = upload.name
    if not text.strip():
        st.error("Paste some text or choose a file first.")
        return
    from extraction.ingest import ingest_text

    try:
        with st.spinner("Extracting and resolving…"):
            article_id = ingest_text(
                ui.store(),
                text,
                file=name,
                published=published,
                outlet=outlet.strip() or None,
                url=url.strip() or None,
            )
    except MonitorError as exc:
        st.error(f"Could not add the article: {fr.escape_markdown(exc)}")
        return
    ui.refresh()
    st.session_state["article"] = article_id
    st.session_state.pop("article_focus", None)
    st.session_state["articles_flash"] = (
        f"Stored article {article_id}; it is selected in the Read tab."
    )
    st.session_state["articles_clear_form"] = True
    st.rerun()


articles()
