"-".join(parts)
