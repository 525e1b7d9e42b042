"""The room display follows the facilitator, shows contributions as they are typed, opens with
F5 from the keyboard, and goes full screen on the screen chosen for it."""

from __future__ import annotations

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
    qtbot.waitUntil(
        lambda: "Financer les producteurs &lt;de&gt; données" in room.contributions.text())
    assert room.question.text().startswith("3. Quels sont les défis") and \
        "(1)" in room.question.text()
    assert "question 3 : 1" in room.footer.text()

    window.session.set_focus(15, "indicators")
    qtbot.waitUntil(lambda: "Engagement 15" in room.engagement.text())
    assert "Obliger les collectivités" in room.follow_up.text()  # milestones shown
    # The follow-up line the facilitator's panel shows too, in French.
    assert room.follow_up.text().startswith("Institution porteuse : Secrétariat d&#x27;État")
    panel = window.capture.current_panel()
    assert "Institution porteuse : Secrétariat d&#x27;État" in panel.follow_up.text()
    assert room.contributions.text() == ""

    window.a_room.trigger()
    assert window.room is None


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
