def coroutine2(x):
    # 서브 루틴
    print(">>> coroutine started: {x}")
    y = yield x  # 1. 메인 루틴으로 x 값을 내보내고, 이후 메인 루틴으로 부터 값을 y 로 받음
    print(f">>> coroutine received: {y}")
    z = yield x + y  # 2
    print(f">>> coroutine received: {z}")


# 메인 루틴
cr2 = coroutine2(10)

print(next(cr2))  # 1 까지 진행하고 x 를 받음
print(cr2.send(20))  # 20을 y 로 넘겨주고 2 까지 진행 후, x + y 를 받음
next(cr2)  # 2 이후 진행한 뒤 StopIteration 발생.
