// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.055956191966) q[0];
rx(pi*-0.23323917808) q[1];
rx(pi*0.00369790503) q[2];
rx(pi*-0.070945914846) q[3];
rx(pi*-0.163175230383) q[4];
rx(pi*0.000349439289) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.348136108033) q[0];
rx(pi*-0.014607826371) q[1];
rx(pi*-0.010094670969) q[2];
rx(pi*0.355527776699) q[3];
rx(pi*0.00047640336) q[4];
rx(pi*-0.003925617727) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.503411503677) q[0];
rx(pi*-0.354497252935) q[1];
rx(pi*0.001534970142) q[2];
rx(pi*-0.36532317866) q[3];
rx(pi*-0.167057225316) q[4];
rx(pi*-0.003702464419) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.499613576989) q[0];
rx(pi*-0.500348998635) q[1];
rx(pi*-0.483116355468) q[2];
rx(pi*-0.170489490238) q[3];
rx(pi*-0.000592591466) q[4];
rx(pi*-0.001876084285) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.013012175601) q[0];
rx(pi*0.611559504739) q[1];
rx(pi*-0.000741430597) q[2];
rx(pi*-0.073101366023) q[3];
rx(pi*-0.169912585898) q[4];
rx(pi*-0.000551186706) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
