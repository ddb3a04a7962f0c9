#!/usr/bin/python3
"""Reference values for the Cerbero analytics tests.

Run with Debian's python3 (python3-numpy 1.24, python3-scipy 1.10, python3-pandas 1.5,
python3-statsmodels 0.13.5):  /usr/bin/python3 generate_reference.py
Writes *.json next to this script: the inputs and the expected numbers. Inputs are simulated
with fixed seeds so the files are reproducible. Nothing here calls the Java code: each value is
computed independently with pandas / numpy / scipy / statsmodels.
"""
import json
import math
import os

import numpy as np
import pandas as pd
from scipy import optimize, stats
from statsmodels.regression.linear_model import OLS
from statsmodels.tools import add_constant
from statsmodels.tsa.stattools import adfuller, coint

HERE = os.path.dirname(os.path.abspath(__file__))


def dump(name, obj):
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(obj, f, indent=1)


def arr(x):
    return [float(v) for v in np.asarray(x)]


rng = np.random.RandomState(20240601)

# ---------------------------------------------------------------- bars
n = 300
rets = rng.normal(0.0003, 0.02, n)
closes = 100 * np.exp(np.cumsum(rets))
opens = np.concatenate([[100.0], closes[:-1]])
highs = np.maximum(opens, closes) * (1 + np.abs(rng.normal(0, 0.006, n)))
lows = np.minimum(opens, closes) * (1 - np.abs(rng.normal(0, 0.006, n)))
c = pd.Series(closes)
h = pd.Series(highs)
l = pd.Series(lows)


def seeded_ewm(x, period, alpha):
    """EMA seeded with the SMA of the first `period` values (pandas ewm, adjust=False)."""
    x = pd.Series(np.asarray(x, dtype=float))
    s = x.iloc[period - 1:].copy()
    s.iloc[0] = x.iloc[:period].mean()
    return s.ewm(alpha=alpha, adjust=False).mean().to_numpy()


def ema(x, p):
    return seeded_ewm(x, p, 2.0 / (p + 1))


def wilder(x, p):
    return seeded_ewm(x, p, 1.0 / p)


d = c.diff().iloc[1:]
avg_gain = wilder(d.clip(lower=0), 14)
avg_loss = wilder((-d).clip(lower=0), 14)
rsi = 100 - 100 / (1 + avg_gain / avg_loss)

ema12 = ema(closes, 12)
ema26 = ema(closes, 26)
macd_line = ema12[26 - 12:] - ema26
signal = ema(macd_line, 9)
macd_cut = macd_line[len(macd_line) - len(signal):]

prev_close = c.shift(1)
tr = pd.concat([h - l, (h - prev_close).abs(), (l - prev_close).abs()], axis=1).max(axis=1).iloc[1:]
atr = wilder(tr, 14)

up = h.diff().iloc[1:]
down = -l.diff().iloc[1:]
plus_dm = np.where((up > down) & (up > 0), up, 0.0)
minus_dm = np.where((down > up) & (down > 0), down, 0.0)
s_tr = wilder(tr, 14)
s_p = wilder(plus_dm, 14)
s_m = wilder(minus_dm, 14)
pdi = 100 * s_p / s_tr
mdi = 100 * s_m / s_tr
dx = 100 * np.abs(pdi - mdi) / (pdi + mdi)
adx = wilder(dx, 14)

bb_mid = c.rolling(20).mean().dropna().to_numpy()
bb_sd = c.rolling(20).std(ddof=0).dropna().to_numpy()

dump("indicators.json", {
    "source": "pandas 1.5 rolling/ewm(adjust=False) seeded with the SMA of the first period; Wilder = ewm(alpha=1/period)",
    "highs": arr(highs), "lows": arr(lows), "closes": arr(closes),
    "sma20": arr(c.rolling(20).mean().dropna()),
    "ema10": arr(ema(closes, 10)),
    "rsi14": arr(rsi),
    "macd": arr(macd_cut), "macdSignal": arr(signal), "macdHist": arr(macd_cut - signal),
    "atr14": arr(atr),
    "adx14": arr(adx), "plusDi14": arr(pdi[len(pdi) - len(adx):]), "minusDi14": arr(mdi[len(mdi) - len(adx):]),
    "bbUpper": arr(bb_mid + 2 * bb_sd), "bbMiddle": arr(bb_mid), "bbLower": arr(bb_mid - 2 * bb_sd),
})

