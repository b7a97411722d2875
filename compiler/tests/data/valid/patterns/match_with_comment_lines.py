match x:
    # comment
    case 1:
        # comment
        pass

    case 2:
        pass
