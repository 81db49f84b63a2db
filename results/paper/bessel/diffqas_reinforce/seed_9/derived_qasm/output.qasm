// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.0736134e-05) q[0];
rx(pi*-2.7055805e-05) q[1];
rx(pi*-0.006331462631) q[2];
rx(pi*-0.00076097564) q[3];
rx(pi*-0.001472120544) q[4];
rx(pi*-0.001277640986) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003888162558) q[0];
rx(pi*-6.5015058e-05) q[1];
rx(pi*-0.001057091762) q[2];
rx(pi*-6.187e-09) q[3];
rx(pi*0.014223968553) q[4];
rx(pi*0.000308865994) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.009401675351) q[0];
rx(pi*-4.9172165e-05) q[1];
rx(pi*-0.001529955704) q[2];
rx(pi*-1.1572e-08) q[3];
rx(pi*0.002326140687) q[4];
rx(pi*-0.002247682743) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006906006641) q[0];
rx(pi*-4.8846335e-05) q[1];
rx(pi*0.043041760404) q[2];
rx(pi*-0.003414240218) q[3];
rx(pi*0.013376875686) q[4];
rx(pi*-0.003271011389) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-6.0e-12) q[0];
rx(pi*-2.51721e-07) q[1];
rx(pi*-0.008526918439) q[2];
rx(pi*0.000770429775) q[3];
rx(pi*-0.000853742297) q[4];
rx(pi*0.000791004015) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
