"""Figure builders for the pages: the plotly timeline, the pydeck map, heatmaps.

Pure functions of DataFrames (no Streamlit calls), so tests can build them directly.
"""

from __future__ import annotations

import html
import math
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import pydeck as pdk
from plotly.subplots import make_subplots

from extraction import frames as fr
from extraction.records import EVENT_TYPES

DIRECTION_COLOURS = {
    fr.DIRECTION_ON_US: "#d62728",
    fr.DIRECTION_BY_US: "#1f77b4",
    fr.DIRECTION_OTHER: "#7f7f7f",
}
TYPE_COLOURS = {
    "shelling/artillery/missile attack": "#d62728",
    "air/drone strike": "#1f77b4",
    "armed clash": "#ff7f0e",
    "remote explosive/landmine/IED": "#9467bd",
    "attack": "#8c564b",
    "other": "#7f7f7f",
}
RIVER_RGB = [45, 120, 200]
SITES_LAYER, QUIET_LAYER = "sites", "quiet_sites"  # pydeck layer ids (selection events name them)
EMPTY_SITE_RGB = [150, 150, 150, 110]
# pydeck turns plain strings into JS expressions; a quoted string stays a literal.
PIXELS = '"pixels"'
FONT = '"Helvetica Neue, Arial, sans-serif"'
# No token needed; when the tiles cannot load (offline) the layers still draw on a blank canvas.
CARTO_LIGHT = "https://basemaps.cartocdn.com/gl/positron-gl-style/style.json"


def colour_map(by: str) -> dict[str, str]:
    """Category -> colour for `by` ('direction' or 'event_type')."""
    return DIRECTION_COLOURS if by == "direction" else TYPE_COLOURS


def _marker_size(casualties: int) -> float:
    return 11 + 5 * math.sqrt(max(0, casualties))


# Markers drawn one by one per event type; beyond that a type's incidents are drawn as
# counts per month (or week), so the chart stays light at 100k incidents.
POINTS_PER_TYPE = 300
REST_COLOUR = "rgba(120, 120, 120, 0.35)"


def _hover(row: dict[str, Any], summary: str = "") -> str:
    killed = "?" if pd.isna(row["killed"]) else int(row["killed"])
    wounded = "?" if pd.isna(row["wounded"]) else int(row["wounded"])
    lines = [
        f"<b>{html.escape(row['label'])}</b> ({html.escape(row['date_precision'])} precision)",
        f"{html.escape(row['perpetrator'])} → {html.escape(row['target'])}",
        f"killed {killed} · wounded {wounded} · {int(row['independent_sources'])} independent source(s)",
    ]
    if row["n_contradictions"]:
        lines.append(f"⚠ {int(row['n_contradictions'])} contradiction(s)")
    if summary:
        lines.append("<i>Ledger</i><br>" + summary)  # summary is escaped by frames
    return "<br>".join(lines)


