// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.105579641234) q[0];
rx(pi*-0.115642065647) q[1];
rx(pi*0.039953381277) q[2];
rx(pi*0.142850664929) q[3];
rx(pi*0.058996650675) q[4];
rx(pi*-0.000627159442) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.05123142758) q[0];
rx(pi*-0.090414695543) q[1];
rx(pi*0.195128809513) q[2];
rx(pi*0.093698261554) q[3];
rx(pi*0.062203879836) q[4];
rx(pi*0.004435830486) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.077749674979) q[0];
rx(pi*0.035855642487) q[1];
rx(pi*0.068334249721) q[2];
rx(pi*0.127854956147) q[3];
rx(pi*0.060423330154) q[4];
rx(pi*-0.001921600204) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.447321307194) q[0];
rx(pi*-0.393944744868) q[1];
rx(pi*0.167235701953) q[2];
rx(pi*0.083707962042) q[3];
rx(pi*0.059594913585) q[4];
rx(pi*-0.001232926815) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.025713364151) q[0];
rx(pi*0.065044702551) q[1];
rx(pi*0.047367063073) q[2];
rx(pi*0.143656371119) q[3];
rx(pi*0.061386012115) q[4];
rx(pi*0.002629067285) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
