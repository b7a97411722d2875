for spec in ["", "<6", ">6", "^6", "*<6", "=>6", ".2", "6.2", "^10.3"]:
    print(repr(spec), repr(format("python", spec)))
for spec in ["", "d", "5d", "<5", "^5", "+", " ", "_", ",", "x", "#o", "08b", "=+8", "c"]:
    print(repr(spec), repr(format(97, spec)))
for spec in ["", ".1f", "e", ".0e", "g", ".10g", "%", "+.2f", "010.3f", ",.2f", "n" if False else "G"]:
    print(repr(spec), repr(format(-1234.5678, spec)))
for bad in [("abc", "d"), (1.5, "d"), (1, "s"), ("x", "=5")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError", e)
