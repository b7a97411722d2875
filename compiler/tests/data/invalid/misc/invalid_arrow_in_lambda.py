lambda x -> x
