"""Pure domain core: the contract, incident state, NCRS rules and deadlines.

Nothing here touches I/O, a clock, faust, aiokafka, prometheus_client or scikit-learn.
"""
