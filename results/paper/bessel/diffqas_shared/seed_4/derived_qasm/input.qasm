// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.112523420244) q[0];
ry(pi*0.000347135693) q[1];
ry(pi*-0.003130188541) q[2];
ry(pi*0.034517546767) q[3];
ry(pi*-0.048967485489) q[4];
ry(pi*0.01253243426) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024009917344) q[0];
ry(pi*-0.011934157121) q[1];
ry(pi*0.001817264469) q[2];
ry(pi*-0.016950756754) q[3];
ry(pi*0.011871418987) q[4];
ry(pi*-0.008018548408) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011320300984) q[0];
ry(pi*0.001773404961) q[1];
ry(pi*0.051367239252) q[2];
ry(pi*-0.001164471733) q[3];
ry(pi*-0.031645992945) q[4];
ry(pi*0.000376297881) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.268898077916) q[0];
ry(pi*-0.044480814857) q[1];
ry(pi*0.017130559112) q[2];
ry(pi*0.022527768665) q[3];
ry(pi*-0.005418874652) q[4];
ry(pi*-0.017622579378) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.055115594893) q[0];
ry(pi*-0.548704992466) q[1];
ry(pi*-0.457442888634) q[2];
ry(pi*-0.441994632387) q[3];
ry(pi*-0.353124612585) q[4];
ry(pi*-0.002949744073) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
