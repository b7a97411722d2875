t"{lambda x: x}"
