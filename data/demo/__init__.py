"""Hand-written source material for the demo archive (see data/build_demo.py).

Every text here is invented for the demo: organisations, people, hosts,
addresses and incidents are fictitious. Modules hold plain data only; the
builder combines them with a fixed random seed.
"""
