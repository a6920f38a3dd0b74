"""The options of a question (signup_tags.choice_options): each an input with
its own label, the chosen ones checked, the labels escaped."""

from django import forms

from bs4 import BeautifulSoup

from signup.templatetags.signup_tags import choice_options


class Question(forms.Form):
    one = forms.ChoiceField(
        choices=[("a", "Eén <script>"), ("b", "Twee")], widget=forms.RadioSelect
    )
    several = forms.MultipleChoiceField(
        choices=[("x", "X"), ("y", "Y"), ("z", "Z")],
        widget=forms.CheckboxSelectMultiple,
    )


def options(form, name):
    return BeautifulSoup(str(choice_options(form[name])), "html.parser")


def test_every_option_is_an_input_with_its_own_label():
    html = options(Question(prefix="step"), "one")

    inputs = html.select("div.choice > input")
    assert [(i["type"], i["name"], i["value"]) for i in inputs] == [
        ("radio", "step-one", "a"),
        ("radio", "step-one", "b"),
    ]
    for field in inputs:
        assert html.select_one(f'label[for="{field["id"]}"]') is not None
    assert len({field["id"] for field in inputs}) == 2


def test_the_chosen_options_are_checked():
    html = options(Question(initial={"several": ["x", "z"]}), "several")

    checked = [i["value"] for i in html.select("input") if i.has_attr("checked")]
    assert checked == ["x", "z"]
    assert {i["type"] for i in html.select("input")} == {"checkbox"}


def test_labels_are_escaped():
    html = str(choice_options(Question()["one"]))

    assert "<script>" not in html
    assert "Eén &lt;script&gt;" in html
