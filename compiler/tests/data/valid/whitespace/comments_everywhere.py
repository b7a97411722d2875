# leading
x = (  # after paren
    1  # after value
    # own line
    + 2
)  # trailing
def f(  # params
    a,  # a
):  # colon
    # body comment
    return a  # ret
# between
class C:  # class
    pass
# final
