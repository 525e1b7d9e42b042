"""The Qt front end. The only package of the application that imports PySide6."""