# ---------------------------------------------------------------- volatility
lr = np.diff(np.log(closes))
windows = [10, 20, 60]
pcts = [10, 25, 50, 75, 90]
cone = []
for w in windows:
    vols = pd.Series(lr).rolling(w).std(ddof=1).dropna().to_numpy() * math.sqrt(365)
    cone.append({"window": w, "min": float(vols.min()), "max": float(vols.max()),
                 "percentiles": arr(np.percentile(vols, pcts)), "current": float(vols[-1])})

# GARCH(1,1) data with known parameters
gn = 2000
omega0, alpha0, beta0 = 2e-6, 0.08, 0.9
e = np.zeros(gn)
s2 = omega0 / (1 - alpha0 - beta0)
for t in range(gn):
    e[t] = math.sqrt(s2) * rng.standard_normal()
    s2 = omega0 + alpha0 * e[t] ** 2 + beta0 * s2
garch_returns = e + 0.0002


def garch_negll(params, e2, v0):
    om, a, b = params
    s2 = np.empty_like(e2)
    s2[0] = v0
    for t in range(1, len(e2)):
        s2[t] = om + a * e2[t - 1] + b * s2[t - 1]
    if np.any(s2 <= 0):
        return 1e10
    return 0.5 * np.sum(np.log(2 * np.pi) + np.log(s2) + e2 / s2)


eg = garch_returns - garch_returns.mean()
e2 = eg ** 2
v0 = e2.mean()
best = None
for start in [(0.05, 0.05, 0.9), (0.1, 0.1, 0.8), (0.02, 0.15, 0.8), (0.01, 0.05, 0.94)]:
    x0 = np.array([start[0] * v0, start[1], start[2]])
    scale = np.array([v0, 1.0, 1.0])
    res = optimize.minimize(lambda z: garch_negll(z * scale, e2, v0), x0 / scale, method="SLSQP",
                            bounds=[(1e-8, 1.0), (0.0, 1.0), (0.0, 1.0)],
                            constraints=[{"type": "ineq", "fun": lambda z: 0.9999 - z[1] - z[2]}],
                            options={"ftol": 1e-12, "maxiter": 1000})
    if best is None or res.fun < best.fun:
        best = res
om, a, b = best.x * np.array([v0, 1.0, 1.0])
s2 = v0
for t in range(1, gn):
    s2 = om + a * e2[t - 1] + b * s2
f = [om + a * e2[-1] + b * s2]
for _ in range(9):
    f.append(om + (a + b) * f[-1])

iv_hist = 0.5 + 0.2 * np.sin(np.arange(120) / 7.0) + rng.normal(0, 0.03, 120)
look = 100
win = iv_hist[-look:]
cur = iv_hist[-1]

dump("volatility.json", {
    "source": "numpy 1.24 std(ddof=1)/percentile(linear); pandas rolling std; GARCH: scipy 1.10 optimize.minimize "
              "(SLSQP, 4 starts) of the same Gaussian log-likelihood (demeaned, sigma2[0]=mean(e^2))",
    "closes": arr(closes), "highs": arr(highs), "lows": arr(lows),
    "closeToClose365": float(np.std(lr, ddof=1) * math.sqrt(365)),
    "parkinson365": float(math.sqrt(np.sum(np.log(highs / lows) ** 2) / (4 * n * math.log(2)) * 365)),
    "coneWindows": windows, "conePercentiles": pcts, "cone": cone,
    "garchReturns": arr(garch_returns),
    "garch": {"omega": float(om), "alpha": float(a), "beta": float(b), "logLikelihood": float(-best.fun),
              "forecast10": arr(f), "mean": float(garch_returns.mean())},
    "ivHistory": arr(iv_hist), "ivLookback": look,
    "ivRank": float(100 * (cur - win.min()) / (win.max() - win.min())),
    "ivPercentile": float(100 * np.sum(win[:-1] < cur) / (look - 1)),
})

# ---------------------------------------------------------------- statistics
m = 500
rw = np.cumsum(rng.normal(0, 1, m))
ou = np.zeros(m)
for t in range(1, m):
    ou[t] = ou[t - 1] + 0.1 * (5.0 - ou[t - 1]) + rng.normal(0, 1)
x = np.cumsum(rng.normal(0, 1, m)) + 50
y = 2.0 + 1.5 * x + rng.normal(0, 1, m)   # cointegrated with x
z = np.cumsum(rng.normal(0, 1, m)) + 30   # independent random walk
ar_inc = np.zeros(m)
for t in range(1, m):
    ar_inc[t] = 0.6 * ar_inc[t - 1] - 0.3 * ar_inc[max(t - 2, 0)] + rng.normal(0, 1)
