// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000775420497) q[0];
rx(0) q[1];
rx(pi*0.000298994273) q[2];
rx(pi*0.002956020495) q[3];
rx(pi*-0.001796889368) q[4];
rx(pi*-0.000909297837) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001906140082) q[0];
rx(pi*2.22e-10) q[1];
rx(pi*0.000840736775) q[2];
rx(pi*0.000413208806) q[3];
rx(pi*0.003257397256) q[4];
rx(pi*0.001622087663) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001661988241) q[0];
rx(pi*-1.0e-12) q[1];
rx(pi*0.00069889088) q[2];
rx(pi*-0.001006380498) q[3];
rx(pi*-0.002906409132) q[4];
rx(pi*0.002319295676) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002377854765) q[0];
rx(pi*-2.0e-12) q[1];
rx(pi*-7.864089e-06) q[2];
rx(pi*-0.00442971385) q[3];
rx(pi*-0.000452863368) q[4];
rx(pi*-0.00341568363) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001883829613) q[0];
rx(0) q[1];
rx(pi*-0.000394230796) q[2];
rx(pi*-0.000650101719) q[3];
rx(pi*-0.006069163801) q[4];
rx(pi*-0.001798610256) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
