#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

"""Generate Headroom's component icons and application icon as plain SVG.

Every pictogram here is Headroom's own drawing, built from primitives; no AWS
artwork is used or traced. Each component icon is a 48x48 rounded square in its
category colour with a white pictogram that must still read at 24 px. The files
use only what Qt SVG (SVG Tiny 1.2) renders: no text, fonts, gradients, filters,
CSS or external references.

Run:  python3 make_icons.py          (writes <type>.svg and headroom.svg here)
"""

import math
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent

WHITE = "#FFFFFF"

CATEGORY_COLOUR = {
    "entry": "#5B6770",
    "edge": "#7B4FD6",
    "compute": "#E07A1F",
    "data": "#2F6FD6",
    "messaging": "#C2337A",
    "storage": "#2E9E5B",
}

# --- drawing helpers -------------------------------------------------------
# A pictogram is a list of SVG element strings drawn inside a group that sets
# white, 2.5-wide, round-capped strokes with no fill. `fill()` switches one
# element to solid white; `knockout()` first paints an element's silhouette,
# widened, in the tile colour so that the element reads as lying in front.


def path(d, **attrs):
    return _element("path", d=d, **attrs)


def circle(cx, cy, r, **attrs):
    return _element("circle", cx=cx, cy=cy, r=r, **attrs)


def rect(x, y, w, h, rx=0, **attrs):
    return _element("rect", x=x, y=y, width=w, height=h, rx=rx, **attrs)


def ellipse(cx, cy, rx, ry, **attrs):
    return _element("ellipse", cx=cx, cy=cy, rx=rx, ry=ry, **attrs)


def _element(tag, **attrs):
    parts = " ".join(f'{k.replace("_", "-")}="{_fmt(v)}"' for k, v in attrs.items())
    return f"<{tag} {parts}/>"


def _fmt(value):
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)


def fill(element, colour=WHITE):
    return element.replace("/>", f' fill="{colour}" stroke="none"/>', 1)


def knockout(element, bg, width=6):
    """The element's silhouette widened by width/2 in the tile colour."""
    return element.replace("/>", f' fill="{bg}" stroke="{bg}" stroke-width="{width}"/>', 1)


def cylinder(cx, top, bottom, rx, ry, bands=()):
    """A database drum: top ellipse, sides, bottom arc and optional bands."""
    left, right = cx - rx, cx + rx
    out = [path(f"M{_fmt(left)} {_fmt(top)} V{_fmt(bottom)} "
                f"A{_fmt(rx)} {_fmt(ry)} 0 0 0 {_fmt(right)} {_fmt(bottom)} V{_fmt(top)}"),
           ellipse(cx, top, rx, ry)]
    for y in bands:
        out.append(path(f"M{_fmt(left)} {_fmt(y)} A{_fmt(rx)} {_fmt(ry)} 0 0 0 {_fmt(right)} {_fmt(y)}"))
    return out


def globe(cx, cy, r):
    return [
        circle(cx, cy, r),
        ellipse(cx, cy, r * 0.42, r),
        path(f"M{_fmt(cx - r)} {_fmt(cy)} H{_fmt(cx + r)}"),
    ]


def gear_path(cx, cy, r_outer, r_inner, teeth):
    """Closed outline of a gear with flat-topped teeth."""
    points = []
    step = 2 * math.pi / teeth
    for i in range(teeth):
        a = i * step - math.pi / 2
        for da, r in ((-0.30, r_inner), (-0.17, r_outer), (0.17, r_outer), (0.30, r_inner)):
            ang = a + da * step * 1.6
            points.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
    return "M" + " L".join(f"{x:.2f} {y:.2f}" for x, y in points) + " Z"


# --- pictograms ------------------------------------------------------------
# Content stays within roughly 8..40 so that the stroke clears the tile edge.


def users(bg):
    back_head = circle(30, 17, 5)
    back_body = path("M20.5 35 V33.5 A9.5 8.5 0 0 1 39.5 33.5 V35 Z")
    front_head = circle(19, 21, 5.5)
    front_body = path("M8.5 39 V37.5 A10.5 9 0 0 1 29.5 37.5 V39 Z")
    return [fill(back_head), fill(back_body),
            knockout(front_head, bg, 5), knockout(front_body, bg, 5),
            fill(front_head), fill(front_body)]