ar_rw = np.cumsum(ar_inc)                  # unit root with serially correlated increments: AIC picks lags > 0


def hurst(ts, max_lag):
    lags = range(2, max_lag + 1)
    tau = [np.std(ts[lag:] - ts[:-lag]) for lag in lags]
    return float(np.polyfit(np.log(list(lags)), np.log(tau), 1)[0])


hl = OLS(np.diff(ou), add_constant(ou[:-1])).fit()
adf_c = adfuller(rw, regression="c", autolag="AIC")
adf_n = adfuller(ou - 5.0, regression="n", autolag="AIC")
adf_ou = adfuller(ou, regression="c", autolag="AIC")
adf_ar = adfuller(ar_rw, regression="c", autolag="AIC")
cy = coint(y, x)
cz = coint(z, x)
beta_yx = OLS(y, add_constant(x)).fit().params

dump("stats.json", {
    "source": "numpy polyfit (Hurst), statsmodels 0.13.5 OLS (half-life), adfuller(autolag='AIC'), coint(trend='c')",
    "randomWalk": arr(rw), "ou": arr(ou), "x": arr(x), "y": arr(y), "z": arr(z),
    "hurstRw20": hurst(rw, 20), "hurstOu20": hurst(ou, 20),
    "halfLife": {"slope": float(hl.params[1]), "intercept": float(hl.params[0]),
                 "halfLife": float(-math.log(2) / hl.params[1])},
    "adfRwConstant": {"stat": float(adf_c[0]), "p": float(adf_c[1]), "lag": int(adf_c[2]), "nobs": int(adf_c[3]),
                      "crit": [adf_c[4]["1%"], adf_c[4]["5%"], adf_c[4]["10%"]]},
    "adfOuConstant": {"stat": float(adf_ou[0]), "p": float(adf_ou[1]), "lag": int(adf_ou[2]), "nobs": int(adf_ou[3]),
                      "crit": [adf_ou[4]["1%"], adf_ou[4]["5%"], adf_ou[4]["10%"]]},
    "arRandomWalk": arr(ar_rw),
    "adfArConstant": {"stat": float(adf_ar[0]), "p": float(adf_ar[1]), "lag": int(adf_ar[2]), "nobs": int(adf_ar[3]),
                      "crit": [adf_ar[4]["1%"], adf_ar[4]["5%"], adf_ar[4]["10%"]]},
    "adfOuNone": {"stat": float(adf_n[0]), "p": float(adf_n[1]), "lag": int(adf_n[2]), "nobs": int(adf_n[3]),
                  "crit": [adf_n[4]["1%"], adf_n[4]["5%"], adf_n[4]["10%"]]},
    "cointYX": {"stat": float(cy[0]), "p": float(cy[1]), "crit": arr(cy[2]),
                "hedgeRatio": float(beta_yx[1]), "intercept": float(beta_yx[0])},
    "cointZX": {"stat": float(cz[0]), "p": float(cz[1]), "crit": arr(cz[2])},
})

# ---------------------------------------------------------------- risk
r = rng.standard_t(4, 750) * 0.015 + 0.0004
conf = 0.95
q = np.percentile(r, 100 * (1 - conf))
mu, sd = r.mean(), r.std(ddof=1)
zq = stats.norm.ppf(1 - conf)
roll = pd.Series(r).rolling(30)
sharpe = (roll.mean() / roll.std(ddof=1)).dropna().to_numpy() * math.sqrt(365)
dump("risk.json", {
    "source": "numpy 1.24 percentile(linear), scipy.stats.norm, pandas rolling mean/std(ddof=1)",
    "returns": arr(r), "confidence": conf,
    "historicalVar": float(-q), "historicalCvar": float(-r[r <= q].mean()),
    "parametricVar": float(-(mu + sd * zq)), "parametricCvar": float(-mu + sd * stats.norm.pdf(zq) / (1 - conf)),
    "sharpe30": arr(sharpe),
})

# ---------------------------------------------------------------- options
N = stats.norm


def bs_price(cp, S, K, T, r_, q_, v):
    d1 = (math.log(S / K) + (r_ - q_ + 0.5 * v * v) * T) / (v * math.sqrt(T))
    d2 = d1 - v * math.sqrt(T)
    if cp == "CALL":
        return S * math.exp(-q_ * T) * N.cdf(d1) - K * math.exp(-r_ * T) * N.cdf(d2)
    return K * math.exp(-r_ * T) * N.cdf(-d2) - S * math.exp(-q_ * T) * N.cdf(-d1)


