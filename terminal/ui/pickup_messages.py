"""Click-and-collect in words: the refusals of picking and handing over web orders (`pickup.*`,
`handover.*`).

Merged into the message catalogue (terminal/ui/messages.py), as terminal/ui/day_messages.py is, so
`message_for` knows every code; the texts keep the catalogue's translation context ("Messages").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def pickup_sentences() -> dict[str, str]:
    """Code -> translated sentence, as terminal/ui/messages.py keeps them."""
    return {
        "handover.already_in_visit": QCoreApplication.translate(
            "Messages", "Line {line_no} of order {order_number} is already being handed over."
        ),
        "pickup.not_in_order": QCoreApplication.translate("Messages", "{name} is not in this order."),
        "pickup.line_complete": QCoreApplication.translate("Messages", "All of {name} is counted already."),
        "pickup.not_pickable": QCoreApplication.translate(
            "Messages", "Order {order_number} is {state}: it cannot be picked now."
        ),
        "pickup.bad_short": QCoreApplication.translate(
            "Messages", "At most {most} can be marked short on this line."
        ),
        "pickup.already_ready": QCoreApplication.translate(
            "Messages", "Order {order_number} is ready already."
        ),
        "pickup.not_all_picked": QCoreApplication.translate(
            "Messages", "Pick every item, or mark it short, before the order is ready."
        ),
        "pickup.nothing_picked": QCoreApplication.translate(
            "Messages", "Nothing of order {order_number} was found: it cannot be made ready."
        ),
        "pickup.not_handable": QCoreApplication.translate(
            "Messages", "Order {order_number} is {state}: it cannot be handed over."
        ),
        "pickup.no_lines": QCoreApplication.translate(
            "Messages", "This till has no lines of order {order_number} yet. Ask the store office."
        ),
        "pickup.reason_needed": QCoreApplication.translate("Messages", "Choose a reason first."),
        "pickup.bad_refuse": QCoreApplication.translate(
            "Messages", "At most {most} can be refused on this line."
        ),
        "pickup.no_such_line": QCoreApplication.translate("Messages", "This line no longer exists."),
        "pickup.nothing_collected": QCoreApplication.translate(
            "Messages", "Nothing is taken yet: scan or confirm at least one item first."
        ),
        "pickup.id_check_needed": QCoreApplication.translate(
            "Messages", 'Found by name: check the customer\'s ID and tick "ID checked" first.'
        ),
        "pickup.collector_needed": QCoreApplication.translate(
            "Messages", "Write the name of the person who collects."
        ),
        "pickup.handover_incomplete": QCoreApplication.translate(
            "Messages", "Before handing over, still needed: {missing}."
        ),
        "pickup.not_a_pickup_code": QCoreApplication.translate("Messages", "{code} is not a pickup code."),
        "pickup.not_here": QCoreApplication.translate(
            "Messages",
            "Order {order_number} is not an open order of this store. It may be another store's, or closed.",
        ),
        "pickup.already_handed_over": QCoreApplication.translate(
            "Messages", "Order {order_number} was handed over at this till already."
        ),
        "pickup.no_code_check": QCoreApplication.translate(
            "Messages",
            "This till cannot check the code of order {order_number}: find it by name, with an ID check.",
        ),
        "pickup.wrong_code": QCoreApplication.translate(
            "Messages",
            "Wrong pickup code for order {order_number} ({attempts} wrong so far). Ask to see it again.",
        ),
        "pickup.wrong_code_left": QCoreApplication.translate(
            "Messages", "Wrong pickup code for order {order_number}: {attempts_left} tries left."
        ),
        "pickup.claimed": QCoreApplication.translate(
            "Messages", "Order {order_number} is being handed over at another till."
        ),
        "pickup.other_store": QCoreApplication.translate(
            "Messages", "Order {order_number} is to be collected at store {store_id}, not here."
        ),
        "pickup.status": QCoreApplication.translate(
            "Messages", "Order {order_number} is {status} now: it cannot be handed over."
        ),
        "pickup.code_locked": QCoreApplication.translate(
            "Messages", "Too many wrong codes for order {order_number}: find it by name, with an ID check."
        ),
        "pickup.unknown": QCoreApplication.translate(
            "Messages", "The head office does not know order {order_number}."
        ),
        "pickup.refused": QCoreApplication.translate(
            "Messages", "The head office refused the handover of order {order_number}."
        ),
    }
