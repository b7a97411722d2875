match match:
    case case:
        pass
