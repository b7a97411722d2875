def risky(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "attr":
        return None.attr
    if kind == "zero":
        return 1 % 0
    if kind == "type":
        return len(5)
    if kind == "value":
        return int("abc")
    if kind == "name":
        return undefined_name
    return "ok"
for kind in ["key", "index", "attr", "zero", "type", "value", "name", "none"]:
    try:
        print(kind, "->", risky(kind))
    except LookupError as e:
        print(kind, "LookupError subclass", type(e).__name__, e)
    except (AttributeError, NameError) as e:
        print(kind, "name-ish", type(e).__name__, e)
    except Exception as e:
        print(kind, "generic", type(e).__name__, e)
