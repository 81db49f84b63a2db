// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.152998495165) q[0];
ry(pi*0.52796083521) q[1];
ry(pi*-0.010656187224) q[2];
ry(pi*-0.001417321171) q[3];
ry(pi*0.493940042409) q[4];
ry(pi*0.009029689138) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000174585371) q[0];
ry(pi*-0.00259409636) q[1];
ry(pi*-0.002453869079) q[2];
ry(pi*0.0002551673) q[3];
ry(pi*-0.436316468457) q[4];
ry(pi*-0.017290747207) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005216351836) q[0];
ry(pi*0.003980711918) q[1];
ry(pi*0.003320582435) q[2];
ry(pi*0.006561484073) q[3];
ry(pi*0.360705856945) q[4];
ry(pi*-0.003747070831) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.151112366885) q[0];
ry(pi*-0.512679007907) q[1];
ry(pi*0.015087292607) q[2];
ry(pi*0.000933135464) q[3];
ry(pi*0.000703153745) q[4];
ry(pi*-0.000912281153) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003166476885) q[0];
ry(pi*-0.388218693723) q[1];
ry(pi*-0.337542712304) q[2];
ry(pi*0.560903103195) q[3];
ry(pi*-0.386411122104) q[4];
ry(pi*-0.002152564503) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