def timeline_figure(
    incidents: pd.DataFrame,
    links: pd.DataFrame,
    by: str = "direction",
    selected: str | None = None,
    ledger: pd.DataFrame | None = None,
    per_type: int | None = None,
) -> tuple[go.Figure, int]:
    """Incidents over time (y: event type, colour: `by`, size: casualties), escalation links,
    and a weekly count beneath; returns the figure and how many incidents it drew as counts.

    Each point carries its incident id in customdata; an incident dated only to the week,
    month, season or year is an open circle.  Beyond `per_type` incidents of one type, the
    most severe are drawn and the others counted per month (per week within two years);
    the weekly bars always count every incident.  Hover text quotes the `ledger`.
    """
    dated = incidents.dropna(subset=["date"])
    if not dated["date"].is_monotonic_increasing:  # the loader's order is (date, id) already
        dated = dated.sort_values(["date", "id"])
    present = set(dated["event_type"].unique())
    lanes = [t for t in EVENT_TYPES if t in present][::-1] or list(EVENT_TYPES)
    lanes += sorted(present - set(lanes))
    per_type = POINTS_PER_TYPE if per_type is None else per_type
    drawn, rest = fr.timeline_points(dated, per_type, keep=selected)
    y = fr.lane_positions(drawn, lanes)
    pos = dict(zip(drawn["id"], zip(drawn["date"], y, strict=True), strict=True))
    summaries = fr.ledger_summaries(ledger, drawn["id"]) if ledger is not None else {}
    fig = make_subplots(
        rows=2, cols=1, shared_xaxes=True, row_heights=[0.72, 0.28], vertical_spacing=0.06
    )
    if not rest.empty:
        days = (dated["date"].max() - dated["date"].min()).days
        freq, per = ("W-MON", "week") if days <= 730 else ("MS", "month")
        counted = fr.period_counts(rest, freq)
        lane_of = {t: float(i) for i, t in enumerate(lanes)}
        fig.add_trace(
            go.Scatter(
                x=counted["mid"],
                y=counted["event_type"].map(lane_of).fillna(0.0),
                mode="markers",
                name=f"more incidents (count per {per})",
                marker={
                    "size": [min(40.0, 6 + 3 * math.sqrt(c)) for c in counted["count"]],
                    "color": REST_COLOUR,
                    "symbol": "square",
                    "line": {"width": 0},
                },
                hovertext=[
                    f"{c} more {html.escape(t)} incident(s), {per} of {p:%Y-%m-%d}; {k} casualties"
                    for c, t, p, k in zip(
                        counted["count"],
                        counted["event_type"],
                        counted["period"],
                        counted["casualties"],
                        strict=True,
                    )
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            ),
            row=1,
            col=1,
        )
    xs: list[Any] = []
    ys: list[Any] = []
    for seg in fr.link_segments(drawn, links):
        (x0, y0), (x1, y1) = pos[seg["from"]], pos[seg["to"]]
        xs += [x0, x1, None]
        ys += [y0, y1, None]
    if xs:
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line={"color": "#444", "width": 1.5, "dash": "dot"},
                name="escalation link (attack ↔ response)",
                hoverinfo="skip",
            ),
            row=1,
            col=1,
        )
    colours = colour_map(by)
    for category, grp in drawn.groupby(by, sort=False):
        precise = grp["date_precision"].isin(fr.WEEKLY_PRECISIONS)
        colour = colours.get(category, "#7f7f7f")
        fig.add_trace(
            go.Scatter(
                x=grp["date"],
                y=y.loc[grp.index],
                mode="markers",
                name=str(category),
                marker={
                    "size": [_marker_size(c) for c in grp["casualties"]],
                    "color": colour,
                    "symbol": ["circle" if p else "circle-open" for p in precise],
                    "opacity": 0.85,
                    "line": {
                        "width": [
                            3 if i == selected else (1 if p else 2.5)
                            for i, p in zip(grp["id"], precise, strict=True)
                        ],
                        "color": [
                            "#000" if i == selected else ("#fff" if p else colour)
                            for i, p in zip(grp["id"], precise, strict=True)
                        ],
                    },
                },
                unselected={"marker": {"opacity": 0.4}},
                customdata=grp[["id"]].to_numpy(),
                hovertext=[_hover(r, summaries.get(r["id"], "")) for r in grp.to_dict("records")],
                hovertemplate="%{hovertext}<extra></extra>",
            ),
            row=1,
            col=1,
        )
    weekly = fr.weekly_counts(dated, by=by)
    for category, grp in weekly.groupby(by, sort=False):
        fig.add_trace(
            go.Bar(
                x=grp["week"],
                y=grp["count"],
                name=f"{category} (weekly)",
                marker_color=colours.get(category, "#7f7f7f"),
                showlegend=False,
                hovertemplate="week of %{x|%Y-%m-%d}: %{y}<extra>"
                + html.escape(str(category))
                + "</extra>",
            ),
            row=2,
            col=1,
        )
    fig.update_yaxes(
        tickvals=list(range(len(lanes))),
        ticktext=lanes,
        range=[-0.6, len(lanes) - 0.4],
        zeroline=False,
        row=1,
        col=1,
        title=None,
    )
    fig.update_yaxes(title="per week", row=2, col=1, rangemode="tozero")
    fig.update_layout(
        barmode="stack",
        height=620,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={"orientation": "h", "y": 1.08, "x": 0},
        hoverlabel={"align": "left"},
        clickmode="event+select",
    )
    return fig, len(rest)


def _rgb(hex_colour: str, alpha: int = 220) -> list[int]:
    h = hex_colour.lstrip("#")
    return [int(h[i : i + 2], 16) for i in (0, 2, 4)] + [alpha]