def route53(bg):
    board = path("M25.5 8.5 H37 L41.5 13 L37 17.5 H25.5 Z")
    return [*globe(18, 28, 10),
            path("M32.5 17 V39"),
            knockout(board, bg, 4), fill(board)]


def cloudfront(bg):
    out = globe(24, 24, 8.5)
    for sx, sy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
        tip_x, tip_y = 24 + sx * 15, 24 + sy * 15
        out.append(path(f"M{_fmt(24 + sx * 10.5)} {_fmt(24 + sy * 10.5)} L{_fmt(tip_x)} {_fmt(tip_y)}"))
        out.append(path(f"M{_fmt(tip_x - sx * 6)} {_fmt(tip_y)} H{_fmt(tip_x)} V{_fmt(tip_y - sy * 6)}"))
    return out


def waf(bg):
    return [path("M24 9.5 L36.5 14 V23.5 C36.5 31 31 36 24 39 C17 36 11.5 31 11.5 23.5 V14 Z"),
            path("M18.5 24 L22.5 28 L30 20.5", stroke_width=3)]


def alb(bg):
    return [fill(circle(11.5, 24, 3.5)),
            path("M14 24 H21"),
            path("M21 24 C27 24 27 14 33 14"),
            path("M21 24 H33"),
            path("M21 24 C27 24 27 34 33 34"),
            fill(circle(36, 14, 3)), fill(circle(36, 24, 3)), fill(circle(36, 34, 3))]


def api_gateway(bg):
    return [path("M18.5 37 V20 A5.5 5.5 0 0 1 29.5 20 V37"),
            path("M13.5 15 L8.5 24 L13.5 33"),
            path("M34.5 15 L39.5 24 L34.5 33")]


def ec2(bg):
    out = [rect(15, 15, 18, 18, 3), fill(rect(20, 20, 8, 8, 1.5))]
    for p in (19, 24, 29):
        out += [path(f"M{p} 15 V10.5"), path(f"M{p} 33 V37.5"),
                path(f"M15 {p} H10.5"), path(f"M33 {p} H37.5")]
    return out


def asg(bg):
    out = []
    for x, y in ((21, 9), (16, 14)):
        out.append(rect(x, y, 18, 18, 3, fill=bg))
    front = rect(10, 20, 19, 19, 3.5)
    out += [knockout(front, bg, 4), fill(front),
            path("M19.5 24.5 V34.5 M14.5 29.5 H24.5", stroke=bg, stroke_width=3)]
    return out


def ecs_fargate(bg):
    return [path("M24 10 L36.5 17 V31 L24 38 L11.5 31 V17 Z"),
            path("M11.5 17 L24 24 L36.5 17 M24 24 V38"),
            path("M17.75 13.5 L30.25 20.5", stroke_width=2)]


def lambda_(bg):
    return [path("M13.5 11.5 H17 C18.8 11.5 20 12.3 20.8 14 L31 35 C31.8 36.7 33 37.5 34.5 37.5",
                 stroke_width=3.2),
            path("M24 21 L15 37.5", stroke_width=3.2)]


def elasticache(bg):
    bolt = path("M27.5 7.5 L17 22 H23.5 L20.5 30.5 L31.5 16.5 H25.5 Z")
    return [*cylinder(24, 32, 36.5, 12, 3.5),
            knockout(bolt, bg, 5), fill(bolt)]


def rds(bg):
    return cylinder(24, 14, 34, 11.5, 4.5, bands=(21, 27.5))


def aurora(bg):
    star = path("M35 6.5 Q35.6 12.4 41.5 13 Q35.6 13.6 35 19.5 Q34.4 13.6 28.5 13 Q34.4 12.4 35 6.5 Z")
    return [*cylinder(21, 17, 35, 10, 4, bands=(26,)),
            knockout(star, bg, 4), fill(star)]


def rds_proxy(bg):
    return [fill(circle(10.5, 14, 2.5)), fill(circle(10.5, 34, 2.5)),
            path("M13 14 C17.5 14 16.5 24 21 24"),
            path("M13 34 C17.5 34 16.5 24 21 24"),
            path("M21 24 H28"),
            fill(circle(21, 24, 3.5)),
            *cylinder(34, 16.5, 31.5, 6, 2.5)]


