f"{"nested"}"
