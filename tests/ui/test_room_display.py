"""The room display follows the facilitator, shows contributions as they are typed, opens with
F5 from the keyboard, and goes full screen on the screen chosen for it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from facilitator_app.ui import settings as keys
from facilitator_app.ui.room_display import screen_key
from facilitator_app.ui.settings import Settings

from .test_capture import start_atelier, type_into


def activate(qtbot, window) -> None:
    """Offscreen, a shown window is not active until asked; shortcuts need an active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_room_display_follows_selection_and_typing(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    window.a_room.trigger()  # the Atelier menu's "Room display"
    room = window.room
    assert room is not None and room.isVisible()
    qtbot.waitUntil(window.isActiveWindow)
    assert "Engagement 11" in room.engagement.text()

    type_into(qtbot, window, 3, "Financer les producteurs <de> données")
    qtbot.waitUntil(lambda: [label.text() for label in room.contributions.items()]
                    == ["• Financer les producteurs <de> données"])
    assert room.question.text().startswith("3. Quels sont les défis") and \
        "(1)" in room.question.text()
    assert "question 3 : 1" in room.footer.text()

    window.session.set_focus(15, "indicators")
    qtbot.waitUntil(lambda: "Engagement 15" in room.engagement.text())
    assert "Obliger les collectivités" in room.follow_up.text()  # milestones shown
    # The follow-up line the facilitator's panel shows too, in French.
    assert room.follow_up.text().startswith("Institution porteuse : Secrétariat d&#x27;État")
    panel = window.capture.current_panel()
    assert "Institution porteuse : Secrétariat d&#x27;État" in panel.follow_up.text()
    assert room.contributions.items() == []

    window.a_room.trigger()
    assert window.room is None


def assert_whole_and_inside(room) -> None:
    """Every contribution shown lies whole inside the list, and the list inside the window."""
    view = room.contributions
    window_rect = room.rect()
    top_left = view.mapTo(room, view.rect().topLeft())
    assert window_rect.contains(view.rect().translated(top_left))
    assert not view.rect().intersects(room.footer.geometry().translated(-top_left))
    for label in [view.earlier, *view.items()] if view.earlier.isVisibleTo(room) \
            else view.items():
        assert view.rect().contains(label.geometry()), label.text()
        # Qt's own measure of the label's text at its width: nothing drawn below its rect.
        assert label.heightForWidth(label.width()) <= label.height(), label.text()


def test_the_newest_of_30_contributions_is_always_shown_whole(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    session = window.session
    window.a_room.trigger()
    room = window.room
    qtbot.waitExposed(room)
    engagement, question = session.focus
    for i in range(1, 31):
        session.add(engagement, question, f"Contribution numéro {i} : "
                    + "des données ouvertes et réutilisables " * (1 + i % 3))
    view = room.contributions
    qtbot.waitUntil(lambda: bool(view.items()) and view.items()[-1].text().startswith(
        "• Contribution numéro 30 :"))
    shown = view.shown()
    assert 2 <= shown < 30
    # The newest ones, in order, the oldest given way; a line says how many are not shown.
    assert [label.text().split(" :")[0] for label in view.items()] == [
        f"• Contribution numéro {i}" for i in range(31 - shown, 31)]
    assert view.earlier.isVisible()
    assert view.earlier.text() == f"↑ {30 - shown} contributions précédentes"
    # The follow-up and milestones gave way to the contributions.
    assert room.follow_up.isHidden()
    assert_whole_and_inside(room)
    # Shrunk to the smallest readable size first, never below it.
    smallest = 40 * room.height() / 1080
    assert view.px == pytest.approx(smallest)
    assert view.items()[-1].font().pointSizeF() * room.logicalDpiY() / 72 >= smallest - 0.01

    # Larger, full-screen-like: more shown, still whole; the newest still last.
    room.resize(1920, 1080)
    qtbot.waitUntil(lambda: room.contributions.height() > 500)
    assert view.items()[-1].text().startswith("• Contribution numéro 30 :")
    assert_whole_and_inside(room)

    # One that alone is taller than the list: its end is shown, after "…".
    session.add(engagement, question, "Début " + "très longue contribution " * 400 + "FIN")
    qtbot.waitUntil(lambda: view.items()[-1].text().endswith("FIN"))
    assert view.items()[-1].text().startswith("…") and view.shown() == 1
    assert view.earlier.text() == "↑ 30 contributions précédentes"
    assert_whole_and_inside(room)


def test_few_contributions_are_shown_at_the_largest_size(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    window.a_room.trigger()
    room = window.room
    engagement, question = window.session.focus
    window.session.add(engagement, question, "Une seule")
    qtbot.waitUntil(lambda: room.contributions.shown() == 1)
    assert room.contributions.px == pytest.approx(52 * room.height() / 1080)
    assert not room.contributions.earlier.isVisible()
    assert room.follow_up.isVisible()
    assert_whole_and_inside(room)


def test_f5_pressed_while_typing_opens_and_closes_the_room_display(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    activate(qtbot, window)
    entry = window.capture.current_panel().questions["indicators"].entry
    qtbot.waitUntil(entry.hasFocus)
    # The key goes where a real keyboard sends it: the focused entry line of the active window.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.room is not None and window.room.isVisible())
    # The projector never takes the keyboard: typing goes on in the entry line.
    assert window.isActiveWindow() and entry.hasFocus()
    qtbot.keyClicks(entry, "suite")
    assert entry.text() == "suite"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.room is None)


def screen_actions(window) -> dict[str, object]:
    window.screen_menu.aboutToShow.emit()  # what opening the submenu does
    return {a.data(): a for a in window.screen_menu.actions()}


def test_the_chosen_screen_is_remembered_and_gets_the_display_full_screen(qtbot, make_window,
                                                                          data_dir):
    window = make_window()
    start_atelier(qtbot, window, 1)
    screen = QGuiApplication.screens()[0]  # offscreen has exactly one, with no name
    assert screen_key(screen) == "800x800+0+0"
    actions = screen_actions(window)
    assert set(actions) == {"", screen_key(screen)}
    assert actions[""].isChecked(), "automatic until the facilitator chooses"
    size = screen.size()
    assert f"({size.width()}×{size.height()})" in actions[screen_key(screen)].text()

    actions[screen_key(screen)].trigger()
    assert Settings(data_dir / "settings.ini").get(keys.ROOM_SCREEN) == screen_key(screen)
    window.a_room.trigger()
    room = window.room
    qtbot.waitUntil(room.isFullScreen)
    assert room.screen() is screen
    window.a_room.trigger()

    # Remembered across restarts: the next window opens the display on the same screen.
    make_window.close(window)
    again = make_window()
    assert screen_actions(again)[screen_key(screen)].isChecked()
    again.a_room.trigger()
    qtbot.waitUntil(again.room.isFullScreen)
    assert again.room.screen() is screen


def test_a_remembered_screen_that_is_absent_falls_back_without_being_forgotten(
        qtbot, make_window, data_dir):
    Settings(data_dir / "settings.ini").set(keys.ROOM_SCREEN, "HDMI-2 & projecteur")
    window = make_window()
    start_atelier(qtbot, window, 1)
    actions = screen_actions(window)
    absent = actions["HDMI-2 & projecteur"]
    assert absent.isChecked() and "HDMI-2 && projecteur" in absent.text()
    # With one screen, the fallback is no projector: a normal window, not full screen over the
    # facilitator's own window.
    assert window.room_screen() is None
    window.a_room.trigger()
    room = window.room
    qtbot.waitUntil(room.isVisible)
    assert not room.isFullScreen()
    assert Settings(data_dir / "settings.ini").get(keys.ROOM_SCREEN) == "HDMI-2 & projecteur"

    # Choosing a present screen moves the open display there, full screen.
    screen = QGuiApplication.screens()[0]
    screen_actions(window)[screen_key(screen)].trigger()
    qtbot.waitUntil(room.isFullScreen)
    assert room.screen() is screen
    # And "automatic" goes back to the fallback.
    screen_actions(window)[""].trigger()
    qtbot.waitUntil(lambda: not room.isFullScreen())
    assert Settings(data_dir / "settings.ini").get(keys.ROOM_SCREEN) == ""