def map_deck(
    sites: pd.DataFrame,
    river: list[dict[str, Any]],
    basemap: bool = True,
    selected: str | None = None,
) -> pdk.Deck:
    """Sites sized by incident count and coloured by their commonest type, labelled; the Euphrates."""
    data = sites.copy()
    data["colour"] = [
        _rgb(TYPE_COLOURS.get(t, "#7f7f7f")) if n else EMPTY_SITE_RGB
        for t, n in zip(data["event_type"], data["incidents"], strict=False)
    ]
    data["radius"] = [5 + 6 * math.sqrt(n) for n in data["incidents"]]
    data["line"] = [
        [0, 0, 0, 255] if s == selected else [255, 255, 255, 200] for s in data["site_id"]
    ]
    data["label"] = [
        f"{name} ({n})" if n else name
        for name, n in zip(data["name"], data["incidents"], strict=False)
    ]
    # Tooltip fields are interpolated into HTML: escape them.
    data["name_html"] = [html.escape(str(n)) for n in data["name"]]
    data["type_text"] = [html.escape(t) if t else "no incidents" for t in data["event_type"]]
    data["bank_text"] = [
        f"{html.escape(b)} bank of the Euphrates" if b else "" for b in data["bank"]
    ]
    data["precision_text"] = [html.escape(str(p or "")) for p in data["precision"]]
    records = data.to_dict("records")
    busy = [r for r in records if r["incidents"]]
    quiet = [r for r in records if not r["incidents"]]
    lat, lon, zoom = fr.fit_view([r["lat"] for r in busy], [r["lon"] for r in busy])
    # the east / west bank labels sit either side of the river, a fifth of the view away
    banks = fr.bank_labels(river, lat, lon, offset=0.2 * 360 * 900 / (512 * 2**zoom))
    layers = [
        pdk.Layer(
            "PathLayer",
            id="euphrates",
            data=river,
            get_path="path",
            get_color=RIVER_RGB,
            width_units=PIXELS,
            get_width=4,
            width_min_pixels=3,
            pickable=False,
        ),
        pdk.Layer(
            "TextLayer",
            id="banks",
            data=banks,
            get_position=["lon", "lat"],
            get_text="text",
            get_size=15,
            get_color=[45, 120, 200, 150],
            font_weight=600,
            font_family=FONT,
        ),
        *(
            pdk.Layer(  # sites without incidents first, so a busy site on top is the one picked
                "ScatterplotLayer",
                id=layer_id,
                data=rows,
                get_position=["lon", "lat"],
                get_fill_color="colour",
                get_line_color="line",
                get_radius="radius",
                radius_units=PIXELS,
                stroked=True,
                line_width_units=PIXELS,
                get_line_width=1.5,
                pickable=True,
                auto_highlight=True,
            )
            for layer_id, rows in ((QUIET_LAYER, quiet), (SITES_LAYER, busy))
        ),
        pdk.Layer(
            "TextLayer",
            id="labels",
            data=busy,
            get_position=["lon", "lat"],
            get_text="label",
            get_size=14,
            get_color=[20, 20, 20, 255],
            get_pixel_offset=[0, -18],
            font_weight=700,
            font_family=FONT,
            outline_width=3,
            outline_color=[255, 255, 255, 230],
            font_settings={"sdf": True},
        ),
        pdk.Layer(
            "TextLayer",
            id="quiet_labels",
            data=quiet,
            get_position=["lon", "lat"],
            get_text="label",
            get_size=10,
            get_color=[110, 110, 110, 170],
            get_pixel_offset=[0, -10],
            font_family=FONT,
        ),
    ]

    return pdk.Deck(
        layers=layers,
        initial_view_state=pdk.ViewState(latitude=lat, longitude=lon, zoom=zoom, pitch=0),
        map_provider="carto" if basemap else None,
        map_style=CARTO_LIGHT if basemap else None,
        tooltip={
            "html": "<b>{name_html}</b><br>{incidents} incident(s) · {type_text}"
            "<br>{precision_text} {bank_text}",
            "style": {"fontSize": "12px"},
        },
    )


def heatmap(table: pd.DataFrame, title: str) -> go.Figure:
    """A count heatmap (rows × columns) with the numbers written in the cells."""
    fig = go.Figure(
        go.Heatmap(
            z=table.to_numpy(),
            x=[str(c) for c in table.columns],
            y=[str(i) for i in table.index],
            colorscale="Blues",
            text=table.to_numpy(),
            texttemplate="%{text}",
            hovertemplate="%{y} · %{x}: %{z}<extra></extra>",
            showscale=False,
        )
    )
    fig.update_layout(
        title=title,
        height=max(260, 36 * len(table.index) + 120),
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        yaxis={"autorange": "reversed"},
    )
    return fig
