x.ﬁeld = 1
