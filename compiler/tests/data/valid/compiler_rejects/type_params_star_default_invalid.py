class A[*Ts = int]: pass
