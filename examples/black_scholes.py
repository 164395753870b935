import math

from numba import njit


@njit
def cnd(d):
    """Cumulative normal distribution (Abramowitz-Stegun polynomial, as in Numba's Black-Scholes example)."""
    k = 1.0 / (1.0 + 0.2316419 * abs(d))
    poly = k * (0.31938153 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429))))
    ret = 0.3989422804014327 * math.exp(-0.5 * d * d) * poly
    if d > 0:
        ret = 1.0 - ret
    return ret


@njit
def black_scholes(price, strike, years, rate, vol, out):
    """European call option prices, one per element."""
    for i in range(price.shape[0]):
        s = price[i]
        k = strike[i]
        t = years[i]
        sq = vol * math.sqrt(t)
        d1 = (math.log(s / k) + (rate + 0.5 * vol * vol) * t) / sq
        d2 = d1 - sq
        out[i] = s * cnd(d1) - k * math.exp(-rate * t) * cnd(d2)
