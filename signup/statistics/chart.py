"""The trend chart of the statistics page, drawn on the server as SVG (it works
without JavaScript and without a chart library): per month a bar for the
registrations and a point on a line for the share called back on time, against
the target line. The numbers themselves are in the tables next to it, which is
what screen readers read; the chart is the picture of them.

This module only computes the geometry; the template
``signup/desk/includes/trend_chart.html`` draws it."""

from dataclasses import dataclass

WIDTH, HEIGHT = 720, 260
LEFT, RIGHT, TOP, BOTTOM = 44, 52, 16, 36
PLOT_WIDTH = WIDTH - LEFT - RIGHT
PLOT_HEIGHT = HEIGHT - TOP - BOTTOM


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    label_x: float
    count: int


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    # "x,y x,y ..." of the months with a share; the points as (x, y, percent).
    line: str
    points: list[tuple[float, float, int]]
    target_y: float
    target: int
    largest: int
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right_axis_x: int = WIDTH - RIGHT
    top: int = TOP
    bottom_y: int = HEIGHT - BOTTOM


def _share_y(percent: float) -> float:
    return round(TOP + PLOT_HEIGHT * (1 - percent / 100), 1)


def trend_chart(
    labels: list[str], counts: list[int], percents: list[int | None], target: int
) -> Chart:
    """Bars of ``counts`` scaled to the largest month; the line joins the months
    that have a share on time (``None``: nothing was due yet)."""
    slots = max(len(labels), 1)
    slot = PLOT_WIDTH / slots
    largest = max(counts, default=0)
    bars, points = [], []
    for i, (label, count, percent) in enumerate(
        zip(labels, counts, percents, strict=True)
    ):
        height = PLOT_HEIGHT * count / largest if largest else 0
        x = LEFT + i * slot
        middle = round(x + slot / 2, 1)
        bars.append(
            Bar(
                x=round(x + slot * 0.2, 1),
                y=round(TOP + PLOT_HEIGHT - height, 1),
                width=round(slot * 0.6, 1),
                height=round(height, 1),
                label=label,
                label_x=middle,
                count=count,
            )
        )
        if percent is not None:
            points.append((middle, _share_y(percent), percent))
    return Chart(
        bars=bars,
        line=" ".join(f"{x},{y}" for x, y, _percent in points),
        points=points,
        target_y=_share_y(target),
        target=target,
        largest=largest,
    )
