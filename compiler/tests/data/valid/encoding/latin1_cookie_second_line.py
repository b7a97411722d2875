#!/usr/bin/env python
# coding=iso-8859-1
s = "àéî"
