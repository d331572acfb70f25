"""Wall-sized vector PDF posters of a board: plan (sizes, pages, tiles), then render.

    plan = plan_poster(board, PosterOptions(paper=paper("A0"), tile=paper("A4")))
    print(plan.summary())
    render(plan, Path("wall.pdf"), progress=lambda done, total: not cancelled)
"""

from .content import Chapter, Content, chapters
from .fallback import undrawable_count
from .options import PosterOptions, PosterStrings, Scale, ScaleMode, Scope, ScopeKind, parse_scale
from .paper import MM, Paper, PosterError, length_mm, paper, paper_names
from .plan import PosterPlan, Tile, plan_poster
from .render import PosterCancelled, Progress, render

__all__ = [
    "MM",
    "Chapter",
    "Content",
    "Paper",
    "PosterCancelled",
    "PosterError",
    "PosterOptions",
    "PosterPlan",
    "PosterStrings",
    "Progress",
    "Scale",
    "ScaleMode",
    "Scope",
    "ScopeKind",
    "Tile",
    "chapters",
    "length_mm",
    "paper",
    "paper_names",
    "parse_scale",
    "plan_poster",
    "render",
    "undrawable_count",
]