def fd_greeks(cp, S, K, T, r_, q_, v):
    """Greeks by central finite differences of the price (independent of the closed forms)."""
    P = lambda S_=S, T_=T, v_=v: bs_price(cp, S_, K, T_, r_, q_, v_)
    hs, hv, ht = S * 1e-4, 1e-4, 1e-5
    delta = (P(S_=S + hs) - P(S_=S - hs)) / (2 * hs)
    gamma = (P(S_=S + hs) - 2 * P() + P(S_=S - hs)) / hs ** 2
    vega = (P(v_=v + hv) - P(v_=v - hv)) / (2 * hv)
    theta = -(P(T_=T + ht) - P(T_=T - ht)) / (2 * ht)
    dlt = lambda S_=S, T_=T, v_=v: (bs_price(cp, S_ + hs, K, T_, r_, q_, v_) - bs_price(cp, S_ - hs, K, T_, r_, q_, v_)) / (2 * hs)
    vanna = (dlt(v_=v + hv) - dlt(v_=v - hv)) / (2 * hv)
    charm = -(dlt(T_=T + 1e-4) - dlt(T_=T - 1e-4)) / (2e-4)
    return dict(price=P(), delta=delta, gamma=gamma, vega=vega, theta=theta, vanna=vanna, charm=charm)


cases = []
for cp, S, K, T, r_, q_, v in [("CALL", 100, 110, 0.5, 0.03, 0.01, 0.25), ("PUT", 100, 90, 0.25, 0.05, 0.0, 0.4),
                               ("CALL", 60000, 60000, 30 / 365, 0.0, 0.0, 0.55), ("PUT", 3000, 2500, 0.1, 0.02, 0.02, 0.8),
                               ("CALL", 50, 40, 2.0, 0.04, 0.0, 0.3)]:
    g = fd_greeks(cp, S, K, T, r_, q_, v)
    iv = optimize.brentq(lambda s: bs_price(cp, S, K, T, r_, q_, s) - g["price"], 1e-4, 5, xtol=1e-14)
    cases.append(dict(type=cp, spot=S, strike=K, years=T, rate=r_, dividendYield=q_, vol=v, iv=iv, **g))

# chain: one expiry smile + a second expiry, deterministic
spot = 100.0
chain = []
for T, base in [(30 / 365, 0.6), (90 / 365, 0.55)]:
    for K in np.arange(70, 131, 5.0):
        mny = math.log(K / spot)
        iv_ = base - 0.4 * mny + 0.8 * mny * mny
        for cp in ("CALL", "PUT"):
            oi = float(1000 * math.exp(-abs(mny) * 5) + (1500 if cp == "PUT" and K < spot else 0) + (4000 if cp == "CALL" and K > spot else 0))
            vol_ = float(round(oi / 10))
            chain.append(dict(type=cp, strike=float(K), years=T, iv=iv_, openInterest=oi, volume=vol_))
grid = np.linspace(70, 130, 61)


def gamma(S, K, T, v):
    d1 = (np.log(S / K) + 0.5 * v * v * T) / (v * np.sqrt(T))
    return N.pdf(d1) / (S * v * np.sqrt(T))


prof = np.zeros_like(grid)
for o in chain:
    sign = 1 if o["type"] == "CALL" else -1
    prof += sign * gamma(grid, o["strike"], o["years"], o["iv"]) * o["openInterest"] * grid ** 2 * 0.01
crossings = []
for j in range(1, len(grid)):
    if (prof[j - 1] < 0) != (prof[j] < 0):
        crossings.append(grid[j - 1] + (grid[j] - grid[j - 1]) * (-prof[j - 1]) / (prof[j] - prof[j - 1]))
flip = min(crossings, key=lambda z: abs(z - spot)) if crossings else None
by_strike = {}
for o in chain:
    sign = 1 if o["type"] == "CALL" else -1
    by_strike[o["strike"]] = by_strike.get(o["strike"], 0) + sign * float(
        gamma(spot, o["strike"], o["years"], o["iv"]) * o["openInterest"] * spot ** 2 * 0.01)
dump("options.json", {
    "source": "scipy 1.10 stats.norm closed-form price; greeks by central finite differences of that price; "
              "IV by scipy.optimize.brentq; GEX profile with numpy",
    "cases": cases,
    "chain": chain, "spot": spot, "grid": arr(grid), "gexProfile": arr(prof), "zeroGamma": flip,
    "gexByStrike": [[k, v] for k, v in sorted(by_strike.items())],
})
print("ok")
