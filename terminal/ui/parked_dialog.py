"""Parked baskets of this till: pick one to resume it (the current basket must be empty)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from terminal.ui.formatting import MoneyFormat
from terminal.ui.theme import set_role


class ParkedDialog(QDialog):
    """A list of parked baskets (time, label, items, total); `chosen_id` is set when accepted."""

    sig_parked_chosen = Signal(str)
    """The cashier chose a parked basket to resume (its parked_id)."""

    def __init__(self, parked: list[Any], fmt: MoneyFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen_id: str | None = None
        self.setWindowTitle(self.tr("Parked baskets"))
        self.resize(820, 620)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Resume a parked basket"), self)
        set_role(title, "title")
        layout.addWidget(title)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(4)
        for basket in parked:
            when = fmt.locale.toString(basket.parked_at.time(), "HH:mm") if basket.parked_at else ""
            label = basket.label or self.tr("(no name)")
            count = fmt.quantity(basket.item_count)
            text = self.tr("{time}  {label} — {count} items — {total}").format(
                time=when, label=label, count=count, total=fmt.money(basket.total)
            )
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, basket.parked_id)
        if parked:
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(self.tr("No parked baskets"))
            self.list.setEnabled(False)
        self.list.itemActivated.connect(self.on_list_item_activated)
        self.list.itemDoubleClicked.connect(self.on_list_item_activated)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        close = QPushButton(self.tr("Cancel (Esc)"), self)
        close.clicked.connect(self.reject)
        row.addWidget(close)
        self.resume_button = QPushButton(self.tr("Resume (Enter)"), self)
        set_role(self.resume_button, "primary")
        self.resume_button.setEnabled(bool(parked))
        self.resume_button.setDefault(True)
        self.resume_button.clicked.connect(self.on_resume_clicked)
        row.addWidget(self.resume_button)
        layout.addLayout(row)

    def on_resume_clicked(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.on_list_item_activated(item)

    def on_list_item_activated(self, item: QListWidgetItem) -> None:
        parked_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(parked_id, str):
            self.chosen_id = parked_id
            self.sig_parked_chosen.emit(parked_id)
            self.accept()
