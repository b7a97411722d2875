def f(g):
    try:
        g()
    except ValueError as e:
        return e
    except:
        raise
    else:
        pass
    finally:
        g()
