from numba import njit


@njit
def sign_class(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    else:
        return 0


@njit
def grade(score):
    if score >= 90:
        g = 4
    elif score >= 80:
        g = 3
    elif score >= 70:
        g = 2
    elif score >= 60:
        g = 1
    else:
        g = 0
    return g


@njit
def range1(n):
    s = 0
    for i in range(n):
        s += i
    return s


@njit
def range2(a, b):
    s = 0
    for i in range(a, b):
        s = s * 3 + i
    return s


@njit
def range3(a, b, step):
    s = 0
    cnt = 0
    for i in range(a, b, step):
        s += i
        cnt += 1
    return s, cnt


@njit
def range_negative_step(n):
    s = 0
    for i in range(n, -1, -2):
        s = s * 10 + i
    return s


@njit
def while_collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


@njit
def break_first(n, target):
    idx = -1
    for i in range(n):
        if i * i >= target:
            idx = i
            break
    return idx


@njit
def continue_odd(n):
    s = 0
    for i in range(n):
        if i % 2 == 1:
            continue
        s += i
    return s


@njit
def early_return(n):
    for i in range(2, n):
        if n % i == 0:
            return False
    return n >= 2


@njit
def nested_loops(n, m):
    s = 0
    for i in range(n):
        for j in range(m):
            if j > i:
                break
            s += i * j
    return s


@njit
def while_break_continue(n):
    i = 0
    s = 0
    while True:
        i += 1
        if i > n:
            break
        if i % 3 == 0:
            continue
        s += i
    return s


@njit
def loop_var_after(n):
    last = -1
    for i in range(n):
        last = i
    return last


@njit
def float_loop(n):
    x = 0.0
    for i in range(n):
        x += 0.1
    return x


@njit
def nested_while(n):
    i = 0
    total = 0
    while i < n:
        j = i
        while j < n:
            total += j - i
            j += 1
        i += 1
    return total


@njit
def pass_stmt(n):
    if n > 0:
        pass
    else:
        n = -n
    return n
