"""Excel workbooks: the unit's summary sent upward, the score template and its import, and the
district's consolidation of many units' summaries. Headless (openpyxl); the GUI calls these."""
from app.excel.consolidate import ConsolidationResult, consolidate
from app.excel.safety import ExcelFileError, check_xlsx
from app.excel.score_import import ScoreImportPlan, apply_score_plan, read_score_file
from app.excel.summary import write_summary
from app.excel.template import write_score_template

__all__ = [
    "ConsolidationResult", "ExcelFileError", "ScoreImportPlan", "apply_score_plan", "check_xlsx",
    "consolidate", "read_score_file", "write_score_template", "write_summary",
]
