// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
rx(pi*1.636974e-06) q[0];
rx(pi*-0.044710873653) q[1];
rx(pi*-0.002422792904) q[2];
rx(pi*-0.001781186159) q[3];
rx(pi*-0.000368921447) q[4];
rx(pi*0.004687505467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.170769755666) q[0];
rx(pi*-2.886317e-06) q[1];
rx(pi*1.666445e-06) q[2];
rx(pi*3.39555e-07) q[3];
rx(pi*-0.001194890161) q[4];
rx(pi*0.000804916968) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.9792819e-05) q[0];
rx(pi*-1.773893e-06) q[1];
rx(pi*0.002177597561) q[2];
rx(pi*1.9906e-08) q[3];
rx(pi*-0.000667322822) q[4];
rx(pi*0.000144729418) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000260349751) q[0];
rx(pi*3.7054251e-05) q[1];
rx(pi*0.44881544902) q[2];
rx(pi*0.741115367717) q[3];
rx(pi*0.008740374301) q[4];
rx(pi*0.000878536713) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-3.4325656e-05) q[0];
rx(pi*6.6830184e-05) q[1];
rx(pi*0.002421354236) q[2];
rx(pi*0.001783529293) q[3];
rx(pi*0.001035701397) q[4];
rx(pi*-0.001016290423) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
