from inspect import getgeneratorstate  # the document omits this import

def coroutine2(x):
    # 서브 루틴

    print(f">>> coroutine started: {x}")
    y = yield x
    print(f">>> coroutine received: {y}")
    z = yield x + y
    print(f">>> coroutine received: {z}")


# 메인 루틴
cr2 = coroutine2(10)
print(getgeneratorstate(cr2))
print(next(cr2))
print(getgeneratorstate(cr2))
print(cr2.send(20))
print(getgeneratorstate(cr2))
next(cr2)
