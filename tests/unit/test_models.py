"""What a single record can know by itself."""

import pytest
from pydantic import ValidationError

from cornerstone.checks.rules.personal_data import scan, valid_resident_id
from cornerstone.content.models import Question, Resource, check_phone

ROW = dict(id="532901-0001", name="大理市法律援助中心", category="legal-aid-centre", services="legal-aid;legal-consultation",
           county_code="532901", languages="zh;bfs", last_verified="2026-10-01", source="sample")


def test_resource_splits_multi_valued_cells():
    resource = Resource.model_validate(ROW)
    assert resource.services == ["legal-aid", "legal-consultation"]
    assert resource.languages == ["zh", "bfs"]


@pytest.mark.parametrize("phone", ["12348", "0872-2123456", "08722123456", "12348; 0871-65123456"])
def test_public_numbers_are_accepted(phone):
    assert Resource.model_validate({**ROW, "phone": phone}).phone == phone


@pytest.mark.parametrize(("phone", "why"), [("13987654321", "mobile"), ("+86 139 8765 4321", "mobile"),
                                            ("12345678", "landline")])
def test_private_and_malformed_numbers_are_refused(phone, why):
    with pytest.raises(ValidationError) as caught:
        Resource.model_validate({**ROW, "phone": phone})
    assert why in str(caught.value)


def test_resource_id_must_carry_its_county():
    with pytest.raises(ValidationError) as caught:
        Resource.model_validate({**ROW, "id": "530102-0001"})
    assert "must start with its county code 532901-" in str(caught.value)


def test_check_phone_explains_a_mobile_number():
    assert "private person" in check_phone("139-8765-4321")


def test_resident_id_check_digit():
    # GB 11643 example number from the standard's worked example
    assert valid_resident_id("11010519491231002X")
    assert not valid_resident_id("110105194912310021")


def test_scan_finds_each_kind_with_its_column():
    text = "甲\n身份证 11010519491231002X，电话 13912345678\n邮箱 someone@qq.com 单位 legal@sft.yn.gov.cn\n"
    found = [(line, column, message.split(":")[0]) for line, column, message in scan(text)]
    assert found == [(2, 5, "a resident ID number"), (2, 27, "a mobile number"),
                     (3, 4, "a private e-mail address (someone@qq.com)")]


def test_scan_ignores_hotlines_landlines_and_invalid_id_numbers():
    assert list(scan("拨打 12348 或 0872-2123456；编号 110105194912310021；a1b213912345678c")) == []


def test_choice_question_needs_options():
    with pytest.raises(ValidationError, match="at least two options"):
        Question.model_validate({"kind": "choice", "var": "q1", "prompt": {"zh": "问", "en": "Q"}})
    with pytest.raises(ValidationError, match="takes no options"):
        Question.model_validate({"kind": "number", "var": "q1", "prompt": {"zh": "问", "en": "Q"},
                                 "options": [{"value": 1, "zh": "一", "en": "one"}]})
