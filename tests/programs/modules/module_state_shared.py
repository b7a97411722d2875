import mod_state
from mod_state import add, items
print(add(1), add(2), mod_state.items, items is mod_state.items)
import mod_state as again
print(again.loaded_times, again.items)
mod_state.items = ["replaced"]
print(items, mod_state.items)
print(add(3), mod_state.items, items)
