lambda if: 0
