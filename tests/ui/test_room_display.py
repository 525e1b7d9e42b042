"""The room display follows the facilitator and shows contributions as they are typed."""

from __future__ import annotations

from .test_capture import start_atelier, type_into


def test_room_display_follows_selection_and_typing(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    window.a_room.trigger()  # the Atelier menu's "Room display" (F5)
    room = window.room
    assert room is not None and room.isVisible()
    qtbot.waitUntil(window.isActiveWindow)
    assert "Engagement 11" in room.engagement.text()

    type_into(qtbot, window, 3, "Financer les producteurs <de> données")
    qtbot.waitUntil(lambda: "Financer les producteurs &lt;de&gt; données" in room.contributions.text())
    assert room.question.text().startswith("Quels sont les défis") and "(1)" in room.question.text()
    assert "question 3 : 1" in room.footer.text()

    window.session.set_focus(15, "indicators")
    qtbot.waitUntil(lambda: "Engagement 15" in room.engagement.text())
    assert "Obliger les collectivités" in room.follow_up.text()  # milestones shown
    assert room.contributions.text() == ""

    window.a_room.trigger()
    assert window.room is None
