#!/bin/sh
# coding: klingon
