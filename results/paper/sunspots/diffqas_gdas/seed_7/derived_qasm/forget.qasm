// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.499982255422) q[0];
rx(pi*0.24999395465) q[1];
rx(pi*0.249637285966) q[2];
rx(pi*0.249914629592) q[3];
rx(pi*-6.05483e-07) q[4];
rx(pi*-0.270913685713) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.029666511631) q[0];
rx(pi*-0.249974545529) q[1];
rx(pi*-0.250009455385) q[2];
rx(pi*-0.00414931828) q[3];
rx(pi*9.569612e-06) q[4];
rx(pi*3.9158741e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001539781067) q[0];
rx(pi*-0.249575207136) q[1];
rx(pi*-2.3470507e-05) q[2];
rx(pi*-0.249995339661) q[3];
rx(pi*1.219771e-05) q[4];
rx(pi*0.249987105488) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.500072793374) q[0];
rx(pi*-2.1961e-07) q[1];
rx(pi*5.0054532e-05) q[2];
rx(pi*-0.004277731765) q[3];
rx(pi*0.004422689783) q[4];
rx(pi*0.11253543948) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.154252906838) q[0];
rx(pi*0.250000006957) q[1];
rx(pi*1.001632e-06) q[2];
rx(pi*0.089857883343) q[3];
rx(pi*0.000917714919) q[4];
rx(pi*-0.000698098249) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
