try:
    pass
except ValueError as e:
    pass
except (TypeError, KeyError) as e:
    raise
