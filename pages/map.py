"""Map: every gazetteer site with its incident count, the Euphrates, and a site's incidents."""

import streamlit as st

from extraction import frames as fr
from pages import _charts as charts
from pages import _common as ui


def site_map() -> None:
    """The pydeck map (no token needed) and the incidents at the selected site."""
    st.title("Map")
    data = ui.frames()
    if ui.empty_state(data):
        return
    visible = ui.visible_incidents(data)
    sites = fr.site_counts(visible, ui.gazetteer_sites())
    if sites.empty:
        st.info("No site has coordinates yet.")
        return
    basemap = st.toggle(
        "Basemap tiles (needs internet; the layers draw without them)",
        value=True,
        key="map_basemap",
    )
    chosen = st.session_state.get("map_site")
    deck = charts.map_deck(sites, ui.euphrates(), basemap=basemap, selected=chosen)
    event = st.pydeck_chart(
        deck, on_select="rerun", selection_mode="single-object", key="site_map", height=560
    )
    st.caption(
        "Circles: gazetteer sites sized by visible incidents, coloured by their commonest event type "
        "(grey: none). Blue line: the Euphrates — the east bank is held by the SDF and the coalition, "
        "the west bank by the government and Iran-backed militias."
    )
    objects = event.selection.objects if event else {}
    picked = (objects.get(charts.SITES_LAYER) or objects.get(charts.QUIET_LAYER) or [None])[0]
    if picked:
        chosen = picked.get("site_id")
        if not picked.get("incidents"):
            st.info(f"No visible incident at {fr.escape_markdown(picked.get('name', chosen))}.")
    with_incidents = sites[sites["incidents"] > 0].sort_values("incidents", ascending=False)
    options = list(with_incidents["site_id"])
    if not options:
        ui.no_match(visible)
        return
    names = dict(zip(sites["site_id"], sites["name"], strict=False))
    counts = dict(zip(sites["site_id"], sites["incidents"], strict=False))
    index = options.index(chosen) if chosen in options else 0
    site = st.selectbox(
        "Show the incidents at",
        options,
        index=index,
        format_func=lambda s: f"{names.get(s, s)} ({counts.get(s, 0)})",
    )
    st.session_state["map_site"] = site
    parents = {s: p for s, p in ui.site_parents().items() if p}
    here = visible[visible["site_id"].isin(fr.expand_sites([site], parents))]
    st.subheader(f"Incidents at {fr.escape_markdown(names.get(site, site))}")
    iid = ui.incident_table(here, key=f"map_incidents_{site}")
    if iid and st.button("Open its claims ledger", icon=":material/balance:", key="map_open"):
        ui.go("claims", incident=iid)


site_map()
