def ﬁ(ﬂ): pass
