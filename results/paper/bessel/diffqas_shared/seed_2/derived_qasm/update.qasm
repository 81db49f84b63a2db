// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.084327080745) q[0];
ry(pi*-0.166322638471) q[1];
ry(pi*-0.040758300098) q[2];
ry(pi*-0.019177792108) q[3];
ry(pi*-0.150857856961) q[4];
ry(pi*-0.085518132927) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.026033609903) q[0];
ry(pi*0.411303367079) q[1];
ry(pi*-0.033120626043) q[2];
ry(pi*-0.194964581409) q[3];
ry(pi*-0.144164584625) q[4];
ry(pi*0.29610478941) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.035434267247) q[0];
ry(pi*0.003955455337) q[1];
ry(pi*0.173246477123) q[2];
ry(pi*-0.06017779434) q[3];
ry(pi*-0.03141816819) q[4];
ry(pi*0.055804723035) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.021839878495) q[0];
ry(pi*-0.160892467326) q[1];
ry(pi*0.195576338686) q[2];
ry(pi*-0.13955285987) q[3];
ry(pi*-0.280413738912) q[4];
ry(pi*-0.081901225224) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.038970426935) q[0];
ry(pi*-0.01499028139) q[1];
ry(pi*0.005381310391) q[2];
ry(pi*-0.074443740097) q[3];
ry(pi*0.050702121122) q[4];
ry(pi*-0.003264636546) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
