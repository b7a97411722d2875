await_ = 1
