"""Black-Scholes prices of European calls and puts, one option per element.

cnd, the standard normal CDF written with math.erf, is a second @njit function the
kernel calls; the rate and the volatility are module-level constants. black_scholes_prange
is the same loop under prange in a parallel=True kernel.
"""
import math
from numba import njit, prange

RISK_FREE = 0.02
VOLATILITY = 0.30


@njit
def cnd(d):
    return 0.5 * (1.0 + math.erf(d / math.sqrt(2.0)))


@njit
def black_scholes(price, strike, years, call, put):
    for i in range(price.shape[0]):
        s = price[i]
        k = strike[i]
        t = years[i]
        vol_sqrt_t = VOLATILITY * math.sqrt(t)
        d1 = (math.log(s / k) + (RISK_FREE + 0.5 * VOLATILITY * VOLATILITY) * t) / vol_sqrt_t
        d2 = d1 - vol_sqrt_t
        k_disc = k * math.exp(-RISK_FREE * t)
        call[i] = s * cnd(d1) - k_disc * cnd(d2)
        put[i] = k_disc * cnd(-d2) - s * cnd(-d1)


@njit(parallel=True)
def black_scholes_prange(price, strike, years, call, put):
    for i in prange(price.shape[0]):
        s = price[i]
        k = strike[i]
        t = years[i]
        vol_sqrt_t = VOLATILITY * math.sqrt(t)
        d1 = (math.log(s / k) + (RISK_FREE + 0.5 * VOLATILITY * VOLATILITY) * t) / vol_sqrt_t
        d2 = d1 - vol_sqrt_t
        k_disc = k * math.exp(-RISK_FREE * t)
        call[i] = s * cnd(d1) - k_disc * cnd(d2)
        put[i] = k_disc * cnd(-d2) - s * cnd(-d1)
