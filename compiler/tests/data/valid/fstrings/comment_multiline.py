f"""{
    x  # a comment
}"""
