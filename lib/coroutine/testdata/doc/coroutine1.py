def coroutine1():
    # 서브 루틴
    print(">>> coroutine started.")
    i = yield
    print(f">>> coroutine received: {i}")


# 메인 루틴
cr1 = coroutine1()

# yield 지점까지 서브 루틴 수행
next(cr1)

# 서브 루틴에 100이라는 값을 보냄
cr1.send(100)  