def dynamodb(bg):
    return [*cylinder(18.5, 13, 34, 9.5, 4, bands=(23.5,)),
            circle(35, 15.5, 4.5),
            path("M35 20 V38 M35 34.5 H39 M35 29.5 H38.5")]


def sqs(bg):
    out = []
    for x in (8, 13.5, 19):  # back to front: the queue's tail shows as edges
        out.append(rect(x, 15, 21, 16, 2.5, fill=bg))
    out.append(path("M19 16.5 L29.5 24.5 L40 16.5"))
    return out


def s3(bg):
    return [ellipse(24, 14, 12.5, 4),
            path("M11.5 14 L15.5 34.5 A8.5 3 0 0 0 32.5 34.5 L36.5 14"),
            path("M13.5 24 A10.8 3.5 0 0 0 34.5 24")]


def opensearch(bg):
    return [circle(21, 21, 9.5),
            path("M28 28 L37.5 37.5", stroke_width=4.5),
            path("M16 21.5 A5 5 0 0 1 21 16.5", stroke_width=2)]


def nat_gateway(bg):
    return [fill(rect(21, 8.5, 6, 10.5, 1.5)), fill(rect(21, 29, 6, 10.5, 1.5)),
            path("M8.5 24 H38"),
            path("M32.5 18.5 L38 24 L32.5 29.5")]


def service(bg):
    return [fill(path(gear_path(24, 24, 14, 10.5, 8))),
            fill(circle(24, 24, 4.5), bg)]


ICONS = {
    "users": ("entry", users),
    "route53": ("edge", route53),
    "cloudfront": ("edge", cloudfront),
    "waf": ("edge", waf),
    "alb": ("edge", alb),
    "api_gateway": ("edge", api_gateway),
    "nat_gateway": ("edge", nat_gateway),
    "ec2": ("compute", ec2),
    "asg": ("compute", asg),
    "ecs_fargate": ("compute", ecs_fargate),
    "lambda": ("compute", lambda_),
    "service": ("compute", service),
    "elasticache": ("data", elasticache),
    "rds": ("data", rds),
    "aurora": ("data", aurora),
    "rds_proxy": ("data", rds_proxy),
    "dynamodb": ("data", dynamodb),
    "opensearch": ("data", opensearch),
    "sqs": ("messaging", sqs),
    "s3": ("storage", s3),
}


def component_svg(name, category, draw):
    bg = CATEGORY_COLOUR[category]
    body = "\n    ".join(draw(bg))
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
        'width="48" height="48" viewBox="0 0 48 48">\n'
        f"  <title>{name}</title>\n"
        f'  <rect x="1" y="1" width="46" height="46" rx="9" fill="{bg}"/>\n'
        f'  <g fill="none" stroke="{WHITE}" stroke-width="2.5" '
        'stroke-linecap="round" stroke-linejoin="round">\n'
        f"    {body}\n"
        "  </g>\n"
        "</svg>\n"
    )


def app_svg():
    """Headroom's mark: rising bars stop just under a dashed amber ceiling."""
    bars = []
    base, width, gap, x0 = 206, 32, 12, 46
    tops = (158, 128, 98, 68)  # the last one touches the ceiling's underside
    colours = ("#64748B", "#94A3B8", "#CBD5E1", "#F1F5F9")
    for i, (top, colour) in enumerate(zip(tops, colours)):
        x = x0 + i * (width + gap)
        bars.append(f'<rect x="{x}" y="{top}" width="{width}" height="{base - top}" '
                    f'rx="4" fill="{colour}"/>')
    body = "\n  ".join(bars)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
        'width="256" height="256" viewBox="0 0 256 256">\n'
        "  <title>Headroom</title>\n"
        '  <rect x="8" y="8" width="240" height="240" rx="48" fill="#1F2937"/>\n'
        f"  {body}\n"
        '  <path d="M43 64 H213" fill="none" stroke="#F5A524" stroke-width="8" '
        'stroke-dasharray="20 10"/>\n'
        "</svg>\n"
    )


def main():
    for name, (category, draw) in ICONS.items():
        (OUT_DIR / f"{name}.svg").write_text(component_svg(name, category, draw), encoding="utf-8")
    (OUT_DIR / "headroom.svg").write_text(app_svg(), encoding="utf-8")
    print(f"wrote {len(ICONS) + 1} icons to {OUT_DIR}")


if __name__ == "__main__":
    main()
