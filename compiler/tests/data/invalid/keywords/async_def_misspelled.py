async df f(): pass
