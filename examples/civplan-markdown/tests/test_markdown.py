from civplan_markdown import MarkdownExporter

import civplan
from civplan.testing import check_exporter


def test_keeps_civplans_exporter_contract() -> None:
    check_exporter(MarkdownExporter())


def test_sections_are_headings_with_tables() -> None:
    text = civplan.export(civplan.demo_plan(), MarkdownExporter())
    assert isinstance(text, str)
    assert text.startswith("# ЗВІТ ПРО ВИКОНАННЯ ПЛАНУ ЗАХОДІВ\n")
    assert "\n## 4. Активізація діяльності ІГС та міжсекторального співробітництва\n" in text
    assert "| №<br>з/п | Найменування заходу | Строк виконання | Результат виконання |" in text
    assert "| 1.2 | Проведення комплексних заходів" in text
