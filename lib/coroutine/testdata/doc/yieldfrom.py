def generator1():
    for x in "AB":
        yield x
    for y in range(1,4):
        yield y 


def generator2():
    yield from "AB"
    yield from range(1, 4)


# added: print what both generators yield
print(*generator1())
print(*generator2())
